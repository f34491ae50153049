import * as z from 'zod/mini';

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
  /** 期限, '' or YYYY-MM-DD */
  due: z.string().check(z.regex(/^(\d{4}-\d{2}-\d{2})?$/)),
  /** メモ */
  memo: z.string().check(z.maxLength(2000)),
  updatedAt: z.string(),
});
export type StepProgress = z.output<typeof StepProgressSchema>;

export const TrackerStateSchema = z.strictObject({
  steps: z.record(z.string().check(z.regex(/^step-\d{2}$/)), StepProgressSchema),
  /** Checked ids the current content no longer has, kept so nothing is lost */
  orphans: z.array(z.strictObject({ step: z.string(), item: z.string() })),
});
export type TrackerState = z.output<typeof TrackerStateSchema>;

export const emptyTracker = (): TrackerState => ({ steps: {}, orphans: [] });
