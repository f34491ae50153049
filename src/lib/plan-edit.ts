/**
 * Editing the 導入工程表: the start and target months, moving a step, milestones (庁議, 議会 …).
 * Only /steps/plan/ edits; the table the grid and Excel show is plan-table.ts.
 */
import { MAX_MILESTONES, MILESTONE_NAME_MAX, type PlannedStep, type PlanState } from '../schemas/state/plan';
import { addMonths, isMonth, MAX_PLAN_MONTHS, monthIndex } from './plan';

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

/* ---- Milestones (庁議, 議会 …) ------------------------------------------------------------ */

/** Names offered when adding a milestone (the user may type any other). */
export const MILESTONE_SUGGESTIONS = ['庁議', '議会', '予算要求', '例規整備', '説明会', '職員アンケート', '首長への報告'] as const;

/** Why this milestone cannot be added, or '' when it can. */
export function milestoneProblem(plan: PlanState, name: string, month: string): string {
  const n = name.trim();
  if (!n) return '節目の名前を入力してください（例：庁議、議会、予算要求）。';
  if ([...n].length > MILESTONE_NAME_MAX) return `節目の名前は${MILESTONE_NAME_MAX}文字以内にしてください。`;
  if (!isMonth(month)) return '節目の月を「2027-04」のように年と月で入力してください。';
  if (plan.milestones.length >= MAX_MILESTONES) return `節目は${MAX_MILESTONES}件までです。使わない節目を削除してください。`;
  return '';
}

/** Adds a milestone (name trimmed) with the next free id; anything invalid changes nothing. */
export function addMilestone(plan: PlanState, name: string, month: string, now: string): PlanState {
  if (milestoneProblem(plan, name, month)) return plan;
  const next = Math.max(0, ...plan.milestones.map((m) => Number(m.id.slice(3)))) + 1;
  return { ...plan, milestones: [...plan.milestones, { id: `ms-${next}`, name: name.trim(), month }], updatedAt: now };
}

/** Removes one milestone by id. */
export function removeMilestone(plan: PlanState, id: string, now: string): PlanState {
  if (!plan.milestones.some((m) => m.id === id)) return plan;
  return { ...plan, milestones: plan.milestones.filter((m) => m.id !== id), updatedAt: now };
}
