/**
 * The inventory's levels in the 決裁パック without the classifier at load
 * (src/lib/inventory/level-cache.ts): /pack/ prints what /inventory/ stored for each task as it is
 * now, and loads the classifier (ondemand-outcomes) only when a task has no current result. In
 * real Chromium against the built site: a saved state with no stored results (as after a restore
 * on another PC), the same state again, a task changed behind the page's back (as by a merge), and
 * after /inventory/ has shown the tasks. Every time the pack prints what the classifier derives
 * (computed here with the same lib functions).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { outcomesFor } from '../../src/lib/inventory/ondemand-outcomes';
import { packRows } from '../../src/lib/inventory/pack-rows';
import { LEVEL_CACHE_KEY } from '../../src/lib/inventory/level-cache';
import type { TaskRow } from '../../src/schemas/state/inventory';
import { loadLevels } from '../fixtures/inventory/load-levels';
import { launch, watch, type Browser } from './support/browser';
import { startSite, type Site } from './support/site';

const STATE_KEY = 'telework-navi:state:v1';
const levels = loadLevels();
/** A saved state of 版1 (a real file of the time): its inventory has 議事録の作成 and 住民票の交付 (Lv.Ⅳ chosen). */
const V1 = JSON.parse(readFileSync('test/fixtures/state-v1/localstorage.json', 'utf8'))[STATE_KEY] as string;

let site: Site;
let browser: Browser;
beforeAll(async () => {
  site = await startSite();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** The rows the pack prints for these tasks, as the classifier derives them: [業務名, レベル, 住民情報]. */
function expected(tasks: TaskRow[]): string[][] {
  return packRows(tasks, outcomesFor(tasks, levels), levels).rows.map((r) => [r.task.name, r.levelText, r.note ? '「原則、自宅等でのテレワークの対象外」（スライド12、注）' : '—']);
}

/** Opens /pack/ and returns its inventory rows and whether the classifier was requested. */
async function openPack(page: Page) {
  const requested: string[] = [];
  const listen = (r: { url(): string }) => void requested.push(r.url());
  page.on('request', listen);
  await page.goto(site.at('/pack/'));
  await page.waitForSelector('[data-pack][data-ready="true"]');
  page.off('request', listen);
  const rows = await page.locator('[data-pack-part="inventory"] table.pack-tasks tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].slice(0, 4).filter((_, i) => i !== 1).map((c) => c.textContent ?? '')));
  const checks = (await page.locator('[data-pack-part="inventory"] .pack-checks').textContent()) ?? '';
  return { rows, checks, classifier: requested.some((u) => /\/ondemand-outcomes\.[^/]*\.js(\?.*)?$/.test(u)) };
}

const savedTasks = (page: Page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k)!).inventory.tasks, STATE_KEY) as Promise<TaskRow[]>;

describe('決裁パックの棚卸しのレベル：/inventory/ が残した結果と、ないときだけ読む分類器', () => {
  it('結果がなければ分類器を読み、あれば読まない。どちらも分類器と同じレベル・要確認・住民情報の注意を印刷する', async () => {
    const page = await browser.context.newPage();
    const w = watch(page, new URL(site.url).origin);
    await page.addInitScript(([k, v]) => { if (!localStorage.getItem(k)) localStorage.setItem(k, v); }, [STATE_KEY, V1] as const);

    // A state restored on this PC: nothing stored for its tasks yet.
    const first = await openPack(page);
    const tasks = await savedTasks(page);
    expect(tasks.map((t) => t.name)).toEqual(['議事録の作成', '住民票の交付']);
    expect(first.classifier).toBe(true);
    expect(first.rows).toEqual(expected(tasks));
    expect(first.rows[1]![1]).toBe('Lv.Ⅳ（暫定・要確認）（選択）');
    expect(first.checks).toContain('要確認：2件');

    // The pack stored what it derived: the next visit needs no classifier and prints the same.
    expect(await page.evaluate((k) => localStorage.getItem(k), LEVEL_CACHE_KEY)).toMatch(/^\{"o":\{/);
    const again = await openPack(page);
    expect(again.classifier).toBe(false);
    expect(again.rows).toEqual(first.rows);

    // A task changed behind the pack (as a merge or another tab would): its old result is not used.
    await page.evaluate((k) => {
      const s = JSON.parse(localStorage.getItem(k)!);
      s.inventory.tasks[0].answers = { info: 'resident', system: 'mynumber', place: 'anywhere' };
      localStorage.setItem(k, JSON.stringify(s));
    }, STATE_KEY);
    const changed = await openPack(page);
    expect(changed.classifier).toBe(true);
    const now = await savedTasks(page);
    expect(changed.rows).toEqual(expected(now));
    expect(changed.rows[0]).toEqual(['議事録の作成', 'Lv.Ⅳ', '「原則、自宅等でのテレワークの対象外」（スライド12、注）']);

    // After /inventory/ has shown the tasks (with the cache cleared), /pack/ uses its results.
    await page.evaluate((k) => localStorage.removeItem(k), LEVEL_CACHE_KEY);
    await page.goto(site.at('/inventory/'));
    await page.waitForFunction((k) => localStorage.getItem(k) !== null, LEVEL_CACHE_KEY);
    const afterInventory = await openPack(page);
    expect(afterInventory.classifier).toBe(false);
    expect(afterInventory.rows).toEqual(changed.rows);
    expect(w.errors).toEqual([]);
    await page.close();
  });
});

describe('決裁パックの手引きの内容（ページの JSON のデータ、src/lib/page-data.ts）', () => {
  it('内容は島の props ではなくデータの要素で届き、それがないページでは読めなかったことを画面で知らせる', async () => {
    const html = readFileSync(`${site.dist}/pack/index.html`, 'utf8');
    const block = html.match(/<script type="application\/json" id="pack-content">([^<]*)<\/script>/);
    expect(block).not.toBeNull();
    const content = JSON.parse(block![1]!) as { steps: unknown[]; diagnosis: { questions: unknown[] }; levels: unknown[]; programs: unknown[] };
    expect([content.steps.length, content.diagnosis.questions.length, content.levels.length]).toEqual([10, 25, 4]);
    expect(content.programs.length).toBeGreaterThan(0);
    // The island's props carry only the block's id, the links and the rules' version.
    const props = [...html.matchAll(/<astro-island[^>]*component-export="default"[^>]*props="([^"]*)"/g)].map((m) => m[1]!).find((p) => p.includes('contentId'));
    expect(props).toBeDefined();
    expect(props!.length).toBeLessThan(600);

    const page = await browser.context.newPage();
    const w = watch(page, new URL(site.url).origin);
    await page.route(/\/pack\/$/, async (route) => {
      const res = await route.fetch();
      await route.fulfill({ response: res, body: (await res.text()).replace(/<script type="application\/json" id="pack-content">[^<]*<\/script>/, '') });
    });
    await page.goto(site.at('/pack/'));
    await expect.poll(() => page.locator('.pack-host').textContent()).toContain('手引きの内容を読み込めませんでした。ページを再読み込みしてください。');
    expect(await page.locator('[data-pack][data-ready="true"]').count()).toBe(0);
    expect(w.errors).toEqual([]);
    await page.close();
  });
});
