/**
 * Export, import and the text code in real Chromium: round trips are exact, every bad file
 * is refused with a Japanese message and changes nothing, and nothing is replaced before
 * the user confirms.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, watch, type Browser } from './support/browser';
import { startSite, type Site } from './support/site';
import { openTransferTools } from './support/transfer';

const KEY = 'telework-navi:state:v1';
let exports = 0;
let site: Site;
let browser: Browser;
let dir: string;

beforeAll(async () => {
  site = await startSite();
  browser = await launch();
  dir = mkdtempSync(join(tmpdir(), 'navi-transfer-'));
});
afterEach(async () => {
  for (const p of browser.context.pages()) await p.close();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(page: Page) {
  await page.goto(site.at('/steps/'), { waitUntil: 'load' });
  await page.waitForSelector('[data-tracker][data-ready="true"]');
  await page.waitForSelector('[data-export]');
}
const raw = (page: Page) => page.evaluate((k) => localStorage.getItem(k), KEY);
const parsed = async (page: Page) => JSON.parse((await raw(page)) ?? 'null');
/** The saved content without what changes on every save, export or restore (time, note, generation). */
// An import renumbers the stamps (1, 2, 3… in order) and the restore gives a new generation: compare the content.
const content = (s: Record<string, unknown>) => ({ ...s, savedAt: '', about: undefined, generation: undefined, revisions: undefined });

/** Fills in some progress on a fresh page and returns it. */
async function filled(page: Page) {
  await page.goto(site.at('/'));
  await page.evaluate(() => localStorage.clear());
  await open(page);
  await page.fill('#profile-name', '〇〇町');
  await page.fill('#profile-department', '総務課');
  // 未済の項目があるので「完了」は一度確認される（issue 15）
  await page.click('label[for="status-step-01-2"]');
  await page.click('[data-confirm-complete] button >> nth=0');
  await page.check('#status-step-03-1');
  await page.click('[data-step-id="step-03"] summary');
  await page.fill('#owner-step-03', '情報政策係');
  await page.fill('#due-step-03', '2027-01-15');
  await page.fill('#memo-step-03', '複数行の\nメモ「引用」<tag>');
  const item = await page.$eval('[data-step-id="step-03"] [data-step-checklist] input[type=checkbox]', (e) => (e as HTMLInputElement).value);
  await page.check(`#chk-${item}`);
}

async function exportFile(page: Page): Promise<{ path: string; name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export]')]);
  const path = join(dir, `export-${++exports}.json`);
  await download.saveAs(path);
  return { path, name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

describe('書き出しと復元', () => {
  it('書き出したファイルを別のブラウザで復元すると、内容がそのまま戻る', async () => {
    const page = await browser.context.newPage();
    await filled(page);
    const before = await parsed(page);
    const file = await exportFile(page);
    expect(file.name).toMatch(/^テレワーク推進ナビ_進捗_〇〇町_\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(file.text);
    expect(data).toMatchObject({ format: 'telework-navi', version: 3 });
    expect(file.text).toContain('\n  "about": "自治体テレワーク推進ナビの入力のファイル');
    expect(content(data)).toEqual(content(before));

    const other = await launch();
    const p2 = await other.context.newPage();
    const w = watch(p2, new URL(site.url).origin);
    await open(p2);
    await openTransferTools(p2);
    await p2.setInputFiles('[data-import-file]', file.path);
    const confirm = await p2.textContent('[data-import-confirm]');
    expect(confirm).toContain('〇〇町');
    expect(confirm).toContain('総務課');
    expect(confirm).toMatch(/完了したステップ\s*1ステップ/);
    expect(await raw(p2)).toBeNull(); // 確認の前には何も書き換えない
    await p2.click('[data-confirm-replace]');
    expect(await p2.textContent('[data-transfer-message]')).toContain('復元しました');
    // 確認が消えても、フォーカスは何が起きたかを伝えるメッセージにある（<body> に落ちない。issue 17）
    await expect.poll(() => p2.evaluate(() => document.activeElement?.matches('[data-transfer-message]') ?? false)).toBe(true);
    expect(content(await parsed(p2))).toEqual(content(data));
    expect((await parsed(p2)).generation).toMatch(/^\d+\.[0-9a-z]+\.restore$/);
    expect(await p2.isChecked('#status-step-03-1')).toBe(true);
    expect(await p2.inputValue('#memo-step-03')).toBe('複数行の\nメモ「引用」<tag>');
    // 復元した状態を書き出すと、最初のファイルと同じ内容になる
    const again = await exportFile(p2);
    expect(content(JSON.parse(again.text))).toEqual(content(data));
    await other.close();
    expect(w.errors, w.errors.join('\n')).toEqual([]);
  });

  it('「やめる」を選ぶと何も変わらない', async () => {
    const page = await browser.context.newPage();
    await filled(page);
    const file = await exportFile(page);
    await page.check('#status-step-05-1');
    const before = await raw(page);
    await openTransferTools(page);
    await page.setInputFiles('[data-import-file]', file.path);
    await page.click('[data-import-confirm] button:has-text("やめる")');
    expect(await raw(page)).toBe(before);
    expect(await page.textContent('[data-transfer-message]')).toContain('何も変更していません');
    await expect.poll(() => page.evaluate(() => document.activeElement?.matches('[data-transfer-message]') ?? false)).toBe(true);
  });

  const valid = () => JSON.parse(readFileSync(join(dir, 'valid.json'), 'utf8'));
  it.each([
    ['JSONでないファイル', () => 'これは進捗ファイルではありません', '読み取れませんでした'],
    ['1MBを超えるファイル', () => JSON.stringify({ ...valid(), pad: 'x'.repeat(1024 * 1024 + 10) }), '大きすぎます'],
    ['別の形式のファイル', () => JSON.stringify({ name: '〇〇町', steps: [] }), '保存形式ではない'],
    ['新しい版のファイル', () => JSON.stringify({ ...valid(), version: 4 }), '版4'],
    ['実在しない期限のファイル', () => JSON.stringify(valid()).replace('"due":"2027-01-15"', '"due":"2027-02-30"'), 'tracker.steps.step-03.due'],
    ['想定していない項目を含むファイル', () => JSON.stringify({ ...valid(), extra: 1 }), '想定していない項目'],
    ['区分の中に余計な項目があるファイル', () => JSON.stringify({ ...valid(), profile: { ...valid().profile, script: '<script>' } }), '団体の情報'],
  ])('%s: 日本語で理由を示し、何も変えない', async (_l, make, text) => {
    const page = await browser.context.newPage();
    await filled(page);
    writeFileSync(join(dir, 'valid.json'), (await exportFile(page)).text);
    const before = await raw(page);
    const path = join(dir, `bad-${++exports}.json`);
    writeFileSync(path, make());
    await openTransferTools(page);
    await page.setInputFiles('[data-import-file]', path);
    await expect.poll(() => page.textContent('[data-transfer-message]')).toContain(text);
    const msg = await page.textContent('[data-transfer-message]');
    expect(msg).toContain('何も変更していません');
    expect(await page.locator('[data-import-confirm]').count()).toBe(0);
    expect(await raw(page)).toBe(before);
    expect(await page.isChecked('#status-step-01-2')).toBe(true);
  });
});

describe('復元コード', () => {
  it('表示したコードを別のブラウザに貼り付けると、内容がそのまま戻る', async () => {
    const page = await browser.context.newPage();
    await filled(page);
    const before = await parsed(page);
    await openTransferTools(page);
    await page.click('.transfer__code summary');
    await page.click('[data-show-code]');
    const code = await page.inputValue('[data-export-code]');
    expect(code).toMatch(/^TWN1-/);
    expect(await page.getAttribute('[data-export-code]', 'readonly')).not.toBeNull();

    const other = await launch();
    const p2 = await other.context.newPage();
    await open(p2);
    await openTransferTools(p2);
    await p2.click('.transfer__code summary');
    // メールで折り返されたコードも読める
    await p2.fill('[data-import-code]', code.replace(/(.{60})/g, '$1\n'));
    await p2.click('[data-restore-code]');
    expect(await p2.textContent('[data-import-confirm]')).toContain('〇〇町');
    await p2.click('[data-confirm-replace]');
    expect(content(await parsed(p2))).toEqual(content(before));
    await other.close();
  });

  it('途中で切れたコードは理由を示し、何も変えない', async () => {
    const page = await browser.context.newPage();
    await filled(page);
    await openTransferTools(page);
    await page.click('.transfer__code summary');
    await page.click('[data-show-code]');
    const code = await page.inputValue('[data-export-code]');
    const before = await raw(page);
    await page.fill('[data-import-code]', code.slice(0, -10));
    await page.click('[data-restore-code]');
    expect(await page.textContent('[data-transfer-message]')).toContain('途中で切れている');
    expect(await raw(page)).toBe(before);
  });
});

describe('復元・バックアップの部分は開いたときに読み込む', () => {
  const TOOLS = /\/ondemand-transfer-tools\.[\w-]+\.js(\?.*)?$/;

  it('開くまでは読み込まず、キーボードで開くと「読み込み中…」の後に現れ、フォーカスは見出し（summary）に残る', async () => {
    const page = await browser.context.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => void (TOOLS.test(new URL(r.url()).pathname) && fetched.push(r.url())));
    // Hold the part back until the loading state has been seen.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route(TOOLS, async (route) => (await held, route.continue()));
    await page.goto(site.at('/diagnosis/'), { waitUntil: 'load' });
    await page.waitForSelector('[data-transfer-details]');
    expect(fetched).toEqual([]);
    expect(await page.locator('[data-import-file]').count()).toBe(0);
    const summary = page.locator('[data-transfer-details] > summary');
    await summary.focus();
    const top = await summary.evaluate((e) => e.getBoundingClientRect().top);
    await page.keyboard.press('Enter');
    await page.locator('[data-transfer-loading]').waitFor();
    expect(await page.textContent('[data-transfer-loading]')).toContain('読み込み中…');
    await expect.poll(() => fetched.length).toBe(1); // the import may start just after the loading state is drawn
    release();
    await page.locator('[data-transfer-tools] [data-import-file]').waitFor();
    expect(await page.locator('[data-transfer-loading]').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.matches('[data-transfer-details] > summary') ?? false)).toBe(true);
    // Nothing above the summary moved: the part opens below it.
    expect(await summary.evaluate((e) => e.getBoundingClientRect().top)).toBe(top);
    // Tab goes on into the part that arrived.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-file');
  });

  it('読み込めなかったときは理由と「もう一度読み込む」を示し、押すと読み込める', async () => {
    const page = await browser.context.newPage();
    let fail = true;
    // ERR_ABORTED, as when the connection drops (a 404 or another error would be reported as a broken link).
    await page.route(TOOLS, (route) => (fail ? route.abort('aborted') : route.continue()));
    await page.goto(site.at('/inventory/'), { waitUntil: 'load' });
    await page.click('[data-transfer-details] > summary');
    const error = page.locator('[data-transfer-load-error]');
    await error.waitFor();
    expect(await error.getAttribute('role')).toBe('alert');
    expect(await error.textContent()).toContain('読み込めませんでした');
    expect(await page.locator('[data-import-file]').count()).toBe(0);
    fail = false;
    await page.click('[data-transfer-retry]');
    await page.locator('[data-transfer-tools] [data-import-file]').waitFor();
    expect(await error.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.matches('[data-transfer-details] > summary') ?? false)).toBe(true);
  });

  it('手順のページの「…はこちら」から来ると（#transfer）、開いた状態で読み込む', async () => {
    const page = await browser.context.newPage();
    await page.goto(site.at('/steps/3/'), { waitUntil: 'load' });
    await page.click('[data-transfer] a[href$="/steps/#transfer"]');
    await page.waitForURL(/\/steps\/#transfer$/);
    await page.locator('[data-transfer-tools] [data-backups]').waitFor();
    expect(await page.locator('[data-transfer-details]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
  });
});
