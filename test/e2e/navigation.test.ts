/**
 * Navigation in real Chromium against the built site: the checklist index in step order; the
 * compact phone header (the menu behind a <details> button) by keyboard and without
 * JavaScript, and the plain bar on wide screens; on /data/ each chart with its table one click
 * away (a <details> that opens without JavaScript and prints open).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe, formatAxe, launch, type Browser } from './support/browser';
import { startSite, type Site } from './support/site';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

const PHONE = { width: 390, height: 844 };
/** Tabs until the focused element matches, at most `max` times; returns whether it got there. */
async function tabTo(page: Page, selector: string, max = 15): Promise<boolean> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return true;
  }
  return false;
}
const visibleMenuLinks = (page: Page) => page.locator('header nav a:visible');

describe('チェックリストの一覧', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  it('ステップ1〜10の順に並ぶ', async () => {
    const page = await browser.context.newPage();
    await page.goto(site.at('/checklists/'));
    const labels = await page.locator('main .checklist-index > li > a').allTextContents();
    expect(labels.map((l) => Number(/^ステップ(\d+)/.exec(l)?.[1]))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    await page.close();
  });
});

for (const js of [true, false]) {
  describe(`スマートフォンのヘッダー（JavaScript ${js ? 'あり' : 'なし'}）`, () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launch({ viewport: PHONE, javaScriptEnabled: js });
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('ヘッダーは画面の4分の1以下の高さで、メニューは閉じている', async () => {
      const page = await browser.context.newPage();
      await page.goto(site.at('/'));
      const box = (await page.locator('header.site-header').boundingBox())!;
      expect(box.height).toBeLessThanOrEqual(PHONE.height / 4);
      expect(await page.locator('summary.site-menu__button').isVisible()).toBe(true);
      expect(await visibleMenuLinks(page).count()).toBe(0);
      await page.close();
    });

    it('キーボードでメニューのボタンに移り、Enter で開いてリンクへ進め、もう一度で閉じる', async () => {
      const page = await browser.context.newPage();
      await page.goto(site.at('/steps/'));
      expect(await tabTo(page, 'summary.site-menu__button')).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => visibleMenuLinks(page).count()).toBeGreaterThanOrEqual(5);
      // the next Tab goes into the menu, in its order
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('手引き');
      const current = await page.locator('header nav a:visible[aria-current]').textContent();
      expect(current).toBe('10ステップ');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Enter');
      await expect.poll(() => visibleMenuLinks(page).count()).toBe(0);
      if (js) {
        const v = await axe(page);
        expect(v, formatAxe(page.url(), v)).toEqual([]);
      }
      await page.close();
    });

    it('メニューのリンクをたどれる', async () => {
      const page = await browser.context.newPage();
      await page.goto(site.at('/'));
      await page.locator('summary.site-menu__button').click();
      await page.locator('header nav a:visible', { hasText: 'チェックリスト' }).click();
      await page.waitForURL((u) => u.pathname.endsWith('/checklists/'));
      await page.close();
    });
  });
}

describe('広い画面のヘッダー', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  it('メニューのボタンは出ず、メインメニューが1つだけ見える', async () => {
    const page = await browser.context.newPage();
    await page.goto(site.at('/'));
    expect(await page.locator('summary.site-menu__button').isVisible()).toBe(false);
    expect(await page.locator('nav[aria-label="メインメニュー"]:visible').count()).toBe(1);
    expect(await visibleMenuLinks(page).count()).toBeGreaterThanOrEqual(5);
    await page.close();
  });
});

for (const js of [true, false]) {
  describe(`/data/ のグラフと表（JavaScript ${js ? 'あり' : 'なし'}）`, () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launch({ javaScriptEnabled: js });
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('どのグラフにも表が1クリックで開ける形で付き、最初は閉じている', async () => {
      const page = await browser.context.newPage();
      await page.goto(site.at('/data/'));
      const figures = page.locator('figure.chart');
      const n = await figures.count();
      expect(n).toBeGreaterThanOrEqual(6);
      for (let i = 0; i < n; i++) {
        const d = figures.nth(i).locator('details.chart__table');
        expect(await d.count()).toBe(1);
        expect(await d.getAttribute('open')).toBeNull();
        expect(await d.locator('table').isVisible()).toBe(false);
      }
      const first = figures.first().locator('details.chart__table');
      await first.locator('summary').click();
      expect(await first.locator('table').isVisible()).toBe(true);
      expect(await first.locator('table caption').count()).toBe(1);
      await page.close();
    });

    it('キーボードで表を開ける', async () => {
      const page = await browser.context.newPage();
      await page.goto(site.at('/data/'));
      expect(await tabTo(page, 'details.chart__table > summary', 80)).toBe(true);
      await page.keyboard.press('Enter');
      expect(await page.locator('details.chart__table[open] table').first().isVisible()).toBe(true);
      await page.close();
    });

    it('印刷では閉じたままの表も出る', async () => {
      const page = await browser.context.newPage();
      await page.goto(site.at('/data/'));
      await page.emulateMedia({ media: 'print' });
      const tables = page.locator('details.chart__table table');
      const n = await tables.count();
      expect(n).toBeGreaterThanOrEqual(6);
      for (let i = 0; i < n; i++) expect(await tables.nth(i).isVisible()).toBe(true);
      await page.close();
    });
  });
}
