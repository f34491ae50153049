import { array, object, withDefault, record, string, type Infer } from './check';
import { DateTimeSchema, STEP_ID } from './common';

/** YYYY-MM with a real month (01–12). */
export const MonthSchema = string(7, /^\d{4}-(0[1-9]|1[0-2])$/, '年月（YYYY-MM）ではありません');
const MonthOrEmpty = string(7, /^(\d{4}-(0[1-9]|1[0-2]))?$/, '年月（YYYY-MM）ではありません');

/** One step's planned months in the 導入工程表. */
export const PlannedStepSchema = object({
  start: MonthSchema,
  end: MonthSchema,
});
export type PlannedStep = Infer<typeof PlannedStepSchema>;

/** The most milestones a plan keeps (so the printed page stays one sheet). */
export const MAX_MILESTONES = 24;
/** The longest milestone name, in characters. */
export const MILESTONE_NAME_MAX = 40;

/** A milestone the user adds to the plan (庁議, 議会, 予算要求 …): a name and a month. */
export const MilestoneSchema = object({
  id: string(16, /^ms-\d{1,6}$/, '節目の番号ではありません'),
  name: string(MILESTONE_NAME_MAX, /\S/, '節目の名前がありません'),
  month: MonthSchema,
});
export type Milestone = Infer<typeof MilestoneSchema>;

/**
 * The 導入工程表 (month-by-month plan) the user sets on /steps/.
 * `start`: the month work begins; `target`: the month they aim to start 本格実施.
 * `steps`: months the user has set or accepted, keyed by step id (step-01 … step-10); a step
 * that is absent follows the default plan computed from start/target (src/lib/plan.ts).
 * `milestones`: the user's own milestones (庁議, 議会 …), in the order added. Added after the
 * first release of the plan: data saved without it loads with none (`optional`).
 */
export const PlanStateSchema = object({
  start: MonthOrEmpty,
  target: MonthOrEmpty,
  steps: record(STEP_ID, PlannedStepSchema),
  milestones: withDefault(array(MilestoneSchema, MAX_MILESTONES), () => []),
  updatedAt: DateTimeSchema,
});
export type PlanState = Infer<typeof PlanStateSchema>;

export const emptyPlan = (): PlanState => ({ start: '', target: '', steps: {}, milestones: [], updatedAt: '' });
