/**
 * The step tracker's rules, pure: state transitions, the progress summary, reconciling saved
 * progress with the current content and the printed report (the "remind to export" rule is in
 * export-meta.ts).
 *
 * Saved shape (src/schemas/state/tracker.ts):
 *   steps:   { 'step-01': { status, checked: [itemId…], owner, due, memo, updatedAt } }
 *   orphans: [{ step, item }]  ticks whose item the current content no longer has
 *
 * Content changes: a ticked item that the content drops is moved from `checked` to `orphans`
 * (shown to the user, never dropped) and moved back if the content brings the id back. A
 * saved step the content no longer has is left in `steps` untouched and listed by
 * `orphanSteps`. Every user edit stamps the step's `updatedAt` (the cross-tab merge keeps
 * the newer step); reconciling does not, because it is not an edit.
 *
 * The printed report's data is in tracker-report.ts (only the pages that print load it).
 *
 * Progress: 対象外 steps are left out of the denominator and the text says so
 * (「9ステップ中3ステップ完了（対象外の1ステップを除く）」), so a municipality that skips a
 * step can still reach 100%.
 */
import { STEP_STATUSES, type StepProgress, type StepStatus, type TrackerState } from '../schemas/state/tracker';
import { DEFAULT_STATUS, emptyStep, getStep } from './step-progress';

// Reading one step (and "is it late?") is in step-progress.ts, so the pages that only read steps
// (the 工程表) do not carry the tracker's rules; import them from there.

/** What the tracker needs to know about one step of the content. */
export interface StepInfo {
  id: string;
  number: number;
  title: string;
  phase: string;
  items: { id: string; text: string }[];
}

/** Limits of the saved fields (the schema's maxLength), applied on input so a save never fails validation. */
export const LIMITS = { owner: 100, memo: 2000, checked: 500 } as const;
/** Most orphaned ticks the format keeps (src/schemas/state/tracker.ts). */
export const MAX_ORPHANS = 5000;

function put(t: TrackerState, stepId: string, next: StepProgress): TrackerState {
  return { ...t, steps: { ...t.steps, [stepId]: next } };
}

/** Sets a step's status (a code of STEP_STATUSES: not-started 未着手 / in-progress 進行中 / done 完了 / excluded 対象外); unknown values change nothing. */
export function setStatus(t: TrackerState, stepId: string, status: string, now: string): TrackerState {
  if (!(STEP_STATUSES as readonly string[]).includes(status)) return t;
  const cur = getStep(t, stepId);
  if (cur.status === status) return t;
  return put(t, stepId, { ...cur, status: status as StepStatus, updatedAt: now });
}

/** Ticks or unticks one checklist item of a step. */
export function setItem(t: TrackerState, stepId: string, itemId: string, checked: boolean, now: string): TrackerState {
  const cur = getStep(t, stepId);
  const has = cur.checked.includes(itemId);
  if (has === checked) return t;
  if (checked && cur.checked.length >= LIMITS.checked) return t;
  const list = checked ? [...cur.checked, itemId] : cur.checked.filter((i) => i !== itemId);
  return put(t, stepId, { ...cur, checked: list, updatedAt: now });
}

export type TextField = 'owner' | 'due' | 'memo';

/** Is this a real calendar date in YYYY-MM-DD from 1900 on (or '' for none)? */
export function isValidDue(v: string): boolean {
  if (v === '') return true;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  // Years before 1900 are a half-typed date input (「0007-02-02」), not a deadline.
  if (!m || Number(m[1]) < 1900) return false;
  const d = new Date(0);
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.toISOString().slice(0, 10) === v;
}

/**
 * Sets 担当 / 期限 / メモ. Text is cut to the saved limit; a 期限 that is not a date
 * (YYYY-MM-DD) or '' changes nothing.
 */
export function setField(t: TrackerState, stepId: string, field: TextField, value: string, now: string): TrackerState {
  let v = value;
  if (field === 'due') {
    v = v.trim();
    if (!isValidDue(v)) return t;
  } else {
    v = [...v].slice(0, LIMITS[field]).join('');
  }
  const cur = getStep(t, stepId);
  if (cur[field] === v) return t;
  return put(t, stepId, { ...cur, [field]: v, updatedAt: now });
}

export interface ProgressSummary {
  /** Steps in the content */
  total: number;
  /** Steps that count: total minus 対象外 */
  counted: number;
  done: number;
  inProgress: number;
  notStarted: number;
  excluded: number;
  /** Checklist items of the counted steps, and how many are ticked */
  itemsTotal: number;
  itemsChecked: number;
  /** 「10ステップ中3ステップ完了」 */
  text: string;
  /** The fuller sentence for screen readers */
  srText: string;
}

/** Counts per status and the progress sentence. 対象外 is left out of the denominator. */
export function summarizeProgress(t: TrackerState, steps: readonly StepInfo[]): ProgressSummary {
  const counts: Record<StepStatus, number> = { 'not-started': 0, 'in-progress': 0, done: 0, excluded: 0 };
  let itemsTotal = 0;
  let itemsChecked = 0;
  for (const s of steps) {
    const p = getStep(t, s.id);
    counts[p.status]++;
    if (p.status === 'excluded') continue;
    const ids = new Set(s.items.map((i) => i.id));
    itemsTotal += ids.size;
    itemsChecked += p.checked.filter((c) => ids.has(c)).length;
  }
  const total = steps.length;
  const excluded = counts.excluded;
  const counted = total - excluded;
  const done = counts.done;
  const text = `${counted}ステップ中${done}ステップ完了${excluded ? `（対象外の${excluded}ステップを除く）` : ''}`;
  const srText =
    `全${total}ステップ中、完了${done}、進行中${counts['in-progress']}、未着手${counts['not-started']}` +
    `${excluded ? `、対象外${excluded}` : ''}。チェック項目は${itemsTotal}項目中${itemsChecked}項目済み。`;
  return { total, counted, done, inProgress: counts['in-progress'], notStarted: counts['not-started'], excluded, itemsTotal, itemsChecked, text, srText };
}

/** How many of a step's current items are ticked. */
export function stepItemCounts(t: TrackerState, step: Pick<StepInfo, 'id' | 'items'>): { checked: number; total: number } {
  const p = getStep(t, step.id);
  const ids = new Set(step.items.map((i) => i.id));
  return { checked: p.checked.filter((c) => ids.has(c)).length, total: ids.size };
}

/**
 * Setting a step to 完了 while items are open asks once: the number of open items to ask
 * about, or 0 when no question is needed (nothing open, already 完了, or another status).
 */
export function openItemsToConfirm(t: TrackerState, step: Pick<StepInfo, 'id' | 'items'>, status: string): number {
  if (status !== 'done' || getStep(t, step.id).status === 'done') return 0;
  const c = stepItemCounts(t, step);
  return c.total - c.checked;
}

export interface ReconcileResult {
  tracker: TrackerState;
  /** Ticks moved to orphans because their item is gone */
  moved: number;
  /** Orphans moved back because the content has their item again */
  restored: number;
}

/**
 * Aligns saved ticks with the content of the given steps only (a page that knows one step
 * passes one): ticks of items the content lacks go to `orphans`; orphans whose item is back
 * return to `checked`. Nothing is deleted.
 */
export function reconcile(t: TrackerState, steps: readonly Pick<StepInfo, 'id' | 'items'>[]): ReconcileResult {
  let moved = 0;
  let restored = 0;
  const nextSteps = { ...t.steps };
  let orphans = [...t.orphans];
  for (const s of steps) {
    const ids = new Set(s.items.map((i) => i.id));
    const cur = t.steps[s.id];
    const back = orphans.filter((o) => o.step === s.id && ids.has(o.item));
    const gone = cur ? cur.checked.filter((c) => !ids.has(c)) : [];
    if (!back.length && !gone.length) continue;
    const base = cur ?? emptyStep();
    const kept = base.checked.filter((c) => ids.has(c));
    // A tick goes to the orphans while they have room (the format keeps MAX_ORPHANS); past it, it
    // stays ticked on its step (not counted, not lost), so reconciliation never makes a state the next load refuses.
    const leaving: string[] = [];
    for (const item of gone) {
      if (orphans.some((o) => o.step === s.id && o.item === item) || orphans.length + leaving.length < MAX_ORPHANS) leaving.push(item);
      else kept.push(item);
    }
    // an orphan returns unless the step already holds the most ticks it may save: then it stays an orphan
    const returned = back.filter((o) => {
      if (kept.includes(o.item)) return true;
      if (kept.length >= LIMITS.checked) return false;
      kept.push(o.item);
      return true;
    });
    nextSteps[s.id] = { ...base, checked: kept };
    orphans = orphans.filter((o) => !returned.includes(o));
    for (const item of leaving) if (!orphans.some((o) => o.step === s.id && o.item === item)) orphans.push({ step: s.id, item });
    moved += leaving.length;
    restored += returned.length;
  }
  if (!moved && !restored) return { tracker: t, moved, restored };
  return { tracker: { steps: nextSteps, orphans }, moved, restored };
}

/** Saved steps that the content does not have (kept, not counted, shown to the user). */
export function orphanSteps(t: TrackerState, knownIds: readonly string[]): { id: string; progress: StepProgress }[] {
  const known = new Set(knownIds);
  return Object.entries(t.steps)
    .filter(([id]) => !known.has(id))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, progress]) => ({ id, progress }));
}

/** Is there anything at all in the tracker (to decide between "empty" and "in progress" wording)? */
export function hasProgress(t: TrackerState): boolean {
  return t.orphans.length > 0 || Object.values(t.steps).some((p) => p.status !== DEFAULT_STATUS || p.checked.length > 0 || p.owner || p.due || p.memo);
}

/** "step-03" → 「ステップ3」; other ids as they are. */
export function stepLabel(id: string): string {
  const m = /^step-(\d+)$/.exec(id);
  return m ? `ステップ${Number(m[1])}` : id;
}

