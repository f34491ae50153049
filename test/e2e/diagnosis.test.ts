import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSite, type Site } from './support/site';
import { axe, formatAxe, launch, watch, type Browser } from './support/browser';

const STORAGE_KEY = 'telework-navi:state:v1';
let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

const progress = (page: Page) => page.locator('#diag-progress').innerText();
const activeName = (page: Page) => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? '');

/** Presses Tab until focus is in the radio/checkbox group `name` (bounded). */
async function tabTo(page: Page, name: string | RegExp) {
  for (let i = 0; i < 200; i++) {
    const n = await activeName(page);
    if (typeof name === 'string' ? n === name : name.test(n)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab で ${String(name)} に届きませんでした`);
}

/** Answers everything by keyboard: profile (市区町村, 100名以下, 未導入, concerns セキュリティ・コスト), then even questions 実施している, odd 一部実施. */
async function answerAllByKeyboard(page: Page) {
  await page.locator('body').focus();
  await tabTo(page, 'p-kind');
  await page.keyboard.press('ArrowRight'); // 指定都市
  await page.keyboard.press('ArrowRight'); // 市区町村
  await tabTo(page, 'p-size');
  await page.keyboard.press('Space'); // 100名以下
  await tabTo(page, 'p-status');
  await page.keyboard.press('Space'); // 未導入
  await tabTo(page, 'p-concerns');
  await page.keyboard.press('Tab'); // → セキュリティ
  await page.keyboard.press('Space');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab'); // → コスト
  await page.keyboard.press('Space');
  const names = await page.locator('fieldset.diag__q input[type=radio][name^="q-"]').evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLInputElement).name))]);
  for (const [i, name] of names.entries()) {
    await tabTo(page, name);
    await page.keyboard.press(i % 2 === 0 ? 'Space' : 'ArrowRight');
  }
  return names.length;
}

async function submitByKeyboard(page: Page) {
  for (let i = 0; i < 100; i++) {
    const text = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText ?? '');
    if (text === '結果を見る') break;
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
}

describe('自己診断（/diagnosis/）', () => {
  let browser: Browser;
  let shareLink = '';
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('キーボードだけで全問に答え、結果を見られる（途中・結果の状態で axe 違反なし）', async () => {
    const page = await browser.context.newPage();
    const w = watch(page, site.url);
    await page.goto(site.at('/diagnosis/'));
    await page.waitForFunction(() => document.querySelector('#diag-progress')?.textContent?.includes('回答済み'));
    expect(formatAxe('開始', await axe(page))).toBe('');
    expect(await progress(page)).toContain('0 / 25 問');

    // 未回答のまま結果を求めると、未回答の設問をリンクつきで挙げる
    await page.getByRole('button', { name: '結果を見る' }).click();
    const missing = page.locator('.diag__missing');
    await expect.poll(() => missing.innerText()).toContain('まだ回答していない設問が25問');
    expect(await missing.locator('a[href="#q-leadership"]').count()).toBe(1);

    const n = await answerAllByKeyboard(page);
    expect(n).toBe(25);
    expect(await progress(page)).toContain('25 / 25 問');
    expect(formatAxe('途中', await axe(page))).toBe('');
    await submitByKeyboard(page);
    const result = page.locator('#result');
    await result.waitFor();
    const text = await result.innerText();
    expect(text).toContain('合計 76点');
    expect(text).toContain('試行から本格実施へ進む段階');
    expect(text).toMatch(/ステップ1「推進体制の構築」\s*のあたり/);
    expect(text).toContain('21.7%'); // 100名以下の市区町村
    expect(text).toContain('令和3年10月1日現在');
    expect(text).toContain('7.7%から14.0ポイント増え');
    expect(text).toContain('情報セキュリティの確保に不安がある'); // 懸念への答え
    expect(text).toContain('特別交付税措置');
    expect(await result.locator('ol.diag__actions > li').count()).toBe(3);
    expect(await result.locator('svg[role=img]').count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('result');
    expect(formatAxe('結果', await axe(page))).toBe('');

    // 共有リンクを作る
    await page.getByRole('button', { name: '共有リンクを作る' }).click();
    shareLink = await page.locator('.diag__share-url input').inputValue();
    expect(shareLink).toMatch(/#d=1\./);

    // 再読み込みで回答と結果が戻る
    await page.reload();
    await page.locator('#result').waitFor();
    expect(await page.locator('input[type=radio][name^="q-"]:checked').count()).toBe(25);
    expect(await page.locator('#result').innerText()).toContain('合計 76点');
    expect(w.errors).toEqual([]);
    expect(w.offsite).toEqual([]);
    expect(w.failed).toEqual([]);
    await page.close();
  });

  it('共有リンクを新しいプロファイルで開くと同じ結果になり、URLから回答を消す', async () => {
    const other = await launch();
    try {
      const page = await other.context.newPage();
      const w = watch(page, site.url);
      await page.goto(shareLink);
      await page.locator('#result').waitFor();
      expect(await page.locator('#result').innerText()).toContain('合計 76点');
      expect(await page.locator('.diag__notices').innerText()).toContain('共有リンクの回答（25問）を読み込みました');
      expect(new URL(page.url()).hash).toBe('');
      expect(await page.locator('input[name="p-kind"]:checked').inputValue()).toBe('municipality');
      expect(w.errors).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('回答があるブラウザで別の共有リンクを開くと、置き換える前に確認する', async () => {
    const page = await browser.context.newPage();
    await page.goto(site.at('/diagnosis/'));
    await page.locator('#result').waitFor();
    await page.getByRole('button', { name: '最初からやり直す' }).click();
    await page.getByRole('button', { name: '消してやり直す' }).click();
    expect(await progress(page)).toContain('0 / 25 問');
    await page.locator('input[name="q-leadership"][value="no"]').check();
    await page.goto(shareLink); // 同じページでフラグメントだけが変わる（hashchange）
    await page.locator('#pending-heading').waitFor();
    expect(await page.locator('input[type=radio][name^="q-"]:checked').count()).toBe(1);
    await page.getByRole('button', { name: '共有リンクの回答で置き換える' }).click();
    await page.locator('#result').waitFor();
    expect(await page.locator('#result').innerText()).toContain('合計 76点');
    expect(new URL(page.url()).hash).toBe('');
    await page.close();
  });

  it('書き換えられた共有リンクは、はっきりしたメッセージを出し、回答を変えない', async () => {
    const page = await browser.context.newPage();
    const w = watch(page, site.url);
    const tampered = shareLink.replace(/(\d)y/, '$1n');
    expect(tampered).not.toBe(shareLink);
    await page.goto(tampered);
    await expect.poll(() => page.locator('.diag__notices').innerText()).toContain('書き換えられている');
    expect(await page.locator('#result').innerText()).toContain('合計 76点');
    expect(w.errors).toEqual([]);
    await page.close();
  });

  it('壊れた保存データ: メッセージを出し、退避し、ページは使える', async () => {
    const page = await browser.context.newPage();
    await page.goto(site.at('/diagnosis/'));
    await page.evaluate((k) => localStorage.setItem(k, '{"format":"telework-navi",'), STORAGE_KEY);
    await page.reload();
    await expect.poll(() => page.locator('.diag__notices').innerText()).toContain('壊れていて');
    expect(await progress(page)).toContain('0 / 25 問');
    await page.locator('input[name="q-leadership"][value="yes"]').check();
    expect(await progress(page)).toContain('1 / 25 問');
    const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('telework-navi:backup:')));
    expect(backups.length).toBeGreaterThan(0);
    expect(formatAxe('壊れたデータ', await axe(page))).toBe('');
    await page.close();
  });

  it('例外を投げるストレージ: 警告を出し、メモリ上で回答・結果表示ができる', async () => {
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('denied', 'SecurityError');
        },
      });
    });
    const w = watch(page, site.url);
    await page.goto(site.at('/diagnosis/'));
    await expect.poll(() => page.locator('.diag__notices').innerText()).toContain('保存できません');
    for (const name of await page.locator('input[type=radio][name^="q-"][value="partial"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).name))) {
      await page.locator(`input[name="${name}"][value="partial"]`).check();
    }
    await page.getByRole('button', { name: '結果を見る' }).click();
    await page.locator('#result').waitFor();
    expect(await page.locator('#result').innerText()).toContain('合計 50点');
    expect(w.errors).toEqual([]);
    await page.close();
  });

  it('印刷: A4の結果シートに団体名・日付・回答・結果が入る', async () => {
    const fresh = await launch();
    const page = await fresh.context.newPage();
    await page.goto(shareLink);
    await page.locator('#result').waitFor();
    await page.locator('input[name="org-name"]').fill('テスト町');
    await page.locator('input[name="org-department"]').fill('総務課');
    await page.emulateMedia({ media: 'print' });
    const dir = mkdtempSync(join(tmpdir(), 'diag-pdf-'));
    try {
      const pdf = join(dir, 'result.pdf');
      writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      expect(text).toContain('結果シート');
      expect(text).toContain('団体名：テスト町');
      expect(text).toContain('担当課：総務課');
      expect(text).toMatch(/診断日：令和\d+年/);
      expect(text).toContain('76点');
      expect(text).toContain('回答の一覧');
      expect(text).toContain('首長がテレワーク導入に向けたリーダーシップ');
      expect(text).not.toContain('結果を見る');
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      expect(info).toMatch(/Page size:.*\(A4\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await fresh.close();
    }
  });
});

describe('JavaScript なしの自己診断', () => {
  it('全設問が読め、紙で回答する版（採点方法つき）へ行ける', async () => {
    const b = await launch({ javaScriptEnabled: false });
    try {
      const page = await b.context.newPage();
      await page.goto(site.at('/diagnosis/'));
      expect(await page.locator('fieldset.diag__q legend').count()).toBe(29); // 25問 + 団体について4問
      expect(await page.locator('input[type=radio][name="q-leadership"]').count()).toBe(4);
      const paper = page.locator('a', { hasText: '紙で回答して手で採点できる版' }).first();
      await paper.click();
      await page.waitForURL(/\/diagnosis\/paper\/$/);
      const text = await page.locator('main').innerText();
      expect(text).toContain('採点方法');
      expect(text).toContain('「実施している」4点');
      expect(text).toContain('いまの位置（ステップ）の求め方');
      expect(await page.locator('table.paper-table tbody tr').count()).toBeGreaterThanOrEqual(25 + 4 + 10);
      const pdf = join(mkdtempSync(join(tmpdir(), 'diag-paper-')), 'paper.pdf');
      await page.emulateMedia({ media: 'print' });
      writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
      expect(readFileSync(pdf).length).toBeGreaterThan(1000);
      expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain('採点方法');
    } finally {
      await b.close();
    }
  });
});
