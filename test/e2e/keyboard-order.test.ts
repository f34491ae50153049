/**
 * At 200 % browser zoom (a 1280 px window = 640 CSS px at two device pixels per px), on one page of
 * every template and the 404 page, opened once:
 * - フォーカス順序（WCAG 2.4.3、JIS X 8341-3:2016 達成基準 2.4.3）: Tab from the top to the end of
 *   the page; focus never goes back up the page and never against the document order. Below 960 px
 *   the section side nav used to be moved under the content by CSS `order`, so Tab went header →
 *   nav at the bottom → back up. The same check at 1280 px and 390 px (pages and tool states) is
 *   part of the focus walk in a11y-criteria.test.ts;
 * - then テキストのサイズ変更 (1.4.4): the root font size at 200 % as well; the text grows (rem/em),
 *   and nothing scrolls sideways or is clipped at 640 px.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launch, watch, type Browser, type Watch } from './support/browser';
import { startSite, sitemapPaths, type Site } from './support/site';
import { openReady, focusWalk, backwardJumps } from './support/keyboard';
import { templatePages } from '../../scripts/lib/templates.mjs';
import { describeNeeds } from '../support/prerequisites';
import { layoutProblems } from './support/layout';
import type { Page } from 'playwright-core';

const dist = process.env['E2E_DIST'] ?? 'dist';
const base = process.env['E2E_BASE'] ?? '/';
const built = existsSync(join(dist, 'sitemap.xml'));
const pages: string[] = built ? [...templatePages(sitemapPaths(dist, base)), ...(existsSync(join(dist, '404.html')) ? ['/404.html'] : [])] : [];

const settings = [
  { name: 'ブラウザーの拡大 200%（1280px の窓）', viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 },
];

describeNeeds({ [`${dist}/ のビルド（npm run build）`]: built })('フォーカス順序（各テンプレート）', () => {
  let site: Site;
  beforeAll(async () => { site = await startSite(dist, base); });
  afterAll(async () => { await site?.close(); });

  it('テンプレートの代表ページに、横のナビがあるページ（/steps/N/・/guide/…）が含まれる', () => {
    expect(pages.some((p) => /^\/steps\/\d+\/$/.test(p))).toBe(true);
    expect(pages.some((p) => /^\/guide\/[^/]+\/$/.test(p))).toBe(true);
  });

  describe.each(settings)('$name', ({ viewport, deviceScaleFactor }) => {
    let browser: Browser;
    beforeAll(async () => { browser = await launch({ viewport, deviceScaleFactor }); });
    afterAll(async () => { await browser?.close(); });

    describe.each(pages)('%s', (path) => {
      let page: Page;
      let w: Watch;
      beforeAll(async () => {
        page = await browser.context.newPage();
        w = watch(page, new URL(site.url).origin);
        await openReady(page, site.at(path));
      });
      afterAll(async () => { await page?.close(); });

      it(`Tab で進むとき、フォーカスがページの上へ戻らない`, async () => {
        expect(await page.evaluate(() => innerWidth), 'CSS の幅').toBe(viewport.width);
        const { stops } = await focusWalk(page);
        expect(stops.length, `${path}: Tab で止まる所が少なすぎる`).toBeGreaterThan(3);
        expect(backwardJumps(stops), `${path}: フォーカスが上へ戻る所`).toEqual([]);
        expect(w.errors).toEqual([]);
      });

      // After the walk (it reads the page as it loaded): the text size changes the layout.
      it('1.4.4 テキストのサイズ変更: 文字を 200% にしても横にスクロールせず、内容が切れない', async () => {
        const before = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
        await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
        const after = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
        expect(after, `${path}: 本文の文字が大きくならない（rem/em で指定されていない）`).toBeGreaterThanOrEqual(before * 1.9);
        const p = await layoutProblems(page);
        expect(p.overflow, `${path}: 横スクロール ${p.scrollWidth}px > ${p.width}px\n${p.wide.join('\n')}`).toBe(false);
        expect(p.clipped, `${path}: 内容が切れている`).toEqual([]);
      });
    });
  });
});
