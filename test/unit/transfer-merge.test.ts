/**
 * Merging a colleague's file (「合わせて読み込む」), the preview shown before it, the store's
 * backups and 「元に戻す」, throttled writes, and the 引き継ぎ note.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createSavedStore, unreadNotice, WRITE_INTERVAL } from '../../src/lib/saved-store';
import { backupEntries, emptyState, STORAGE_KEY } from '../../src/lib/storage';
import { mergePreview } from '../../src/lib/transfer';
import { mergeFiles } from '../../src/lib/state-file';
import { handoverLines, handoverRows } from '../../src/lib/handover';
import { STEP_STATUSES } from '../../src/schemas/state/tracker';
import type { SavedState } from '../../src/schemas/state/envelope';
import { FakeStorage } from './support/fake-storage';

const T = '2026-06-01T00:00:00.000Z';
const step = (memo: string, status: (typeof STEP_STATUSES)[number] = '進行中', at = T) => ({ status, checked: [], owner: '', due: '', memo, updatedAt: at });

/** 人事課's file and 情報政策課's file: one unit each, and step-01 changed in both. */
function files(): { jinji: SavedState; joho: SavedState } {
  const jinji = emptyState(T);
  jinji.profile = { name: '〇〇市', department: '人事課', updatedAt: '2026-05-01T00:00:00.000Z' };
  jinji.tracker.steps['step-01'] = step('人事のメモ', '完了', '2026-05-02T00:00:00.000Z');
  jinji.revisions = { profile: '3.hr', 'tracker.step-01': '5.hr' };
  jinji.generation = '2.hr.restore';
  jinji.authors = { profile: '人事課 山田', 'tracker.step-01': '人事課 山田' };
  const joho = emptyState(T);
  joho.tracker.steps['step-01'] = step('情報政策のメモ', '進行中', '2026-05-03T00:00:00.000Z');
  joho.tracker.steps['step-04'] = step('端末の調達');
  joho.diagnosis = { answers: { q1: 'yes' }, profile: {}, updatedAt: T };
  joho.revisions = { 'tracker.step-01': '4.it', 'tracker.step-04': '1.it', diagnosis: '2.it' };
  joho.authors = { 'tracker.step-01': '情報政策課 佐藤', diagnosis: '情報政策課 佐藤' };
  return { jinji, joho };
}

describe('合わせて読み込む（mergeFiles・mergePreview）', () => {
  it('別々の単位はどちらも残り、両方で変えた単位は変更番号の大きいほうが残る（世代によらない）', () => {
    const { jinji, joho } = files();
    const m = mergeFiles(jinji, joho);
    expect(m.profile.department).toBe('人事課');
    expect(m.tracker.steps['step-01']?.memo).toBe('人事のメモ');
    expect(m.tracker.steps['step-04']?.memo).toBe('端末の調達');
    expect(m.diagnosis.answers).toEqual({ q1: 'yes' });
  });
  it('確認の前に、単位ごとにどちらの内容になるか（こちら・相手・同じ）を示す', () => {
    const { jinji, joho } = files();
    expect(mergePreview(jinji, joho).map((r) => [r.label, r.outcome])).toEqual([
      ['団体の情報', 'ours'],
      ['ステップ1の進捗', 'ours'],
      ['ステップ4の進捗', 'theirs'],
      ['自己診断の回答', 'theirs'],
    ]);
    expect(mergePreview(joho, jinji).find((r) => r.key === 'tracker.step-01')?.outcome).toBe('theirs');
    expect(mergePreview(jinji, jinji).every((r) => r.outcome === 'same')).toBe(true);
  });
});

const tab = fc.constantFrom('a', 'b', 'c');
const stamp = fc.tuple(fc.integer({ min: 1, max: 9 }), tab).map(([n, t]) => `${n}.${t}`);
/** A 作業者名 or none (older data, or none entered): the same stamp may carry different names. */
const who = fc.option(fc.constantFrom('人事課 山田', '情報政策課 佐藤'), { nil: undefined });
const file: fc.Arbitrary<SavedState> = fc
  .record({
    gen: fc.constantFrom('0', '1.a.restore', '3.b.restore', '3.c.reset'),
    profile: fc.option(fc.tuple(stamp, fc.constantFrom('〇〇町', '△△村'), who), { nil: undefined }),
    steps: fc.array(fc.tuple(fc.constantFrom('step-01', 'step-02'), stamp, fc.constantFrom('A', 'B'), fc.subarray(['o1', 'o2']), who), { maxLength: 2 }),
  })
  .map((g) => {
    const s = emptyState(T);
    s.generation = g.gen;
    const name = (k: string, n: string | undefined) => n && ((s.authors ??= {})[k] = n);
    if (g.profile) (s.profile.name = g.profile[1]), (s.revisions['profile'] = g.profile[0]), name('profile', g.profile[2]);
    for (const [id, rev, memo, orphans, by] of g.steps) {
      if (s.revisions[`tracker.${id}`]) continue;
      s.tracker.steps[id] = step(memo);
      s.revisions[`tracker.${id}`] = rev;
      name(`tracker.${id}`, by);
      for (const item of orphans) s.tracker.orphans.push({ step: id, item });
    }
    s.tracker.orphans.sort((x, y) => (x.step < y.step ? -1 : x.step > y.step ? 1 : 0));
    return s;
  });

describe('性質：ファイルの合併は届く順によらず、二度読んでも変わらない', () => {
  test.prop([file, file])('可換：merge(a, b) = merge(b, a)', (a, b) => {
    expect(mergeFiles(a, b)).toEqual(mergeFiles(b, a));
  });
  test.prop([file, file])('冪等：同じファイルをもう一度合わせても変わらない', (a, b) => {
    const m = mergeFiles(a, b);
    expect(mergeFiles(m, b)).toEqual(m);
    expect(mergeFiles(m, m)).toEqual(m);
  });
  test.prop([file, file, file])('結合的：3人のファイルをどの組から合わせても同じ', (a, b, c) => {
    expect(mergeFiles(mergeFiles(a, b), c)).toEqual(mergeFiles(a, mergeFiles(b, c)));
  });
});

describe('復元・合併の前の状態はバックアップに残り、「元に戻す」で戻る', () => {
  const store = (st: FakeStorage, id: string) => {
    const s = createSavedStore({ storage: st, now: () => T, tabId: id });
    s.load();
    return s;
  };
  it('置き換えて復元 → 前の状態がバックアップ（時刻つき）になり、元に戻すと戻る', () => {
    const st = new FakeStorage();
    const a = store(st, 'a');
    a.update('profile', (p) => ({ ...p, name: '元の町' }));
    a.replace(files().jinji);
    expect(a.getSnapshot().state.profile.name).toBe('〇〇市');
    expect(a.getSnapshot().undo?.key).toBeTruthy();
    const [kept] = backupEntries(st);
    expect(kept).toMatchObject({ kind: 'replaced', at: T });
    expect(JSON.parse(kept!.raw).profile.name).toBe('元の町');
    expect(a.undo()).toBe(true);
    expect(JSON.parse(st.map.get(STORAGE_KEY)!).profile.name).toBe('元の町');
    expect(a.getSnapshot().undo).toBeNull();
  });
  it('合わせて読み込む → 自分の単位と相手の単位が両方残り、元に戻せる', () => {
    const st = new FakeStorage();
    const a = store(st, 'a');
    a.replace(files().jinji);
    a.merge(files().joho);
    const s = a.getSnapshot().state;
    expect(s.profile.department).toBe('人事課');
    expect(s.tracker.steps['step-04']?.memo).toBe('端末の調達');
    a.undo();
    expect(a.getSnapshot().state.tracker.steps['step-04']).toBeUndefined();
  });
  it('バックアップの一覧から戻す・削除する（戻すときも今の状態を残す）', () => {
    const st = new FakeStorage();
    const a = store(st, 'a');
    a.update('profile', (p) => ({ ...p, name: '一' }));
    a.replace(files().jinji);
    const key = backupEntries(st)[0]!.key;
    expect(a.restoreBackup(key)).toBe('');
    expect(a.getSnapshot().state.profile.name).toBe('一');
    expect(backupEntries(st).map((b) => JSON.parse(b.raw).profile.name).sort()).toEqual(['〇〇市', '一']);
    expect(a.deleteBackup(key)).toBe(true);
    expect(a.backups().map((b) => b.key)).not.toContain(key);
    expect(a.restoreBackup(key)).toContain('見つかりません');
  });
});

describe('入力の書き込みは間引き、閉じる前（flush）に必ず書く', () => {
  it(`最初の変更はすぐ書き、${WRITE_INTERVAL}ms 以内の続きはまとめて書く；flush で残りを書く`, () => {
    const st = new FakeStorage();
    const timers: (() => void)[] = [];
    const a = createSavedStore({ storage: st, now: () => T, tabId: 'a', schedule: (fn) => timers.push(fn) });
    a.load();
    a.update('profile', (p) => ({ ...p, name: '〇' }), { count: false, typing: true });
    expect(JSON.parse(st.map.get(STORAGE_KEY)!).profile.name).toBe('〇');
    a.update('profile', (p) => ({ ...p, name: '〇〇' }), { count: false, typing: true });
    a.update('profile', (p) => ({ ...p, name: '〇〇町' }), { count: false, typing: true });
    expect(a.getSnapshot().state.profile.name).toBe('〇〇町');
    expect(JSON.parse(st.map.get(STORAGE_KEY)!).profile.name).toBe('〇');
    timers.shift()!();
    expect(JSON.parse(st.map.get(STORAGE_KEY)!).profile.name).toBe('〇〇町');
    a.update('profile', (p) => ({ ...p, name: '〇〇町役場' }), { count: false, typing: true });
    expect(JSON.parse(st.map.get(STORAGE_KEY)!).profile.name).toBe('〇〇町');
    a.flush();
    expect(JSON.parse(st.map.get(STORAGE_KEY)!).profile.name).toBe('〇〇町役場');
    // a change that is not typing writes at once, pending text included
    a.update('profile', (p) => ({ ...p, name: '〇〇町役場前' }), { count: false, typing: true });
    a.update('diagnosis', (d) => ({ ...d, answers: { q1: 'yes' } }));
    expect(JSON.parse(st.map.get(STORAGE_KEY)!).profile.name).toBe('〇〇町役場前');
  });
});

describe('引き継ぎメモ（handoverRows・handoverLines）', () => {
  it('変更のあった単位を、新しい順に、いつ・何を・誰がと示す；名前は合併で勝った単位についてくる', () => {
    const m = mergeFiles(files().jinji, files().joho);
    expect(handoverRows(m).map((r) => [r.label, r.by])).toEqual([
      ['自己診断の回答', '情報政策課 佐藤'],
      ['ステップ4の進捗', ''],
      ['ステップ1の進捗', '人事課 山田'],
      ['団体の情報', '人事課 山田'],
    ]);
    const lines = handoverLines(m, (iso) => iso.slice(0, 10));
    expect(lines[2]).toBe('2026-05-02　ステップ1の進捗（人事課 山田）');
    // Never a tab id: a unit without a name says so.
    expect(lines[1]).toBe('2026-06-01　ステップ4の進捗（変更した人の記録なし）');
    expect(lines.join('')).not.toMatch(/\bit\b|\bhr\b|ブラウザ/);
  });
});

describe('読めなかった部分の知らせ（unreadNotice：決裁パックと印刷用）', () => {
  it('読めなかった区分の名前と、バックアップがあることを示す；すべて読めたときは空', () => {
    const bad = JSON.stringify({ ...emptyState(T), tracker: { steps: { 'step-01': { status: '未着手', checked: [], owner: '', due: '2026-02-30', memo: '', updatedAt: T } }, orphans: [] } });
    const st = new FakeStorage({ [STORAGE_KEY]: bad });
    const a = createSavedStore({ storage: st, now: () => T, tabId: 'a' });
    const text = unreadNotice(a.load());
    expect(text).toContain('「10ステップの進捗」を読み込めなかった');
    expect(text).toContain('バックアップとして残っています');
    const ok = createSavedStore({ storage: new FakeStorage(), now: () => T, tabId: 'b' });
    expect(unreadNotice(ok.load())).toBe('');
  });
});
