/**
 * The 導入工程表 laid out as a table (`planTable`: the grid on screen and paper, the phone's list
 * by month and the Excel sheet all read it), with the months and 年度 it spans. Apart from the
 * editing (plan-edit.ts) so that /pack/, which prints the grid, does not load the editor's rules,
 * and from plan.ts so that the tracker, which only reads the plan, does not load either.
 */
import type { Milestone, PlannedStep } from '../schemas/state/plan';
import type { StepStatus } from '../schemas/state/tracker';
import { eraYear, formatSeireki } from './dates';
import { isOverdue } from './step-progress';
import { dueOutsidePlan, effectiveDue, monthFromIndex, monthIndex } from './plan';

/** Every month from a to b, both included ([] when b is before a). */
export function monthRange(a: string, b: string): string[] {
  const out: string[] = [];
  for (let i = monthIndex(a); i <= monthIndex(b); i++) out.push(monthFromIndex(i));
  return out;
}

/** 年度 of a month (April to March): '2027-03' → 2026. */
export const fiscalYear = (m: string): number => (Number(m.slice(5, 7)) >= 4 ? Number(m.slice(0, 4)) : Number(m.slice(0, 4)) - 1);

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


/** The milestones sorted by month (then in the order added). */
export const sortedMilestones = (ms: readonly Milestone[]): Milestone[] => [...ms].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));

/* ---- The table the grid, the phone list and the Excel sheet share ---------------------------- */

/** One step's row of the 工程表. */
export interface PlanRow {
  id: string;
  number: number;
  title: string;
  start: string;
  end: string;
  moved: boolean;
  /** 担当 from the tracker ('' when not set) */
  owner: string;
  status: StepStatus;
  /** The 期限 that counts (own, else the end of the plan's end month) */
  due: string;
  /** Is `due` the user's own (not taken from the plan)? */
  ownDue: boolean;
  /** Past its 期限 and not done */
  late: boolean;
  /** The own 期限 falls outside the planned months */
  outside: boolean;
  /** Per month of `PlanTable.months`: is the step planned that month? */
  on: boolean[];
}

/** A 年度 over the months of the table, with labels from long to short (see `fiscalYearLabel`). */
export interface FiscalYearSpan {
  fy: number;
  count: number;
  /** 「令和8年度（2026年度）」 */
  full: string;
  /** The label that fits the span's width without wrapping */
  label: string;
}

export interface PlanTable {
  months: string[];
  years: FiscalYearSpan[];
  rows: PlanRow[];
  /** Per month of `months`: the milestones in that month */
  milestones: Milestone[][];
  /** Milestones whose month is outside `months` (listed under the table) */
  milestonesOutside: Milestone[];
  /** Rows whose own 期限 falls outside their months */
  outside: PlanRow[];
}

/** What the table needs from the tracker: a step's status, 担当 and own 期限. */
export interface StepProgressLike {
  status: StepStatus;
  owner: string;
  due: string;
}

/**
 * 「令和8年度（2026年度）」, 「令和8年度」 or 「R8」 for a 年度 spanning `count` month columns: the
 * longest that fits, at about `perMonth` full-width characters per column (so it never wraps).
 */
export function fiscalYearLabel(fy: number, count: number, perMonth: number): { full: string; label: string } {
  const era = eraYear(`${fy}-04-01`);
  const full = era === `${fy}年` ? `${fy}年度` : `${era}度（${fy}年度）`;
  const medium = `${era}度`;
  const short = era === `${fy}年` ? String(fy) : `${era.startsWith('令和') ? 'R' : 'H'}${era.replace(/^\D+|年$/g, '')}`;
  const room = count * perMonth;
  const label = room >= [...full].length ? full : room >= [...medium].length ? medium : short;
  return { full, label };
}

/** Characters that fit in one month column: wide columns when the plan is short, narrow when long. */
export const charsPerMonth = (months: number): number => (months <= 12 ? 4.5 : months <= 24 ? 2.6 : 1.1);

/**
 * The 工程表 as data: months (from the earliest step to the latest, widened to take in
 * milestones up to 12 months beyond), 年度 spans, one row per step with 担当・状況・期限 and
 * the warning where the own 期限 is outside the step's months, and the milestones per month.
 */
export function planTable(
  steps: readonly { id: string; number: number; title: string }[],
  eff: Record<string, PlannedStep & { moved?: boolean }>,
  progress: (id: string) => StepProgressLike,
  milestones: readonly Milestone[],
  today: string,
): PlanTable {
  const base = planMonths(eff);
  let months = base;
  if (base.length) {
    const lo = monthIndex(base[0]!) - 12;
    const hi = monthIndex(base.at(-1)!) + 12;
    const near = milestones.map((m) => monthIndex(m.month)).filter((i) => i >= lo && i <= hi);
    const from = Math.min(monthIndex(base[0]!), ...near);
    const to = Math.max(monthIndex(base.at(-1)!), ...near);
    months = monthRange(monthFromIndex(from), monthFromIndex(to));
  }
  const per = charsPerMonth(months.length);
  const years: FiscalYearSpan[] = [];
  for (const m of months) {
    const fy = fiscalYear(m);
    const last = years.at(-1);
    if (last && last.fy === fy) last.count++;
    else years.push({ fy, count: 1, full: '', label: '' });
  }
  for (const y of years) Object.assign(y, fiscalYearLabel(y.fy, y.count, per));
  const rows: PlanRow[] = [];
  for (const s of [...steps].sort((a, b) => a.number - b.number)) {
    const p = eff[s.id];
    if (!p) continue;
    const prog = progress(s.id);
    const due = effectiveDue(prog.due, p);
    rows.push({
      id: s.id,
      number: s.number,
      title: s.title,
      start: p.start,
      end: p.end,
      moved: !!p.moved,
      owner: prog.owner,
      status: prog.status,
      due,
      ownDue: !!prog.due,
      late: isOverdue(due, prog.status, today),
      outside: dueOutsidePlan(prog.due, p),
      on: months.map((m) => inMonths(p, m)),
    });
  }
  const sorted = sortedMilestones(milestones);
  return {
    months,
    years,
    rows,
    milestones: months.map((m) => sorted.filter((x) => x.month === m)),
    milestonesOutside: sorted.filter((x) => !months.includes(x.month)),
    outside: rows.filter((r) => r.outside),
  };
}

/** 「2026年4月」 */
export const monthLabel = (m: string): string => `${Number(m.slice(0, 4))}年${Number(m.slice(5, 7))}月`;

/** One warning sentence for a row whose own 期限 is outside its months. */
export const outsideWarning = (r: PlanRow): string =>
  `ステップ${r.number}の期限（${formatSeireki(r.due)}）が、計画の期間（${monthLabel(r.start)}〜${monthLabel(r.end)}）の外にあります。`;

/** One month of the phone view: steps starting, running on, ending; 期限 and milestones. */
export interface PlanMonthEntry {
  month: string;
  fy: number;
  starts: PlanRow[];
  continues: PlanRow[];
  dues: PlanRow[];
  milestones: Milestone[];
}

/** The 工程表 as a list by month (the phone view): every month of the table, in order. */
export function planByMonth(t: PlanTable): PlanMonthEntry[] {
  return t.months.map((month, i) => ({
    month,
    fy: fiscalYear(month),
    starts: t.rows.filter((r) => r.start === month),
    continues: t.rows.filter((r) => r.on[i] && r.start !== month),
    dues: t.rows.filter((r) => r.due.slice(0, 7) === month),
    milestones: t.milestones[i] ?? [],
  }));
}
