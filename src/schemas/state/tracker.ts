import * as z from 'zod/mini';
import { DateTimeSchema, DueDateSchema, StepIdSchema } from './common';

export const STEP_STATUSES = ['未着手', '進行中', '完了', '対象外'] as const;
export const StepStatusSchema = z.enum(STEP_STATUSES);
export type StepStatus = z.output<typeof StepStatusSchema>;

/** One step's progress. Keyed by step id (step-01 … step-10) in TrackerState.steps. */
export const StepProgressSchema = z.strictObject({
  status: StepStatusSchema,
  /** Ids of ticked checklist items (content/checklists/*.yaml) */
  checked: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(500)),
  /** 担当 */
  owner: z.string().check(z.maxLength(100)),
  /** 期限, '' or a real date YYYY-MM-DD */
  due: DueDateSchema,
  /** メモ */
  memo: z.string().check(z.maxLength(2000)),
  /** When it was last edited (display only) */
  updatedAt: DateTimeSchema,
});
export type StepProgress = z.output<typeof StepProgressSchema>;

export const TrackerStateSchema = z.strictObject({
  steps: z.record(StepIdSchema, StepProgressSchema),
  /** Checked ids the current content no longer has, kept so nothing is lost */
  orphans: z.array(z.strictObject({ step: StepIdSchema, item: z.string().check(z.maxLength(100)) })).check(z.maxLength(5000)),
});
export type TrackerState = z.output<typeof TrackerStateSchema>;

export const emptyTracker = (): TrackerState => ({ steps: {}, orphans: [] });
