/**
 * The task list: add one, add many from pasted lines, edit, reorder, delete with undo.
 * Pure: every function returns a new list and a report; ids come from the caller.
 */
import type { TaskRow } from '../../schemas/state/inventory';
import { normalizeJa } from '../normalize';
import { isStoredAnswer } from './questions';

/** Most tasks one list holds (the saved schema allows more; this keeps the page responsive). */
export const MAX_TASKS = 1000;
/** Longest 業務名, 所属 and メモ (as the saved schema allows). */
export const MAX_NAME = 200;
export const MAX_UNIT = 100;
export const MAX_MEMO = 1000;

export interface NewTask {
  name: string;
  unit?: string;
  memo?: string;
  override?: string;
  /** The officer's answers ('' = unanswered), as read from a CSV */
  answers?: { info: string; system: string; place: string };
}

export interface AddReport {
  tasks: TaskRow[];
  /** How many were added */
  added: number;
  /** Lines not added because an equal task (same 業務名 and 所属) exists or came earlier */
  duplicates: string[];
  /** Lines not added because the 業務名 is longer than MAX_NAME */
  tooLong: string[];
  /** Lines not added because the list reached MAX_TASKS */
  overLimit: string[];
  /** Empty lines skipped */
  empty: number;
}

const dupKey = (name: string, unit: string) => `${normalizeJa(name)}\u0000${normalizeJa(unit)}`;

/** Cleans a field: trims and turns line breaks and tabs into spaces. */
export function cleanField(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').replace(/\u0000/g, '').trim();
}

/** Adds tasks in order, skipping empty, duplicate, too long and over-limit ones, and says which. */
export function addTasks(tasks: TaskRow[], items: NewTask[], newId: () => string): AddReport {
  const out = [...tasks];
  const seen = new Set(tasks.map((t) => dupKey(t.name, t.unit)));
  const report: AddReport = { tasks: out, added: 0, duplicates: [], tooLong: [], overLimit: [], empty: 0 };
  for (const item of items) {
    const name = cleanField(item.name);
    const unit = cleanField(item.unit ?? '').slice(0, MAX_UNIT);
    if (!name) {
      report.empty++;
      continue;
    }
    if (name.length > MAX_NAME) {
      report.tooLong.push(name);
      continue;
    }
    const key = dupKey(name, unit);
    if (seen.has(key)) {
      report.duplicates.push(name);
      continue;
    }
    if (out.length >= MAX_TASKS) {
      report.overLimit.push(name);
      continue;
    }
    seen.add(key);
    const task: TaskRow = { id: newId(), name, unit, memo: (item.memo ?? '').trim().slice(0, MAX_MEMO), override: /^lv[1-4]$/.test(item.override ?? '') ? item.override! : '' };
    const a = item.answers;
    if (a && (a.info || a.system || a.place)) {
      task.answers = { info: isStoredAnswer('info', a.info) ? a.info : '', system: isStoredAnswer('system', a.system) ? a.system : '', place: isStoredAnswer('place', a.place) ? a.place : '' };
    }
    out.push(task);
    report.added++;
  }
  return report;
}

/** Splits pasted text into task names: one per line, trimmed (a tab-separated line keeps its first cell as the name and the second as 所属). */
export function parseLines(text: string): NewTask[] {
  return text.split(/\r\n|\r|\n/).map((line) => {
    const [name = '', unit = ''] = line.split('\t');
    return { name: name.trim(), unit: unit.trim() };
  });
}

/** The lines that were not added, to leave in the paste box so nothing is lost. */
export function leftoverLines(report: AddReport): string {
  return [...report.duplicates, ...report.tooLong, ...report.overLimit].join('\n');
}

/** A Japanese summary of an add report: 「12件を追加しました。重複のため2件は追加していません。」 */
export function describeAdd(report: AddReport): string {
  const parts = [`${report.added}件を追加しました。`];
  if (report.duplicates.length) parts.push(`すでにある業務と同じ名前（同じ所属）のため${report.duplicates.length}件は追加していません（${report.duplicates.slice(0, 3).map((d) => `「${d}」`).join('')}${report.duplicates.length > 3 ? 'ほか' : ''}）。`);
  if (report.tooLong.length) parts.push(`業務名が${MAX_NAME}文字を超えるため${report.tooLong.length}件は追加していません。短くしてから追加してください。`);
  if (report.overLimit.length) parts.push(`一覧は${MAX_TASKS}件までのため、${report.overLimit.length}件は追加していません（最初は「${report.overLimit[0]}」）。一覧を分けて作成してください。`);
  if (report.empty) parts.push(`空の行${report.empty}行は読み飛ばしました。`);
  return parts.join('');
}

export type TaskPatch = Partial<Pick<TaskRow, 'name' | 'unit' | 'memo' | 'override'>>;

export type EditResult = { ok: true; tasks: TaskRow[] } | { ok: false; message: string };

/** Edits one task; an empty or too long name, or a name that duplicates another task, is refused. */
export function editTask(tasks: TaskRow[], id: string, patch: TaskPatch): EditResult {
  const i = tasks.findIndex((t) => t.id === id);
  if (i < 0) return { ok: false, message: 'この業務は一覧にありません。' };
  const next = { ...tasks[i]!, ...patch };
  next.name = cleanField(next.name);
  next.unit = cleanField(next.unit).slice(0, MAX_UNIT);
  next.memo = next.memo.slice(0, MAX_MEMO);
  if (!/^(lv[1-4])?$/.test(next.override)) next.override = '';
  if (!next.name) return { ok: false, message: '業務名を入力してください。' };
  if (next.name.length > MAX_NAME) return { ok: false, message: `業務名は${MAX_NAME}文字以内で入力してください。` };
  const key = dupKey(next.name, next.unit);
  if (tasks.some((t, j) => j !== i && dupKey(t.name, t.unit) === key)) return { ok: false, message: `「${next.name}」は一覧にすでにあります。` };
  const out = [...tasks];
  out[i] = next;
  return { ok: true, tasks: out };
}

/** Moves a task up (-1) or down (+1); at either end the list is returned unchanged. */
export function moveTask(tasks: TaskRow[], id: string, delta: -1 | 1): TaskRow[] {
  const i = tasks.findIndex((t) => t.id === id);
  const j = i + delta;
  if (i < 0 || j < 0 || j >= tasks.length) return tasks;
  const out = [...tasks];
  [out[i], out[j]] = [out[j]!, out[i]!];
  return out;
}

export interface Removed {
  task: TaskRow;
  index: number;
}

/** Deletes a task and returns what is needed to undo it. */
export function removeTask(tasks: TaskRow[], id: string): { tasks: TaskRow[]; removed: Removed | null } {
  const index = tasks.findIndex((t) => t.id === id);
  if (index < 0) return { tasks, removed: null };
  return { tasks: tasks.filter((t) => t.id !== id), removed: { task: tasks[index]!, index } };
}

/** Puts a deleted task back where it was (or at the end if the list got shorter). */
export function undoRemove(tasks: TaskRow[], removed: Removed): TaskRow[] {
  if (tasks.some((t) => t.id === removed.task.id)) return tasks;
  const out = [...tasks];
  out.splice(Math.min(removed.index, out.length), 0, removed.task);
  return out;
}

/** An id generator: a time stamp plus a counter, unique within one page session. */
export function idMaker(now: () => number = Date.now): () => string {
  let n = 0;
  return () => `t${now().toString(36)}${(n++).toString(36)}`;
}

/** Sets one answer on every task whose id is in `ids` (a bulk answer). Unchanged tasks keep their objects. */
export function setAnswers(tasks: TaskRow[], ids: ReadonlySet<string>, key: 'info' | 'system' | 'place', value: string): TaskRow[] {
  if (!isStoredAnswer(key, value)) return tasks;
  let changed = false;
  const out = tasks.map((t) => {
    if (!ids.has(t.id)) return t;
    const prev = t.answers ?? { info: '', system: '', place: '' };
    if (prev[key] === value) return t;
    changed = true;
    return { ...t, answers: { ...prev, [key]: value } };
  });
  return changed ? out : tasks;
}

/**
 * Confirms the pre-filled answers of the given tasks as the officer's own ('' answers take the
 * pre-fill's value; answers already given stay). `pre` maps a task id to its answers as shown.
 */
export function confirmEstimates(tasks: TaskRow[], pre: ReadonlyMap<string, { [K in 'info' | 'system' | 'place']: { value: string } }>): TaskRow[] {
  let changed = false;
  const out = tasks.map((t) => {
    const p = pre.get(t.id);
    if (!p) return t;
    const prev = t.answers ?? { info: '', system: '', place: '' };
    const next = { info: prev.info || p.info.value, system: prev.system || p.system.value, place: prev.place || p.place.value };
    if (next.info === prev.info && next.system === prev.system && next.place === prev.place) return t;
    changed = true;
    return { ...t, answers: next };
  });
  return changed ? out : tasks;
}
