/**
 * From saved tasks to what the table, the summary, the sheet, the CSV and the pack show: each
 * task with its word reading (classify.ts), its answers (questions.ts: the officer's, or
 * pre-filled from the words), the level derived from them (derive.ts), the level adopted and
 * the guide's 工夫 for THAT level. Classification is cached by name and rows by task object,
 * so a change to one task (or a keystroke elsewhere) never reclassifies the others.
 */
import type { TaskRow } from '../../schemas/state/inventory';
import { reasonSentence, type Classifier, type Reason, type Suggestion } from './classify';
import { derive, type Derived, type TypeReading } from './derive';
import type { LevelInput, LevelOrNone } from './levels';
import { levelText, residentText, tipsFor, type Outcome } from './outcome';
import { answerText, effectiveAnswers, prefill, QUESTION_KEYS, type Effective, type StoredAnswers } from './questions';

export interface InventoryRow {
  task: TaskRow;
  suggestion: Suggestion;
  /** The 業務類型 reading of the words (Lv.Ⅰ–Ⅲ) */
  type: TypeReading;
  /** The answers the rules use: the officer's, or the pre-fill */
  answers: Effective;
  derived: Derived;
  /** The level adopted: the officer's choice (never below the answers' floor), else the derived level */
  level: LevelOrNone;
  /** The officer chose a level */
  chosen: boolean;
  /** The guide's 工夫 / 視点 / notes for the ADOPTED level */
  tips: { heading: string; items: string[] };
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

const PATROL_TERMS = new Set(['現場巡回', '巡回', '訪問', 'パトロール']);

/** The 業務類型 reading of a suggestion: its strictest Lv.Ⅰ–Ⅲ reason. */
export function typeReading(s: Suggestion): TypeReading {
  const r: Reason | null = s.typeReason;
  if (!r) return { level: 'unclassified', typeId: '', patrol: false, text: '', source: 'none' };
  return { level: r.level, typeId: r.typeId, patrol: r.quote === '現場巡回・訪問業務' || PATROL_TERMS.has(r.term), text: reasonSentence(r), source: r.source };
}

/** The label of the type reading's authority. */
export function typeBasis(s: Suggestion): string {
  const r = s.typeReason;
  if (!r) return '';
  if (r.source === 'example') return '手引きの例に近い';
  if (r.source === 'guide') return r.weak ? '手引きの記載による（一般的な語）' : '手引きの記載による';
  return r.weak ? '当サイトの目安（一般的な語）' : '当サイトの目安';
}

const STEP_TYPE: Record<string, string> = { system: 'my-number-systems', info: 'confidential-information' };

/** The 業務類型 whose tips apply to the level adopted: the words' reading at that level, else the answer that set it. */
export function tipsTypeOf(row: Pick<InventoryRow, 'level' | 'type' | 'derived'>): string {
  let typeId = row.type.level === row.level ? row.type.typeId : '';
  if (!typeId) {
    const step = row.derived.steps.find((s) => s.level === row.level && s.key !== 'type');
    if (step) typeId = step.key === 'place' ? (row.level === 'lv4' ? 'special-equipment' : row.level === 'lv3' ? 'paper-applications' : row.type.typeId) : (STEP_TYPE[step.key] ?? '');
  }
  return typeId;
}

/** What the row comes to in the fields the 決裁パック prints (outcome.ts), as the inventory's level cache stores it. */
export const outcomeOf = (row: InventoryRow): Outcome => ({ level: row.level, needsCheck: row.derived.needsCheck, residentNote: row.derived.residentNote, tipsType: tipsTypeOf(row) });

/** One row. */
export function toRow(task: TaskRow, suggest: (name: string) => Suggestion, levels: LevelInput[]): InventoryRow {
  const suggestion = suggest(task.name);
  const type = typeReading(suggestion);
  const answers = effectiveAnswers(task.answers, prefill(task.name, suggestion));
  const derived = derive(answers, type, task.override);
  const row = { task, suggestion, type, answers, derived, level: derived.level, chosen: task.override !== '', tips: { heading: '', items: [] as string[] } };
  row.tips = tipsFor(levels, row.level, tipsTypeOf(row));
  return row;
}

/**
 * Returns a builder that maps tasks to rows and reuses the row object of a task object it has
 * already seen: unchanged tasks keep identical rows, so memoised row components skip them.
 */
export function rowBuilder(suggest: (name: string) => Suggestion, levels: LevelInput[]): (tasks: TaskRow[]) => InventoryRow[] {
  let seen = new WeakMap<TaskRow, InventoryRow>();
  return (tasks) => {
    const next = new WeakMap<TaskRow, InventoryRow>();
    const rows = tasks.map((task) => {
      const row = seen.get(task) ?? toRow(task, suggest, levels);
      next.set(task, row);
      return row;
    });
    seen = next;
    return rows;
  };
}

/** The residents' note as a cell: '' when it does not apply. */
export const residentCell = (row: InventoryRow) => residentText(row.derived.residentNote);

export const NO_READING = '手引きの例・語に当てはまるものが見つかりませんでした。回答を確かめ、レベルを選んでください。';
export const OVERRIDE_RAISED = '選んだレベルは回答から決まる下限より低いため、下限のレベルにしています。';

/** On paper, Lv.Ⅲ's long 視点 are replaced by this pointer to them (the screen and the CSV keep them). */
export const SHEET_LV3 = '行政手続のオンライン化など、デジタル化の進展に伴い対象とし得る（手引きの視点：スライド14）';

/**
 * The 工夫・注意 cell of the printed sheet, kept short so a page holds many tasks: the guide's
 * 工夫 for the adopted level (Lv.Ⅰ–Ⅱ), its point on business continuity (Lv.Ⅳ), a pointer to
 * the 視点 (Lv.Ⅲ); then the limits on the form; the residents' note always when it applies.
 */
export function sheetTips(row: InventoryRow): string[] {
  let tips: string[];
  if (row.level === 'lv3') tips = [SHEET_LV3];
  else if (row.level === 'lv4') tips = row.tips.items.filter((t) => t.includes('業務が継続できる方法・体制を検討'));
  else tips = row.tips.items;
  return [...tips, ...row.derived.constraints, ...(row.derived.residentNote ? [residentCell(row)] : [])];
}

/** The 回答 cell of the sheet: 「扱う情報：…／使うシステム：…／場所・機器：…」. */
export function answersCell(row: InventoryRow): string {
  return QUESTION_KEYS.map((k) => answerText(k, row.answers[k] as never)).join('／');
}

/** The level as shown on every surface: 「Lv.Ⅱ（暫定・要確認）」 while an answer needs checking. */
export const rowLevelText = (row: InventoryRow) => levelText(row.derived);

/** Counts of the rows that still need checking. */
export const countChecks = (rows: InventoryRow[]) => rows.filter((r) => r.derived.needsCheck).length;

/** The stored answers of a row with one question set (for the updater). */
export function withAnswer(task: TaskRow, key: keyof StoredAnswers, value: string): TaskRow {
  const prev = task.answers ?? { info: '', system: '', place: '' };
  if (prev[key] === value) return task;
  return { ...task, answers: { ...prev, [key]: value } };
}
