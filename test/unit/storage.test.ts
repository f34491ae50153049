/**
 * Unit tests of src/lib/storage.ts.
 */
import { describe, expect, it } from 'vitest';
import { BACKUP_INDEX_KEY, BACKUP_KEY_PREFIX, emptyState, keepAside, listBackups, loadState, MAX_BACKUPS, parseState, readIndex, saveState, STORAGE_KEY, cleanAuthor, boundedTime, cleanSection, isAhead, mergeStates, stampChanges, compareStamps, readRaw, sectionUnits, uniqueIds, type StorageLike } from '../../src/lib/storage';
import { backupEntries, deleteBackup } from '../../src/lib/kept-backups';
import { type SavedState, AUTHOR_MAX, GENERATION, REVISION } from '../../src/schemas/state/envelope';
import { FakeStorage, quotaError } from './support/fake-storage';
import { openTab } from './support/store-tabs';
import { fc, test } from '@fast-check/vitest';
import { importState, summarize } from '../../src/lib/transfer';
import { handoverLines } from '../../src/lib/handover';
import { exportState } from '../../src/lib/state-file';
import { MAX_TIME, MIN_TIME } from '../../src/schemas/state/common';
import { STATUS_LABELS, STEP_STATUSES, type StepProgress, type TrackerState } from '../../src/schemas/state/tracker';
import { checksum } from '../../src/lib/checksum';

/** A state as format v2 wrote it: step statuses as the Japanese words, the 「団体について」 answers under diagnosis.profile. */
function asV2(s: SavedState): Record<string, unknown> {
  const o = JSON.parse(JSON.stringify(s)) as Record<string, any>;
  o['version'] = 2;
  for (const p of Object.values(o['tracker'].steps) as { status: keyof typeof STATUS_LABELS }[]) p.status = STATUS_LABELS[p.status] as never;
  o['diagnosis'] = Object.fromEntries(Object.entries(o['diagnosis']).map(([k, v]) => [k === 'about' ? 'profile' : k, v]));
  return o;
}

{
const NOW = '2026-11-21T09:00:00.000Z';
const filled = (): SavedState => {
  const s = emptyState(NOW);
  s.profile = { name: '〇〇町', department: '総務課', updatedAt: NOW };
  s.tracker.steps['step-01'] = { status: 'done', checked: ['s01-team'], owner: '総務課', due: '2026-12-01', memo: 'メモ', updatedAt: NOW };
  s.diagnosis.answers['q1'] = 'yes';
  s.revisions = { profile: '2.a', 'tracker.step-01': '3.a', diagnosis: '1.b' };
  return s;
};

describe('保存と読み込み', () => {
  it('保存した状態をそのまま読み戻せる（版3）', () => {
    const st = new FakeStorage();
    const s = filled();
    const w = saveState(st, s, NOW);
    expect(w.ok).toBe(true);
    const r = loadState(st, NOW);
    expect(r.problem).toBeUndefined();
    expect(r.available).toBe(true);
    expect(r.state).toEqual({ ...s, savedAt: NOW });
    expect(JSON.parse(st.map.get(STORAGE_KEY)!)).toMatchObject({ format: 'telework-navi', version: 3 });
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
    const { generation: _g, revisions: _r, plan: _p, ...rest } = asV2(filled());
    return { ...rest, version: 1 };
  };
  it('版1のデータは版3に変換され、内容のある単位には版1の変更番号が付く', () => {
    const r = parseState(v1());
    expect(r.problem).toBeUndefined();
    expect(r.state.version).toBe(3);
    expect(r.state.generation).toEqual('0');
    expect(r.state.plan).toEqual({ start: '', target: '', steps: {}, milestones: [], updatedAt: '' });
    expect(r.state.revisions['tracker.step-01']).toEqual('1.');
    expect(r.state.revisions['profile']).toEqual('1.');
    expect(r.state.tracker.steps['step-01']?.memo).toBe('メモ');
  });
  it('版1の日本語の状況と diagnosis.profile も、版3の名前で読む', () => {
    const r = parseState(v1());
    expect(r.state.tracker.steps['step-01']?.status).toBe('done');
    expect(r.state.diagnosis).toEqual(filled().diagnosis);
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
    expect(r.state.tracker.steps['step-01']?.status).toBe('done');
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
}

/**
 * The 作業者名 (who changed what): entered once per browser, recorded by the store with every
 * unit it changes, carried by exports and merges, validated to exactly what the site writes.
 */
{
const T = '2026-06-01T00:00:00.000Z';

describe('作業者名の整え方（cleanAuthor）', () => {
  it('1行・制御文字なし・前後の空白なし・40文字まで', () => {
    expect(cleanAuthor('  人事課\u000C 山田\n ')).toBe('人事課 山田');
    expect(cleanAuthor('\u3000情報政策課\t佐藤\u3000')).toBe('情報政策課佐藤');
    expect([...cleanAuthor('山'.repeat(AUTHOR_MAX + 5))]).toHaveLength(AUTHOR_MAX);
    expect(cleanAuthor('𠮷'.repeat(AUTHOR_MAX))).toBe('𠮷'.repeat(AUTHOR_MAX));
    expect(cleanAuthor(' \u0000 ')).toBe('');
  });
});

test.prop([fc.string({ unit: 'binary', maxLength: 80 })])('性質：どんな入力でも、整えた名前は空か、読み込みが受け付ける名前', (raw) => {
  const name = cleanAuthor(raw);
  expect(cleanAuthor(name)).toBe(name);
  if (!name) return;
  const r = parseState(JSON.parse(JSON.stringify({ ...emptyState(T), revisions: { profile: '1.a' }, authors: { profile: name } })));
  expect(r.problem).toBeUndefined();
  expect(r.state.authors).toEqual({ profile: name });
});

describe('読み込み：サイトが書くものは受け入れ、書かないものは拒む', () => {
  const withAuthors = (authors: unknown, revisions: Record<string, string> = { profile: '1.a' }) => ({ ...emptyState(T), revisions, authors });
  it('名前のない以前のデータはそのまま読め、引き継ぎメモは「記録なし」（タブの id は出さない）', () => {
    const old = { ...emptyState(T), revisions: { profile: '4.k2j4x' }, profile: { name: '〇〇町', department: '', updatedAt: T } };
    const r = parseState(JSON.parse(JSON.stringify(old)));
    expect(r.problem).toBeUndefined();
    const lines = handoverLines(r.state, () => '6月1日');
    expect(lines).toEqual(['6月1日　団体の情報（変更した人の記録なし）']);
    expect(lines.join('')).not.toContain('k2j4x');
  });
  it('40文字の名前・サロゲートペアの名前は読める', () => {
    for (const name of ['山'.repeat(AUTHOR_MAX), '𠮷'.repeat(AUTHOR_MAX), '人事課 山田']) {
      const r = parseState(withAuthors({ profile: name }));
      expect(r.problem, name).toBeUndefined();
      expect(r.state.authors).toEqual({ profile: name });
    }
  });
  it.each([
    ['41文字', { profile: '山'.repeat(AUTHOR_MAX + 1) }],
    ['改ページ', { profile: '人事\u000C山田' }],
    ['改行', { profile: '人事\n山田' }],
    ['前の空白', { profile: ' 山田' }],
    ['空', { profile: '' }],
    ['文字列でない', { profile: 3 }],
    ['単位でないキー', { 'tracker.step-1': '山田' }],
    ['__proto__', JSON.parse('{"__proto__":"山田"}')],
  ])('拒む：%s', (_, authors) => {
    const r = parseState(JSON.parse(JSON.stringify(withAuthors(authors))));
    expect(r.problem).toBe('invalid-section');
    expect(r.message).toContain('作業者名の記録');
    expect(r.state.authors).toBeUndefined();
  });
  it('拒む：変更の記録のない単位の名前（サイトは変更番号と一緒にしか書かない）', () => {
    const r = parseState(withAuthors({ profile: '山田', diagnosis: '佐藤' }));
    expect(r.problem).toBe('invalid-section');
    expect(r.state.authors).toEqual({ profile: '山田' });
    expect(importState(JSON.stringify(withAuthors({ diagnosis: '佐藤' }))).ok).toBe(false);
  });
});
}

/**
 * What an import accepts matches what the site itself will write and read again (issue 24,
 * point 4): counters with room for later edits, tick limits checked against what
 * reconciliation can do, repeated ids renumbered, times inside 1900–9999, control characters
 * stripped, and a confirmation that counts only what the site knows. The property at the end
 * runs generated files through import → restore → reconcile → edit → reload.
 */
{
const T = '2026-06-01T00:00:00.000Z';
const step = (p: Partial<SavedState['tracker']['steps'][string]> = {}) => ({ status: 'not-started' as const, checked: [] as string[], owner: '', due: '', memo: '', updatedAt: T, ...p });
const fileOf = (s: SavedState) => exportState(s, T);

const tab = openTab;

describe('同じ id・制御文字・範囲外の日時', () => {
  it('同じ id の業務が2つあるファイルは、読み込むときに2つ目の id を付け直す（削除で両方消えない）', () => {
    const s = emptyState(T);
    const row = { id: 't1', name: 'A', unit: '', memo: '', override: '' };
    s.inventory.tasks = [row, { ...row, name: 'B' }, { ...row, id: 't1~2', name: 'C' }];
    const r = importState(fileOf(s));
    expect(r.ok).toBe(true);
    const ids = r.ok ? r.state.inventory.tasks.map((t) => t.id) : [];
    expect(new Set(ids).size).toBe(3);
    expect(ids[0]).toBe('t1');
  });
  it('2つのタブが同じミリ秒に同じ id を作っても、ストアが書く一覧の id は重ならない', () => {
    const st = new FakeStorage();
    const a = tab(st, 'a');
    const row = { id: 'tmbx0', name: 'A', unit: '', memo: '', override: '' };
    a.update('inventory', (inv) => ({ ...inv, tasks: [row] }));
    a.update('inventory', (inv) => ({ ...inv, tasks: [...inv.tasks, { ...row, name: 'B' }] }));
    const ids = a.getSnapshot().state.inventory.tasks.map((t) => t.id);
    expect(new Set(ids).size).toBe(2);
    expect(JSON.parse(st.map.get(STORAGE_KEY)!).inventory.tasks.map((t: { id: string }) => t.id)).toEqual(ids);
  });
  it('団体名の改ページ（U+000C）などの制御文字は取り除き、メモの改行は残す', () => {
    const s = emptyState(T);
    s.profile = { name: '〇〇\u000C町\n', department: '総務\t課\u0007', updatedAt: T };
    s.tracker.steps['step-01'] = step({ memo: '1行目\n2行目\u000C', owner: '田中\u2028' });
    const r = importState(fileOf(s));
    expect(r.ok && r.state.profile).toEqual({ name: '〇〇町', department: '総務課', updatedAt: T });
    expect(r.ok && r.state.tracker.steps['step-01']?.memo).toBe('1行目\n2行目');
    expect(r.ok && r.state.tracker.steps['step-01']?.owner).toBe('田中');
    expect(cleanSection(cleanSection(s.profile))).toEqual(cleanSection(s.profile));
  });
  it('ストアは入力の制御文字も取り除いて保存する', () => {
    const st = new FakeStorage();
    const a = tab(st, 'a');
    a.update('profile', (p) => ({ ...p, name: '△△\u000C村' }));
    expect(JSON.parse(st.map.get(STORAGE_KEY)!).profile.name).toBe('△△村');
  });
  it('時計が1900〜9999年の外でも、書く日時は範囲内に収まる（次の読み込みで区分が拒まれない）', () => {
    expect(boundedTime('+010000-01-01T00:00:00.000Z')).toBe(MAX_TIME);
    expect(boundedTime('1899-12-31T23:59:59.999Z')).toBe(MIN_TIME);
    expect(boundedTime('-000001-01-01T00:00:00.000Z')).toBe(MIN_TIME);
    expect(boundedTime(T)).toBe(T);
    const st = new FakeStorage();
    const a = tab(st, 'a', () => new Date(Date.UTC(10000, 0, 1)).toISOString());
    a.update('tracker', (t) => ({ ...t, steps: { 'step-01': step({ memo: 'x', updatedAt: '+010000-01-01T00:00:00.000Z' }) } }));
    a.update('profile', (p) => ({ ...p, name: '〇〇町' }));
    const r = loadState(st, T);
    expect(r.problem).toBeUndefined();
    expect(r.state.tracker.steps['step-01']?.updatedAt).toBe(MAX_TIME);
    expect(r.state.profile.updatedAt).toBe(MAX_TIME);
    expect(r.state.savedAt).toBe(MAX_TIME);
  });
  it('ストアが updatedAt を付ける：島が付けなくても、変えた単位にだけ', () => {
    const st = new FakeStorage();
    const a = tab(st, 'a', () => T);
    a.update('profile', (p) => ({ ...p, name: '〇〇町' }));
    expect(a.getSnapshot().state.profile.updatedAt).toBe(T);
    // updatedAt alone is not a change: nothing is written
    const writes = st.writes.length;
    a.update('profile', (p) => ({ ...p, updatedAt: '2030-01-01T00:00:00.000Z' }));
    expect(st.writes.length).toBe(writes);
  });
});
}

/**
 * The merge of two saved states, with examples and with properties over generated states
 * (fast-check): commutative, associative, idempotent, and a newer generation always wins.
 */
{
const T = '2026-11-21T09:00:00.000Z';
const step = (p: Partial<StepProgress> = {}): StepProgress => ({ status: 'not-started', checked: [], owner: '', due: '', memo: '', updatedAt: T, ...p });

describe('例：変更番号で決まり、時計では決まらない', () => {
  it('同じステップは変更番号の大きいほうが残る（更新日時が古くても）', () => {
    const a = emptyState();
    const b = emptyState();
    a.tracker.steps['step-01'] = step({ memo: '後の編集（時計が2時間遅れたPC）', updatedAt: '2026-11-21T07:00:00.000Z' });
    a.revisions['tracker.step-01'] = '5.a';
    b.tracker.steps['step-01'] = step({ memo: '先の編集', updatedAt: '2026-11-21T09:00:00.000Z' });
    b.revisions['tracker.step-01'] = '4.b';
    expect(mergeStates(a, b).tracker.steps['step-01']?.memo).toBe('後の編集（時計が2時間遅れたPC）');
    expect(mergeStates(b, a).tracker.steps['step-01']?.memo).toBe('後の編集（時計が2時間遅れたPC）');
  });
  it('別々のステップ・区分の変更は両方残る', () => {
    const a = emptyState();
    const b = emptyState();
    a.tracker.steps['step-02'] = step({ owner: 'A' });
    a.revisions['tracker.step-02'] = '1.a';
    a.profile = { name: '〇〇町', department: '', updatedAt: T };
    a.revisions['profile'] = '2.a';
    b.tracker.steps['step-03'] = step({ owner: 'B' });
    b.revisions['tracker.step-03'] = '1.b';
    b.diagnosis = { answers: { leadership: 'yes' }, about: {}, updatedAt: T };
    b.revisions['diagnosis'] = '2.b';
    const m = mergeStates(a, b);
    expect(m.tracker.steps['step-02']?.owner).toBe('A');
    expect(m.tracker.steps['step-03']?.owner).toBe('B');
    expect(m.profile.name).toBe('〇〇町');
    expect(m.diagnosis.answers).toEqual({ leadership: 'yes' });
  });
  it('ステップの「内容にない項目」はそのステップと一緒に扱う', () => {
    const a = emptyState();
    const b = emptyState();
    a.tracker.orphans = [{ step: 'step-01', item: 'old' }];
    a.revisions['tracker.step-01'] = '1.a';
    b.tracker.steps['step-01'] = step({ checked: ['old'] });
    b.revisions['tracker.step-01'] = '2.b';
    const m = mergeStates(a, b);
    expect(m.tracker.orphans).toEqual([]);
    expect(m.tracker.steps['step-01']?.checked).toEqual(['old']);
  });
  it('新しい世代（復元）は、古い世代の変更番号がどれほど大きくても丸ごと勝つ', () => {
    const old = emptyState();
    old.tracker.steps['step-01'] = step({ status: 'done' });
    old.revisions['tracker.step-01'] = '999.z';
    const restored = emptyState();
    restored.generation = '1.a.restore';
    expect(mergeStates(old, restored)).toBe(restored);
    expect(mergeStates(restored, old)).toBe(restored);
  });
  it('変更した単位にだけ、見た中で最大の番号＋1とタブの id を付ける', () => {
    const before = emptyState();
    before.revisions = { profile: '7.x' };
    before.tracker.steps['step-01'] = step();
    const after = { ...before, tracker: { ...before.tracker, steps: { ...before.tracker.steps, 'step-02': step({ status: 'done' }) } } };
    const s = stampChanges(before, after, 'tracker', 'me');
    expect(s.revisions).toEqual({ profile: '7.x', 'tracker.step-02': '8.me' });
    expect(isAhead(s, before)).toBe(true);
    expect(isAhead(before, s)).toBe(false);
  });
});

/* --------------------------------- generated states ---------------------------------- */

const tab = fc.constantFrom('a', 'b', 'c');
const stamp = fc.tuple(fc.integer({ min: 1, max: 12 }), tab).map(([n, t]) => `${n}.${t}`);
const generation = fc.oneof(
  fc.constant('0'),
  fc.tuple(fc.integer({ min: 1, max: 11 }), tab, fc.constantFrom('restore', 'reset')).map(([n, t, why]) => `${n}.${t}.${why}`),
);
const stepIds = ['step-01', 'step-02', 'step-03'] as const;
const progress = fc.record({ status: fc.constantFrom(...STEP_STATUSES), memo: fc.constantFrom('', 'A', 'B'), checked: fc.subarray(['i1', 'i2']) }).map((p) => step(p));

/** A state over a small pool of units, so that generated pairs share units and collide. */
const state: fc.Arbitrary<SavedState> = fc
  .record({
    generation,
    profile: fc.option(fc.tuple(stamp, fc.constantFrom('〇〇町', '△△村', '')), { nil: undefined }),
    diagnosis: fc.option(fc.tuple(stamp, fc.dictionary(fc.constantFrom('q1', 'q2'), fc.constantFrom('yes' as const, 'no' as const))), { nil: undefined }),
    steps: fc.array(fc.tuple(fc.constantFrom(...stepIds), fc.option(stamp, { nil: undefined }), fc.option(progress, { nil: undefined }), fc.subarray(['o1', 'o2'])), { maxLength: 3 }),
  })
  .map(({ generation, profile, diagnosis, steps }) => {
    const s = emptyState();
    s.generation = generation;
    if (profile) {
      s.revisions['profile'] = profile[0];
      s.profile = { name: profile[1], department: '', updatedAt: T };
    }
    if (diagnosis) {
      s.revisions['diagnosis'] = diagnosis[0];
      s.diagnosis = { answers: diagnosis[1], about: {}, updatedAt: T };
    }
    const seen = new Set<string>();
    for (const [id, rev, p, orphans] of [...steps].sort(([x], [y]) => x.localeCompare(y))) {
      if (seen.has(id)) continue;
      seen.add(id);
      if (rev) s.revisions[`tracker.${id}`] = rev;
      if (p) s.tracker.steps[id] = p;
      for (const item of orphans) s.tracker.orphans.push({ step: id, item });
    }
    return s;
  });

describe('版2からの移行（名前を1つの意味に：状況は英語の符号、自己診断の「団体について」は about）', () => {
  const NOW = '2026-11-21T09:00:00.000Z';
  const filled = (): SavedState => {
    const s = emptyState(NOW);
    s.profile = { name: '〇〇町', department: '総務課', updatedAt: NOW };
    s.tracker.steps['step-01'] = { status: 'done', checked: ['s01-team'], owner: '総務課', due: '2026-12-01', memo: 'メモ', updatedAt: NOW };
    s.diagnosis.answers['q1'] = 'yes';
    s.revisions = { profile: '2.a', 'tracker.step-01': '3.a', diagnosis: '1.b' };
    return s;
  };
  const v2 = (): Record<string, unknown> => {
    const s = filled();
    s.tracker.steps['step-02'] = { ...s.tracker.steps['step-01']!, status: 'in-progress', checked: [] };
    s.tracker.steps['step-03'] = { ...s.tracker.steps['step-01']!, status: 'excluded', checked: [] };
    s.tracker.steps['step-04'] = { ...s.tracker.steps['step-01']!, status: 'not-started', checked: [] };
    s.diagnosis.about = { kind: 'municipality', concerns: ['cost', 'security'] };
    return asV2(s);
  };
  it('保存されていた版2の値（日本語の状況・diagnosis.profile）を、変更の記録・世代を保ったまま版3で読む', () => {
    const old = v2();
    expect(old['tracker']).toMatchObject({ steps: { 'step-01': { status: '完了' }, 'step-02': { status: '進行中' }, 'step-03': { status: '対象外' }, 'step-04': { status: '未着手' } } });
    const r = parseState(old);
    expect(r.problem).toBeUndefined();
    expect(r.state.version).toBe(3);
    expect(Object.fromEntries(Object.entries(r.state.tracker.steps).map(([id, p]) => [id, p.status]))).toEqual({ 'step-01': 'done', 'step-02': 'in-progress', 'step-03': 'excluded', 'step-04': 'not-started' });
    expect(r.state.diagnosis.about).toEqual({ kind: 'municipality', concerns: ['cost', 'security'] });
    expect(r.state.diagnosis).not.toHaveProperty('profile');
    expect(r.state.revisions).toEqual(filled().revisions);
    expect(r.state.generation).toBe('0');
  });
  it('localStorage の版2の値を読み、次の書き込みは版3（内容は同じ）', () => {
    const st = new FakeStorage();
    st.map.set(STORAGE_KEY, JSON.stringify(v2()));
    const r = loadState(st, NOW);
    expect(r.problem).toBeUndefined();
    expect(saveState(st, r.state, NOW).ok).toBe(true);
    const raw = JSON.parse(st.map.get(STORAGE_KEY)!);
    expect(raw.version).toBe(3);
    expect(raw.tracker.steps['step-02'].status).toBe('in-progress');
    expect(raw.diagnosis.about).toEqual({ kind: 'municipality', concerns: ['cost', 'security'] });
  });
  it('同僚から受け取った版2のファイルも、読み込み・合わせた読み込みで同じように変換する', () => {
    const r = importState(JSON.stringify({ ...v2(), about: '版2のファイル' }));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.state.tracker.steps['step-03']?.status).toBe('excluded');
      expect(r.state.diagnosis.about['kind']).toBe('municipality');
    }
  });
  it('版2にない状況（「保留」、__proto__ など）は変換せず、進捗の区分を読めないものとして知らせる', () => {
    for (const bad of ['保留', '完了 ', '__proto__', 'toString']) {
      const old = v2() as { tracker: { steps: Record<string, { status: string }> } };
      old.tracker.steps['step-02']!.status = bad;
      const r = parseState(old);
      expect(r.problem, bad).toBe('invalid-section');
      expect(r.resetSections).toEqual(['tracker']);
      expect(r.message).toContain('tracker.steps.step-02.status');
    }
  });
  it('版2の diagnosis に about と profile が両方あれば、どちらも推し量らず読めないものとして知らせる', () => {
    const old = v2() as { diagnosis: Record<string, unknown> };
    old.diagnosis['about'] = {};
    const r = parseState(old);
    expect(r.problem).toBe('invalid-section');
    expect(r.resetSections).toEqual(['diagnosis']);
  });
  it('形の違う版2（tracker や diagnosis が配列・文字列・ない）でも移行は落ちず、検査が知らせる', () => {
    for (const over of [{ tracker: [] }, { tracker: { steps: 'x', orphans: [] } }, { diagnosis: 'x' }, { tracker: undefined, diagnosis: undefined }]) {
      const r = parseState({ ...v2(), ...over });
      expect(r.state.version).toBe(3);
      expect(r.problem).toBe('invalid-section');
    }
  });
  test.prop([fc.constant(null).chain(() => state)])('どの版3の状態も、版2の形にして読めば元に戻る', (s) => {
    const r = parseState(asV2(s));
    expect(r.problem).toBeUndefined();
    expect(r.state).toEqual(parseState(JSON.parse(JSON.stringify(s))).state);
  });
});

describe('合併の法則（生成した状態で）', () => {
  test.prop([state, state])('可換：merge(a, b) = merge(b, a)', (a, b) => {
    expect(mergeStates(a, b)).toEqual(mergeStates(b, a));
  });
  test.prop([state, state, state])('結合：merge(merge(a, b), c) = merge(a, merge(b, c))', (a, b, c) => {
    expect(mergeStates(mergeStates(a, b), c)).toEqual(mergeStates(a, mergeStates(b, c)));
  });
  test.prop([state, state])('冪等：merge(a, a) = a、merge(m, m) = m', (a, b) => {
    expect(mergeStates(a, a)).toEqual(a);
    const m = mergeStates(a, b);
    expect(mergeStates(m, m)).toEqual(m);
    expect(mergeStates(m, a)).toEqual(m);
  });
  test.prop([state, state])('新しい世代はいつも丸ごと勝つ', (a, b) => {
    const newer = { ...b, generation: `${parseInt(a.generation, 10) + 1}.b.restore` };
    expect(mergeStates(a, newer)).toBe(newer);
    expect(mergeStates(newer, a)).toBe(newer);
  });
  test.prop([stamp, generation])('生成した変更番号・世代は保存形式に合う（数値の比較は桁が増えても正しい）', (r, g) => {
    expect(r).toMatch(REVISION);
    expect(g).toMatch(GENERATION);
  });
  test.prop([state, state])('合併の結果は、同じ世代なら各単位で両方の変更番号以上（古い変更に戻らない）', (a, b) => {
    fc.pre(a.generation === b.generation);
    const m = mergeStates(a, b);
    expect(isAhead(a, m)).toBe(false);
    expect(isAhead(b, m)).toBe(false);
  });
});
}

/**
 * The saved-state format's rules where a slip would lose or corrupt data (src/lib/storage.ts):
 * which version numbers are refused, what a partly invalid value keeps, how two tabs' states
 * merge (order of stamps, deletions, the other tab's orphaned ticks, the later save time), and
 * how backups are listed and kept without overwriting anything.
 */
{
const NOW = '2026-11-21T09:00:00.000Z';
const LATER = '2026-11-22T09:00:00.000Z';
const step = (p: Partial<TrackerState['steps'][string]> = {}): TrackerState['steps'][string] => ({ status: 'in-progress', checked: [], owner: '', due: '', memo: '', updatedAt: NOW, ...p });
const filled = (): SavedState => {
  const s = emptyState(NOW);
  s.profile = { name: '〇〇町', department: '総務課', updatedAt: NOW };
  s.tracker.steps['step-01'] = step({ status: 'done' });
  s.revisions = { profile: '2.a', 'tracker.step-01': '3.a' };
  return s;
};
const asJson = (s: unknown) => JSON.parse(JSON.stringify(s)) as Record<string, unknown>;

describe('空の状態', () => {
  it('時刻を渡さなければ保存日時は空、渡せばその時刻', () => {
    expect(emptyState().savedAt).toBe('');
    expect(emptyState(NOW).savedAt).toBe(NOW);
    expect(parseState({}).state.savedAt).toBe('');
  });
});

describe('読めない版・形式（parseState）', () => {
  it.each([
    ['null', null],
    ['format を持つ配列', Object.assign([], { format: 'telework-navi', version: 2 })],
  ])('%s はこのサイトの保存形式ではない', (_l, data) => {
    const r = parseState(data, NOW);
    expect(r.problem).toBe('foreign');
    expect(r.resetSections).toEqual([]);
    expect(r.state).toEqual(emptyState(NOW));
  });

  it.each([['文字列の版', '2'], ['小数の版', 1.5], ['版0', 0], ['負の版', -1]])('%s は版が読み取れないとして、何も移行しない', (_l, version) => {
    const r = parseState({ ...asJson(filled()), version }, NOW);
    expect(r.problem).toBe('invalid');
    expect(r.message).toBe('保存データの形式の版が読み取れません。');
    expect(r.resetSections).toEqual([]);
  });
});

describe('一部が正しくない保存データ（parseState）', () => {
  it('区分が壊れていても、正しい変更の記録はそのまま使う', () => {
    const data = asJson(filled());
    (data['diagnosis'] as Record<string, unknown>)['answers'] = 'x';
    const r = parseState(data, NOW);
    expect(r.problem).toBe('invalid-section');
    expect(r.resetSections).toEqual(['diagnosis']);
    expect(r.state.revisions).toEqual({ profile: '2.a', 'tracker.step-01': '3.a' });
  });

  it('変更の記録が壊れていれば、内容のある単位すべてに版1の番号を付け直す（区分のリセットには数えない）', () => {
    const r = parseState({ ...asJson(filled()), revisions: { profile: 'x' } }, NOW);
    expect(r.problem).toBe('invalid-section');
    expect(r.resetSections).toEqual([]);
    expect(r.message).toContain('変更の記録');
    expect(r.state.revisions).toMatchObject({ profile: '1.', 'tracker.step-01': '1.' });
    expect(r.state.profile.name).toBe('〇〇町');
  });

  it('復元の記録（generation）が壊れていても、区分のリセットには数えない', () => {
    const r = parseState({ ...asJson(filled()), generation: 5 }, NOW);
    expect(r.problem).toBe('invalid-section');
    expect(r.resetSections).toEqual([]);
    expect(r.state.generation).toBe('0');
  });

  it('保存日時が日時でなければ、読み込んだ時刻を使い、そのことを伝える', () => {
    const r = parseState({ ...asJson(filled()), savedAt: 'きのう' }, LATER);
    expect(r.state.savedAt).toBe(LATER);
    expect(r.problem).toBe('invalid-section');
    expect(r.message).toContain('savedAt');
  });

  it('日時の文字列を配列に入れた保存日時も、日時とは認めない', () => {
    const r = parseState({ ...asJson(filled()), savedAt: [NOW] }, LATER);
    expect(r.state.savedAt).toBe(LATER);
    expect(r.problem).toBe('invalid-section');
  });

  it('問題が複数あれば、すべての説明を続けて示す', () => {
    const r = parseState({ ...asJson(filled()), savedAt: 'x', extra: 1 });
    expect(r.message).toBe('保存日時「savedAt」が日時ではありません。想定していない項目（extra）が含まれていました。');
  });

  it('about（説明）は1000文字までの文字列だけ受け付ける', () => {
    const base = asJson(filled());
    expect(parseState({ ...base, about: 'あ'.repeat(1000) }).problem).toBeUndefined();
    for (const about of ['あ'.repeat(1001), 5, null]) {
      const r = parseState({ ...base, about });
      expect(r.problem).toBe('invalid-section');
      expect(r.message).toBe('想定していない項目（about）が含まれていました。');
    }
  });

  it('知らない項目は最初の5つまでを「、」で区切って示す', () => {
    const r = parseState({ ...asJson(filled()), a1: 1, a2: 1, a3: 1, a4: 1, a5: 1, a6: 1 });
    expect(r.message).toBe('想定していない項目（a1、a2、a3、a4、a5）が含まれていました。');
  });
});

describe('変更番号・世代の順序（compareStamps）', () => {
  it('番号を数として比べ（2 < 10）、同じ番号ならタブの id の文字順', () => {
    expect(compareStamps('2.a', '10.a')).toBeLessThan(0);
    expect(compareStamps('10.a', '2.a')).toBeGreaterThan(0);
    expect(compareStamps('3.a', '3.b')).toBeLessThan(0);
    expect(compareStamps('3.b', '3.a')).toBeGreaterThan(0);
    expect(compareStamps('3.a', '3.a')).toBe(0);
    expect(compareStamps('3.z', '4.a')).toBeLessThan(0);
  });
});

describe('合併の単位（sectionUnits）', () => {
  it('ステップの進捗と、そのステップの内容にない項目は、1つの単位にまとまる', () => {
    const t: TrackerState = { steps: { 'step-01': step() }, orphans: [{ step: 'step-01', item: 'x' }, { step: 'step-02', item: 'y' }] };
    const u = sectionUnits('tracker', t);
    expect([...u.keys()]).toEqual(['tracker.step-01', 'tracker.step-02']);
    expect(u.get('tracker.step-01')).toEqual({ p: step(), o: ['x'] });
    expect(u.get('tracker.step-02')).toEqual({ o: ['y'] });
  });
});

describe('2つのタブの状態の合併（mergeStates）', () => {
  it('ほかのタブの「内容にない項目」は消えず、ステップの順に並ぶ（引数の順によらない）', () => {
    const a = emptyState();
    const b = emptyState();
    a.tracker.orphans = [{ step: 'step-03', item: 'c' }];
    a.revisions['tracker.step-03'] = '1.a';
    b.tracker.orphans = [{ step: 'step-01', item: 'a1' }, { step: 'step-01', item: 'a2' }];
    b.tracker.steps['step-02'] = step();
    b.revisions['tracker.step-01'] = '1.b';
    b.revisions['tracker.step-02'] = '2.b';
    const want = [{ step: 'step-01', item: 'a1' }, { step: 'step-01', item: 'a2' }, { step: 'step-03', item: 'c' }];
    for (const m of [mergeStates(a, b), mergeStates(b, a)]) {
      expect(m.tracker.orphans).toEqual(want);
      // 内容にない項目しかないステップに、進捗の項目を作らない（作ると集計が壊れる）
      expect(Object.keys(m.tracker.steps)).toEqual(['step-02']);
      expect(() => summarize(m)).not.toThrow();
    }
  });

  it('進捗の項目はステップ番号の順に並ぶ（どちらのタブから来ても）', () => {
    const a = emptyState();
    const b = emptyState();
    a.tracker.steps['step-05'] = step();
    a.revisions['tracker.step-05'] = '1.a';
    b.tracker.steps['step-02'] = step();
    b.revisions['tracker.step-02'] = '1.b';
    expect(Object.keys(mergeStates(a, b).tracker.steps)).toEqual(['step-02', 'step-05']);
    expect(Object.keys(mergeStates(b, a).tracker.steps)).toEqual(['step-02', 'step-05']);
  });

  it('新しい番号で消された（空に戻された）ステップは、古い内容を持つタブと合併しても戻らない', () => {
    const cleared = emptyState();
    cleared.revisions['tracker.step-01'] = '5.a';
    const old = emptyState();
    old.tracker.steps['step-01'] = step({ memo: '古いメモ' });
    old.tracker.orphans = [{ step: 'step-01', item: '古い項目' }];
    old.revisions['tracker.step-01'] = '3.b';
    for (const m of [mergeStates(cleared, old), mergeStates(old, cleared)]) {
      expect(m.tracker).toEqual({ steps: {}, orphans: [] });
      expect(m.revisions['tracker.step-01']).toBe('5.a');
    }
  });

  it('どちらのタブにもない単位の「消した」記録は残り、3つ目のタブの古い内容を戻さない', () => {
    const cleared = emptyState();
    cleared.revisions['tracker.step-01'] = '5.a';
    const never = emptyState();
    const m = mergeStates(cleared, never);
    expect(m.revisions).toEqual({ 'tracker.step-01': '5.a' });
    expect(mergeStates(never, cleared).revisions).toEqual({ 'tracker.step-01': '5.a' });
    const old = emptyState();
    old.tracker.steps['step-01'] = step({ memo: '古いメモ' });
    old.revisions['tracker.step-01'] = '3.c';
    expect(mergeStates(m, old).tracker.steps).toEqual({});
  });

  it('同じ世代どうしの合併の保存日時は、遅いほう', () => {
    const a = { ...emptyState(), savedAt: NOW };
    const b = { ...emptyState(), savedAt: LATER };
    expect(mergeStates(a, b).savedAt).toBe(LATER);
    expect(mergeStates(b, a).savedAt).toBe(LATER);
  });
});

describe('どちらが先に進んでいるか（isAhead）', () => {
  it('新しい世代は、変更番号によらず先に進んでいる；古い世代は、番号が大きくても進んでいない', () => {
    const old = filled();
    old.revisions = { profile: '99.a' };
    const restored = emptyState();
    restored.generation = '1.b.restore';
    expect(isAhead(restored, old)).toBe(true);
    expect(isAhead(old, restored)).toBe(false);
  });
});

describe('退避（listBackups・keepAside・readRaw）', () => {
  it('退避のキーは、ストレージの並びによらず文字順で返し、ほかのキーは含めない', () => {
    const st = new FakeStorage({ [`${BACKUP_KEY_PREFIX}b`]: '2', other: 'x', [`${BACKUP_KEY_PREFIX}a`]: '1' });
    expect(listBackups(st)).toEqual([`${BACKUP_KEY_PREFIX}a`, `${BACKUP_KEY_PREFIX}b`]);
  });

  it('同じキーに別の内容がある（ハッシュの衝突）ときは上書きせず、退避できないと答える', () => {
    const raw = '{壊れた';
    const key = BACKUP_KEY_PREFIX + checksum(raw, 7) + raw.length.toString(36);
    const st = new FakeStorage({ [key]: '別の内容' });
    expect(keepAside(st, raw)).toBeNull();
    expect(st.map.get(key)).toBe('別の内容');
  });

  it('一覧の後に消えた退避（ほかのタブが消した）は数えず、新しい退避を作れる', () => {
    const st = new FakeStorage();
    for (let i = 0; i < MAX_BACKUPS - 1; i++) st.map.set(`${BACKUP_KEY_PREFIX}k${i}`, `内容${i}`);
    const vanishing = `${BACKUP_KEY_PREFIX}gone`;
    const racing: StorageLike = {
      getItem: (k) => (k === vanishing ? null : st.getItem(k)),
      setItem: (k, v) => st.setItem(k, v),
      removeItem: (k) => st.removeItem(k),
      get length() { return st.length + 1; },
      key: (i) => (i === st.length ? vanishing : st.key(i)),
    };
    const key = keepAside(racing, '{新しい');
    expect(key).not.toBeNull();
    expect(st.map.get(key!)).toBe('{新しい');
  });

  it('ストレージが書き込みを拒めば、null を返す（例外にしない）', () => {
    const st = new FakeStorage();
    st.failSet = new DOMException('denied', 'SecurityError');
    expect(keepAside(st, '{壊れた')).toBeNull();
  });

  it('正しいデータは退避せず、伝えることもない', () => {
    const st = new FakeStorage();
    const r = readRaw(st, JSON.stringify(filled()), NOW);
    expect(r).toMatchObject({ available: true, resetSections: [] });
    expect(r.backupKey).toBeUndefined();
    expect(r.message).toBeUndefined();
    expect(listBackups(st)).toEqual([]);
  });

  it('壊れたJSONは、リセットした区分なしの「corrupt」として退避する', () => {
    const r = readRaw(new FakeStorage(), '{', NOW);
    expect(r).toMatchObject({ problem: 'corrupt', resetSections: [], available: true });
  });
});

describe('読み込み・保存できないブラウザ（loadState・saveState）', () => {
  it('読み込みが拒まれても、何も保存されていなくても、リセットした区分はない', () => {
    const st = new FakeStorage();
    expect(loadState(st, NOW)).toEqual({ state: emptyState(NOW), available: true, resetSections: [], raw: null });
    st.failGet = true;
    expect(loadState(st, NOW)).toMatchObject({ available: false, resetSections: [] });
  });

  it('容量以外の理由で書けないときは、保存できなかったことと書き出しを伝える', () => {
    const st = new FakeStorage();
    st.failSet = new DOMException('denied', 'SecurityError');
    const r = saveState(st, emptyState(), NOW);
    expect(r).toEqual({ ok: false, reason: 'unavailable', message: 'このブラウザでは保存できませんでした。入力はこのページを閉じると消えます。「すべての入力をファイルに保存」で書き出してください。' });
    expect(st.map.has(STORAGE_KEY)).toBe(false);
  });
});
}

/**
 * The rules a slip in would go unnoticed by the scenarios above: what the read of old data
 * reports word for word, how ids are renumbered, what the cleaning keeps, the clock's limits,
 * the tie-breaks of a merge, what a stamp leaves alone, and the backups' index.
 */
{
const T = '2026-06-01T00:00:00.000Z';
const step = (p: Partial<StepProgress> = {}): StepProgress => ({ status: 'in-progress', checked: [], owner: '', due: '', memo: '', updatedAt: T, ...p });

describe('版2の状況の移行：読めないものは読めないと伝える（落ちない）', () => {
  const v2With = (p: unknown) => {
    const s = emptyState(T);
    s.tracker.steps['step-01'] = step({ status: 'done' });
    s.revisions = { 'tracker.step-01': '2.a' };
    const o = asV2(s) as { tracker: { steps: Record<string, unknown> } };
    o.tracker.steps['step-02'] = p;
    return o;
  };
  it('版2にない状況の言葉は、そのまま検査に回し、区分と項目を正確に示す', () => {
    const r = parseState(v2With({ ...step(), status: '保留' }));
    expect(r.resetSections).toEqual(['tracker']);
    expect(r.message).toBe('「10ステップの進捗」の内容が正しくないため読み込めませんでした（「tracker.steps.step-02.status」の値（not-started・in-progress・done・excludedのどれかではありません））。');
  });
  it('ステップの値がオブジェクトでない（null・文字列）ときも例外にせず、その場所を示す', () => {
    for (const p of [null, '完了']) {
      const r = parseState(v2With(p));
      expect(r.problem).toBe('invalid-section');
      expect(r.message).toBe('「10ステップの進捗」の内容が正しくないため読み込めませんでした（「tracker.steps.step-02」の値（オブジェクトではありません））。');
    }
  });
});

describe('同じ id の付け直し（uniqueIds）', () => {
  it('3つ目の同じ id は「~3」になる（「~2」と重ならない）', () => {
    const rows = [{ id: 'a', n: 1 }, { id: 'a', n: 2 }, { id: 'a', n: 3 }];
    expect(uniqueIds(rows).map((r) => r.id)).toEqual(['a', 'a~2', 'a~3']);
  });
  it('長い id は58文字で切ってから番号を付ける（保存形式の長さに収まる）', () => {
    const long = 'x'.repeat(64);
    const out = uniqueIds([{ id: long }, { id: long }, { id: long }]);
    expect(out.map((r) => r.id)).toEqual([long, `${'x'.repeat(58)}~2`, `${'x'.repeat(58)}~3`]);
  });
  it('付け直さない行は元の行のまま、id のない行や null は触らない', () => {
    const first = { id: 'a', name: '一' };
    const noId = { name: 'id なし' };
    const list = [first, null, noId, { name: 'もう一つの id なし' }, { id: 'a', name: '二' }];
    const out = uniqueIds(list);
    expect(out[0]).toBe(first);
    expect(out[1]).toBeNull();
    expect(out[2]).toBe(noId);
    expect(out.map((r) => (r && 'id' in r ? r.id : null))).toEqual(['a', null, null, null, 'a~2']);
  });
  it('文字列の id を持つ行が1つもない一覧は、同じ一覧をそのまま返す', () => {
    const list = [{ id: 5 }, { id: 5 }, 'x'];
    expect(uniqueIds(list)).toBe(list);
  });
});

describe('整え方（cleanSection・cleanAuthor）', () => {
  it('数・真偽・null の値はそのまま残す（オブジェクトに変えない）', () => {
    const v = { n: 3, b: true, x: null, list: [1, false] };
    expect(cleanSection(v)).toEqual(v);
  });
  it('作業者名：前の空白を除いてから40文字に切り、切った後の末尾の空白も除く', () => {
    expect(cleanAuthor(' ' + 'あ'.repeat(AUTHOR_MAX))).toBe('あ'.repeat(AUTHOR_MAX));
    expect(cleanAuthor('あ'.repeat(AUTHOR_MAX - 1) + ' 山田')).toBe('あ'.repeat(AUTHOR_MAX - 1));
  });
});

describe('時計の値の範囲（boundedTime）', () => {
  it('日時として読めない値は空にする（範囲の端にしない）', () => {
    for (const v of ['Invalid Date', 'きのう', 'x1899-12-31T00:00:00.000Z', '']) expect(boundedTime(v), v).toBe('');
  });
  it('1900年以降で形式だけ違う時刻は最後の時刻に、1900年より前は最初の時刻にする', () => {
    expect(boundedTime('2026-06-01T00:00:00Zx')).toBe(MAX_TIME);
    expect(boundedTime('1899-06-01T00:00:00Zx')).toBe(MIN_TIME);
  });
});

describe('合併の同点のとき（変更番号が同じ・ない）', () => {
  it('変更の記録がない単位どうしは内容で決まり、引数の順によらない', () => {
    const a = emptyState();
    const b = emptyState();
    a.profile = { name: '〇〇町', department: '', updatedAt: T };
    for (const m of [mergeStates(a, b), mergeStates(b, a)]) {
      expect(m.profile.name).toBe('〇〇町');
      expect(m.revisions).toEqual({});
    }
  });
  it('変更番号も内容も同じなら、作業者名の文字順で大きいほうが残る（引数の順によらない）', () => {
    const named = (who?: string) => {
      const s = emptyState();
      s.profile = { name: '〇〇町', department: '', updatedAt: T };
      s.revisions = { profile: '2.a' };
      if (who) s.authors = { profile: who };
      return s;
    };
    for (const [x, y, want] of [['Abe', 'Ito', 'Ito'], ['Abe', undefined, 'Abe'], ['佐藤', '山田', '山田']] as const) {
      expect(mergeStates(named(x), named(y)).authors, `${x} ${y}`).toEqual({ profile: want });
      expect(mergeStates(named(y), named(x)).authors, `${y} ${x}`).toEqual({ profile: want });
    }
  });
  it('作業者名は勝った単位の名前：ほかの区分の変更の記録に惑わされない', () => {
    const a = emptyState();
    const b = emptyState();
    a.profile = { name: 'ん', department: '', updatedAt: T };
    b.profile = { name: 'あ', department: '', updatedAt: T };
    a.revisions = { profile: '2.a' };
    b.revisions = { profile: '2.a' };
    a.authors = { profile: 'Abe' };
    b.authors = { profile: 'Ito' };
    for (const m of [mergeStates(a, b), mergeStates(b, a)]) {
      expect(m.profile.name).toBe('ん');
      expect(m.authors).toEqual({ profile: 'Abe' });
    }
  });
  it('どちらにも作業者名がなければ、合併の結果にも作業者名の記録を作らない', () => {
    const a = emptyState();
    const b = emptyState();
    a.revisions = { profile: '2.a' };
    b.revisions = { diagnosis: '1.b' };
    expect(Object.keys(mergeStates(a, b))).not.toContain('authors');
  });
});

describe('変更番号の付け方（stampChanges）が変えないもの', () => {
  it('時刻・作業者名を渡さなければ、updatedAt は渡された値のまま、作業者名の記録は作らない', () => {
    const before = emptyState();
    const after = { ...before, profile: { name: '〇〇町', department: '', updatedAt: T } };
    const s = stampChanges(before, after, 'profile', 'me');
    expect(s.profile).toEqual({ name: '〇〇町', department: '', updatedAt: T });
    expect(s.revisions).toEqual({ profile: '1.me' });
    expect(Object.keys(s)).not.toContain('authors');
  });
  it('ステップの updatedAt だけが違うのは変更ではない（何も返さず元のまま）', () => {
    const before = emptyState();
    before.tracker.steps['step-01'] = step();
    const after = { ...before, tracker: { ...before.tracker, steps: { 'step-01': step({ updatedAt: '2030-01-01T00:00:00.000Z' }) } } };
    expect(stampChanges(before, after, 'tracker', 'me', T)).toBe(before);
  });
  it('変えていないステップは、updatedAt だけ違っていても前の値のまま；変えたステップにだけ時刻を付ける', () => {
    const before = emptyState();
    before.tracker.steps['step-01'] = step({ memo: '前' });
    before.tracker.steps['step-02'] = step();
    const later = '2026-07-01T00:00:00.000Z';
    const after = { ...before, tracker: { ...before.tracker, steps: { 'step-01': step({ memo: '後' }), 'step-02': step({ updatedAt: '2030-01-01T00:00:00.000Z' }) } } };
    const s = stampChanges(before, after, 'tracker', 'me', later);
    expect(s.tracker.steps['step-01']).toEqual(step({ memo: '後', updatedAt: later }));
    expect(s.tracker.steps['step-02']).toEqual(step());
    expect(s.revisions).toEqual({ 'tracker.step-01': '1.me' });
  });
  it('区分を消す変更（以前のデータにない起案）は、時刻を渡しても消えたまま（空の記録を作らない）', () => {
    const before = emptyState();
    before.kian = { date: '', unit: '', author: '', texts: {}, costs: [], approvers: [], updatedAt: T };
    const { kian: _k, ...after } = before;
    const s = stampChanges(before, after, 'kian', 'me', T);
    expect(s.kian).toBeUndefined();
    expect(s.revisions).toEqual({ kian: '1.me' });
  });
});

describe('退避の索引（readIndex）と退避の順序', () => {
  const k = (s: string) => `${BACKUP_KEY_PREFIX}${s}`;
  it('索引は退避のキーの正しい記録だけを読み、日時でない時刻は空、知らない種類は「読めないデータ」にする', () => {
    const st = new FakeStorage({
      [BACKUP_INDEX_KEY]: JSON.stringify({
        other: { at: T, kind: 'replaced' },
        [k('a')]: { at: T, kind: 'replaced' },
        [k('b')]: { at: 'きのう', kind: 'x' },
        [k('c')]: { at: [T] },
        [k('d')]: 5,
      }),
    });
    expect(readIndex(st)).toEqual({ [k('a')]: { at: T, kind: 'replaced' }, [k('b')]: { at: '', kind: 'unreadable' }, [k('c')]: { at: '', kind: 'unreadable' } });
  });
  it('索引が壊れていれば空として扱う（例外にしない）', () => {
    expect(readIndex(new FakeStorage({ [BACKUP_INDEX_KEY]: '{壊れた' }))).toEqual({});
    expect(readIndex(new FakeStorage({ [BACKUP_INDEX_KEY]: JSON.stringify({ [k('a')]: null }) }))).toEqual({});
  });
  it('読めないデータの退避は、索引に「読めないデータ」と時刻を記録する', () => {
    const st = new FakeStorage({ [STORAGE_KEY]: '{壊れた' });
    const key = loadState(st, T).backupKey!;
    expect(JSON.parse(st.map.get(BACKUP_INDEX_KEY)!)).toEqual({ [key]: { at: T, kind: 'unreadable' } });
    const other = keepAside(st, '{別の壊れた')!;
    expect(JSON.parse(st.map.get(BACKUP_INDEX_KEY)!)).toEqual({ [key]: { at: T, kind: 'unreadable' }, [other]: { at: '', kind: 'unreadable' } });
  });
  it('満杯のとき、索引のない以前の退避は、時刻のある退避より先に消える', () => {
    const st = new FakeStorage();
    for (let i = 0; i < MAX_BACKUPS - 1; i++) st.map.set(k(`old${i}`), `以前${i}`);
    expect(keepAside(st, '時刻あり', 'unreadable', T)).toBeTruthy();
    expect(keepAside(st, '新しい', 'unreadable', '2026-06-02T00:00:00.000Z')).toBeTruthy();
    expect(listBackups(st).map((x) => st.map.get(x)).sort()).toEqual(['以前1', '以前2', '以前3', '新しい', '時刻あり'].sort());
  });
  it('一覧の途中で消えた退避（ほかのタブが消した）は数えず、ほかの退避を消さない', () => {
    const st = new FakeStorage();
    for (let i = 0; i < MAX_BACKUPS - 1; i++) st.map.set(k(`k${i}`), `内容${i}`);
    const vanishing = k('zz');
    const racing: StorageLike = {
      getItem: (x) => (x === vanishing ? null : st.getItem(x)),
      setItem: (x, v) => st.setItem(x, v),
      removeItem: (x) => st.removeItem(x),
      get length() { return st.length + 1; },
      key: (i) => (i === st.length ? vanishing : st.key(i)),
    };
    expect(keepAside(racing, '{新しい')).not.toBeNull();
    expect(listBackups(st).map((x) => st.map.get(x)).sort()).toEqual(['内容0', '内容1', '内容2', '内容3', '{新しい'].sort());
  });
  it('数えている途中でキーが減っても（key が null）、一覧は例外にならない', () => {
    const st = new FakeStorage({ [k('a')]: '1' });
    const shrinking: StorageLike = { ...st, getItem: (x) => st.getItem(x), setItem: (x, v) => st.setItem(x, v), removeItem: (x) => st.removeItem(x), length: 2, key: (i) => st.key(i) };
    expect(listBackups(shrinking)).toEqual([k('a')]);
  });
});
}
