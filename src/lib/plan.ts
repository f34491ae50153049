/**
 * The 導入工程表 (month-by-month plan), pure.
 *
 * The guide gives no durations for its 10 steps. The site's suggestion (labelled as such on
 * the page): every step but the last is spread evenly, in the guide's order, from the start
 * month to the month before the target; the last step (ステップ10「本格実施・中長期の展望検討」)
 * starts in the target month — the month the body aims to start 本格実施. So 試行 (ステップ4)
 * and its 検証 always come before 本格実施. With fewer months than steps, neighbouring steps
 * share a month; they never run backwards.
 *
 * Saved shape (src/schemas/state/plan.ts): `start` and `target` months, and in `steps` only
 * the steps the user moved; a step not there follows the suggestion, so changing the start
 * or target moves every step the user has not touched.
 *
 * 期限 and the plan agree: a step without its own 期限 is due on the last day of its end
 * month (`effectiveDue`); a 期限 the user sets wins and may differ (`dueAgreement` says so).
 */
import type { PlannedStep, PlanState } from '../schemas/state/plan';

/** What the plan needs to know about a step of the content. */
export interface PlanStepInfo {
  id: string;
  number: number;
}

/** A step's months in the plan, and whether the user moved it (else it is the suggestion). */
export interface EffectiveStep extends PlannedStep {
  moved: boolean;
}

/** The longest plan accepted, in months (start to target), so the grid stays printable. */
export const MAX_PLAN_MONTHS = 60;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Is this a month written YYYY-MM (from 1900 on)? */
export function isMonth(m: string): boolean {
  const r = MONTH.exec(m);
  return !!r && Number(r[1]) >= 1900;
}

/** Months since year 0: '2026-04' → 2026 × 12 + 3. */
export function monthIndex(m: string): number {
  return Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
}

/** The inverse of monthIndex. */
export function monthFromIndex(i: number): string {
  return `${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** '2027-01' + 3 → '2027-04'. */
export const addMonths = (m: string, n: number): string => monthFromIndex(monthIndex(m) + n);

/** Every month from a to b, both included ([] when b is before a). */
export function monthRange(a: string, b: string): string[] {
  const out: string[] = [];
  for (let i = monthIndex(a); i <= monthIndex(b); i++) out.push(monthFromIndex(i));
  return out;
}

/** The last day of a month: '2027-02' → '2027-02-28'. */
export function endOfMonth(m: string): string {
  const y = Number(m.slice(0, 4));
  const mo = Number(m.slice(5, 7));
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return `${m}-${String(days).padStart(2, '0')}`;
}

/** 年度 of a month (April to March): '2027-03' → 2026. */
export const fiscalYear = (m: string): number => (Number(m.slice(5, 7)) >= 4 ? Number(m.slice(0, 4)) : Number(m.slice(0, 4)) - 1);

export type DefaultPlan = { ok: true; steps: Record<string, PlannedStep> } | { ok: false; message: string };

/** Why a start / target pair cannot make a plan, or '' when it can. */
export function rangeProblem(start: string, target: string): string {
  if (!start || !target) return '開始月と本格実施の開始月の両方を入力してください。';
  if (!isMonth(start) || !isMonth(target)) return '月は「2027-04」のように年と月で入力してください。';
  const n = monthIndex(target) - monthIndex(start);
  if (n < 1) return '本格実施の開始月は、開始月より後の月にしてください。';
  if (n > MAX_PLAN_MONTHS) return `開始月から本格実施までは${MAX_PLAN_MONTHS}か月（5年）以内にしてください。`;
  return '';
}

/** The site's suggested plan (see the module comment) for the given steps. */
export function defaultPlan(start: string, target: string, steps: readonly PlanStepInfo[]): DefaultPlan {
  const problem = rangeProblem(start, target);
  if (problem) return { ok: false, message: problem };
  const ordered = [...steps].sort((a, b) => a.number - b.number);
  const last = ordered.pop();
  const s = monthIndex(start);
  const months = monthIndex(target) - s;
  const k = ordered.length;
  const out: Record<string, PlannedStep> = {};
  ordered.forEach((step, i) => {
    const from = s + Math.floor((i * months) / k);
    const to = Math.max(from, s + Math.floor(((i + 1) * months) / k) - 1);
    out[step.id] = { start: monthFromIndex(from), end: monthFromIndex(to) };
  });
  if (last) out[last.id] = { start: target, end: target };
  return { ok: true, steps: out };
}

/** Every step's months: the user's where moved, else the suggestion; null without a valid range. */
export function effectivePlan(plan: PlanState, steps: readonly PlanStepInfo[]): Record<string, EffectiveStep> | null {
  const d = defaultPlan(plan.start, plan.target, steps);
  if (!d.ok) return null;
  const out: Record<string, EffectiveStep> = {};
  for (const s of steps) {
    const own = plan.steps[s.id];
    const base = own ?? d.steps[s.id];
    if (base) out[s.id] = { start: base.start, end: base.end, moved: !!own };
  }
  return out;
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

/** The 期限 that counts: the user's own, else the last day of the step's end month in the plan, else ''. */
export function effectiveDue(due: string, planned: PlannedStep | null | undefined): string {
  return due || (planned ? endOfMonth(planned.end) : '');
}

/**
 * How a step's 期限 relates to the plan: 'none' (neither), 'plan' (no own 期限: the plan's end
 * month gives it), 'same' (own 期限 in the plan's end month), 'differs' (own 期限 in another
 * month), 'own' (own 期限, no plan).
 */
export function dueAgreement(due: string, planned: PlannedStep | null | undefined): 'none' | 'plan' | 'same' | 'differs' | 'own' {
  if (!due) return planned ? 'plan' : 'none';
  if (!planned) return 'own';
  return due.slice(0, 7) === planned.end ? 'same' : 'differs';
}
