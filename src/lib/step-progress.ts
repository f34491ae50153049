/**
 * One step's saved progress, read: the empty step, the lookup, and whether a step is late. Kept
 * apart from the tracker's rules (tracker.ts, which re-exports these) so that a page that only
 * reads progress — the 導入工程表 and its grid — does not load the rules for changing it.
 */
import type { StepProgress, StepStatus, TrackerState } from '../schemas/state/tracker';

/** The status a step has before anyone touches it. */
export const DEFAULT_STATUS: StepStatus = 'not-started';

/** A step's progress before anyone touches it. */
export const emptyStep = (): StepProgress => ({ status: DEFAULT_STATUS, checked: [], owner: '', due: '', memo: '', updatedAt: '' });

/** A step's saved progress, or the empty one. */
export function getStep(t: TrackerState, stepId: string): StepProgress {
  return t.steps[stepId] ?? emptyStep();
}

/**
 * Is a step overdue on `today` (the user's local date, YYYY-MM-DD)? Only a step still to do
 * (未着手 or 進行中) with a 期限 before today is; the 期限 day itself is not late yet.
 */
export function isOverdue(due: string, status: StepStatus, today: string): boolean {
  return due !== '' && today !== '' && due < today && (status === 'not-started' || status === 'in-progress');
}
