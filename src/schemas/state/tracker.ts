import { array, object, oneOf, record, string, type Infer } from './check';
import { DateTimeSchema, DueDateSchema, STEP_ID } from './common';

export const STEP_STATUSES = ['未着手', '進行中', '完了', '対象外'] as const;
export const StepStatusSchema = oneOf(STEP_STATUSES);
export type StepStatus = Infer<typeof StepStatusSchema>;

/** One step's progress. Keyed by step id (step-01 … step-10) in TrackerState.steps. */
export const StepProgressSchema = object({
  status: StepStatusSchema,
  /** Ids of ticked checklist items (content/checklists/*.yaml) */
  checked: array(string(100), 500),
  /** 担当 */
  owner: string(100),
  /** 期限, '' or a real date YYYY-MM-DD */
  due: DueDateSchema,
  /** メモ */
  memo: string(2000),
  /** When it was last edited (display only) */
  updatedAt: DateTimeSchema,
});
export type StepProgress = Infer<typeof StepProgressSchema>;

export const TrackerStateSchema = object({
  steps: record(STEP_ID, StepProgressSchema),
  /** Checked ids the current content no longer has, kept so nothing is lost */
  orphans: array(object({ step: string(7, STEP_ID), item: string(100) }), 5000),
});
export type TrackerState = Infer<typeof TrackerStateSchema>;

export const emptyTracker = (): TrackerState => ({ steps: {}, orphans: [] });
