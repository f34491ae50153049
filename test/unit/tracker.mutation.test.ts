/**
 * The tracker's small judgements (src/lib/tracker.ts) at their edges: what counts as "some
 * progress", 対象外 steps left out of the item count, 期限切れ only for steps still to do, and the
 * export reminder's bookkeeping read back from storage.
 */
import { describe, expect, it } from 'vitest';
import { emptyExportMeta, emptyStep, hasProgress, isOverdue, parseExportMeta, summarizeProgress, type StepInfo } from '../../src/lib/tracker';
import type { TrackerState } from '../../src/schemas/state/tracker';

const only = (p: Partial<ReturnType<typeof emptyStep>>): TrackerState => ({ steps: { 'step-01': { ...emptyStep(), ...p } }, orphans: [] });

describe('進捗があるか（hasProgress）', () => {
  it.each([
    ['状況', { status: '進行中' as const }],
    ['チェック', { checked: ['a'] }],
    ['担当', { owner: '総務課' }],
    ['期限', { due: '2027-03-31' }],
    ['メモ', { memo: '相談中' }],
  ])('%s だけ入っていても進捗ありとみなす', (_l, p) => {
    expect(hasProgress(only(p))).toBe(true);
  });

  it('内容にない項目だけでも進捗あり。何も入っていないステップだけなら進捗なし', () => {
    expect(hasProgress({ steps: {}, orphans: [{ step: 'step-01', item: 'x' }] })).toBe(true);
    expect(hasProgress(only({}))).toBe(false);
  });
});

describe('進捗の集計（summarizeProgress）', () => {
  it('対象外のステップの項目は、項目の数にもチェック済みの数にも入れない', () => {
    const steps: StepInfo[] = [
      { id: 'step-01', number: 1, title: 'a', phase: 'p', items: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }] },
      { id: 'step-02', number: 2, title: 'b', phase: 'p', items: [{ id: 'c', text: 'C' }] },
    ];
    const t: TrackerState = { steps: { 'step-01': { ...emptyStep(), status: '対象外', checked: ['a'] }, 'step-02': { ...emptyStep(), checked: ['c'] } }, orphans: [] };
    const s = summarizeProgress(t, steps);
    expect(s).toMatchObject({ itemsTotal: 1, itemsChecked: 1, excluded: 1, counted: 1 });
    expect(s.srText).toBe('全2ステップ中、完了0、進行中0、未着手1、対象外1。チェック項目は1項目中1項目済み。');
  });
});

describe('期限切れ（isOverdue）', () => {
  it('未着手と進行中だけが期限切れになり、今日が分からなければ期限切れとしない', () => {
    expect(isOverdue('2026-01-31', '進行中', '2026-02-01')).toBe(true);
    expect(isOverdue('2026-01-31', '未着手', '2026-02-01')).toBe(true);
    expect(isOverdue('2026-01-31', '完了', '2026-02-01')).toBe(false);
    expect(isOverdue('2026-01-31', '対象外', '2026-02-01')).toBe(false);
    expect(isOverdue('2026-01-31', '進行中', '')).toBe(false);
    expect(isOverdue('2026-01-31', '進行中', '2026-01-31')).toBe(false);
  });
});

describe('書き出しのすすめの記録を読む（parseExportMeta）', () => {
  it('回数は0以上の数だけを、小数は切り捨てて読み、ほかは0', () => {
    const read = (changes: unknown) => parseExportMeta(JSON.stringify({ changes })).changes;
    expect(read(3.7)).toBe(3);
    expect(read(0)).toBe(0);
    expect(read(-2)).toBe(0);
    expect(read('5')).toBe(0);
    expect(read(null)).toBe(0);
  });

  it('閉じた・完了したは true のときだけ。記録がなければ書き出し前の状態', () => {
    expect(parseExportMeta(JSON.stringify({ lastExportAt: 'x', changes: 2, completed: true, dismissed: true }))).toEqual({ lastExportAt: 'x', changes: 2, completed: true, dismissed: true });
    expect(parseExportMeta(JSON.stringify({ completed: 'yes', dismissed: 1 }))).toMatchObject({ completed: false, dismissed: false });
    expect(parseExportMeta(null)).toEqual(emptyExportMeta());
    expect(parseExportMeta('')).toEqual(emptyExportMeta());
  });
});
