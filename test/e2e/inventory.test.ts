/**
 * 業務の棚卸し (/inventory/) in real Chromium: 30 pasted tasks with levels, sources and reasons,
 * override, reload, CSV export and re-import (UTF-8 and Shift_JIS, wrong columns), 1,000
 * lines, layout at 1280 px (full width) and 390 px (cards, no sideways scroll), keyboard-only
 * move/edit/delete with focus kept and moves announced, errors tied to fields, markup as text,
 * print to A4, axe in empty and filled states, storage faults, the JavaScript budget.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { axe, formatAxe, launch, watch, type Browser, type Watch } from './support/browser';
import { startSite, type Site } from './support/site';

let site: Site;
let browser: Browser;
const PATH = '/inventory/';

beforeAll(async () => {
  site = await startSite();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(b: Browser = browser): Promise<{ page: Page; w: Watch }> {
  const page = await b.context.newPage();
  const w = watch(page, new URL(site.url).origin);
  await page.goto(site.at(PATH));
  await page.locator('#inv-paste').waitFor();
  return { page, w };
}

async function clear(page: Page) {
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.locator('#inv-paste').waitFor();
}

async function paste(page: Page, text: string) {
  await page.fill('#inv-paste', text);
  await page.getByRole('button', { name: 'まとめて追加' }).click();
}

const row = (page: Page, name: string) => page.locator('.inv-table .inv-row', { has: page.locator('.inv-name', { hasText: new RegExp(`^${name.replace(/[()（）]/g, '\\$&')}$`) }) });
const levelOf = (page: Page, name: string) => row(page, name).locator('.inv-level').textContent();
const focusedId = (page: Page) => page.evaluate(() => (document.activeElement === document.body ? 'BODY' : document.activeElement?.id ?? ''));

/** 30 tasks of 人事課・税務課・住民課 and others, as an officer would paste them, with the level and source expected. */
const THIRTY: [string, string, string][] = [
  ['給与計算', 'Lv.Ⅱ', '当サイトの目安'],
  ['職員研修の企画', 'Lv.Ⅰ', '当サイトの目安'],
  ['人事評価の取りまとめ', 'Lv.Ⅱ', '当サイトの目安'],
  ['年次休暇の管理', 'Lv.Ⅱ', '当サイトの目安'],
  ['人事給与システムでの給与計算', 'Lv.Ⅱ', '手引きの例に近い'],
  ['会議議事録作成', 'Lv.Ⅰ', '手引きの例に近い'],
  ['アンケートの集計', 'Lv.Ⅰ', '手引きの例に近い'],
  ['例規の審査', 'Lv.Ⅰ', '当サイトの目安'],
  ['住民税の課税', 'Lv.Ⅳ', '当サイトの目安'],
  ['固定資産税の賦課', 'Lv.Ⅳ', '当サイトの目安'],
  ['市税の滞納整理', 'Lv.Ⅳ', '当サイトの目安'],
  ['個人番号の記載された申告書の入力', 'Lv.Ⅳ', '当サイトの目安'],
  ['税務電算システム利用業務', 'Lv.Ⅳ', '手引きの例に近い'],
  ['住民票の写しの交付', 'Lv.Ⅳ', '当サイトの目安'],
  ['転入届の受付', 'Lv.Ⅳ', '当サイトの目安'],
  ['マイナンバーカードの交付', 'Lv.Ⅳ', '当サイトの目安'],
  ['国保資格管理', 'Lv.Ⅳ', '当サイトの目安'],
  ['児童手当', 'Lv.Ⅳ', '当サイトの目安'],
  ['選挙事務', 'Lv.Ⅳ', '当サイトの目安'],
  ['窓口の案内', 'Lv.Ⅲ', '手引きの記載による'],
  ['補助金の交付決定', 'Lv.Ⅲ', '手引きの記載による'],
  ['工事現場の確認', 'Lv.Ⅱ', '手引きの例に近い'],
  ['議会対応', 'Lv.Ⅱ', '手引きの例に近い'],
  ['Web会議による内部会議', 'Lv.Ⅱ', '手引きの例に近い'],
  ['道路パトロール', 'Lv.Ⅱ', '当サイトの目安'],
  ['検体の精密検査', 'Lv.Ⅳ', '手引きの例に近い'],
  ['予算要求資料の作成', 'Lv.Ⅰ', '手引きの記載による'],
  ['会議の準備', 'Lv.Ⅱ', '当サイトの目安（要確認）'],
  ['庁舎の清掃', '未分類', ''],
  ['公用車の運転', '未分類', ''],
];

function clean(w: Watch) {
  expect(w.errors, w.errors.join('\n')).toEqual([]);
  expect(w.offsite).toEqual([]);
  expect(w.failed).toEqual([]);
}

describe('業務の棚卸し（/inventory/）', () => {
  it('空の状態: 道具が表示され、axe の違反がない', async () => {
    const { page, w } = await open();
    expect(await page.getByText('まだ業務がありません').isVisible()).toBe(true);
    const v = await axe(page);
    expect(v, formatAxe(PATH, v)).toEqual([]);
    clean(w);
    await page.close();
  });

  it('30件の貼り付け: レベル・根拠の種類・理由が出て、選んだレベルは再読み込み後も残り、CSV で書き出して読み戻せる', async () => {
    const { page, w } = await open();
    await clear(page);
    await paste(page, THIRTY.map((t) => t[0]).join('\n') + '\n\n会議議事録作成\n');
    await expect.poll(() => page.locator('[role=status]').textContent()).toContain('30件を追加しました。');
    expect(await page.locator('[role=status]').textContent()).toContain('1件は追加していません');
    expect(await page.inputValue('#inv-paste')).toBe('会議議事録作成');
    for (const [name, level, basis] of THIRTY) {
      expect(await levelOf(page, name), name).toBe(level);
      const b = row(page, name).locator('.inv-basis');
      if (basis) expect(await b.textContent(), name).toBe(basis);
      else expect(await b.count(), name).toBe(0);
    }
    // reasons name their source; the site's reading is labelled, the guide's Lv.Ⅲ reason stays
    expect(await row(page, '会議議事録作成').locator('.inv-reason').textContent()).toContain('手引きのLv.Ⅰ「資料作成業務」の例「会議議事録作成」（スライド12）');
    expect(await row(page, '住民票の写しの交付').locator('.inv-reason').textContent()).toContain('当サイトの目安：住民記録・税・福祉などの基幹業務のシステムは多くの団体で個人番号利用事務系に置かれています');
    expect(await row(page, '住民票の写しの交付').locator('.inv-resident').textContent()).toContain('在宅勤務は原則対象外、庁舎と同等の対策がある支所等のサテライトオフィスなら可');
    await row(page, '住民票の写しの交付').locator('summary').click();
    await expect.poll(() => row(page, '住民票の写しの交付').locator('details').textContent()).toContain('各種許認可等の審査・交付');
    expect(await row(page, '会議議事録作成').locator('.inv-resident').count()).toBe(0);
    expect(await row(page, '庁舎の清掃').locator('.inv-reason').textContent()).toContain('レベルを選んでください');
    await row(page, '会議議事録作成').locator('summary').click();
    await expect.poll(() => row(page, '会議議事録作成').locator('details').textContent()).toContain('資料の電子化・保存');

    // the user's choice wins
    await row(page, '庁舎の清掃').locator('select').selectOption('lv4');
    await expect.poll(() => page.locator('[role=status]').textContent()).toContain('「庁舎の清掃」の採用するレベルをLv.Ⅳにしました');
    await page.fill('#inv-dept', '総務課');
    await page.locator('#inv-dept').blur();
    await page.reload();
    await page.locator('.inv-table').waitFor();
    expect(await row(page, '庁舎の清掃').locator('select').inputValue()).toBe('lv4');
    expect(await page.inputValue('#inv-dept')).toBe('総務課');
    expect(await page.locator('.inv-summary').textContent()).toContain('業務継続の方法・体制の検討');
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('telework-navi:state:v1') ?? '{}'));
    expect(saved.inventory.tasks).toHaveLength(30);
    expect(saved.format).toBe('telework-navi');

    // CSV: export, clear, import after confirmation: names, order and the chosen level come back
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSVを書き出す' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^業務の棚卸し_総務課_\d{4}-\d{2}-\d{2}\.csv$/);
    const file = join(mkdtempSync(join(tmpdir(), 'inv-csv-')), 'out.csv');
    await download.saveAs(file);
    const text = readFileSync(file).toString('utf8');
    expect(text.startsWith('\uFEFF業務名,所属,メモ,提案レベル,提案の根拠,採用レベル,理由,働き方の注意,工夫\r\n')).toBe(true);
    expect(text).toContain('庁舎の清掃,,,未分類,,Lv.Ⅳ,');
    expect(text).toContain('住民票の写しの交付,,,Lv.Ⅳ,当サイトの目安,Lv.Ⅳ,');
    await clear(page);
    await page.setInputFiles('#inv-file', file);
    await page.locator('.inv-preview').waitFor();
    expect(await page.locator('.inv-preview').textContent()).toContain('読み込む内容の確認（30件、文字コード：UTF-8）');
    expect(await page.locator('.inv-table').count()).toBe(0);
    await page.getByRole('button', { name: '一覧に追加する' }).click();
    await expect.poll(() => page.locator('.inv-name').allTextContents()).toEqual(THIRTY.map((t) => t[0]));
    expect(await row(page, '庁舎の清掃').locator('select').inputValue()).toBe('lv4');
    expect(await focusedId(page)).toBe('inv-file');

    const v = await axe(page);
    expect(v, formatAxe(PATH, v)).toEqual([]);
    clean(w);
    await page.close();
  });

  it('キーボードだけで: 並べ替え・編集・削除・元に戻すのあと、フォーカスはその行にあり、移動は読み上げられる', async () => {
    const { page, w } = await open();
    await clear(page);
    await paste(page, 'A業務\nB業務\nC業務');
    const id = (name: string) => row(page, name).getAttribute('id').then((x) => x!.replace('inv-row-', ''));
    const [a, c] = [await id('A業務'), await id('C業務')];
    await page.locator(`#inv-down-${a}`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.inv-name').allTextContents()).toEqual(['B業務', 'A業務', 'C業務']);
    expect(await focusedId(page)).toBe(`inv-down-${a}`);
    expect(await page.locator('[role=status]').textContent()).toContain('「A業務」を2番目に移動しました（全3件）。');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.inv-name').allTextContents()).toEqual(['B業務', 'C業務', 'A業務']);
    expect(await focusedId(page)).toBe(`inv-down-${a}`);
    // at the end: nothing moves, focus stays, and it is said
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[role=status]').textContent()).toContain('「A業務」はすでに最後です。');
    expect(await page.locator(`#inv-down-${a}`).getAttribute('aria-disabled')).toBe('true');
    expect(await focusedId(page)).toBe(`inv-down-${a}`);
    // Shift+Tab reaches 上へ of the same row
    await page.keyboard.press('Shift+Tab');
    expect(await focusedId(page)).toBe(`inv-up-${a}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.inv-name').allTextContents()).toEqual(['B業務', 'A業務', 'C業務']);
    expect(await focusedId(page)).toBe(`inv-up-${a}`);

    // edit: focus goes into the form; an empty name is refused at the field; cancel and save return to 編集
    await page.locator(`#inv-edit-${c}`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe(`e-name-${c}`);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`#e-name-${c}`).getAttribute('aria-invalid')).toBe('true');
    const described = await page.locator(`#e-name-${c}`).getAttribute('aria-describedby');
    expect(await page.locator(`#${described}`).textContent()).toBe('業務名を入力してください。');
    expect(await focusedId(page)).toBe(`e-name-${c}`);
    await page.locator(`#e-cancel-${c}`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe(`inv-edit-${c}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe(`e-name-${c}`);
    await page.keyboard.press('Escape');
    await expect.poll(() => focusedId(page)).toBe(`inv-edit-${c}`);
    expect(await page.locator('[role=status]').textContent()).toContain('「C業務」の編集を取り消しました。');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe(`e-name-${c}`);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('アンケートの集計');
    await page.keyboard.press('Enter');
    await expect.poll(() => levelOf(page, 'アンケートの集計')).toBe('Lv.Ⅰ');
    expect(await focusedId(page)).toBe(`inv-edit-${c}`);
    expect(await page.locator('[role=status]').textContent()).toContain('「アンケートの集計」の変更を保存しました。');

    // delete: focus on 元に戻す; undo puts the row back and focus on its 編集
    await page.locator(`#inv-del-${a}`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.inv-name').allTextContents()).toEqual(['B業務', 'アンケートの集計']);
    await expect.poll(() => focusedId(page)).toBe('inv-undo');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.inv-name').allTextContents()).toEqual(['B業務', 'A業務', 'アンケートの集計']);
    await expect.poll(() => focusedId(page)).toBe(`inv-edit-${a}`);
    expect(await page.locator('[role=status]').textContent()).toContain('「A業務」を元に戻しました（2番目）');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    clean(w);
    await page.close();
  });

  it('入力の誤り: 業務名が空なら欄に結び付けて示し、所属の欄は organization', async () => {
    const { page, w } = await open();
    await clear(page);
    await page.getByRole('button', { name: '追加', exact: true }).click();
    expect(await page.locator('#inv-name').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#inv-name').getAttribute('aria-describedby')).toBe('inv-name-err');
    expect(await page.locator('#inv-name-err').textContent()).toBe('業務名を入力してください。');
    expect(await focusedId(page)).toBe('inv-name');
    await page.getByRole('button', { name: 'まとめて追加' }).click();
    expect(await page.locator('#inv-paste').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#inv-paste').getAttribute('aria-describedby')).toContain('inv-paste-err');
    expect(await page.locator('#inv-dept').getAttribute('autocomplete')).toBe('organization');
    expect(await page.locator('[autocomplete="organization-title"]').count()).toBe(0);
    await page.fill('#inv-name', '議事録の作成');
    await page.keyboard.press('Enter');
    await row(page, '議事録の作成').waitFor();
    expect(await page.locator('#inv-name').getAttribute('aria-invalid')).toBeNull();
    clean(w);
    await page.close();
  });

  it('幅1280px: 一覧はページの幅いっぱいに広がり、業務名は数文字ごとに折り返さず、行は低い', async () => {
    const { page, w } = await open();
    await clear(page);
    await paste(page, THIRTY.map((t) => t[0]).join('\n'));
    await page.locator('.inv-table .inv-row').nth(29).waitFor();
    const table = await page.locator('.inv-table').boundingBox();
    expect(table!.width).toBeGreaterThan(1000);
    const prose = await page.locator('#method').boundingBox();
    expect(prose!.width).toBeLessThanOrEqual(760);
    const name = await row(page, '住民票の写しの交付').locator('.inv-name').boundingBox();
    expect(name!.height, '業務名が1行に収まる').toBeLessThan(40);
    const heights = await page.locator('.inv-table .inv-row').evaluateAll((rs) => rs.map((r) => r.getBoundingClientRect().height));
    heights.sort((x, y) => x - y);
    expect(heights[Math.floor(heights.length / 2)], '行の高さの中央値').toBeLessThan(200);
    // the row actions are one row of small buttons
    const ops = await row(page, '給与計算').locator('.inv-op').evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect().top));
    expect(new Set(ops.map(Math.round)).size).toBe(1);
    clean(w);
    await page.close();
  });

  it('幅390px: 1件ずつカードになり、横スクロールがなく、レベルの選択が見える。axe の違反がない', async () => {
    const narrow = await launch({ viewport: { width: 390, height: 844 } });
    const page = await narrow.context.newPage();
    const w = watch(page, new URL(site.url).origin);
    await page.goto(site.at(PATH));
    await page.locator('#inv-paste').waitFor();
    await paste(page, THIRTY.slice(0, 10).map((t) => t[0]).join('\n'));
    await page.locator('.inv-table .inv-row').nth(9).waitFor();
    const scroll = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(scroll[0], '横スクロールなし').toBeLessThanOrEqual(scroll[1]!);
    expect(await page.locator('.inv-head-group').evaluate((e) => e.getBoundingClientRect().height), '列見出しは画面では隠れる（読み上げには残る）').toBeLessThanOrEqual(1);
    for (const name of ['人事給与システムでの給与計算', '住民税の課税']) {
      const sel = await row(page, name).locator('select').boundingBox();
      expect(sel!.x, name).toBeGreaterThanOrEqual(0);
      expect(sel!.x + sel!.width, name).toBeLessThanOrEqual(390);
      expect(await row(page, name).locator('.inv-cell-label').isVisible()).toBe(true);
    }
    const v = await axe(page);
    expect(v, formatAxe(PATH, v)).toEqual([]);
    clean(w);
    await narrow.close();
  });

  it('CSV: Excel の Shift_JIS の CSV を読み込める', async () => {
    const { page, w } = await open();
    await clear(page);
    await page.setInputFiles('#inv-file', 'test/fixtures/inventory/excel-shift_jis.csv');
    await page.locator('.inv-preview').waitFor();
    expect(await page.locator('.inv-preview').textContent()).toContain('文字コード：Shift_JIS');
    expect(await page.locator('.inv-preview').textContent()).toContain('税務システムでの課税処理');
    await page.getByRole('button', { name: '一覧に追加する' }).click();
    await expect.poll(() => page.locator('.inv-name').count()).toBe(5);
    expect(await row(page, '工事現場の確認').locator('select').inputValue()).toBe('lv1');
    clean(w);
    await page.close();
  });

  it('CSV: 列が違えばメッセージを出し、何も追加しない', async () => {
    const { page, w } = await open();
    await clear(page);
    await page.setInputFiles('#inv-file', { name: 'wrong.csv', mimeType: 'text/csv', buffer: Buffer.from('名前,課\r\n議事録,総務課\r\n') });
    await expect.poll(() => page.locator('[role=status]').textContent()).toContain('「業務名」の列が見つかりません');
    const msg = await page.locator('[role=status]').textContent();
    expect(msg).toContain('何も追加していません');
    expect(await page.locator('.inv-preview').count()).toBe(0);
    expect(await page.locator('.inv-table').count()).toBe(0);
    clean(w);
    await page.close();
  });

  it('1,000行: 貼り付けると1,000件になり、超える分は伝えて入力欄に残す', async () => {
    const { page, w } = await open();
    await clear(page);
    const lines = Array.from({ length: 1003 }, (_, i) => `議事録の作成（${i + 1}）`).join('\n');
    await paste(page, lines);
    await page.locator('.inv-table .inv-row').nth(999).waitFor();
    expect(await page.locator('.inv-table .inv-row').count()).toBe(1000);
    expect(await page.locator('[role=status]').textContent()).toContain('3件は追加していません');
    expect((await page.inputValue('#inv-paste')).split('\n')).toHaveLength(3);
    clean(w);
    await page.close();
  });

  it('マークアップ: 業務名の <img> は文字として表示され、実行されない', async () => {
    const { page, w } = await open();
    await clear(page);
    let dialog = false;
    page.on('dialog', async (d) => {
      dialog = true;
      await d.dismiss();
    });
    await paste(page, '<img src=x onerror=alert(1)>');
    expect(await page.locator('.inv-name').first().textContent()).toBe('<img src=x onerror=alert(1)>');
    expect(await page.locator('main img').count()).toBe(0);
    expect(dialog).toBe(false);
    clean(w);
    await page.close();
  });

  it('印刷: A4 の見える化シートに所属・日付・業務・レベル・工夫が白黒で載る', async () => {
    const { page, w } = await open();
    await clear(page);
    await page.fill('#inv-dept', '総務課人事係');
    await page.locator('#inv-dept').blur();
    await paste(page, '議事録の作成\n住民票の交付\n検体の精密検査\n窓口の案内');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.inv-sheet').isVisible()).toBe(true);
    expect(await page.locator('.blank-sheet').isVisible()).toBe(false);
    expect(await page.locator('#inv-paste').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const dir = mkdtempSync(join(tmpdir(), 'inv-pdf-'));
    writeFileSync(join(dir, 'sheet.pdf'), pdf);
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'sheet.pdf'), '-'], { encoding: 'utf8' });
    for (const s of ['担当業務の見える化シート', '総務課人事係', '作成日', '議事録の作成', 'Lv.Ⅰ', '資料の電子化・保存', '住民票の交付', 'Lv.Ⅲ', 'Lv.Ⅳ', '当サイトの目安', '手引きの例に近い', '在宅勤務は原則対象外']) expect(text.replace(/\s+/g, ''), s).toContain(s);
    expect(text).not.toContain('まとめて追加');
    const size = execFileSync('pdfinfo', [join(dir, 'sheet.pdf')], { encoding: 'utf8' });
    expect(size).toMatch(/Page size:.*\(A4\)/);
    clean(w);
    await page.close();
  });

  it('キーボードだけで: 貼り付け、追加、レベルの選択ができる', async () => {
    const { page, w } = await open();
    await clear(page);
    await page.locator('#inv-paste').focus();
    // Reach the box from the one before it with Tab, to check the order
    await page.locator('#inv-memo').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inv-paste');
    await page.keyboard.type('アンケートの集計');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await row(page, 'アンケートの集計').waitFor();
    await row(page, 'アンケートの集計').locator('select').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => row(page, 'アンケートの集計').locator('select').inputValue()).toBe('lv2');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    clean(w);
    await page.close();
  });

  it('保存できないブラウザ: 警告を出し、道具はそのまま使える', async () => {
    const { page } = await open();
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new Error('disabled');
      };
      Storage.prototype.getItem = () => {
        throw new Error('disabled');
      };
    });
    await page.reload();
    await page.locator('#inv-paste').waitFor();
    expect(await page.getByRole('alert').first().textContent()).toContain('保存できません');
    await paste(page, '議事録の作成');
    await expect.poll(() => page.locator('.inv-name').count()).toBe(1);
    await page.close();
  });

  it('JavaScript なし: 考え方と空欄のシートがあり、印刷できる', async () => {
    const nojs = await launch({ javaScriptEnabled: false });
    const page = await nojs.context.newPage();
    await page.goto(site.at(PATH));
    expect(await page.locator('#method').textContent()).toContain('「業務」単位で検討する');
    expect(await page.locator('.levels-list a').count()).toBe(4);
    expect(await page.locator('.blank-sheet table tbody tr').count()).toBeGreaterThanOrEqual(10);
    expect(await page.getByText('JavaScript が使えない場合は').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.blank-sheet').isVisible()).toBe(true);
    await nojs.close();
  });

  it('予算: このページが読み込む JavaScript は gzip で 40KB 以下', async () => {
    const page = await browser.context.newPage();
    const bodies: Buffer[] = [];
    page.on('response', async (r) => {
      if (r.request().resourceType() === 'script') bodies.push(await r.body());
    });
    await page.goto(site.at(PATH), { waitUntil: 'networkidle' });
    const inline = await page.$$eval('script:not([src])', (s) => s.map((x) => x.textContent ?? ''));
    const total = bodies.reduce((n, b) => n + gzipSync(b).length, 0) + inline.reduce((n, s) => n + gzipSync(s).length, 0);
    expect(total, `JavaScript ${total} bytes (gzip)`).toBeLessThanOrEqual(40 * 1024);
    await page.close();
  });
});
