import { object, record, string, type Infer } from './check';
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

/**
 * The 導入工程表 (month-by-month plan) the user sets on /steps/.
 * `start`: the month work begins; `target`: the month they aim to start 本格実施.
 * `steps`: months the user has set or accepted, keyed by step id (step-01 … step-10); a step
 * that is absent follows the default plan computed from start/target (src/lib/plan.ts).
 */
export const PlanStateSchema = object({
  start: MonthOrEmpty,
  target: MonthOrEmpty,
  steps: record(STEP_ID, PlannedStepSchema),
  updatedAt: DateTimeSchema,
});
export type PlanState = Infer<typeof PlanStateSchema>;

export const emptyPlan = (): PlanState => ({ start: '', target: '', steps: {}, updatedAt: '' });
