import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { DATE_TIME, DUE_DATE } from '../../src/schemas/state/common';
import { isValidDue } from '../../src/lib/tracker';
import { backupEntries, BACKUP_KEY_PREFIX, deleteBackup, emptyState, keepAside, listBackups, loadState, MAX_BACKUPS, parseState, saveState, STORAGE_KEY } from '../../src/lib/storage';
import type { SavedState } from '../../src/schemas/state/envelope';
import { FakeStorage, quotaError } from './support/fake-storage';

const NOW = '2026-11-21T09:00:00.000Z';
const filled = (): SavedState => {
  const s = emptyState(NOW);
  s.profile = { name: '〇〇町', department: '総務課', updatedAt: NOW };
  s.tracker.steps['step-01'] = { status: '完了', checked: ['s01-team'], owner: '総務課', due: '2026-12-01', memo: 'メモ', updatedAt: NOW };
  s.diagnosis.answers['q1'] = 'yes';
  s.revisions = { profile: '2.a', 'tracker.step-01': '3.a', diagnosis: '1.b' };
  return s;
};

describe('保存と読み込み', () => {
  it('保存した状態をそのまま読み戻せる（版2）', () => {
    const st = new FakeStorage();
    const s = filled();
    const w = saveState(st, s, NOW);
    expect(w.ok).toBe(true);
    const r = loadState(st, NOW);
    expect(r.problem).toBeUndefined();
    expect(r.available).toBe(true);
    expect(r.state).toEqual({ ...s, savedAt: NOW });
    expect(JSON.parse(st.map.get(STORAGE_KEY)!)).toMatchObject({ format: 'telework-navi', version: 2 });
  });
  it('何も保存されていなければ空の状態を返す', () => {
    const r = loadState(new FakeStorage(), NOW);
    expect(r.state).toEqual(emptyState(NOW));
    expect(r.message).toBeUndefined();
  });
});

describe('検証：日時・期限・知らない項目（項目名を示して拒む）', () => {
  const withStep = (p: Record<string, unknown>) => {
    const s = filled() as unknown as { tracker: { steps: Record<string, Record<string, unknown>> } };
    Object.assign(s.tracker.steps['step-01']!, p);
    return s;
  };
  it.each([
    ['存在しない月日の期限', { due: '2026-13-45' }, 'tracker.steps.step-01.due', '実在する日付'],
    ['2月30日の期限', { due: '2026-02-30' }, 'tracker.steps.step-01.due', '実在する日付'],
    ['日時でない更新日時', { updatedAt: 'zzz' }, 'tracker.steps.step-01.updatedAt', '日時'],
    ['時刻の範囲外の更新日時', { updatedAt: '2026-11-21T25:00:00.000Z' }, 'tracker.steps.step-01.updatedAt', '日時'],
    ['ステップの中の知らない項目', { extra: 1 }, 'tracker.steps.step-01.extra', '想定していない項目'],
  ])('%sは拒み、項目名を示す', (_l, patch, field, why) => {
    const r = parseState(withStep(patch));
    expect(r.problem).toBe('invalid-section');
    expect(r.resetSections).toEqual(['tracker']);
    expect(r.message).toContain(field);
    expect(r.message).toContain(why);
    expect(r.message).toContain('10ステップの進捗');
  });
  it('実在する日付・うるう日・空の期限は受け付ける', () => {
    for (const due of ['2028-02-29', '2026-12-31', '']) expect(parseState(withStep({ due })).problem).toBeUndefined();
    expect(parseState(withStep({ due: '2027-02-29' })).problem).toBe('invalid-section');
  });
  it('tracker.steps の中の __proto__ は黙って捨てずに拒み、その場所を示す', () => {
    const text = JSON.stringify(filled()).replace('"steps":{', '"steps":{"__proto__":{"status":"完了"},');
    const r = parseState(JSON.parse(text));
    expect(r.problem).toBe('invalid-section');
    expect(r.message).toContain('tracker.steps.__proto__');
  });
  it('どの深さの __proto__ も拒む（回答の中、最上位）', () => {
    const inAnswers = JSON.parse(JSON.stringify(filled()).replace('"answers":{', '"answers":{"__proto__":"yes",'));
    expect(parseState(inAnswers).message).toContain('diagnosis.answers.__proto__');
    const top = JSON.parse(JSON.stringify(filled()).replace('{"format"', '{"__proto__":{"x":1},"format"'));
    expect(parseState(top).message).toContain('__proto__');
  });
  it('最上位の知らない項目と、保存日時の誤りも名前を示す', () => {
    expect(parseState({ ...filled(), extra: 1 }).message).toContain('extra');
    expect(parseState({ ...filled(), savedAt: 'yesterday' }).message).toContain('savedAt');
  });
  it('変更の記録（revisions）の知らない単位名は拒む', () => {
    const r = parseState({ ...filled(), revisions: { 'tracker.step-1x': '1.a' } });
    expect(r.message).toContain('変更の記録');
    expect(r.message).toContain('revisions.tracker.step-1x');
  });
});

describe('版1からの移行', () => {
  const v1 = () => {
    const { generation: _g, revisions: _r, plan: _p, ...rest } = filled();
    return { ...rest, version: 1 };
  };
  it('版1のデータは版2に変換され、内容のある単位には版1の変更番号が付く', () => {
    const r = parseState(v1());
    expect(r.problem).toBeUndefined();
    expect(r.state.version).toBe(2);
    expect(r.state.generation).toEqual('0');
    expect(r.state.plan).toEqual({ start: '', target: '', steps: {}, milestones: [], updatedAt: '' });
    expect(r.state.revisions['tracker.step-01']).toEqual('1.');
    expect(r.state.revisions['profile']).toEqual('1.');
    expect(r.state.tracker.steps['step-01']?.memo).toBe('メモ');
  });
  it('版1でも、実在しない期限は拒む', () => {
    const s = v1() as unknown as { tracker: { steps: Record<string, { due: string }> } };
    s.tracker.steps['step-01']!.due = '2026-13-45';
    expect(parseState(s).message).toContain('tracker.steps.step-01.due');
  });
});

describe('読めないデータは退避し、失わない', () => {
  it('壊れたJSONは、内容のハッシュを含むキーに元のまま残し、初期状態で始める', () => {
    const st = new FakeStorage();
    st.map.set(STORAGE_KEY, '{"format":"telework-navi",');
    const r = loadState(st, NOW);
    expect(r.problem).toBe('corrupt');
    expect(r.backupKey).toMatch(new RegExp('^' + BACKUP_KEY_PREFIX + '[0-9a-z]{8,}$'));
    expect(st.map.get(r.backupKey!)).toBe('{"format":"telework-navi",');
    expect(r.message).toContain('壊れて');
    expect(r.message).toContain(r.backupKey!);
    expect(r.state).toEqual(emptyState(NOW));
  });
  it('新しい版のデータは退避して、その旨を伝える', () => {
    const st = new FakeStorage();
    const raw = JSON.stringify({ ...filled(), version: 99 });
    st.map.set(STORAGE_KEY, raw);
    const r = loadState(st, NOW);
    expect(r.problem).toBe('future');
    expect(r.message).toContain('版99');
    expect(st.map.get(r.backupKey!)).toBe(raw);
  });
  it('一部の区分だけ壊れていれば、ほかの区分は残す', () => {
    const st = new FakeStorage();
    const s = filled() as unknown as Record<string, unknown>;
    s['diagnosis'] = { answers: { q1: 'maybe' }, profile: {}, updatedAt: '' };
    st.map.set(STORAGE_KEY, JSON.stringify(s));
    const r = loadState(st, NOW);
    expect(r.problem).toBe('invalid-section');
    expect(r.resetSections).toEqual(['diagnosis']);
    expect(r.state.tracker.steps['step-01']?.status).toBe('完了');
    expect(r.state.profile.name).toBe('〇〇町');
    expect(r.state.diagnosis.answers).toEqual({});
    expect(r.message).toContain('自己診断の回答');
    expect(r.message).toContain('diagnosis.answers.q1');
  });
  it('同じ内容は何度読み込んでも退避は1つだけ（ページを開くたびに増えない）', () => {
    const st = new FakeStorage();
    st.map.set(STORAGE_KEY, 'x');
    const keys = [1, 2, 3, 4].map(() => loadState(st, NOW).backupKey);
    expect(new Set(keys).size).toBe(1);
    expect(listBackups(st)).toHaveLength(1);
  });
  it('以前の版が作った同じ内容の退避は1つにまとめる（違う内容は消さない）', () => {
    const st = new FakeStorage({ [`${BACKUP_KEY_PREFIX}20261101T000000000Z`]: 'x', [`${BACKUP_KEY_PREFIX}20261102T000000000Z`]: 'x', [`${BACKUP_KEY_PREFIX}20261103T000000000Z`]: 'y' });
    expect(keepAside(st, 'x')).toBe(`${BACKUP_KEY_PREFIX}20261101T000000000Z`);
    expect(listBackups(st).map((k) => st.map.get(k))).toEqual(['x', 'y']);
  });
  it(`バックアップは全部で${MAX_BACKUPS}件まで。満杯なら、置き換えた状態の古いものから、次に最も古いものから消して新しいものを残す`, () => {
    const st = new FakeStorage();
    const at = (i: number) => `2026-06-0${i}T00:00:00.000Z`;
    const raws = ['a', 'b', 'c', 'd', 'e'];
    expect(raws.map((raw, i) => keepAside(st, raw, i === 3 ? 'replaced' : 'unreadable', at(i + 1))).every(Boolean)).toBe(true);
    expect(keepAside(st, 'f', 'unreadable', at(7))).toBeTruthy();
    // 'd' (a replaced state) went first, although 'a' is older
    expect(listBackups(st).map((k) => st.map.get(k)).sort()).toEqual(['a', 'b', 'c', 'e', 'f']);
    expect(keepAside(st, 'g', 'unreadable', at(8))).toBeTruthy();
    expect(listBackups(st).map((k) => st.map.get(k)).sort()).toEqual(['b', 'c', 'e', 'f', 'g']);
    expect(backupEntries(st).map((b) => [b.raw, b.at, b.kind])[0]).toEqual(['g', at(8), 'unreadable']);
  });
  it('バックアップを削除すると、一覧からも消える', () => {
    const st = new FakeStorage();
    const k = keepAside(st, 'x', 'replaced', NOW)!;
    expect(backupEntries(st).map((b) => b.kind)).toEqual(['replaced']);
    expect(deleteBackup(st, k)).toBe(true);
    expect(backupEntries(st)).toEqual([]);
    expect(deleteBackup(st, STORAGE_KEY)).toBe(false);
  });
  it('退避できない（容量不足）ときは、元のデータを残したまま、メモリ上で動くよう伝え、元のデータを返す', () => {
    const raw = '{"format":"telework-navi","version":1,' + 'x'.repeat(500);
    const st = new FakeStorage({ [STORAGE_KEY]: raw });
    st.quota = st.used() + 100;
    const r = loadState(st, NOW);
    expect(r.available).toBe(false);
    expect(r.unreadable).toBe(raw);
    expect(r.backupKey).toBeUndefined();
    expect(r.message).toContain('上書きせず');
    expect(st.map.get(STORAGE_KEY)).toBe(raw);
    expect(listBackups(st)).toEqual([]);
  });
  it('版の番号がない・不正なデータは読み込まない', () => {
    expect(parseState({ format: 'telework-navi', version: '1' }).problem).toBe('invalid');
    expect(parseState({ format: 'telework-navi', version: 0 }).problem).toBe('invalid');
  });
});

describe('保存できないブラウザ', () => {
  it('読み込みで例外が出ても、メモリ上で動くことを伝える', () => {
    const st = new FakeStorage();
    st.failGet = true;
    const r = loadState(st, NOW);
    expect(r.available).toBe(false);
    expect(r.state).toEqual(emptyState(NOW));
    expect(r.message).toContain('ファイルに保存');
  });
  it('storage が null でも例外にならない', () => {
    expect(loadState(null, NOW).available).toBe(false);
    expect(saveState(null, emptyState(), NOW).ok).toBe(false);
  });
  it('容量超過は quota として伝える', () => {
    const st = new FakeStorage();
    st.failSet = quotaError();
    expect(saveState(st, filled(), NOW)).toMatchObject({ ok: false, reason: 'quota' });
  });
  it('書き込み禁止は unavailable として伝える', () => {
    const st = new FakeStorage();
    st.failSet = new DOMException('denied', 'SecurityError');
    expect(saveState(st, filled(), NOW)).toMatchObject({ ok: false, reason: 'unavailable' });
  });
});

describe('期限・日時の正規表現は、暦どおりの判定（isValidDue）と一致する', () => {
  const date = fc.tuple(fc.integer({ min: 1890, max: 2450 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  test.prop([date])('期限（YYYY-MM-DD）', (d) => {
    expect(DUE_DATE.test(d)).toBe(isValidDue(d));
  });
  test.prop([date, fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 })])('日時（…THH:MM:SS.sssZ）は日付が実在し時刻が範囲内のときだけ', (d, h, m) => {
    const t = `${d}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00.000Z`;
    expect(DATE_TIME.test(t)).toBe(isValidDue(d) && h < 24 && m < 60);
  });
  it('400年ごとのうるう年（2000年・2400年）と、100年ごとの平年（1900年・2100年）', () => {
    expect(['2000-02-29', '2400-02-29', '2024-02-29'].every((d) => DUE_DATE.test(d))).toBe(true);
    expect(['1900-02-29', '2100-02-29', '2023-02-29'].some((d) => DUE_DATE.test(d))).toBe(false);
    expect(DATE_TIME.test(new Date(Date.UTC(2026, 10, 21, 9)).toISOString())).toBe(true);
  });
});
