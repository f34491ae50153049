/**
 * The weight budgets (issue 8), shared by `npm run bench` and test/dist/budgets.test.ts.
 * JavaScript budgets count every script the page loads (its scripts, the island runtime, the
 * components and everything they import, inline script text), gzip. 1 KB = 1024 bytes.
 */
import { KB } from './weight.mjs';

/**
 * Pages allowed to load JavaScript, with their JavaScript budget (gzip bytes). A page listed here must
 * carry an island whenever it is built (or, with `islandSource`, once src/islands/ holds a file of that name).
 */
// Raised on 2026-12-04 to what the third wave's features weigh (measured, with ~1 KB to spare): the
// 保存とバックアップ panel on every tool page (~6 KB), the three questions per task and their derivation
// (/inventory/, /pack/), the 起案 editor and its Word button (/pack/), milestones and the Excel button
// (/steps/plan/). Word and Excel themselves load only on click and are not in these figures.
// docs/quality.md lists the figures before and after; cutting them back is an open task.
export const INTERACTIVE = [
  { name: '自己診断', path: '/diagnosis/', js: 38 * KB },
  // /steps/ is a plain list until the tracker lands: expected interactive once src/islands has its island.
  { name: '10ステップ（進捗管理）', path: '/steps/', js: 33 * KB, islandSource: /^(Step|Track)/i },
  { name: '検索', path: '/search/', js: 25 * KB, index: 60 * KB },
  { name: '業務の棚卸し', path: '/inventory/', js: 52 * KB },
  // The 導入工程表 editor has its own page so that /steps/ stays within 30 KB.
  { name: '導入工程表', path: '/steps/plan/', js: 37 * KB, islandSource: /^PlanEditor/ },
  // The 決裁パック: the store, the diagnosis scoring, the inventory classifier, the tracker report and the grid.
  { name: '決裁パック', path: '/pack/', js: 60 * KB, islandSource: /^pack$/ },
];

/** Step pages may carry the tracker island (all of them or none); same budget as the tracker. */
export const STEP_PAGE = /^\/steps\/\d+\/$/;
export const STEP_PAGE_JS = 32 * KB;

/** Any page: HTML + screen CSS + JavaScript, gzip, before images and data. */
export const PAGE_TOTAL = 81 * KB;

/** Search index: the largest JSON file the search page names, or dist/search*.json. */
export const SEARCH_INDEX = 60 * KB;

/** The JavaScript budget for a site path, or 0 for a content-only page. */
export function jsBudget(path) {
  const hit = INTERACTIVE.find((p) => p.path === path);
  if (hit) return hit.js;
  if (STEP_PAGE.test(path)) return STEP_PAGE_JS;
  return 0;
}
