/**
 * From saved tasks to what the table, the summary, the sheet and the CSV show: each task with
 * its suggestion and the level that counts. Classification is cached by name and rows by task
 * object, so a change to one task (or a keystroke elsewhere) never reclassifies the others.
 */
import type { TaskRow } from '../../schemas/state/inventory';
import { effectiveLevel, reasonText, RESIDENT_NOTE_SHORT, sourceLabel, type Classifier, type Suggestion } from './classify';
import type { ExportRow } from './csv';
import type { LevelOrNone } from './levels';

export interface InventoryRow {
  task: TaskRow;
  suggestion: Suggestion;
  /** The level that counts: the user's choice, else the suggestion */
  level: LevelOrNone;
  /** The user chose a level */
  chosen: boolean;
}

/** A classify function that remembers every name it has seen (names repeat across edits and renders). */
export function cachedClassify(classifier: Classifier, limit = 5000): (name: string) => Suggestion {
  const cache = new Map<string, Suggestion>();
  return (name) => {
    let s = cache.get(name);
    if (!s) {
      if (cache.size >= limit) cache.clear();
      s = classifier.classify(name);
      cache.set(name, s);
    }
    return s;
  };
}

/** One row. */
export function toRow(task: TaskRow, suggest: (name: string) => Suggestion): InventoryRow {
  const suggestion = suggest(task.name);
  const level = effectiveLevel(task.override, suggestion);
  return { task, suggestion, level, chosen: task.override !== '' };
}

/**
 * Returns a builder that maps tasks to rows and reuses the row object of a task object it has
 * already seen: unchanged tasks keep identical rows, so memoised row components skip them.
 */
export function rowBuilder(suggest: (name: string) => Suggestion): (tasks: TaskRow[]) => InventoryRow[] {
  let seen = new WeakMap<TaskRow, InventoryRow>();
  return (tasks) => {
    const next = new WeakMap<TaskRow, InventoryRow>();
    const rows = tasks.map((task) => {
      const row = seen.get(task) ?? toRow(task, suggest);
      next.set(task, row);
      return row;
    });
    seen = next;
    return rows;
  };
}

/** The CSV export rows of the table: levels, the reasons with their sources, tips and the note on 住民情報. */
export function toExportRows(rows: InventoryRow[]): ExportRow[] {
  return rows.map(({ task, suggestion: s, level }) => ({
    task,
    suggested: s.level,
    adopted: level,
    basis: sourceLabel(s),
    reason: reasonText(s),
    note: s.residentNote ? `${RESIDENT_NOTE_SHORT}（手引き スライド12）` : '',
    tips: s.tips,
  }));
}

/** On paper, Lv.Ⅲ's long 視点 are replaced by this pointer to them (the screen and the CSV keep them). */
export const SHEET_LV3 = '行政手続のオンライン化など、デジタル化の進展に伴い対象とし得る（手引きの視点：スライド14）';

/**
 * The 工夫・注意 cell of the printed sheet, kept short so a page holds many tasks: the guide's
 * 工夫 (Lv.Ⅰ–Ⅱ), its point on business continuity (Lv.Ⅳ), a pointer to the 視点 (Lv.Ⅲ); none
 * when the user chose another level; the note on 住民情報 always.
 */
export function sheetTips(row: InventoryRow): string[] {
  const s = row.suggestion;
  let tips: string[] = [];
  if (!(row.task.override && row.task.override !== s.level)) {
    if (s.level === 'lv3') tips = [SHEET_LV3];
    else if (s.level === 'lv4') tips = s.tips.filter((t) => t.includes('業務が継続できる方法・体制を検討'));
    else tips = s.tips;
  }
  return s.residentNote ? [...tips, `住民情報：${RESIDENT_NOTE_SHORT}（スライド12）`] : tips;
}
