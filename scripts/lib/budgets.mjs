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
// Issue 24 put the 保存とバックアップ panel (restore, merge, backups, undo) on every tool page: about
// 6 KB gzip each, hence the tool pages' budgets below are 6 KB above their earlier ones.
export const INTERACTIVE = [
  { name: '自己診断', path: '/diagnosis/', js: 36 * KB },
  // /steps/ is a plain list until the tracker lands: expected interactive once src/islands has its island.
  { name: '10ステップ（進捗管理）', path: '/steps/', js: 32 * KB, islandSource: /^(Step|Track)/i },
  { name: '検索', path: '/search/', js: 25 * KB, index: 60 * KB },
  { name: '業務の棚卸し', path: '/inventory/', js: 46 * KB },
  // The 導入工程表 editor has its own page so that /steps/ stays within 30 KB.
  { name: '導入工程表', path: '/steps/plan/', js: 32 * KB, islandSource: /^PlanEditor/ },
  // The 決裁パック: the store, the diagnosis scoring, the inventory classifier, the tracker report and the grid.
  { name: '決裁パック', path: '/pack/', js: 46 * KB, islandSource: /^pack$/ },
];

/** Step pages may carry the tracker island (all of them or none); same budget as the tracker. */
export const STEP_PAGE = /^\/steps\/\d+\/$/;
export const STEP_PAGE_JS = 31 * KB;

/** Any page: HTML + screen CSS + JavaScript, gzip, before images and data. */
export const PAGE_TOTAL = 66 * KB;

/** Search index: the largest JSON file the search page names, or dist/search*.json. */
export const SEARCH_INDEX = 60 * KB;

/** The JavaScript budget for a site path, or 0 for a content-only page. */
export function jsBudget(path) {
  const hit = INTERACTIVE.find((p) => p.path === path);
  if (hit) return hit.js;
  if (STEP_PAGE.test(path)) return STEP_PAGE_JS;
  return 0;
}
