/**
 * The edges of editing the 導入工程表 (src/lib/plan-edit.ts, src/lib/plan.ts): the shortest
 * accepted range, one-month steps, which step ids and months a move accepts, a move that changes
 * only one end, the grid's month test at both ends, and the first year accepted.
 */
import { describe, expect, it } from 'vitest';
import { defaultPlan, isMonth } from '../../src/lib/plan';
import { inMonths, moveStep, rangeProblem } from '../../src/lib/plan-edit';
import { emptyPlan, type PlanState } from '../../src/schemas/state/plan';

const T0 = '2026-11-21T09:00:00.000Z';
const T1 = '2026-11-21T10:00:00.000Z';
const base = (): PlanState => ({ ...emptyPlan(), start: '2027-01', target: '2028-04', steps: { 'step-02': { start: '2027-03', end: '2027-05' } }, updatedAt: T0 });

describe('工程表の範囲', () => {
  it('本格実施が開始月の翌月なら作れる（1か月の工程表）', () => {
    expect(rangeProblem('2027-03', '2027-04')).toBe('');
    expect(rangeProblem('2027-03', '2027-03')).toBe('本格実施の開始月は、開始月より後の月にしてください。');
  });

  it('月として受け付けるのは1900年から', () => {
    expect(isMonth('1900-01')).toBe(true);
    expect(isMonth('1899-12')).toBe(false);
  });

  it('ステップが1つもなければ、提案は空', () => {
    expect(defaultPlan('2027-01', '2027-04', [])).toEqual({});
  });
});

describe('ステップを動かす（moveStep）', () => {
  it('開始月と終了月が同じ（1か月だけの）ステップにできる', () => {
    const p = moveStep(base(), 'step-01', '2027-02', '2027-02', T1);
    expect(p.steps['step-01']).toEqual({ start: '2027-02', end: '2027-02' });
    expect(p.updatedAt).toBe(T1);
  });

  it.each(['xstep-01', 'step-011', 'step-1', 'Step-01'])('ステップの id として読めない「%s」は何も変えない', (id) => {
    const p = base();
    expect(moveStep(p, id, '2027-02', '2027-03', T1)).toBe(p);
  });

  it('開始月か終了月の片方だけ変えても、変更として保存する', () => {
    const onlyEnd = moveStep(base(), 'step-02', '2027-03', '2027-06', T1);
    expect(onlyEnd.steps['step-02']).toEqual({ start: '2027-03', end: '2027-06' });
    expect(onlyEnd.updatedAt).toBe(T1);
    const onlyStart = moveStep(base(), 'step-02', '2027-04', '2027-05', T1);
    expect(onlyStart.steps['step-02']).toEqual({ start: '2027-04', end: '2027-05' });
  });
});

describe('表の月（inMonths）', () => {
  it('開始月と終了月を含み、その前後の月は含まない', () => {
    const s = { start: '2027-01', end: '2027-03' };
    expect(['2026-12', '2027-01', '2027-02', '2027-03', '2027-04'].map((m) => inMonths(s, m))).toEqual([false, true, true, true, false]);
  });
});
