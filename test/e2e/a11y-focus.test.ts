/**
 * Where focus goes, in real Chromium at 1280 px and 390 px:
 * - 3.2.2 入力時: arrowing through every status radio group on /steps/ and /steps/1/, /steps/10/ (right to
 *   対象外 and back) keeps focus inside the group, also at 「完了」 when the step has unticked
 *   items (the question about them appears after the group without taking focus);
 * - 2.4.3 フォーカス順序: an in-page link of the diagnosis's list of unanswered questions puts
 *   focus in the question it names (its first choice), with the question on screen (the
 *   error-summary pattern of GOV.UK Frontend), not on <body>.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, watch, type Browser } from './support/browser';
import { startSite, type Site } from './support/site';
import { openReady } from './support/keyboard';
import { describeNeeds } from '../support/prerequisites';

const dist = process.env['E2E_DIST'] ?? 'dist';
const base = process.env['E2E_BASE'] ?? '/';
const built = existsSync(join(dist, 'sitemap.xml'));
/**
 * /steps/ holds all ten groups; the step pages are one template with one group each (the same
 * StatusField in StepPanel), so the first and the last stand for the ten.
 */
const STEP_PAGES = ['/steps/', '/steps/1/', '/steps/10/'];

/** Where focus is: the id of the focused radio and the step of the status group holding it ('' outside any). */
const focusAt = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const group = el?.closest('fieldset.tracker-status');
    return { id: el?.id ?? '', tag: el?.tagName.toLowerCase() ?? '', group: group ? (el as HTMLInputElement).name : '' };
  });

/**
 * Arrows through every status group of the page: from 未着手 right to 対象外 and back left.
 * Returns each place where focus left the group, or landed on another radio than expected.
 */
async function arrowThroughGroups(page: Page): Promise<{ groups: number; asked: number; escapes: string[] }> {
  const names = await page.locator('fieldset.tracker-status input[type=radio]').evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLInputElement).name))]);
  const escapes: string[] = [];
  let asked = 0;
  for (const name of names) {
    await page.focus(`#${name}-0`);
    const path = [1, 2, 3, 2, 1, 0];
    let at = 0;
    for (const want of path) {
      await page.keyboard.press(want > at ? 'ArrowRight' : 'ArrowLeft');
      at = want;
      if (want === 2 && (await page.locator(`#${name}-ask`).textContent())?.includes('未済の項目')) asked++;
      const f = await focusAt(page);
      if (f.group !== name || f.id !== `${name}-${want}`) escapes.push(`${name}: ${want}番目の選択肢へ矢印キーで進んだら、フォーカスが <${f.tag}${f.id ? '#' + f.id : ''}> に移った`);
    }
  }
  return { groups: names.length, asked, escapes };
}

describeNeeds({ [`${dist}/ のビルド（npm run build）`]: built })('フォーカスの行き先', () => {
  let site: Site;
  beforeAll(async () => { site = await startSite(dist, base); });
  afterAll(async () => { await site?.close(); });

  describe.each([
    { width: 1280, height: 900 },
    { width: 390, height: 844 },
  ])('幅 $width px', (viewport) => {
    let browser: Browser;
    beforeAll(async () => { browser = await launch({ viewport }); });
    afterAll(async () => { await browser?.close(); });

    it.each(STEP_PAGES)('3.2.2 入力時: %s の状況のラジオボタンを矢印キーで端から端まで動かしても、フォーカスがグループの外へ出ない', async (path) => {
      const page = await browser.context.newPage();
      const w = watch(page, new URL(site.url).origin);
      await page.goto(site.at('/'));
      await page.evaluate(() => localStorage.clear());
      await openReady(page, site.at(path));
      await page.waitForSelector('[data-ready="true"]');
      const r = await arrowThroughGroups(page);
      const url = page.url();
      await page.close();
      expect(r.groups, `${path}: 状況のグループの数`).toBe(path === '/steps/' ? 10 : 1);
      // Every step has unticked items at first, so 「完了」 asks in every group, going right and coming
      // back: the walk went through the question twice per group.
      expect(r.asked, `${path}: 「完了」で確認が出た回数`).toBe(2 * r.groups);
      expect(r.escapes).toEqual([]);
      expect(url).toBe(site.at(path));
      expect(w.errors).toEqual([]);
    });

    it('2.4.3 フォーカス順序: 自己診断の「まだ回答していない設問」のリンクを押すと、フォーカスがその設問（最初の選択肢）に移り、設問が画面に見える', async () => {
      const page = await browser.context.newPage();
      const w = watch(page, new URL(site.url).origin);
      await page.goto(site.at('/'));
      await page.evaluate(() => localStorage.clear());
      await openReady(page, site.at('/diagnosis/'));
      await page.getByRole('button', { name: '結果を見る' }).click();
      const links = page.locator('.diag__missing a[href^="#q-"]');
      await expect.poll(() => links.count()).toBe(25);
      for (const n of [0, 12, 24]) {
        const link = links.nth(n);
        const target = (await link.getAttribute('href'))!.slice(1);
        await link.focus();
        await page.keyboard.press('Enter');
        const f = await page.evaluate((id) => {
          const q = document.getElementById(id)!;
          const el = document.activeElement as HTMLInputElement;
          const legend = q.querySelector('legend')!.getBoundingClientRect();
          const r = el.getBoundingClientRect();
          const bar = document.querySelector('.diag__progress')?.getBoundingClientRect();
          return {
            inQuestion: q.contains(el),
            first: el === q.querySelector('input'),
            type: el.type,
            legendTop: legend.top,
            coveredBy: bar && getComputedStyle(document.querySelector('.diag__progress')!).position === 'sticky' ? bar.bottom : 0,
            onScreen: r.top >= 0 && r.bottom <= innerHeight,
          };
        }, target);
        expect(f.inQuestion, `${target}: フォーカスが設問の中にない`).toBe(true);
        expect(f.first, `${target}: 最初の選択肢でない`).toBe(true);
        expect(f.type).toBe('radio');
        expect(f.onScreen, `${target}: フォーカスした選択肢が画面の外`).toBe(true);
        expect(f.legendTop, `${target}: 設問の文が固定の帯の下に隠れている`).toBeGreaterThanOrEqual(f.coveredBy - 1);
        // Back to the list for the next link (the list stays until the next 「結果を見る」).
        await page.locator('.diag__missing').scrollIntoViewIfNeeded();
      }
      await page.close();
      expect(w.errors).toEqual([]);
    });
  });
});
