/**
 * Accessibility beyond the crawl's axe run (JIS X 8341-3:2016 AA / WCAG 2.2 AA), on one page
 * of every template (chosen from the sitemap, so new templates are covered by themselves):
 * - prefers-reduced-motion: reduce — the skip link is the first Tab and Enter moves focus to #main
 *   (2.4.1), no running animations, smooth scrolling off, visible focus;
 * - forced-colors: active (Windows high contrast) — the page renders, the skip link works, and
 *   every focusable control shows an outline when focused (box-shadow disappears in that mode).
 * The full Tab walk (2.1.1, 2.1.2, 2.4.3, 2.4.7, 2.4.11) and reflow at 320 px (1.4.10) run once per
 * page and tool state in a11y-criteria.test.ts; text at 200 % (1.4.4) on the page keyboard-order.test.ts
 * opens at 640 px. Islands' own states are tested by their own files.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, watch, type Browser } from './support/browser';
import { startSite, sitemapPaths, type Site } from './support/site';
import { describeNeeds } from '../support/prerequisites';
import { templatePages } from '../../scripts/lib/templates.mjs';
import { openReady } from './support/keyboard';

const dist = process.env['E2E_DIST'] ?? 'dist';
const base = process.env['E2E_BASE'] ?? '/';
const built = existsSync(join(dist, 'sitemap.xml'));
const pages: string[] = built ? [...templatePages(sitemapPaths(dist, base)), ...(existsSync(join(dist, '404.html')) ? ['/404.html'] : [])] : [];

interface Focused {
  /** Position of the element in document order, to tell elements apart */
  index: number;
  desc: string;
  visibleIndicator: boolean;
  outline: boolean;
  onScreen: boolean;
  inFooter: boolean;
  inMain: boolean;
  isBody: boolean;
}

/** Describes document.activeElement: which it is, whether its focus indicator shows, where it is. */
const describeFocus = (page: Page) =>
  page.evaluate((): Focused => {
    let el = document.activeElement as HTMLElement | null;
    // Focus inside an open shadow root (none expected) — look through to the element.
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement;
    if (!el || el === document.body || el === document.documentElement) {
      return { index: -1, desc: 'body', visibleIndicator: false, outline: false, onScreen: false, inFooter: false, inMain: false, isBody: true };
    }
    const all = Array.from(document.querySelectorAll('*'));
    const cs = getComputedStyle(el);
    const transparent = (c: string) => /rgba\([^)]*,\s*0\)$/.test(c) || c === 'transparent';
    const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 1 && !transparent(cs.outlineColor);
    const shadow = cs.boxShadow !== 'none' && cs.boxShadow !== '';
    const r = el.getBoundingClientRect();
    const onScreen = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return {
      index: all.indexOf(el),
      desc: `<${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/)[0] : ''}> ${text}`,
      visibleIndicator: (outline || shadow) && el.matches(':focus-visible'),
      outline,
      onScreen,
      inFooter: !!el.closest('footer'),
      inMain: !!el.closest('main'),
      isBody: false,
    };
  });

describeNeeds({ [`${dist}/ のビルド（npm run build）`]: built })('アクセシビリティ（各テンプレート）', () => {
  let site: Site;
  let origin: string;
  beforeAll(async () => {
    site = await startSite(dist, base);
    origin = new URL(site.url).origin;
  });
  afterAll(async () => {
    await site?.close();
  });

  it('テンプレートの代表ページを選べている', () => {
    expect(pages).toContain('/');
    expect(pages.length).toBeGreaterThan(3);
  });

  describe('動きを減らす設定（prefers-reduced-motion: reduce）', () => {
    let browser: Browser;
    beforeAll(async () => { browser = await launch({ reducedMotion: 'reduce' }); });
    afterAll(async () => { await browser?.close(); });

    it.each(pages)('%s: 最初の Tab でスキップリンクに移り、Enter で本文（#main）へフォーカスが移る。表示され、アニメーションが動かず、フォーカスが見える', async (path) => {
      const page = await browser.context.newPage();
      const w = watch(page, origin);
      await openReady(page, site.at(path));
      expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
      expect(await page.locator('h1').first().isVisible()).toBe(true);
      // 2.4.1: the skip link is the first stop, shows when focused, and Enter moves focus to #main.
      await page.keyboard.press('Tab');
      const first = await describeFocus(page);
      expect(first.desc, `${path}: 最初の Tab`).toMatch(/本文へ/);
      expect(first.onScreen, `${path}: スキップリンクがフォーカス時に画面に出ていない`).toBe(true);
      expect(first.visibleIndicator, `${path}: スキップリンクのフォーカスが見えない`).toBe(true);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
      await page.keyboard.press('Tab');
      const next = await describeFocus(page);
      expect(next.inMain || next.inFooter, `${path}: スキップ後の Tab が本文より前に戻った（${next.desc}）`).toBe(true);
      const seq: Focused[] = [next];
      for (let i = 0; i < 7; i++) {
        await page.keyboard.press('Tab');
        seq.push(await describeFocus(page));
      }
      const motion = await page.evaluate(() => ({
        running: document.getAnimations().filter((a) => a.playState === 'running').length,
        smooth: getComputedStyle(document.documentElement).scrollBehavior === 'smooth',
      }));
      await page.close();
      expect(motion.running, `${path}: 動いているアニメーション`).toBe(0);
      expect(motion.smooth, `${path}: scroll-behavior: smooth のまま`).toBe(false);
      expect(seq.filter((f) => !f.isBody && !f.visibleIndicator).map((f) => f.desc)).toEqual([]);
      expect(w.errors).toEqual([]);
    });
  });

  describe('強制カラー（forced-colors: active、Windows のハイコントラスト）', () => {
    let browser: Browser;
    beforeAll(async () => { browser = await launch({ forcedColors: 'active' }); });
    afterAll(async () => { await browser?.close(); });

    it.each(pages)('%s: 表示され、スキップリンクが働き、フォーカスが輪郭線で見える', async (path) => {
      const page = await browser.context.newPage();
      const w = watch(page, origin);
      await openReady(page, site.at(path));
      expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
      expect(await page.locator('h1').first().isVisible()).toBe(true);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
      // After keyboard use, focus moved by script shows :focus-visible as Tab would: every control
      // that can take focus is focused in turn in one evaluation (the Tab walk itself is
      // a11y-criteria.test.ts's) and must show an outline, which forced colours keep.
      const seen = await page.evaluate(() => {
        const out: { focused: number; noOutline: string[] } = { focused: 0, noOutline: [] };
        const transparent = (c: string) => /rgba\([^)]*,\s*0\)$/.test(c) || c === 'transparent';
        for (const el of Array.from(document.querySelectorAll<HTMLElement>('a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]'))) {
          if (el.tabIndex < 0 || el.matches(':disabled') || !el.checkVisibility({ visibilityProperty: true })) continue;
          el.focus();
          if (document.activeElement !== el) continue;
          out.focused++;
          const cs = getComputedStyle(el);
          const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 1 && !transparent(cs.outlineColor);
          if (!outline || !el.matches(':focus-visible')) out.noOutline.push(`<${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}> ${(el.getAttribute('aria-label') ?? el.innerText ?? '').trim().slice(0, 30)}`);
        }
        return out;
      });
      expect(seen.focused, `${path}: フォーカスできる部品が少なすぎる`).toBeGreaterThan(3);
      expect(seen.noOutline, `${path}: 強制カラーでフォーカスの輪郭線が見えない要素`).toEqual([]);
      await page.close();
      expect(w.errors).toEqual([]);
    });
  });
});
