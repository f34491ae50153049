/**
 * The crawl: every page in the sitemap, in real Chromium. Fails on any console error or CSP
 * violation, broken internal link or asset, request to another origin, and on any violation
 * found by either of two engines: axe-core (WCAG 2.2 A/AA) and HTML_CodeSniffer (WCAG2AA,
 * errors only). The tools' states (support/states.ts) get both engines too. It runs on the root
 * build and again (links and errors only) on the sub-path build.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { launch, watch, axe, formatAxe, type Browser } from './support/browser';
import { startSite, sitemapPaths, SUBPATH_BUILD, type Site } from './support/site';
import { htmlcs, formatHtmlcs } from './support/htmlcs';
import { TOOL_STATES, enterState } from './support/states';
import { strict } from '../support/prerequisites';

const builds = [
  { name: 'ルート（/）', dist: 'dist', base: '/', runAxe: true },
  // Under npm test and CI the sub-path build is required (its crawl fails when it is missing).
  ...(strict || existsSync(SUBPATH_BUILD.dist) ? [{ name: `サブパス（${SUBPATH_BUILD.base}）`, ...SUBPATH_BUILD, runAxe: false }] : []),
];

describe.each(builds)('クロール: $name', ({ dist, base, runAxe }) => {
  let site: Site;
  let browser: Browser;
  const paths = sitemapPaths(dist, base);

  beforeAll(async () => {
    site = await startSite(dist, base);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('サイトマップに主要なページがすべて載っている', () => {
    expect(paths).toContain('/');
    expect(paths).toContain('/about/');
    expect(paths.length).toBeGreaterThan(1);
  });

  it.each(paths)('%s: エラー・外部通信・リンク切れ・アクセシビリティ違反（axe・HTML_CodeSniffer）がない', async (path) => {
    const page = await browser.context.newPage();
    const origin = new URL(site.url).origin;
    const w = watch(page, origin);
    const res = await page.goto(site.at(path), { waitUntil: 'load' });
    expect(res?.status(), `${path} の応答`).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    expect(await page.locator('h1').count(), `${path} の h1`).toBe(1);

    // Every internal link on the page must answer 200 (anchors must exist on their page).
    const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    const internal = [...new Set(hrefs.filter((h) => h.startsWith(origin)))];
    for (const href of internal) {
      const u = new URL(href);
      expect(u.pathname.startsWith(base), `${path} → ${href} は基準パス ${base} の外を指しています`).toBe(true);
      const r = await page.request.get(u.origin + u.pathname + u.search);
      expect(r.status(), `${path} → ${href} がリンク切れです`).toBe(200);
      if (u.hash.length > 1) {
        const id = decodeURIComponent(u.hash.slice(1));
        const html = await r.text();
        expect(html.includes(`id="${id}"`), `${path} → ${href}: 行き先のページに id="${id}" がありません`).toBe(true);
      }
    }
    if (runAxe) {
      const v = await axe(page);
      expect(v, formatAxe(path, v)).toEqual([]);
      const h = await htmlcs(page);
      expect(h, formatHtmlcs(path, h)).toEqual([]);
    }
    await page.close();
    expect(w.errors, w.errors.join('\n')).toEqual([]);
    expect(w.offsite, `外部への通信: ${w.offsite.join(', ')}`).toEqual([]);
    expect(w.failed, w.failed.join('\n')).toEqual([]);
  });

  // The sub-path build has the same markup: its crawl checks links and requests, not the
  // engines, so its tool states are not defined at all (a skipped test would be a reported skip).
  if (runAxe) describe('道具の状態', () => {
    it.each(TOOL_STATES)('$name: axe・HTML_CodeSniffer の違反とエラーがない', async (state) => {
      const page = await browser.context.newPage();
      const w = watch(page, new URL(site.url).origin);
      await enterState(page, state, site.at);
      const where = `${state.path}（${state.name}）`;
      const v = await axe(page);
      expect(v, formatAxe(where, v)).toEqual([]);
      const h = await htmlcs(page);
      expect(h, formatHtmlcs(where, h)).toEqual([]);
      await page.close();
      expect(w.errors, w.errors.join('\n')).toEqual([]);
      expect(w.offsite, `外部への通信: ${w.offsite.join(', ')}`).toEqual([]);
    });
  });
});
