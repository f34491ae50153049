/**
 * 業務の棚卸し (/inventory/) in real Chromium: paste, suggestions with reasons, override,
 * reload, CSV export and import (UTF-8 and Shift_JIS, wrong columns), 1,000 lines, markup
 * as text, print to A4, keyboard only, axe, storage faults, the JavaScript budget.
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

const row = (page: Page, name: string) => page.locator('.inv-table tbody tr', { has: page.locator('.inv-name', { hasText: name }) });

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

  it('貼り付け: レベルと理由が表示され、上書きは再読み込み後も残る', async () => {
    const { page, w } = await open();
    await clear(page);
    await paste(page, '議事録の作成\n\n住民票の交付\n税務システムでの課税処理\n工事現場の確認\n庁舎の清掃\n議事録の作成\n');
    await expect.poll(() => page.locator('[role=status]').textContent()).toContain('5件を追加しました。');
    expect(await page.locator('[role=status]').textContent()).toContain('1件は追加していません');
    expect(await page.inputValue('#inv-paste')).toBe('議事録の作成');
    expect(await row(page, '議事録の作成').locator('.inv-suggest strong').textContent()).toBe('Lv.Ⅰ');
    expect(await row(page, '議事録の作成').locator('.inv-reason').textContent()).toContain('「会議議事録作成」');
    expect(await row(page, '住民票の交付').locator('.inv-suggest strong').textContent()).toBe('Lv.Ⅲ');
    expect(await row(page, '税務システムでの課税処理').locator('.inv-suggest strong').textContent()).toBe('Lv.Ⅳ');
    expect(await row(page, '工事現場の確認').locator('.inv-suggest strong').textContent()).toBe('Lv.Ⅱ');
    expect(await row(page, '庁舎の清掃').locator('.inv-suggest strong').textContent()).toBe('未分類');
    expect(await row(page, '庁舎の清掃').locator('.inv-reason').textContent()).toContain('レベルを選んでください');
    // 工夫 is shown with the suggestion
    await row(page, '議事録の作成').locator('summary').click();
    expect(await row(page, '議事録の作成').locator('details').textContent()).toContain('資料の電子化・保存');

    await row(page, '庁舎の清掃').locator('select').selectOption('lv4');
    await page.fill('#inv-dept', '総務課');
    await page.locator('#inv-dept').blur();
    await page.reload();
    await page.locator('.inv-table').waitFor();
    expect(await row(page, '庁舎の清掃').locator('select').inputValue()).toBe('lv4');
    expect(await page.inputValue('#inv-dept')).toBe('総務課');
    expect(await page.locator('.inv-summary').textContent()).toContain('業務継続の方法・体制の検討');
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('telework-navi:state:v1') ?? '{}'));
    expect(saved.inventory.tasks).toHaveLength(5);
    expect(saved.format).toBe('telework-navi');

    const v = await axe(page);
    expect(v, formatAxe(PATH, v)).toEqual([]);
    clean(w);
    await page.close();
  });

  it('編集・並べ替え・削除と元に戻す', async () => {
    const { page, w } = await open();
    await clear(page);
    await paste(page, 'A業務\nB業務\nC業務');
    await page.getByRole('button', { name: /^下へ\s*：A業務$/ }).click();
    await expect.poll(() => page.locator('.inv-name').allTextContents()).toEqual(['B業務', 'A業務', 'C業務']);
    await page.getByRole('button', { name: /^編集\s*：C業務$/ }).click();
    await page.getByLabel('業務名', { exact: true }).last().fill('アンケートの集計');
    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => row(page, 'アンケートの集計').locator('.inv-suggest strong').textContent()).toBe('Lv.Ⅰ');
    await page.getByRole('button', { name: /^削除\s*：A業務$/ }).click();
    await expect.poll(() => page.locator('.inv-name').allTextContents()).toEqual(['B業務', 'アンケートの集計']);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('元に戻す');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.inv-name').allTextContents()).toEqual(['B業務', 'A業務', 'アンケートの集計']);
    clean(w);
    await page.close();
  });

  it('CSV: 書き出したファイルを読み込み、確認してから追加する', async () => {
    const { page, w } = await open();
    await clear(page);
    await paste(page, '議事録の作成\n住民票の交付\n庁舎の清掃');
    await row(page, '庁舎の清掃').locator('select').selectOption('lv2');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSVを書き出す' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^業務の棚卸し_\d{4}-\d{2}-\d{2}\.csv$/);
    const file = join(mkdtempSync(join(tmpdir(), 'inv-csv-')), 'out.csv');
    await download.saveAs(file);
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('\uFEFF業務名,所属,メモ,提案レベル,採用レベル,理由,工夫\r\n');
    expect(text).toContain('庁舎の清掃,,,未分類,Lv.Ⅱ,');

    await clear(page);
    await page.setInputFiles('#inv-file', file);
    await page.locator('.inv-preview').waitFor();
    expect(await page.locator('.inv-preview').textContent()).toContain('読み込む内容の確認（3件、文字コード：UTF-8）');
    expect(await page.locator('.inv-table').count()).toBe(0);
    await page.getByRole('button', { name: '一覧に追加する' }).click();
    await expect.poll(() => page.locator('.inv-name').allTextContents()).toEqual(['議事録の作成', '住民票の交付', '庁舎の清掃']);
    expect(await row(page, '庁舎の清掃').locator('select').inputValue()).toBe('lv2');
    clean(w);
    await page.close();
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
    const t0 = Date.now();
    await paste(page, lines);
    await page.locator('.inv-table tbody tr').nth(999).waitFor();
    const ms = Date.now() - t0;
    expect(await page.locator('.inv-table tbody tr').count()).toBe(1000);
    expect(await page.locator('[role=status]').textContent()).toContain('3件は追加していません');
    expect((await page.inputValue('#inv-paste')).split('\n')).toHaveLength(3);
    expect(ms, `1,000行の追加に ${ms} ms`).toBeLessThan(15_000);
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
    await paste(page, '議事録の作成\n住民票の交付\n検体の精密検査');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.inv-sheet').isVisible()).toBe(true);
    expect(await page.locator('.blank-sheet').isVisible()).toBe(false);
    expect(await page.locator('#inv-paste').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const dir = mkdtempSync(join(tmpdir(), 'inv-pdf-'));
    writeFileSync(join(dir, 'sheet.pdf'), pdf);
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'sheet.pdf'), '-'], { encoding: 'utf8' });
    for (const s of ['担当業務の見える化シート', '総務課人事係', '作成日', '議事録の作成', 'Lv.Ⅰ', '資料の電子化・保存', '住民票の交付', 'Lv.Ⅲ', 'Lv.Ⅳ']) expect(text, s).toContain(s);
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
