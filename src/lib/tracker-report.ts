/**
 * The data of the printed progress report (the 決裁パック's progress part): every step with
 * its status, 担当, the 期限 that counts (its own, else the end of its months in the 導入工程表),
 * 期限切れ, ticked and open items and メモ, plus the saved data the content no longer has.
 * Apart from tracker.ts so that the tracker pages, which do not print it, do not load it.
 */
import type { PlannedStep } from '../schemas/state/plan';
import { STATUS_LABELS, type StepStatus, type TrackerState } from '../schemas/state/tracker';
import { effectiveDue } from './plan';
import { orphanSteps, stepLabel, summarizeProgress, type ProgressSummary, type StepInfo } from './tracker';
import { getStep, isOverdue } from './step-progress';

export interface ReportStep {
  number: number;
  title: string;
  phase: string;
  status: StepStatus;
  owner: string;
  /** The 期限 that counts: the step's own, else the end of its month in the 工程表 */
  due: string;
  /** true when `due` comes from the 工程表 (the step has no 期限 of its own) */
  dueFromPlan: boolean;
  /** Still to do (未着手 / 進行中) and past its 期限 on the report's date */
  overdue: boolean;
  /** The step's months in the 工程表, if there is one */
  planned: PlannedStep | null;
  memo: string;
  ticked: string[];
  open: string[];
}

export interface ProgressReport {
  name: string;
  department: string;
  /** The day the report is printed, YYYY-MM-DD */
  date: string;
  summary: ProgressSummary;
  steps: ReportStep[];
  /** Saved ticks and steps the content no longer has, as lines of text */
  orphans: string[];
}

/**
 * The data of the printed progress report (A4, for meetings and 決裁). `plan` is the
 * effective 工程表 (src/lib/plan.ts effectivePlan), or null when none is set.
 */
export function progressReport(
  state: { profile: { name: string; department: string }; tracker: TrackerState },
  steps: readonly StepInfo[],
  today: string,
  plan: Record<string, PlannedStep> | null = null,
): ProgressReport {
  const t = state.tracker;
  const known = steps.map((s) => s.id);
  const orphans = [
    ...t.orphans.map((o) => `${stepLabel(o.step)}：項目「${o.item}」（チェック済み）`),
    ...orphanSteps(t, known).map(({ id, progress }) => `${stepLabel(id)}：状況「${STATUS_LABELS[progress.status]}」${progress.owner ? `、担当「${progress.owner}」` : ''}${progress.memo ? `、メモ「${progress.memo}」` : ''}`),
  ];
  return {
    name: state.profile.name,
    department: state.profile.department,
    date: today,
    summary: summarizeProgress(t, steps),
    steps: steps.map((s) => {
      const p = getStep(t, s.id);
      const planned = plan?.[s.id] ?? null;
      const due = effectiveDue(p.due, planned);
      return {
        number: s.number,
        title: s.title,
        phase: s.phase,
        status: p.status,
        owner: p.owner,
        due,
        dueFromPlan: !p.due && due !== '',
        overdue: isOverdue(due, p.status, today),
        planned: planned ? { start: planned.start, end: planned.end } : null,
        memo: p.memo,
        ticked: s.items.filter((i) => p.checked.includes(i.id)).map((i) => i.text),
        open: s.items.filter((i) => !p.checked.includes(i.id)).map((i) => i.text),
      };
    }),
    orphans,
  };
}

