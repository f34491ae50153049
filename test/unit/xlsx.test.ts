/**
 * The Excel workbook (src/lib/xlsx.ts), written to a buffer and read back with exceljs as a
 * user's Excel would open it: sheet names, header text (団体名・作成日), one row per step with
 * 担当・状況・期限, the planned months as filled cells and no others, ◆ in the 期限 month, the
 * milestone row, the warning for a 期限 outside its months, and the 棚卸し sheet's rows.
 */
import { describe, expect, it, vi } from 'vitest';

// Writing and reading a workbook takes a few seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });
import ExcelJS from 'exceljs';
import { effectivePlan, type PlanStepInfo } from '../../src/lib/plan';
import { addMilestone } from '../../src/lib/plan-edit';
import { planTable, type StepProgressLike } from '../../src/lib/plan-table';
import { BAR_ARGB, buildWorkbook, INVENTORY_WIDTHS, inventorySheetRows, PLAN_FIXED_COLS, PLAN_HEAD_ROWS, textWidth, wrappedRowHeight, xlsxFileName, type WorkbookInput } from '../../src/lib/xlsx';
import { emptyPlan, type PlanState } from '../../src/schemas/state/plan';
import { createClassifier } from '../../src/lib/inventory/classify';
import { RESIDENT_NOTE } from '../../src/lib/inventory/outcome';
import { answersCell, cachedClassify, toRow } from '../../src/lib/inventory/rows';
import type { TaskRow } from '../../src/schemas/state/inventory';
import { loadLevels } from '../fixtures/inventory/load-levels';

const T0 = '2026-11-21T09:00:00.000Z';
const id = (n: number) => `step-${String(n).padStart(2, '0')}`;
const STEPS = Array.from({ length: 10 }, (_, i) => ({ id: id(i + 1), number: i + 1, title: `ステップの題${i + 1}` }));
const INFO: PlanStepInfo[] = STEPS.map(({ id, number }) => ({ id, number }));

function input(plan: PlanState, progress: (id: string) => StepProgressLike, extra: Partial<WorkbookInput> = {}): WorkbookInput {
  const eff = effectivePlan(plan, INFO)!;
  return {
    org: '〇〇町',
    department: '総務課',
    today: '2026-06-01',
    plan: planTable(STEPS, eff, progress, plan.milestones, '2026-06-01'),
    planNote: '各ステップの期間は当サイトの提案です。',
    inventory: [],
    inventoryDepartment: '',
    ...extra,
  };
}

/** Writes the workbook to bytes and reads it back, as a file would be. */
async function roundTrip(i: WorkbookInput): Promise<ExcelJS.Workbook> {
  const buf = await buildWorkbook(ExcelJS.Workbook, i).xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buf as ArrayBuffer);
  return back;
}

const text = (v: ExcelJS.CellValue) => (v == null ? '' : typeof v === 'object' && 'richText' in v ? v.richText.map((r) => r.text).join('') : String(v));
const filled = (c: ExcelJS.Cell) => c.fill?.type === 'pattern' && c.fill.pattern === 'solid' && (c.fill.fgColor as { argb?: string } | undefined)?.argb === BAR_ARGB;

describe('Excel の工程表シート', () => {
  const plan0: PlanState = { ...emptyPlan(), start: '2026-04', target: '2027-10' };
  const plan = addMilestone(addMilestone(plan0, '庁議', '2026-07', T0), '予算要求', '2026-10', T0);
  const progress = (sid: string): StepProgressLike =>
    sid === id(1) ? { status: 'done', owner: '企画係', due: '2026-05-20' } : sid === id(3) ? { status: 'in-progress', owner: '情報政策係', due: '2027-12-28' } : { status: 'not-started', owner: '', due: '' };

  it('見出しに団体名・担当課・作成日、行はステップ、列は月（年度の見出しつき）', async () => {
    const wb = await roundTrip(input(plan, progress));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['工程表', '棚卸し']);
    const ws = wb.getWorksheet('工程表')!;
    expect(text(ws.getCell('A1').value)).toBe('導入工程表');
    expect(text(ws.getCell('A2').value)).toBe('団体名：〇〇町　担当課：総務課　作成日：令和8年（2026年）6月1日');
    const top = PLAN_HEAD_ROWS + 1;
    expect(['ステップ', '担当', '状況', '期限'].map((_, c) => text(ws.getCell(top, c + 1).value))).toEqual(['ステップ', '担当', '状況', '期限']);
    expect(text(ws.getCell(top, PLAN_FIXED_COLS + 1).value)).toBe('令和8年度（2026年度）');
    expect(text(ws.getCell(top, PLAN_FIXED_COLS + 13).value)).toBe('令和9年度（2027年度）');
    expect(text(ws.getCell(top + 1, PLAN_FIXED_COLS + 1).value)).toBe('4月');
    expect(text(ws.getCell(top + 1, PLAN_FIXED_COLS + 19).value)).toBe('10月');
    expect(text(ws.getCell(top + 1, PLAN_FIXED_COLS + 20).value)).toBe('');
  });

  it('計画の月だけが塗られ（途切れない帯）、期限の月に◆、担当・状況・期限の列が入る', async () => {
    const i = input(plan, progress);
    const wb = await roundTrip(i);
    const ws = wb.getWorksheet('工程表')!;
    const first = PLAN_HEAD_ROWS + 3;
    i.plan!.rows.forEach((r, k) => {
      const row = first + k;
      expect(text(ws.getCell(row, 1).value)).toBe(`${r.number}．ステップの題${r.number}`);
      const fills = i.plan!.months.map((_, m) => filled(ws.getCell(row, PLAN_FIXED_COLS + 1 + m)));
      expect(fills, `ステップ${r.number}の塗り`).toEqual(r.on);
      const diamonds = i.plan!.months.filter((_, m) => text(ws.getCell(row, PLAN_FIXED_COLS + 1 + m).value) === '◆');
      expect(diamonds.length, `ステップ${r.number}の◆`).toBe(r.due.slice(0, 7) >= i.plan!.months[0]! && r.due.slice(0, 7) <= i.plan!.months.at(-1)! ? 1 : 0);
    });
    expect(text(ws.getCell(first, 2).value)).toBe('企画係');
    expect(text(ws.getCell(first, 3).value)).toBe('完了');
    expect(text(ws.getCell(first, 4).value)).toBe('2026年5月20日');
    expect(text(ws.getCell(first + 1, 4).value)).toMatch(/^\d{4}年\d+月\d+日（工程表）$/);
    expect(text(ws.getCell(first + 2, 3).value)).toBe('進行中');
    expect(text(ws.getCell(first + 2, 4).value)).toBe('2027年12月28日　※計画の期間外');
    // 期限より前の月のセルは塗られていない
    expect(filled(ws.getCell(first + 2, 1))).toBe(false);
  });

  it('節目の行と、期限が計画の期間の外にある警告が表の下に入る', async () => {
    const i = input(plan, progress);
    const wb = await roundTrip(i);
    const ws = wb.getWorksheet('工程表')!;
    const msRow = PLAN_HEAD_ROWS + 3 + 10;
    expect(text(ws.getCell(msRow, 1).value)).toBe('節目（庁議・議会など）');
    const jul = i.plan!.months.indexOf('2026-07');
    const oct = i.plan!.months.indexOf('2026-10');
    expect(text(ws.getCell(msRow, PLAN_FIXED_COLS + 1 + jul).value)).toBe('▲庁議');
    expect(text(ws.getCell(msRow, PLAN_FIXED_COLS + 1 + oct).value)).toBe('▲予算要求');
    const below = Array.from({ length: 5 }, (_, k) => text(ws.getCell(msRow + 2 + k, 1).value));
    expect(below[0]).toMatch(/^※ステップ3の期限（2027年12月28日）が、計画の期間（.+）の外にあります。$/);
    expect(below).toContain('各ステップの期間は当サイトの提案です。');
    expect(ws.pageSetup.orientation).toBe('landscape');
  });

  it('工程表がまだないときは、その旨だけを書く', async () => {
    const wb = await roundTrip({ ...input(plan0, progress), plan: null });
    expect(text(wb.getWorksheet('工程表')!.getCell('A4').value)).toContain('工程表はまだありません');
  });
});

describe('Excel の棚卸しシート', () => {
  it('業務・担当課・レベル（要確認つき）・回答・住民情報の注意・工夫の行が入り、= で始まる名前も文字のまま', async () => {
    const levels = loadLevels();
    const suggest = cachedClassify(createClassifier(levels));
    const task = (id: string, name: string, unit: string, answers?: TaskRow['answers']): TaskRow => ({ id, name, unit, memo: '', override: '', ...(answers ? { answers } : {}) } as TaskRow);
    const rows = [
      toRow(task('t1', '会議議事録作成', '総務課', { info: 'none', system: 'internet', place: 'anywhere' } as never), suggest, levels),
      toRow(task('t2', '=住民の個人データの集計', '税務課'), suggest, levels),
    ];
    const sheetRows = inventorySheetRows(rows);
    expect(sheetRows[0]!.level).toBe('Lv.Ⅰ（提案）');
    expect(sheetRows[0]!.residentNote).toBe('');
    expect(sheetRows[0]!.answers).toBe(answersCell(rows[0]!));
    // 住民の個人データ：推定のままなので要確認、住民情報の注意は手引きの言葉（自宅等・物理的な対策）で別の列に
    expect(sheetRows[1]!.level).toContain('（暫定・要確認）');
    expect(sheetRows[1]!.residentNote).toContain(RESIDENT_NOTE);
    expect(sheetRows[1]!.residentNote).toMatch(/自宅等/);
    expect(sheetRows[1]!.tips).not.toContain('住民情報：');
    const wb = await roundTrip({ ...input({ ...emptyPlan(), start: '2026-04', target: '2027-10' }, () => ({ status: 'not-started', owner: '', due: '' })), inventory: sheetRows, inventoryDepartment: '総務課' });
    const ws = wb.getWorksheet('棚卸し')!;
    expect(text(ws.getCell('A2').value)).toContain('全2件');
    expect(text(ws.getCell('A3').value)).toContain('（1件）');
    expect([1, 2, 3, 4, 5, 6].map((c) => text(ws.getCell(5, c).value))).toEqual(['業務', '担当課', 'レベル', '回答', '住民情報の注意', '工夫']);
    expect([1, 2, 3].map((c) => text(ws.getCell(6, c).value))).toEqual(['会議議事録作成', '総務課', 'Lv.Ⅰ（提案）']);
    expect(text(ws.getCell(7, 5).value)).toContain('自宅等');
    expect(ws.getCell(7, 1).value).toBe('=住民の個人データの集計');
    expect(ws.getCell(7, 1).formula).toBeUndefined();
    // Every row is tall enough for its longest wrapped cell: the 住民情報の注意 is never cut off on paper.
    const r1 = sheetRows[1]!;
    const noteLines = Math.ceil(textWidth(r1.residentNote) / (INVENTORY_WIDTHS[4] - 1));
    expect(noteLines).toBeGreaterThan(1);
    expect(ws.getRow(7).height).toBeGreaterThanOrEqual(15 * noteLines);
    expect(ws.getRow(7).height).toBe(wrappedRowHeight([r1.name, r1.unit, r1.level, r1.answers, r1.residentNote, r1.tips], INVENTORY_WIDTHS));
  });

  it('行の高さ：折り返した行数（全角は2、改行は新しい行）の分だけ、1行でも 15pt', () => {
    expect(textWidth('ab住民')).toBe(6);
    expect(textWidth('')).toBe(0);
    expect(wrappedRowHeight(['短い', ''], [10, 10])).toBe(15);
    expect(wrappedRowHeight([], [10])).toBe(15);
    // 9 units of room: 5 full-width characters (10 units) need 2 lines; exactly 9 units need 1.
    expect(wrappedRowHeight(['あいうえお'], [10])).toBe(30);
    expect(wrappedRowHeight(['123456789'], [10])).toBe(15);
    expect(wrappedRowHeight(['1234567890'], [10])).toBe(30);
    // A line break starts a line; an empty line still takes one.
    expect(wrappedRowHeight(['a\n\nb'], [10])).toBe(45);
    // The tallest cell wins, whichever column it is in.
    expect(wrappedRowHeight(['a', 'あ'.repeat(14)], [10, 10])).toBe(60);
    // A column without a width counts as 10.
    expect(wrappedRowHeight(['a', 'あ'.repeat(5)], [10])).toBe(30);
  });

  it('ファイル名：団体名と日付（ファイル名に使えない文字は除く）', () => {
    expect(xlsxFileName('〇〇町', '2026-06-01')).toBe('導入工程表_〇〇町_2026-06-01.xlsx');
    expect(xlsxFileName('a/b:c d', '2026-06-01')).toBe('導入工程表_abcd_2026-06-01.xlsx');
    expect(xlsxFileName('', '2026-06-01')).toBe('導入工程表_2026-06-01.xlsx');
  });
});
