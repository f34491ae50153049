/**
 * The crawl: every page in the sitemap, in real Chromium. Fails on any console error or CSP
 * violation, failed request, request to another origin, broken link among those on the page after
 * its islands ran (checked against the built files, test/support/site-links.ts, not fetched), and
 * on any violation found by either of two engines: axe-core (WCAG 2.2 A/AA) and HTML_CodeSniffer
 * (WCAG2AA, errors only); and, on one page of every template, on Chromium's accessibility tree
 * (support/axtree.ts: every control named, no skipped heading level, a main landmark; the reading
 * order written to reports/axtree/).
 * The tools' states (support/states.ts) get all three too.
 * The sub-path build is not crawled again: test/dist/links.test.ts checks its written links and
 * test/dist/package.test.ts loads one page of every template under the sub-path in Chromium
 * (errors, failed and off-site requests, and the links its islands add).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, watch, axe, formatAxe, type Browser } from './support/browser';
import { startSite, sitemapPaths, type Site } from './support/site';
import { indexSite, linkProblem } from '../support/site-links';
import { htmlcs, formatHtmlcs } from './support/htmlcs';
import { TOOL_STATES, enterState } from './support/states';
import { axTreeProblems } from './support/axtree';
import { islandsReady } from './support/keyboard';
import { templatePages } from '../../scripts/lib/templates.mjs';

describe('クロール: ルート（/）', () => {
  const dist = 'dist';
  const base = '/';
  let site: Site;
  let browser: Browser;
  const paths = sitemapPaths(dist, base);
  const index = indexSite(dist, base);
  // The accessibility tree is read on one page of every template (as the pages share their
  // structure) and on every tool state; axe and HTML_CodeSniffer run on every page.
  const templates = new Set(templatePages(paths));

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

  it.each(paths)('%s: エラー・外部通信・リンク切れ・アクセシビリティ違反（axe・HTML_CodeSniffer）がない。テンプレートの代表ページでは 4.1.2 名前・役割・値／見出しの階層（アクセシビリティツリー）', async (path) => {
    const page = await browser.context.newPage();
    const origin = new URL(site.url).origin;
    const w = watch(page, origin);
    const res = await page.goto(site.at(path), { waitUntil: 'load' });
    expect(res?.status(), `${path} の応答`).toBe(200);
    // Checked once the islands have taken over and shown the saved state (Astro removes `ssr`).
    await islandsReady(page);
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    expect(await page.locator('h1').count(), `${path} の h1`).toBe(1);

    // Every internal link on the page (islands' included) resolves to a built file and id.
    const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    const broken = [...new Set(hrefs.filter((h) => h.startsWith(origin)))].flatMap((href) => {
      const p = linkProblem(index, new URL(href));
      return p ? [`${path} → ${href}: ${p}`] : [];
    });
    expect(broken, broken.join('\n')).toEqual([]);
    const v = await axe(page);
    expect(v, formatAxe(path, v)).toEqual([]);
    const h = await htmlcs(page);
    expect(h, formatHtmlcs(path, h)).toEqual([]);
    if (templates.has(path)) expect(await axTreeProblems(page, path, path), `${path}: アクセシビリティツリー`).toEqual([]);
    await page.close();
    expect(w.errors, w.errors.join('\n')).toEqual([]);
    expect(w.offsite, `外部への通信: ${w.offsite.join(', ')}`).toEqual([]);
    expect(w.failed, w.failed.join('\n')).toEqual([]);
  });

  describe('道具の状態', () => {
    it.each(TOOL_STATES.map((s, i) => ({ ...s, file: `state-${i + 1}` })))('$name: axe・HTML_CodeSniffer の違反とエラーがない。4.1.2 名前・役割・値／見出しの階層（アクセシビリティツリー）', async (state) => {
      const page = await browser.context.newPage();
      const w = watch(page, new URL(site.url).origin);
      await enterState(page, state, site.at);
      const where = `${state.path}（${state.name}）`;
      const v = await axe(page);
      expect(v, formatAxe(where, v)).toEqual([]);
      const h = await htmlcs(page);
      expect(h, formatHtmlcs(where, h)).toEqual([]);
      expect(await axTreeProblems(page, where, state.file), `${where}: アクセシビリティツリー`).toEqual([]);
      await page.close();
      expect(w.errors, w.errors.join('\n')).toEqual([]);
      expect(w.offsite, `外部への通信: ${w.offsite.join(', ')}`).toEqual([]);
    });
  });
});
