/**
 * The 導入工程表 (/steps/plan/) in real Chromium against the built site: 担当 and 期限 entered on
 * /steps/ show in the grid; a milestone added by keyboard is saved and kept on reload; a 期限
 * outside its step's months is warned about (page, print and the pack's plan part); the bars are
 * continuous filled cells; the 年度 headers never wrap; a phone (390 px) shows the whole plan as
 * a list by month; the legend reads at 320 px without scrolling the table box; 「Excelで保存」
 * downloads an .xlsx that exceljs reads back (cells and fills); axe + HTML_CodeSniffer in every
 * new state; the print is one A4 landscape page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { axe, formatAxe, launch, watch, type Browser } from './support/browser';
import { formatHtmlcs, htmlcs } from './support/htmlcs';
import { layoutProblems } from './support/layout';
import { startSite, type Site } from './support/site';
import { BAR_ARGB, PLAN_FIXED_COLS, PLAN_HEAD_ROWS } from '../../src/lib/xlsx';

const STORAGE_KEY = 'telework-navi:state:v1';
let site: Site;
let origin: string;
let browser: Browser;
const dirs: string[] = [];

beforeAll(async () => {
  site = await startSite();
  origin = new URL(site.url).origin;
  browser = await launch();
  const page = await browser.context.newPage();
  await fill(page);
  await page.close();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const saved = (page: Page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), STORAGE_KEY);

/** 団体名, two steps' 担当 and 期限 (step 3's far after its months) on /steps/, then the plan's range. */
async function fill(page: Page) {
  await page.goto(site.at('/steps/'));
  await page.waitForSelector('[data-tracker][data-ready="true"]');
  await page.fill('#profile-name', '〇〇町');
  await page.fill('#profile-department', '総務課');
  for (const [n, owner, due] of [['01', '企画係', '2026-05-20'], ['03', '情報政策係', '2027-12-28']] as const) {
    await page.click(`[data-step-id="step-${n}"] summary`);
    await page.fill(`#owner-step-${n}`, owner);
    await page.fill(`#due-step-${n}`, due);
  }
  await page.check('#status-step-01-1');
  await page.goto(site.at('/steps/plan/'));
  await page.waitForSelector('[data-plan-editor][data-ready="true"]');
  await page.fill('#plan-start', '2026-04');
  await page.fill('#plan-target', '2027-10');
  await page.waitForFunction((k) => JSON.parse(localStorage.getItem(k) ?? '{}').plan?.target === '2027-10', STORAGE_KEY);
}

async function openPlan(page: Page) {
  await page.goto(site.at('/steps/plan/'));
  await page.waitForSelector('[data-plan-editor][data-ready="true"]');
  await page.waitForSelector('[data-plan-grid]', { state: 'attached' });
}

/** Prints to A4 PDF: pages, sizes and each page's text (spaces removed). */
async function printPdf(page: Page, name: string) {
  const dir = mkdtempSync(join(tmpdir(), 'navi-plan-'));
  dirs.push(dir);
  const file = join(dir, `${name}.pdf`);
  await page.emulateMedia({ media: 'print' });
  writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  await page.emulateMedia({ media: 'screen' });
  // To look at the print: PLAN_PDF_DIR=/some/dir keeps a copy of each PDF there.
  if (process.env['PLAN_PDF_DIR']) writeFileSync(join(process.env['PLAN_PDF_DIR'], `${name}.pdf`), readFileSync(file));
  const info = execFileSync('pdfinfo', ['-l', '100', file], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => (Number(m[1]) > Number(m[2]) ? 'landscape' : 'portrait'));
  const texts = Array.from({ length: pages }, (_, i) => execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ''));
  return { file, pages, sizes, texts };
}

async function a11y(page: Page, where: string) {
  const v = await axe(page);
  expect(v, formatAxe(where, v)).toEqual([]);
  const h = await htmlcs(page);
  expect(h, formatHtmlcs(where, h)).toEqual([]);
}

describe('導入工程表（/steps/plan/）', () => {
  it('担当・期限の列、途切れない帯、折り返さない年度の見出し、期間外の期限の警告', async () => {
    const page = await browser.context.newPage();
    const w = watch(page, origin);
    await openPlan(page);
    const head = await page.locator('[data-plan-grid] thead th').allInnerTexts();
    expect(head.slice(0, 4)).toEqual(['ステップ', '担当', '状況', '期限']);
    expect(head).toContain('令和8年度（2026年度）');
    // 年度の見出しは1行（高さが月の見出しと同じくらい）
    const heights = await page.locator('[data-plan-grid] th.plan-grid__year').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    const monthH = await page.locator('[data-plan-grid] th.plan-grid__month').first().evaluate((e) => e.getBoundingClientRect().height);
    for (const h of heights) expect(h).toBeLessThan(monthH * 1.6);
    // ステップ1：担当・状況・期限は進捗から
    const row1 = page.locator('[data-plan-grid] tr[data-step-id="step-01"]');
    expect(await row1.locator('.plan-grid__owner').innerText()).toBe('企画係');
    expect(await row1.locator('.plan-grid__status').innerText()).toContain('進行中');
    expect(await row1.locator('.plan-grid__due').innerText()).toBe('令和8年5月20日');
    // 帯：計画の月（塗り）は途切れず、塗りの色は背景と違う
    for (let n = 1; n <= 10; n++) {
      const on = await page.locator(`[data-plan-grid] tr[data-step-id="step-${String(n).padStart(2, '0')}"] td.plan-grid__cell`).evaluateAll((els) => els.map((e) => e.classList.contains('plan-grid__on')));
      const first = on.indexOf(true);
      const last = on.lastIndexOf(true);
      expect(first, `ステップ${n}に帯がない`).toBeGreaterThanOrEqual(0);
      expect(on.slice(first, last + 1).every(Boolean), `ステップ${n}の帯が途切れる`).toBe(true);
    }
    const bg = await page.locator('td.plan-grid__on').first().evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(bg).not.toMatch(/rgba\(0, 0, 0, 0\)|rgb\(255, 255, 255\)/);
    // 期間外の期限：ステップ3の行と表の下とステップの編集欄
    expect(await page.locator('tr[data-step-id="step-03"][data-outside="true"] [data-plan-outside]').innerText()).toContain('計画の期間外');
    expect(await page.locator('[data-plan-warnings]').innerText()).toMatch(/ステップ3の期限（2027年12月28日）が、計画の期間（2026年8月〜2026年9月）の外にあります。/);
    expect(await page.locator('.plan-step[data-step-id="step-03"] .plan-step__warning').count()).toBe(1);
    expect(await page.locator('tr[data-outside]').count()).toBe(1);
    // 「導入工程表」という名前の領域は1つだけ（表の箱は別の名前）
    const regions = await page.evaluate(() =>
      [...document.querySelectorAll('section[aria-labelledby], [role=region]')].map((e) => e.getAttribute('aria-label') ?? document.getElementById(e.getAttribute('aria-labelledby') ?? '')?.textContent ?? ''),
    );
    expect(regions.filter((n) => n === '導入工程表')).toHaveLength(1);
    expect(regions).toContain('工程表の表（月ごと。横にスクロールできます）');
    await a11y(page, '/steps/plan/（警告あり）');
    await page.close();
    expect(w.errors, w.errors.join('\n')).toEqual([]);
    expect(w.offsite).toEqual([]);
  });

  it('節目をキーボードで加え（フォーカスは名前の欄に戻る）、再読み込みしても残り、削除するとフォーカスは次の操作へ', async () => {
    const page = await browser.context.newPage();
    await openPlan(page);
    // 空のまま加えると、理由を示して名前の欄にフォーカス
    await page.focus('#plan-ms-name');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-plan-ms-error]').innerText()).toContain('名前を入力');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('plan-ms-name');
    expect(await page.getAttribute('#plan-ms-name', 'aria-invalid')).toBe('true');
    for (const [name, month] of [['庁議', '2026-07'], ['予算要求', '2026-10'], ['議会', '2026-12']] as const) {
      await page.focus('#plan-ms-name');
      await page.keyboard.type(name);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('plan-ms-month');
      await page.fill('#plan-ms-month', month);
      // 月の欄は年・月の部分ごとに Tab で止まる：ボタンまで進む
      for (let i = 0; i < 3 && (await page.evaluate(() => document.activeElement?.textContent)) !== '節目を加える'; i++) await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('節目を加える');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.plan-editor__status').innerText()).toContain(`節目「${name}」`);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('plan-ms-name');
      expect(await page.inputValue('#plan-ms-name')).toBe('');
    }
    await expect.poll(async () => (await saved(page))?.plan?.milestones?.map((m: { name: string }) => m.name)).toEqual(['庁議', '予算要求', '議会']);
    expect(await page.locator('[data-plan-milestones]').innerText()).toMatch(/▲\s*庁議[\s\S]*▲\s*予算要求[\s\S]*▲\s*議会/);
    await a11y(page, '/steps/plan/（節目あり）');

    await page.reload();
    await page.waitForSelector('[data-plan-milestones]');
    expect(await page.locator('[data-plan-ms-list] li').allInnerTexts()).toEqual([expect.stringContaining('庁議（2026年7月）'), expect.stringContaining('予算要求（2026年10月）'), expect.stringContaining('議会（2026年12月）')]);
    const julCell = await page.locator('[data-plan-milestones] td.plan-grid__ms').nth(3).innerText();
    expect(julCell).toContain('庁議'); // 4月から数えて4列目が7月

    // 「議会」を削除：フォーカスは前の節目の削除ボタンへ（最後の1件なので）
    await page.getByRole('button', { name: /削除\s*（議会、2026年12月）/ }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await saved(page))?.plan?.milestones?.length).toBe(2);
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText ?? '')).toMatch(/削除\s*（予算要求/);
    await page.close();
  });

  it('印刷：A4横1枚に、団体名・担当・帯・節目・期間外の警告が入り、一覧（スマートフォン用）は出ない', async () => {
    const page = await browser.context.newPage();
    await openPlan(page);
    const pdf = await printPdf(page, 'plan');
    expect(pdf.pages).toBe(1);
    expect(pdf.sizes[0]).toBe('landscape');
    const t = pdf.texts[0]!;
    expect(t).toContain('〇〇町');
    expect(t).toContain('情報政策係');
    expect(t).toContain('令和8年度（2026年度）');
    expect(t).toContain('▲庁議');
    expect(t).toContain('ステップ3の期限（2027年12月28日）が、計画の期間');
    expect(t).toContain('当サイトの提案');
    expect(t).not.toContain('月ごとの一覧');
    expect(t).not.toContain('節目を加える');
    // 帯は塗られて印刷される：灰色（#4d4d4d 前後）の画素が帯の面積ほどある（文字の縁だけなら数百）
    const gray = join(pdf.file.replace(/\.pdf$/, ''));
    execFileSync('pdftoppm', ['-gray', '-r', '40', '-singlefile', pdf.file, gray]);
    const pgm = readFileSync(`${gray}.pgm`);
    const start = pgm.indexOf('255\n') + 4; // P5 幅 高さ 255 の見出しの後が画素
    let grey = 0;
    for (let k = start; k < pgm.length; k++) if (pgm[k]! >= 60 && pgm[k]! <= 95) grey++;
    expect(grey).toBeGreaterThan(2000);
    await page.close();
  });

  it('決裁パックの工程表にも期間外の警告と節目が出る', async () => {
    const page = await browser.context.newPage();
    await page.goto(site.at('/pack/?parts=plan'));
    await page.waitForSelector('[data-pack][data-ready="true"]');
    const part = page.locator('[data-pack-part="plan"]');
    await part.locator('[data-plan-warnings]').waitFor();
    expect(await part.locator('[data-plan-warnings]').innerText()).toContain('ステップ3の期限');
    expect(await part.locator('[data-plan-milestones]').innerText()).toContain('庁議');
    await page.close();
  });

  it('Excelで保存：.xlsx をダウンロードし、exceljs で読むと工程表（帯の塗り・担当・期限・節目）と棚卸しのシートがある', async () => {
    const page = await browser.context.newPage();
    const w = watch(page, origin);
    await openPlan(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-save-xlsx]')]);
    expect(download.suggestedFilename()).toBe('導入工程表_〇〇町_2026-06-01.xlsx');
    const dir = mkdtempSync(join(tmpdir(), 'navi-xlsx-'));
    dirs.push(dir);
    const file = join(dir, 'plan.xlsx');
    await download.saveAs(file);
    await expect.poll(() => page.locator('.plan-editor__status').innerText()).toContain('を保存しました');
    // フォーカスはボタンに残る
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-save-xlsx'))).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['工程表', '棚卸し']);
    const ws = wb.getWorksheet('工程表')!;
    expect(String(ws.getCell('A2').value)).toContain('団体名：〇〇町');
    const first = PLAN_HEAD_ROWS + 3;
    expect(String(ws.getCell(first, 1).value)).toMatch(/^1．/);
    expect(ws.getCell(first, 2).value).toBe('企画係');
    expect(String(ws.getCell(first + 2, 4).value)).toBe('2027年12月28日　※計画の期間外');
    // ステップ1（2026年4月〜5月）：4月・5月だけ塗り
    const fills = Array.from({ length: 19 }, (_, i) => (ws.getCell(first, PLAN_FIXED_COLS + 1 + i).fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb === BAR_ARGB);
    expect(fills.slice(0, 3)).toEqual([true, true, false]);
    expect(fills.filter(Boolean)).toHaveLength(2);
    const msRow = first + 10;
    expect(String(ws.getCell(msRow, 1).value)).toContain('節目');
    expect(ws.getCell(msRow, PLAN_FIXED_COLS + 4).value).toBe('▲庁議');
    expect([1, 2, 3, 4, 5, 6].map((c) => wb.getWorksheet('棚卸し')!.getCell(5, c).value)).toEqual(['業務', '担当課', 'レベル', '回答', '住民情報の注意', '工夫']);
    await page.close();
    expect(w.errors, w.errors.join('\n')).toEqual([]);
    expect(w.offsite).toEqual([]);
  });

  it('スマートフォン（390px）：月ごとの一覧で10ステップすべてと節目が見え、横にはみ出さない', async () => {
    // 保存データ（工程表・節目・進捗）を写した新しいプロファイルで開く
    const p = await browser.context.newPage();
    await p.goto(site.at('/steps/plan/'));
    const state = (await p.evaluate((k) => localStorage.getItem(k), STORAGE_KEY))!;
    await p.close();
    const phone = await launch({ viewport: { width: 390, height: 844 } });
    try {
      const page = await phone.context.newPage();
      await page.addInitScript(([k, v]) => { if (!localStorage.getItem(k)) localStorage.setItem(k, v); }, [STORAGE_KEY, state] as const);
      await openPlan(page);
      expect(await page.locator('[data-plan-grid]').isVisible()).toBe(false);
      const list = page.locator('[data-plan-list]');
      expect(await list.isVisible()).toBe(true);
      const text = await list.innerText();
      for (let n = 1; n <= 10; n++) expect(text, `ステップ${n}が一覧にない`).toMatch(new RegExp(`開始：ステップ${n}\\s`));
      expect(text).toContain('2026年4月');
      expect(text).toContain('2027年10月');
      expect(text).toContain('節目：庁議');
      expect(text).toContain('計画の期間（2026年8月〜2026年9月）の外にあります');
      expect(await page.locator('[data-plan-list] li.plan-list__month').count()).toBe(19);
      const problems = await layoutProblems(page);
      expect(problems.overflow, JSON.stringify(problems)).toBe(false);
      await a11y(page, '/steps/plan/（390px の一覧）');

      // 320px：凡例は表の箱の外にあり、横にスクロールせずに全部見える
      await page.setViewportSize({ width: 320, height: 700 });
      const legend = await page.locator('[data-plan-legend]').evaluate((e) => ({ right: e.getBoundingClientRect().right, inScroll: !!e.closest('[data-scroll]'), width: document.documentElement.clientWidth }));
      expect(legend.inScroll).toBe(false);
      expect(legend.right).toBeLessThanOrEqual(legend.width);
      expect((await layoutProblems(page)).overflow).toBe(false);
    } finally {
      await phone.close();
    }
  });
});
