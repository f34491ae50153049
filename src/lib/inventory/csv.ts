/**
 * CSV export and import of the task list, for Excel users: export is UTF-8 with BOM, CRLF,
 * RFC 4180 quoting; import accepts UTF-8 (with or without BOM) and Shift_JIS as Excel saves
 * it, and returns a preview: nothing is added until the user confirms.
 */
import type { TaskRow } from '../../schemas/state/inventory';
import { levelLabel, parseLevel, type LevelOrNone } from './levels';
import { answerText, parseAnswer, QUESTION_KEYS, QUESTIONS } from './questions';
import { NO_READING, OVERRIDE_RAISED, residentCell, typeBasis, type InventoryRow } from './rows';
import { MAX_MEMO, MAX_NAME, MAX_TASKS, MAX_UNIT, type NewTask } from './tasks';

/** The exported columns, in order. 扱う情報・使うシステム・場所・機器 carry the answers (「（推定…）」 while only pre-filled). */
export const CSV_COLUMNS = ['業務名', '所属', 'メモ', '扱う情報', '使うシステム', '場所・機器', '要確認', '提案レベル', '提案の根拠', '採用レベル', '理由', '住民情報の注意', '働き方の注意', '工夫'] as const;
/** Largest CSV file accepted, in bytes. */
export const MAX_CSV_BYTES = 2 * 1024 * 1024;

export interface ExportRow {
  task: TaskRow;
  /** The three answers as text, in QUESTION_KEYS order */
  answers: string[];
  /** 「要確認：…」 or '' */
  check: string;
  suggested: LevelOrNone;
  adopted: LevelOrNone;
  /** 手引きの例に近い / 手引きの記載による / 当サイトの目安 (of the 業務類型 reading) */
  basis: string;
  reason: string;
  /** The guide's note on residents' information, or '' */
  note: string;
  /** Other limits on the form of telework, or '' */
  constraints: string;
  tips: string[];
}

/**
 * The CSV export rows: answers, 要確認, levels, reasons with their sources, notes and the adopted
 * level's tips. Here rather than in rows.ts, so that it loads with the CSV writer, when 「CSVを書き出す」 is pressed.
 */
export function toExportRows(rows: InventoryRow[]): ExportRow[] {
  return rows.map((row) => ({
    task: row.task,
    answers: QUESTION_KEYS.map((k) => answerText(k, row.answers[k] as never)),
    check: row.derived.needsCheck ? `要確認：${row.derived.checks.join(' ')}` : '',
    suggested: row.derived.derived,
    adopted: row.level,
    basis: typeBasis(row.suggestion),
    reason: [...row.derived.steps.map((s) => s.text), ...(row.derived.overrideRaised ? [OVERRIDE_RAISED] : [])].join(' ') || NO_READING,
    note: residentCell(row),
    constraints: row.derived.constraints.join(' '),
    tips: row.tips.items,
  }));
}

const FORMULA = /^[=+\-@\t\r]/;

/** One field, quoted when it holds a comma, quote or line break (RFC 4180); a leading =, +, -, @ is guarded with ' so Excel does not run it as a formula. */
export function csvField(value: string): string {
  const v = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** The CSV text (with BOM, CRLF line ends) of the task list. */
export function exportCsv(rows: ExportRow[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of rows) {
    lines.push(
      [r.task.name, r.task.unit, r.task.memo, ...r.answers, r.check, levelLabel(r.suggested), r.basis, levelLabel(r.adopted), r.reason, r.note, r.constraints, r.tips.join(' / ')].map(csvField).join(','),
    );
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** The file name: 「業務の棚卸し_所属_2026-11-21.csv」. */
export function csvFileName(department: string, today: string): string {
  const d = department.replace(/[\\/:*?"<>|\s]+/g, '').slice(0, 30);
  return `業務の棚卸し${d ? '_' + d : ''}_${today}.csv`;
}

export type Encoding = 'utf-8' | 'shift_jis';

/** Decodes a file's bytes: UTF-8 (BOM or not) if valid, else Shift_JIS (as Excel saves CSV in Japanese Windows). */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: Encoding } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('shift_jis').decode(bytes), encoding: 'shift_jis' };
  }
}

/** Parses CSV text into rows of fields (RFC 4180; also accepts LF or CR line ends). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  while (i < s.length) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' || c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += c === '\r' && s[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export interface CsvPreview {
  ok: true;
  encoding: Encoding;
  /** Rows ready to add (not yet added) */
  tasks: NewTask[];
  /** Header cells this page does not use */
  ignoredColumns: string[];
  /** Problems per line, e.g. 「5行目：業務名が空です」 */
  notes: string[];
}

export type CsvImport = CsvPreview | { ok: false; message: string };

/** Undoes csvField's guard: the ' it put before =, +, -, @, tab or CR (the same set as FORMULA). */
const unguard = (v: string) => (/^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v);

/** Reads a CSV file's bytes into a preview of the tasks it holds; wrong columns or an unreadable file give a message. */
export function importCsv(bytes: Uint8Array): CsvImport {
  if (bytes.length > MAX_CSV_BYTES) return { ok: false, message: 'ファイルが大きすぎます（2MBまで）。何も追加していません。' };
  if (bytes.length === 0) return { ok: false, message: 'ファイルが空です。何も追加していません。' };
  const { text, encoding } = decodeCsvBytes(bytes);
  if (text.includes('\u0000')) return { ok: false, message: 'CSVファイルではないようです（文字として読めないデータが含まれています）。何も追加していません。' };
  const rows = parseCsv(text);
  const header = (rows[0] ?? []).map((h) => h.normalize('NFKC').trim());
  const col = (name: string) => header.indexOf(name.normalize('NFKC'));
  const iName = col('業務名');
  if (iName < 0) {
    const seen = header.filter(Boolean).slice(0, 7).join('、') || '（空）';
    return {
      ok: false,
      message: `1行目に「業務名」の列が見つかりません（読み取った列名：${seen}）。1行目を列名にして、${CSV_COLUMNS.join('、')} の列を使ってください（業務名のほかは省略できます）。何も追加していません。`,
    };
  }
  const iUnit = col('所属');
  const iMemo = col('メモ');
  const iSuggested = col('提案レベル');
  const iAdopted = col('採用レベル');
  const iInfo = col('扱う情報');
  const iSystem = col('使うシステム');
  const iPlace = col('場所・機器');
  const known = new Set<string>([...CSV_COLUMNS, '働き方の注意'].map((c) => c.normalize('NFKC')));
  const ignoredColumns = header.filter((h) => h && !known.has(h));
  const notes: string[] = [];
  const tasks: NewTask[] = [];
  rows.slice(1).forEach((r, k) => {
    const line = k + 2;
    if (r.every((f) => f.trim() === '')) return;
    const get = (i: number) => (i >= 0 ? unguard(r[i] ?? '').trim() : '');
    const name = get(iName);
    if (!name) {
      notes.push(`${line}行目：業務名が空のため読み飛ばします。`);
      return;
    }
    if (name.length > MAX_NAME) {
      notes.push(`${line}行目：業務名が${MAX_NAME}文字を超えるため読み飛ばします。`);
      return;
    }
    const unit = get(iUnit);
    if (unit.length > MAX_UNIT) notes.push(`${line}行目：所属が${MAX_UNIT}文字を超えるため、先頭${MAX_UNIT}文字にします。`);
    const memo = get(iMemo);
    if (memo.length > MAX_MEMO) notes.push(`${line}行目：メモが${MAX_MEMO}文字を超えるため、先頭${MAX_MEMO}文字にします。`);
    const suggestedText = get(iSuggested);
    const adoptedText = get(iAdopted);
    const adopted = parseLevel(adoptedText);
    if (adoptedText && adopted === null) notes.push(`${line}行目：採用レベル「${adoptedText}」を読み取れないため、提案どおりにします。`);
    // The user's own choice is what differs from the suggestion in the file.
    const suggested = parseLevel(suggestedText);
    const override = adopted && adopted !== 'unclassified' && adopted !== suggested ? adopted : '';
    // An answer counts only as the officer's own: a cell still marked （推定） or unreadable stays unanswered (要確認).
    const answers = { info: '', system: '', place: '' };
    for (const [k, i] of [['info', iInfo], ['system', iSystem], ['place', iPlace]] as const) {
      const text = get(i);
      const a = parseAnswer(k, text);
      if (a && !a.estimated) answers[k] = a.value;
      else if (text && !a) notes.push(`${line}行目：${QUESTIONS[k].label}「${text}」を読み取れないため、未回答（要確認）にします。`);
    }
    const task: NewTask = { name, unit: unit.slice(0, MAX_UNIT), memo: memo.slice(0, MAX_MEMO), override };
    if (answers.info || answers.system || answers.place) task.answers = answers;
    tasks.push(task);
  });
  if (tasks.length > MAX_TASKS) notes.push(`業務が${tasks.length}件あります。一覧は${MAX_TASKS}件までのため、超える分は追加されません。`);
  return { ok: true, encoding, tasks, ignoredColumns, notes };
}
