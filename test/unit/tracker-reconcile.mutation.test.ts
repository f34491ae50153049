/**
 * Aligning saved ticks with the content (reconcile in src/lib/tracker.ts) where steps share item
 * ids, where a step has nothing saved, and where a step already holds the most ticks it may save:
 * nothing is lost and nothing is counted twice.
 */
import { describe, expect, it } from 'vitest';
import { emptyStep, isOverdue, isValidDue, LIMITS, reconcile, setField, stepLabel, summarizeProgress, type StepInfo } from '../../src/lib/tracker';
import type { TrackerState } from '../../src/schemas/state/tracker';

const step = (id: string, items: string[]): Pick<StepInfo, 'id' | 'items'> => ({ id, items: items.map((i) => ({ id: i, text: i })) });

describe('reconcile：ステップをまたぐ項目と上限', () => {
  it('ほかのステップの orphan は、同じ項目 id でもこのステップには戻さない', () => {
    const t: TrackerState = { steps: {}, orphans: [{ step: 'step-02', item: 'a' }] };
    const r = reconcile(t, [step('step-01', ['a'])]);
    expect(r).toStrictEqual({ tracker: t, moved: 0, restored: 0 });
  });

  it('ほかのステップに同じ項目の orphan があっても、このステップの消えた項目は orphan として記録する', () => {
    const t: TrackerState = { steps: { 'step-01': { ...emptyStep(), checked: ['x'] } }, orphans: [{ step: 'step-02', item: 'x' }] };
    const r = reconcile(t, [step('step-01', ['a'])]);
    expect(r.moved).toBe(1);
    expect(r.tracker.orphans).toStrictEqual([
      { step: 'step-02', item: 'x' },
      { step: 'step-01', item: 'x' },
    ]);
  });

  it('変わらないステップには、保存のないステップの空の記録を作らない', () => {
    const t: TrackerState = { steps: { 'step-01': { ...emptyStep(), checked: ['old'] } }, orphans: [] };
    const r = reconcile(t, [step('step-01', ['a']), step('step-02', ['b'])]);
    expect(Object.keys(r.tracker.steps)).toEqual(['step-01']);
  });

  it('チェック済みの項目の orphan は、二重にせず orphan から外す', () => {
    const t: TrackerState = { steps: { 'step-01': { ...emptyStep(), checked: ['a'] } }, orphans: [{ step: 'step-01', item: 'a' }] };
    const r = reconcile(t, [step('step-01', ['a'])]);
    expect(r.tracker.steps['step-01']!.checked).toStrictEqual(['a']);
    expect(r.tracker.orphans).toStrictEqual([]);
    expect(r.restored).toBe(1);
  });

  it('チェックが上限まであるステップでは、orphan を戻さずに残す（消さない）', () => {
    const items = Array.from({ length: LIMITS.checked + 1 }, (_, i) => `i${i}`);
    const full = items.slice(0, LIMITS.checked);
    const last = items[LIMITS.checked]!;
    const t: TrackerState = { steps: { 'step-01': { ...emptyStep(), checked: full } }, orphans: [{ step: 'step-01', item: last }] };
    const r = reconcile(t, [step('step-01', items)]);
    expect(r.restored).toBe(0);
    expect(r.tracker.steps['step-01']!.checked).toHaveLength(LIMITS.checked);
    expect(r.tracker.steps['step-01']!.checked).not.toContain(last);
    expect(r.tracker.orphans).toStrictEqual([{ step: 'step-01', item: last }]);
  });

  it('上限の1つ手前なら戻す', () => {
    const items = Array.from({ length: LIMITS.checked }, (_, i) => `i${i}`);
    const last = items[LIMITS.checked - 1]!;
    const t: TrackerState = { steps: { 'step-01': { ...emptyStep(), checked: items.slice(0, -1) } }, orphans: [{ step: 'step-01', item: last }] };
    const r = reconcile(t, [step('step-01', items)]);
    expect(r.restored).toBe(1);
    expect(r.tracker.steps['step-01']!.checked.at(-1)).toBe(last);
    expect(r.tracker.orphans).toStrictEqual([]);
  });
});

describe('期限・担当・ステップ名の細かな規則', () => {
  const NOW = '2026-11-30T01:00:00.000Z';

  it('期限は前後の空白を除いて保存し、日付の前後にほかの文字があれば受け付けない', () => {
    const t: TrackerState = { steps: {}, orphans: [] };
    expect(setField(t, 'step-01', 'due', ' 2026-12-01 ', NOW).steps['step-01']!.due).toBe('2026-12-01');
    expect(isValidDue('x2026-12-01')).toBe(false);
    expect(isValidDue('2026-12-01x')).toBe(false);
  });

  it('同じ値を入れ直しても変更にしない（同じオブジェクトを返し、更新日時を変えない）', () => {
    const t: TrackerState = { steps: { 'step-01': { ...emptyStep(), owner: '総務課', updatedAt: '2026-01-01T00:00:00.000Z' } }, orphans: [] };
    expect(setField(t, 'step-01', 'owner', '総務課', NOW)).toBe(t);
  });

  it('期限のないステップは遅れにならない', () => {
    expect(isOverdue('', '未着手', '2026-11-30')).toBe(false);
    expect(isOverdue('2026-11-29', '未着手', '2026-11-30')).toBe(true);
  });

  it('「step-3」の形だけをステップ名にする', () => {
    expect(stepLabel('step-03')).toBe('ステップ3');
    expect(stepLabel('xstep-03')).toBe('xstep-03');
    expect(stepLabel('step-03x')).toBe('step-03x');
  });

  it('読み上げ用の要約は対象外がないとき「対象外」と言わない', () => {
    const steps: StepInfo[] = [{ id: 'step-01', number: 1, title: 't', phase: 'p', items: [{ id: 'a', text: 'a' }] }];
    expect(summarizeProgress({ steps: {}, orphans: [] }, steps).srText).toBe('全1ステップ中、完了0、進行中0、未着手1。チェック項目は1項目中0項目済み。');
  });
});
