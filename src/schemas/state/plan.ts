import * as z from 'zod/mini';
import { DateTimeSchema, StepIdSchema } from './common';

/** YYYY-MM with a real month (01–12). */
export const MonthSchema = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/));
const MonthOrEmpty = z.string().check(z.regex(/^(\d{4}-(0[1-9]|1[0-2]))?$/));

/** One step's planned months in the 導入工程表. */
export const PlannedStepSchema = z.strictObject({
  start: MonthSchema,
  end: MonthSchema,
});
export type PlannedStep = z.output<typeof PlannedStepSchema>;

/**
 * The 導入工程表 (month-by-month plan) the user sets on /steps/.
 * `start`: the month work begins; `target`: the month they aim to start 本格実施.
 * `steps`: months the user has set or accepted, keyed by step id (step-01 … step-10); a step
 * that is absent follows the default plan computed from start/target (src/lib/plan.ts).
 */
export const PlanStateSchema = z.strictObject({
  start: MonthOrEmpty,
  target: MonthOrEmpty,
  steps: z.record(StepIdSchema, PlannedStepSchema),
  updatedAt: DateTimeSchema,
});
export type PlanState = z.output<typeof PlanStateSchema>;

export const emptyPlan = (): PlanState => ({ start: '', target: '', steps: {}, updatedAt: '' });
