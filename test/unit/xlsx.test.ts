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
import { monthRange, planTable, type StepProgressLike } from '../../src/lib/plan-table';
import { BAR_ARGB, buildWorkbook, HEAD_ARGB, INVENTORY_WIDTHS, inventorySheetRows, PLAN_FIXED_COLS, PLAN_HEAD_ROWS, textWidth, wrappedRowHeight, xlsxFileName, type WorkbookInput } from '../../src/lib/xlsx';
import { emptyPlan, type Milestone, type PlanState } from '../../src/schemas/state/plan';
import { createClassifier } from '../../src/lib/inventory/classify';
import { RESIDENT_NOTE } from '../../src/lib/inventory/outcome';
import { answersCell, cachedClassify, residentCell, sheetTips, toRow } from '../../src/lib/inventory/rows';
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
    // Latin-1 (up to U+00FF, e.g. ÿ) counts 1; from U+0100 on, 2.
    expect(textWidth('ÿ')).toBe(1);
    expect(textWidth('Ā')).toBe(2);
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

/**
 * The 工程表 sheet as printed and opened: a small plan whose months cross a 年度 (13 months:
 * 令和8年度 12, 令和9年度 1), a late step, a 期限 outside its months (◆ on an unfilled cell), a
 * month with three milestones and two milestones far from the table. Rows: 5 年度, 6 月, 7–9
 * steps, 10 節目, 11 blank, 12– notes.
 */
function smallPlan(milestones: Milestone[] = [ms(1, '議会', '2026-06'), ms(2, '庁議', '2026-06'), ms(3, '説明会', '2026-06'), ms(4, '予算要求', '2026-10'), ms(5, '遠い節目', '2029-01'), ms(6, '別の遠い節目', '2028-09')]): WorkbookInput {
  const steps = [{ id: 's3', number: 3, title: '題3' }, { id: 's1', number: 1, title: '題1' }, { id: 's2', number: 2, title: '題2' }];
  const eff = { s1: { start: '2026-04', end: '2026-06' }, s2: { start: '2026-05', end: '2026-07' }, s3: { start: '2026-08', end: '2027-04' } };
  const prog: Record<string, StepProgressLike> = {
    s1: { status: 'in-progress', owner: '企画係', due: '2026-05-20' },
    s2: { status: 'not-started', owner: '情報係', due: '2026-09-10' },
    s3: { status: 'not-started', owner: '', due: '' },
  };
  return {
    org: '〇〇町',
    department: '総務課',
    today: '2026-06-01',
    plan: planTable(steps, eff, (sid) => prog[sid]!, milestones, '2026-06-01'),
    planNote: '各ステップの期間は当サイトの提案です。',
    inventory: [],
    inventoryDepartment: '',
  };
}
const ms = (n: number, name: string, month: string): Milestone => ({ id: `ms-${n}`, name, month });
/** One step over `months` months from 2026-04, no milestones. */
function longPlan(months: number): WorkbookInput {
  const end = monthRange('2026-04', '2031-12')[months - 1]!;
  return { ...smallPlan([]), plan: planTable([{ id: 'a', number: 1, title: '長い' }], { a: { start: '2026-04', end } }, () => ({ status: 'not-started', owner: '', due: '' }), [], '2026-06-01') };
}
const argb = (c: ExcelJS.Cell) => (c.fill?.type === 'pattern' ? (c.fill.fgColor as { argb?: string } | undefined)?.argb : undefined);
const thinBox = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };

describe('Excel の工程表シート：書式と印刷', () => {
  it('題は太字14pt、凡例は9pt、団体名・担当課・作成日が未入力なら（未入力）', async () => {
    const wb = await roundTrip({ ...smallPlan(), org: '', department: '', today: '' });
    expect(wb.creator).toBe('自治体テレワーク推進ナビ');
    const ws = wb.getWorksheet('工程表')!;
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect(text(ws.getCell('A2').value)).toBe('団体名：（未入力）　担当課：（未入力）　作成日：');
    expect(text(ws.getCell('A3').value)).toBe('塗ったセル：計画の期間　◆：期限　▲：節目　（期限の「（工程表）」は、期限を入れていないステップの終了月の末日）');
    expect(ws.getCell('A3').font.size).toBe(9);
  });

  it('年度の見出しは年度の月の上に結合（1か月の年度は結合なし）、見出しの2行は灰色・太字9pt・罫線・中央', async () => {
    const wb = await roundTrip(smallPlan());
    const ws = wb.getWorksheet('工程表')!;
    // 令和8年度：E5〜P5（12か月）、令和9年度：Q5（1か月）
    expect(text(ws.getCell('E5').value)).toBe('令和8年度（2026年度）');
    expect(ws.getCell('P5').isMerged).toBe(true);
    expect(ws.getCell('P5').master.address).toBe('E5');
    expect(text(ws.getCell('Q5').value)).toBe('令和9年度（2027年度）');
    expect(ws.getCell('Q5').isMerged).toBe(false);
    expect(text(ws.getCell('Q6').value)).toBe('4月');
    // ステップ・担当・状況・期限は2行を結合
    expect(ws.getCell('D6').master.address).toBe('D5');
    for (const r of [5, 6]) {
      for (const c of [1, 4, 5, 17]) {
        const cell = ws.getCell(r, c);
        expect(argb(cell), cell.address).toBe(HEAD_ARGB);
        expect(cell.font, cell.address).toMatchObject({ bold: true, size: 9 });
        expect(cell.border, cell.address).toMatchObject(thinBox);
        expect(cell.alignment, cell.address).toMatchObject({ horizontal: 'center', vertical: 'middle' });
      }
      // 固定の列の見出しだけ折り返す
      expect(ws.getCell(r, 4).alignment.wrapText).toBe(true);
      expect(ws.getCell(r, 5).alignment.wrapText).toBeFalsy();
      // 最後の月の右は見出しではない
      expect(ws.getCell(r, 18).fill).toBeUndefined();
      expect(ws.getCell(r, 18).border).toBeUndefined();
    }
  });

  it('ステップの行：番号順、状況に（期限切れ）、期間外の期限だけ赤の太字、◆は塗った月では白・塗らない月では黒', async () => {
    const wb = await roundTrip(smallPlan());
    const ws = wb.getWorksheet('工程表')!;
    expect([7, 8, 9].map((r) => text(ws.getCell(r, 1).value))).toEqual(['1．題1', '2．題2', '3．題3']);
    expect(text(ws.getCell('C7').value)).toBe('進行中（期限切れ）');
    expect(text(ws.getCell('C8').value)).toBe('未着手');
    expect(text(ws.getCell('D8').value)).toBe('2026年9月10日　※計画の期間外');
    expect(text(ws.getCell('D9').value)).toBe('2027年4月30日（工程表）');
    for (const r of [7, 8, 9]) {
      for (const c of [1, 2, 3, 4]) {
        const cell = ws.getCell(r, c);
        expect(cell.font.size, cell.address).toBe(9);
        expect(cell.border, cell.address).toMatchObject(thinBox);
        expect(cell.alignment, cell.address).toMatchObject({ vertical: 'middle', wrapText: true });
        expect(!!cell.font.bold, cell.address).toBe(r === 8 && c === 4);
      }
      expect(ws.getRow(r).height).toBe(30);
    }
    expect(ws.getCell('D8').font.color?.argb).toBe('FFA01818');
    expect(ws.getCell('D7').font.color).toBeUndefined();
    // ステップ1の◆：2026年5月（F列、塗った月）
    expect(text(ws.getCell('F7').value)).toBe('◆');
    expect(argb(ws.getCell('F7'))).toBe(BAR_ARGB);
    expect(ws.getCell('F7').font).toMatchObject({ size: 9, bold: true, color: { argb: 'FFFFFFFF' } });
    // ステップ2の◆：2026年9月（J列、塗っていない月）
    expect(text(ws.getCell('J8').value)).toBe('◆');
    expect(filled(ws.getCell('J8'))).toBe(false);
    expect(ws.getCell('J8').font).toMatchObject({ size: 9, bold: true, color: { argb: 'FF000000' } });
    // 月のセルは塗りの有無にかかわらず罫線・中央
    for (const a of ['E7', 'J7', 'Q9', 'F8']) {
      expect(ws.getCell(a).border, a).toMatchObject(thinBox);
      expect(ws.getCell(a).alignment, a).toMatchObject({ horizontal: 'center', vertical: 'middle' });
    }
    expect(text(ws.getCell('E7').value)).toBe('');
  });

  it('節目の行：見出しはA〜Dを結合した太字、同じ月の節目は改行で重ね、行の高さは件数に合わせる', async () => {
    const wb = await roundTrip(smallPlan());
    const ws = wb.getWorksheet('工程表')!;
    expect(text(ws.getCell('A10').value)).toBe('節目（庁議・議会など）');
    expect(ws.getCell('D10').master.address).toBe('A10');
    expect(ws.getCell('A10').font).toMatchObject({ bold: true, size: 9 });
    for (const a of ['A10', 'D10']) expect(ws.getCell(a).border, a).toMatchObject(thinBox);
    // 2026年6月（G列）に3件、10月（K列）に1件
    expect(ws.getCell('G10').value).toBe('▲議会\n▲庁議\n▲説明会');
    expect(ws.getCell('K10').value).toBe('▲予算要求');
    expect(ws.getCell('E10').value).toBeNull();
    for (const a of ['E10', 'G10']) {
      expect(ws.getCell(a).font.size, a).toBe(8);
      expect(ws.getCell(a).border, a).toMatchObject(thinBox);
      expect(ws.getCell(a).alignment, a).toMatchObject({ vertical: 'top', wrapText: true });
    }
    expect(ws.getRow(10).height).toBe(42);
  });

  it('表の下：期間外の期限の警告（赤の太字）、表から離れた節目（月の順）、計画の注記', async () => {
    const wb = await roundTrip(smallPlan());
    const ws = wb.getWorksheet('工程表')!;
    expect(ws.getCell('A11').value).toBeNull();
    expect(text(ws.getCell('A12').value)).toBe('※ステップ2の期限（2026年9月10日）が、計画の期間（2026年5月〜2026年7月）の外にあります。');
    expect(ws.getCell('A12').font).toMatchObject({ size: 9, bold: true, color: { argb: 'FFA01818' } });
    expect(text(ws.getCell('A13').value)).toBe('表の期間から離れた節目：別の遠い節目（2028年9月）、遠い節目（2029年1月）');
    expect(text(ws.getCell('A14').value)).toBe('各ステップの期間は当サイトの提案です。');
    for (const a of ['A13', 'A14']) {
      expect(ws.getCell(a).font.size, a).toBe(9);
      expect(ws.getCell(a).font.bold, a).toBeFalsy();
      expect(ws.getCell(a).font.color, a).toBeUndefined();
    }
    expect(ws.getCell('A15').value).toBeNull();
  });

  it('節目も期間外の期限もなければ、ステップの下は1行あけて計画の注記だけ', async () => {
    const wb = await roundTrip(longPlan(3));
    const ws = wb.getWorksheet('工程表')!;
    expect(text(ws.getCell('A7').value)).toBe('1．長い');
    expect(ws.getCell('A8').value).toBeNull();
    expect(text(ws.getCell('A9').value)).toBe('各ステップの期間は当サイトの提案です。');
    expect(ws.getCell('A10').value).toBeNull();
  });

  it('列の幅：固定の4列と、月の列は24か月までは5、それより長いと3.5（最後の月の右は決めない）', async () => {
    const short = (await roundTrip(smallPlan())).getWorksheet('工程表')!;
    expect([1, 2, 3, 4].map((c) => short.getColumn(c).width)).toEqual([34, 14, 16, 26]);
    expect([5, 11, 17].map((c) => short.getColumn(c).width)).toEqual([5, 5, 5]);
    expect(short.getColumn(18).width).toBeUndefined();
    const m24 = (await roundTrip(longPlan(24))).getWorksheet('工程表')!;
    expect([5, 28].map((c) => m24.getColumn(c).width)).toEqual([5, 5]);
    expect(m24.getColumn(29).width).toBeUndefined();
    const m25 = (await roundTrip(longPlan(25))).getWorksheet('工程表')!;
    expect([5, 29].map((c) => m25.getColumn(c).width)).toEqual([3.5, 3.5]);
    expect(m25.getColumn(30).width).toBeUndefined();
  });

  it('印刷：A4横・1枚に収める・余白、見出しの行と固定の列は固定表示、フッターに「ページ / 総ページ」', async () => {
    const ws = (await roundTrip(smallPlan())).getWorksheet('工程表')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: PLAN_FIXED_COLS, ySplit: PLAN_HEAD_ROWS + 2 });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 1, margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 } });
    expect(ws.headerFooter.oddFooter).toBe('&C&P / &N');
  });

  it('工程表がないときは、その旨と広い1列目だけ', async () => {
    const ws = (await roundTrip({ ...smallPlan(), plan: null })).getWorksheet('工程表')!;
    expect(text(ws.getCell('A4').value)).toBe('工程表はまだありません（/steps/plan/ で取組の開始月と本格実施の月を入れてください）。');
    expect(ws.getCell('A3').value).toBeNull();
    expect(ws.getColumn(1).width).toBe(40);
  });
});

describe('Excel の棚卸しシート：書式と印刷', () => {
  function sheetRows() {
    const levels = loadLevels();
    const suggest = cachedClassify(createClassifier(levels));
    const task = (id: string, name: string, unit: string, override = '', answers?: TaskRow['answers']): TaskRow => ({ id, name, unit, memo: '', override, ...(answers ? { answers } : {}) } as TaskRow);
    return [
      toRow(task('t1', '会議議事録作成', '総務課', 'lv2', { info: 'none', system: 'internet', place: 'anywhere' } as never), suggest, levels),
      toRow(task('t2', 'ほげふが', '税務課'), suggest, levels),
      toRow(task('t3', '住民票の写しの交付', '市民課'), suggest, levels),
    ];
  }

  it('レベル：選んだものは（選択）、未分類は（選択）（提案）をつけない。工夫は「 / 」で区切り、住民情報の注意は別の列', () => {
    const rows = sheetRows();
    const out = inventorySheetRows(rows);
    expect(out[0]!.level).toBe('Lv.Ⅱ（選択）');
    expect(out[0]!.tips).toBe(rows[0]!.tips.items.join(' / '));
    expect(out[0]!.tips.split(' / ').length).toBeGreaterThan(1);
    expect(out[1]!.level).toBe('未分類（暫定・要確認）');
    expect(out[1]!.tips).toBe('');
    expect(out[2]!.level).toBe('Lv.Ⅳ（提案）（暫定・要確認）');
    expect(out[2]!.residentNote).toBe(residentCell(rows[2]!));
    // 工夫の列は住民情報の注意を除いたもの（住民情報の注意は別の列にあり、二度は書かない）
    const tips = sheetTips(rows[2]!);
    expect(tips.at(-1)).toBe(residentCell(rows[2]!));
    expect(out[2]!.tips).toBe(tips.slice(0, -1).join(' / '));
    expect(out[2]!.tips).toContain(' / ');
  });

  it('見出し（題・所属・件数）、見出しの行は灰色の太字・罫線、行は上揃えで折り返し、列の幅、見出しに絞り込み', async () => {
    const inv = inventorySheetRows(sheetRows());
    const wb = await roundTrip({ ...smallPlan(), inventory: inv, inventoryDepartment: '市民課' });
    const ws = wb.getWorksheet('棚卸し')!;
    expect(text(ws.getCell('A1').value)).toBe('業務の棚卸し');
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect(text(ws.getCell('A2').value)).toBe('団体名：〇〇町　担当課：総務課　作成日：令和8年（2026年）6月1日　棚卸しの所属：市民課　全3件');
    expect(text(ws.getCell('A3').value)).toContain('「暫定・要確認」（2件）');
    expect(ws.getCell('A3').font.size).toBe(9);
    for (let c = 1; c <= 6; c++) {
      const h = ws.getCell(5, c);
      expect(h.font.bold, h.address).toBe(true);
      expect(argb(h), h.address).toBe(HEAD_ARGB);
      expect(h.border, h.address).toMatchObject(thinBox);
      const d = ws.getCell(8, c);
      expect(d.border, d.address).toMatchObject(thinBox);
      expect(d.alignment, d.address).toMatchObject({ vertical: 'top', wrapText: true });
      expect(ws.getColumn(c).width).toBe(INVENTORY_WIDTHS[c - 1]);
    }
    expect(text(ws.getCell('C8').value)).toBe('Lv.Ⅳ（提案）（暫定・要確認）');
    expect(ws.autoFilter).toBe('A5:F8');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '5:5' });
    expect(ws.headerFooter.oddFooter).toBe('&C&P / &N');
  });

  it('業務がなければ見出しだけ（全0件、絞り込みなし）、所属が未入力なら所属を書かない', async () => {
    const ws = (await roundTrip(smallPlan())).getWorksheet('棚卸し')!;
    expect(text(ws.getCell('A2').value)).toBe('団体名：〇〇町　担当課：総務課　作成日：令和8年（2026年）6月1日　全0件');
    expect(text(ws.getCell('A3').value)).toContain('（0件）');
    expect(text(ws.getCell('F5').value)).toBe('工夫');
    expect(ws.getCell('A6').value).toBeNull();
    expect(ws.autoFilter).toBeUndefined();
  });

  it('ファイル名の団体名は30文字まで', () => {
    expect(xlsxFileName('あ'.repeat(35), '2026-06-01')).toBe(`導入工程表_${'あ'.repeat(30)}_2026-06-01.xlsx`);
  });
});
