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
 * Editing (moves, resets) is in plan-edit.ts and the grid's table in plan-table.ts, so the pages that only
 * read the plan (the tracker) do not load them.
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

/** The last day of a month: '2027-02' → '2027-02-28'. */
export function endOfMonth(m: string): string {
  const y = Number(m.slice(0, 4));
  const mo = Number(m.slice(5, 7));
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return `${m}-${String(days).padStart(2, '0')}`;
}

/** Can this start / target pair make a plan (both months, target after start, within MAX_PLAN_MONTHS)? */
export function rangeOk(start: string, target: string): boolean {
  if (!isMonth(start) || !isMonth(target)) return false;
  const n = monthIndex(target) - monthIndex(start);
  return n >= 1 && n <= MAX_PLAN_MONTHS;
}

/** The site's suggested plan (see the module comment) for the given steps; null when the range cannot make one (see rangeProblem). */
export function defaultPlan(start: string, target: string, steps: readonly PlanStepInfo[]): Record<string, PlannedStep> | null {
  if (!rangeOk(start, target)) return null;
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
  return out;
}

/** Every step's months: the user's where moved, else the suggestion; null without a valid range. */
export function effectivePlan(plan: PlanState, steps: readonly PlanStepInfo[]): Record<string, EffectiveStep> | null {
  const d = defaultPlan(plan.start, plan.target, steps);
  if (!d) return null;
  const out: Record<string, EffectiveStep> = {};
  for (const s of steps) {
    const own = plan.steps[s.id];
    const base = own ?? d[s.id];
    if (base) out[s.id] = { start: base.start, end: base.end, moved: !!own };
  }
  return out;
}

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

/**
 * Is the step's own 期限 outside its planned months (before the start month or after the end
 * month)? Only a 期限 the user set can be: one taken from the plan is always its end month.
 */
export function dueOutsidePlan(due: string, planned: PlannedStep | null | undefined): boolean {
  if (!due || !planned) return false;
  const m = due.slice(0, 7);
  return m < planned.start || m > planned.end;
}
