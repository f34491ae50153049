/**
 * Unit tests of src/lib/state-file.ts.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { emptyState, parseState, STORAGE_KEY } from '../../src/lib/storage';
import { importState, summarize } from '../../src/lib/transfer';
import { exportState, mergeFiles, exportFileName } from '../../src/lib/state-file';
import { handoverLines } from '../../src/lib/handover';
import { FakeStorage } from './support/fake-storage';
import { openTab, storedIn } from './support/store-tabs';
import type { SavedState } from '../../src/schemas/state/envelope';
import { step } from './support/two-offices';

/**
 * The 作業者名 (who changed what): entered once per browser, recorded by the store with every
 * unit it changes, carried by exports and merges, validated to exactly what the site writes.
 */
{
const T = '2026-06-01T00:00:00.000Z';
const stored = storedIn;
const tab = (st: FakeStorage, id: string) => openTab(st, id);

describe('ファイル：名前は書き出し・読み込み・合併で単位についていく', () => {
  it('書き出したファイルを読み込むと名前がそのまま戻る', () => {
    const st = new FakeStorage();
    const a = tab(st, 'a');
    a.setAuthor('情報政策課 佐藤');
    a.update('diagnosis', (d) => ({ ...d, answers: { q1: 'yes' } }));
    const r = importState(exportState(a.getSnapshot().state, T));
    expect(r.ok && r.state.authors).toEqual({ diagnosis: '情報政策課 佐藤' });
    // Restored in a colleague's browser and merged there: the note still names 佐藤.
    const b = tab(new FakeStorage(), 'b');
    b.setAuthor('人事課 山田');
    b.update('profile', (p) => ({ ...p, name: '〇〇町' }));
    if (r.ok) b.merge(r.state);
    expect(handoverLines(b.getSnapshot().state, () => '6月1日').sort()).toEqual(['6月1日　団体の情報（人事課 山田）', '6月1日　自己診断の回答（情報政策課 佐藤）']);
  });

  const name = fc.constantFrom('', '人事課 山田', '  情報政策課\u000C佐藤 ', '山'.repeat(60));
  const edit = fc.tuple(fc.constantFrom('a', 'b'), name, fc.constantFrom('profile', 'diagnosis', 'step-01', 'step-02'), fc.constantFrom('x', 'y'));
  test.prop([fc.array(edit, { maxLength: 8 }), fc.array(edit, { maxLength: 8 })])('性質：二人の店が書いたものは、書き出し→読み込み→合併の後も受け入れられ、合併は順によらない', (e1, e2) => {
    const run = (edits: typeof e1, id: string) => {
      const st = new FakeStorage();
      const tabs = { a: tab(st, `${id}a`), b: tab(st, `${id}b`) };
      for (const [t, who, unit, v] of edits) {
        tabs[t].setAuthor(who);
        if (unit === 'profile') tabs[t].update('profile', (p) => ({ ...p, name: v }));
        else if (unit === 'diagnosis') tabs[t].update('diagnosis', (d) => ({ ...d, answers: { q1: v === 'x' ? 'yes' : 'no' } }));
        else tabs[t].update('tracker', (tr) => ({ ...tr, steps: { ...tr.steps, [unit]: { status: 'in-progress', checked: [], owner: '', due: '', memo: v, updatedAt: '' } } }));
      }
      const r = importState(exportState(st.map.has(STORAGE_KEY) ? parseState(stored(st)).state : emptyState(T), T));
      expect(r.ok, r.ok ? '' : r.message).toBe(true);
      return r.ok ? r.state : emptyState();
    };
    const x = run(e1, 'x');
    const y = run(e2, 'y');
    const m = mergeFiles(x, y);
    expect(m).toEqual(mergeFiles(y, x));
    const again = importState(exportState(m, T));
    expect(again.ok).toBe(true);
    for (const k of Object.keys(m.authors ?? {})) expect(m.revisions[k]).toBeTruthy();
  });
});
}

/**
 * Merging a colleague's file (「合わせて読み込む」), the preview shown before it, the store's
 * backups and 「元に戻す」, throttled writes, and the 引き継ぎ note.
 */
{
const T = '2026-06-01T00:00:00.000Z';

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
}

{
const NOW = '2026-11-21T09:00:00.000Z';
const named = (name: string) => {
  const s = emptyState(NOW);
  s.profile = { name, department: '', updatedAt: NOW };
  return s;
};

describe('合併の世代', () => {
  it('合わせたファイルの世代は、2つのうち大きいほう（届く順によらない）', () => {
    const a = emptyState('2026-06-01T00:00:00.000Z');
    const b = emptyState('2026-06-01T00:00:00.000Z');
    a.generation = '3.a';
    b.generation = '7.b';
    expect(mergeFiles(a, b).generation).toBe('7.b');
    expect(mergeFiles(b, a).generation).toBe('7.b');
    b.generation = '3.a';
    expect(mergeFiles(a, b).generation).toBe('3.a');
  });
});

describe('書き出しファイルの名前と概要', () => {
  it('ファイル名に使えない文字と空白を除き、団体名は30文字まで', () => {
    expect(exportFileName(named('〇〇町 総務課/情報:係*?"<>|\\'), '2026-11-21')).toBe('テレワーク推進ナビ_進捗_〇〇町総務課情報係_2026-11-21.json');
    const long = 'あ'.repeat(40);
    expect(exportFileName(named(long), '2026-11-21')).toBe(`テレワーク推進ナビ_進捗_${'あ'.repeat(30)}_2026-11-21.json`);
    expect(exportFileName(named(' / '), '2026-11-21')).toBe('テレワーク推進ナビ_進捗_2026-11-21.json');
  });

  it('概要は完了と進行中を分けて数え、未着手は数えない', () => {
    const s = named('町');
    const step = { checked: [], owner: '', due: '', memo: '', updatedAt: NOW };
    s.tracker.steps['step-01'] = { ...step, status: 'done' };
    s.tracker.steps['step-02'] = { ...step, status: 'done' };
    s.tracker.steps['step-03'] = { ...step, status: 'in-progress' };
    s.tracker.steps['step-04'] = { ...step, status: 'not-started' };
    expect(summarize(s)).toMatchObject({ stepsDone: 2, stepsStarted: 1 });
  });
});
}
