import { array, object, oneOf, record, string, type Infer } from './check';
import { DateTimeSchema, DueDateSchema, STEP_ID } from './common';

/** A step's status as stored (English codes since format v3; the words shown are STATUS_LABELS). */
export const STEP_STATUSES = ['not-started', 'in-progress', 'done', 'excluded'] as const;
export const StepStatusSchema = oneOf(STEP_STATUSES);
export type StepStatus = Infer<typeof StepStatusSchema>;

/** What a status is called on screen, on paper and in files people read. */
export const STATUS_LABELS: Record<StepStatus, string> = { 'not-started': '未着手', 'in-progress': '進行中', done: '完了', excluded: '対象外' };

/** Format v2 stored the words themselves: the v2 → v3 migration reads them (src/lib/storage.ts). */
export const V2_STATUSES = Object.fromEntries(STEP_STATUSES.map((s) => [STATUS_LABELS[s], s])) as Record<string, StepStatus>;

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
