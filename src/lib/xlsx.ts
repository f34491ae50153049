/**
 * The Excel workbook of 「Excelで保存」 (/steps/plan/; reusable from /pack/ and /inventory/): a
 * 工程表 sheet (steps as rows, months as columns under their 年度, the planned months as
 * filled cells, ◆ the 期限, 担当・状況・期限 columns, a row of milestones, 団体名 and date
 * in the header, the warnings under the table) and a 棚卸し sheet (業務, 担当課, レベル, 工夫).
 *
 * Data in, workbook out: the caller passes exceljs's Workbook class (the islands load exceljs
 * only when the button is pressed, so no page's first JavaScript carries it) and the data;
 * nothing here touches the DOM. test/unit/xlsx.test.ts reads the workbook back with exceljs.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { formatSeireki, formatWarekiWithSeireki } from './dates';
import { monthLabel, outsideWarning, type PlanTable } from './plan-table';
import { levelLabel } from './inventory/levels';
import { answersCell, residentCell, sheetTips, type InventoryRow } from './inventory/rows';
import { STATUS_LABELS } from '../schemas/state/tracker';

/** One task of the 棚卸し sheet. */
export interface InventorySheetRow {
  /** 業務 */
  name: string;
  /** 担当課 (the task's 所属) */
  unit: string;
  /** レベル, with （選択） / （提案）, and （暫定・要確認） while an answer is わからない or only 推定 */
  level: string;
  /** What the task touches: 扱う情報・使うシステム・場所・機器 (推定 marked) */
  answers: string;
  /** 住民情報の注意 in the guide's words (slide 12), '' when it does not apply */
  residentNote: string;
  /** 工夫・注意 of the level adopted */
  tips: string;
}

export interface WorkbookInput {
  /** 団体名 ('' when not entered) */
  org: string;
  /** 担当課 of the profile */
  department: string;
  /** The user's local date, YYYY-MM-DD */
  today: string;
  /** The 工程表, or null when there is none yet */
  plan: PlanTable | null;
  /** The line under the 工程表 saying whose months these are */
  planNote: string;
  /** The 棚卸し rows (an empty list still makes the sheet, with its header) */
  inventory: InventorySheetRow[];
  /** 所属 the inventory was made for ('' when not entered) */
  inventoryDepartment: string;
}

/** The fill of a planned month (the site's brand blue; solid, so it prints). */
export const BAR_ARGB = 'FF0026A8';
/** The fill of the header rows. */
export const HEAD_ARGB = 'FFEDEDED';
/** Rows above the 工程表's table (title, 団体名, legend, blank). */
export const PLAN_HEAD_ROWS = 4;
/** The fixed columns before the months: ステップ, 担当, 状況, 期限. */
export const PLAN_FIXED_COLS = 4;

const thin = { style: 'thin' as const, color: { argb: 'FF595959' } };
const box = { top: thin, left: thin, bottom: thin, right: thin };
const solid = (argb: string) => ({ type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb } });

/** The 棚卸し rows from the inventory's rows (src/lib/inventory/rows.ts). */
export function inventorySheetRows(rows: readonly InventoryRow[]): InventorySheetRow[] {
  return rows.map((r) => ({
    name: r.task.name,
    unit: r.task.unit,
    level: `${levelLabel(r.level)}${r.level === 'unclassified' ? '' : r.chosen ? '（選択）' : '（提案）'}${r.derived.needsCheck ? '（暫定・要確認）' : ''}`,
    answers: answersCell(r),
    residentNote: residentCell(r),
    tips: sheetTips(r).filter((t) => t !== residentCell(r)).join(' / '),
  }));
}

/** 「導入工程表_〇〇町_2026-06-01.xlsx」 (characters a file name cannot hold removed). */
export function xlsxFileName(org: string, today: string): string {
  const o = org.replace(/[\\/:*?"<>|\s]+/g, '').slice(0, 30);
  return `導入工程表${o ? '_' + o : ''}_${today}.xlsx`;
}

const headerLine = (i: WorkbookInput) =>
  `団体名：${i.org || '（未入力）'}　担当課：${i.department || '（未入力）'}　作成日：${i.today ? formatWarekiWithSeireki(i.today) : ''}`;

function planSheet(ws: Worksheet, input: WorkbookInput): void {
  const t = input.plan;
  ws.getCell('A1').value = '導入工程表';
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A2').value = headerLine(input);
  if (!t) {
    ws.getCell('A4').value = '工程表はまだありません（/steps/plan/ で取組の開始月と本格実施の月を入れてください）。';
    ws.getColumn(1).width = 40;
    return;
  }
  ws.getCell('A3').value = '塗ったセル：計画の期間　◆：期限　▲：節目　（期限の「（工程表）」は、期限を入れていないステップの終了月の末日）';
  ws.getCell('A3').font = { size: 9 };
  const top = PLAN_HEAD_ROWS + 1; // 年度の行
  const sub = top + 1; // 月の行
  const first = PLAN_FIXED_COLS + 1; // 最初の月の列
  ['ステップ', '担当', '状況', '期限'].forEach((h, c) => {
    ws.mergeCells(top, c + 1, sub, c + 1);
    const cell = ws.getCell(top, c + 1);
    cell.value = h;
  });
  let col = first;
  for (const y of t.years) {
    if (y.count > 1) ws.mergeCells(top, col, top, col + y.count - 1);
    ws.getCell(top, col).value = y.full;
    col += y.count;
  }
  t.months.forEach((m, i) => {
    ws.getCell(sub, first + i).value = `${Number(m.slice(5))}月`;
  });
  for (let c = 1; c < first + t.months.length; c++) {
    for (const r of [top, sub]) {
      const cell = ws.getCell(r, c);
      cell.font = { bold: true, size: 9 };
      cell.fill = solid(HEAD_ARGB);
      cell.border = box;
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: c <= PLAN_FIXED_COLS };
    }
  }
  let row = sub + 1;
  for (const r of t.rows) {
    const due = `${formatSeireki(r.due)}${r.ownDue ? '' : '（工程表）'}${r.outside ? '　※計画の期間外' : ''}`;
    const status = `${STATUS_LABELS[r.status]}${r.late ? '（期限切れ）' : ''}`;
    [`${r.number}．${r.title}`, r.owner, status, due].forEach((v, c) => {
      const cell = ws.getCell(row, c + 1);
      cell.value = v;
      cell.border = box;
      cell.alignment = { vertical: 'middle', wrapText: true };
      cell.font = { size: 9, ...(c === 3 && r.outside ? { bold: true, color: { argb: 'FFA01818' } } : {}) };
    });
    t.months.forEach((m, i) => {
      const cell = ws.getCell(row, first + i);
      const on = r.on[i]!;
      if (on) cell.fill = solid(BAR_ARGB);
      if (r.due.slice(0, 7) === m) {
        cell.value = '◆';
        cell.font = { size: 9, bold: true, color: { argb: on ? 'FFFFFFFF' : 'FF000000' } };
      }
      cell.border = box;
      cell.alignment = { horizontal: 'center', vertical: 'middle' };
    });
    ws.getRow(row).height = 30;
    row++;
  }
  if (t.milestones.some((ms) => ms.length)) {
    ws.mergeCells(row, 1, row, PLAN_FIXED_COLS);
    ws.getCell(row, 1).value = '節目（庁議・議会など）';
    ws.getCell(row, 1).font = { bold: true, size: 9 };
    for (let c = 1; c <= PLAN_FIXED_COLS; c++) ws.getCell(row, c).border = box;
    t.months.forEach((_, i) => {
      const cell = ws.getCell(row, first + i);
      const names = t.milestones[i]!.map((ms) => `▲${ms.name}`);
      if (names.length) cell.value = names.join('\n');
      cell.font = { size: 8 };
      cell.border = box;
      cell.alignment = { vertical: 'top', wrapText: true };
    });
    ws.getRow(row).height = Math.max(30, 14 * Math.max(...t.milestones.map((ms) => ms.length)));
    row++;
  }
  row++;
  const notes = [
    ...t.outside.map((r) => `※${outsideWarning(r)}`),
    ...(t.milestonesOutside.length ? [`表の期間から離れた節目：${t.milestonesOutside.map((ms) => `${ms.name}（${monthLabel(ms.month)}）`).join('、')}`] : []),
    input.planNote,
  ];
  for (const n of notes) {
    ws.getCell(row, 1).value = n;
    ws.getCell(row, 1).font = { size: 9, ...(n.startsWith('※') ? { bold: true, color: { argb: 'FFA01818' } } : {}) };
    row++;
  }
  ws.getColumn(1).width = 34;
  ws.getColumn(2).width = 14;
  ws.getColumn(3).width = 16;
  ws.getColumn(4).width = 26;
  for (let i = 0; i < t.months.length; i++) ws.getColumn(first + i).width = t.months.length > 24 ? 3.5 : 5;
  ws.views = [{ state: 'frozen', xSplit: PLAN_FIXED_COLS, ySplit: sub }];
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 1, margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 } };
  ws.headerFooter = { oddFooter: '&C&P / &N' };
}

/** The 棚卸し sheet's column widths (characters of the default font; a full-width character takes about two). */
export const INVENTORY_WIDTHS = [36, 16, 22, 40, 40, 60] as const;
/** Points per line of wrapped 11-point text, and the smallest row. */
const LINE_PT = 15;

/** Display width of a text in column-width units: a character beyond U+00FF (kanji, kana, full-width forms) counts 2. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.codePointAt(0)! > 0xff ? 2 : 1;
  return w;
}

/**
 * The height (points) a row needs for every cell's text, wrapped at its column's width (one unit
 * kept for the cell's padding; each line break starts a line), so nothing is hidden on screen or
 * on paper. Errs on the tall side: a full-width character is a little under two units.
 */
export function wrappedRowHeight(values: readonly string[], widths: readonly number[]): number {
  const lines = values.map((v, c) => {
    const room = Math.max(1, (widths[c] ?? 10) - 1);
    return v.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(textWidth(part) / room)), 0);
  });
  return LINE_PT * Math.max(1, ...lines);
}

function inventorySheet(ws: Worksheet, input: WorkbookInput): void {
  ws.getCell('A1').value = '業務の棚卸し';
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A2').value = `${headerLine(input)}${input.inventoryDepartment ? `　棚卸しの所属：${input.inventoryDepartment}` : ''}　全${input.inventory.length}件`;
  const checks = input.inventory.filter((r) => r.level.includes('要確認')).length;
  ws.getCell('A3').value = `レベルは回答（扱う情報・使うシステム・場所・機器）から導いたもの（提案）か、利用者が選んだもの（選択）。回答が「わからない」か推定のままの業務は「暫定・要確認」（${checks}件）。工夫は手引きの記載。`;
  ws.getCell('A3').font = { size: 9 };
  const head = 5;
  ['業務', '担当課', 'レベル', '回答', '住民情報の注意', '工夫'].forEach((h, c) => {
    const cell = ws.getCell(head, c + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.fill = solid(HEAD_ARGB);
    cell.border = box;
  });
  input.inventory.forEach((r, i) => {
    const values = [r.name, r.unit, r.level, r.answers, r.residentNote, r.tips];
    values.forEach((v, c) => {
      const cell = ws.getCell(head + 1 + i, c + 1);
      cell.value = v;
      cell.border = box;
      cell.alignment = { vertical: 'top', wrapText: true };
    });
    // Stored, not left to the reader: LibreOffice (and Excel in some cases) opens rows without a
    // height at one line, so a wrapped 住民情報の注意 would print cut off.
    ws.getRow(head + 1 + i).height = wrappedRowHeight(values, INVENTORY_WIDTHS);
  });
  INVENTORY_WIDTHS.forEach((w, c) => (ws.getColumn(c + 1).width = w));
  if (input.inventory.length) ws.autoFilter = { from: { row: head, column: 1 }, to: { row: head + input.inventory.length, column: 6 } };
  ws.views = [{ state: 'frozen', ySplit: head }];
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${head}:${head}` };
  ws.headerFooter = { oddFooter: '&C&P / &N' };
}

/** The workbook (工程表 and 棚卸し sheets) for the data; `WorkbookClass` is exceljs's Workbook. */
export function buildWorkbook(WorkbookClass: new () => Workbook, input: WorkbookInput): Workbook {
  const wb = new WorkbookClass();
  wb.creator = '自治体テレワーク推進ナビ';
  planSheet(wb.addWorksheet('工程表'), input);
  inventorySheet(wb.addWorksheet('棚卸し'), input);
  return wb;
}
