/**
 * Editing the 導入工程表 and laying out its month grid (see plan.ts for the rules). Apart from
 * plan.ts so that the tracker, which only reads the plan, does not load them.
 */
import type { PlannedStep, PlanState } from '../schemas/state/plan';
import { addMonths, isMonth, MAX_PLAN_MONTHS, monthFromIndex, monthIndex } from './plan';

/** Every month from a to b, both included ([] when b is before a). */
export function monthRange(a: string, b: string): string[] {
  const out: string[] = [];
  for (let i = monthIndex(a); i <= monthIndex(b); i++) out.push(monthFromIndex(i));
  return out;
}

/** 年度 of a month (April to March): '2027-03' → 2026. */
export const fiscalYear = (m: string): number => (Number(m.slice(5, 7)) >= 4 ? Number(m.slice(0, 4)) : Number(m.slice(0, 4)) - 1);

/** Why a start / target pair cannot make a plan, or '' when it can. */
export function rangeProblem(start: string, target: string): string {
  if (!start || !target) return '開始月と本格実施の開始月の両方を入力してください。';
  if (!isMonth(start) || !isMonth(target)) return '月は「2027-04」のように年と月で入力してください。';
  const n = monthIndex(target) - monthIndex(start);
  if (n < 1) return '本格実施の開始月は、開始月より後の月にしてください。';
  if (n > MAX_PLAN_MONTHS) return `開始月から本格実施までは${MAX_PLAN_MONTHS}か月（5年）以内にしてください。`;
  return '';
}

/** Sets the start month and the target (本格実施) month; '' clears one. Invalid months change nothing. */
export function setRange(plan: PlanState, field: 'start' | 'target', value: string, now: string): PlanState {
  const v = value.trim();
  if (v !== '' && !isMonth(v)) return plan;
  if (plan[field] === v) return plan;
  return { ...plan, [field]: v, updatedAt: now };
}

/** Moves one step to the given months (end not before start); anything invalid changes nothing. */
export function moveStep(plan: PlanState, id: string, start: string, end: string, now: string): PlanState {
  if (!/^step-\d{2}$/.test(id) || !isMonth(start) || !isMonth(end) || monthIndex(end) < monthIndex(start)) return plan;
  const cur = plan.steps[id];
  if (cur && cur.start === start && cur.end === end) return plan;
  return { ...plan, steps: { ...plan.steps, [id]: { start, end } }, updatedAt: now };
}

/** Shifts a step (both months) by `delta` months from where it is now. */
export function shiftStep(plan: PlanState, current: PlannedStep, id: string, delta: number, now: string): PlanState {
  return moveStep(plan, id, addMonths(current.start, delta), addMonths(current.end, delta), now);
}

/** Puts one step (or every step, without an id) back on the suggestion. */
export function resetSteps(plan: PlanState, now: string, id?: string): PlanState {
  if (id === undefined) return Object.keys(plan.steps).length ? { ...plan, steps: {}, updatedAt: now } : plan;
  if (!plan.steps[id]) return plan;
  const rest = { ...plan.steps };
  delete rest[id];
  return { ...plan, steps: rest, updatedAt: now };
}

/** The months the grid shows: from the earliest start to the latest end of the steps. */
export function planMonths(eff: Record<string, PlannedStep>): string[] {
  const all = Object.values(eff);
  if (!all.length) return [];
  const from = Math.min(...all.map((p) => monthIndex(p.start)));
  const to = Math.max(...all.map((p) => monthIndex(p.end)));
  return monthRange(monthFromIndex(from), monthFromIndex(to));
}

/** Is month m within the step's months? */
export const inMonths = (p: PlannedStep, m: string): boolean => m >= p.start && m <= p.end;

