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
// 2026-12-04: back to the original 30 KB for /steps/ and the step pages (and 25 KB for /search/).
// 2026-12-05: /steps/plan/ back to its original 30 KB (Preact and the store in one chunk each, the
// preload helper reduced to a call, the import checks loaded with the restore part). Later that day
// /diagnosis/ and /inventory/ back to theirs too (chunks grouped by what loads together, the CSV
// preview and the backups list with the parts that show them, no signals stub).
// 2026-12-06: /pack/ back to its original 40 KB: it prints the inventory's levels from the results
// /inventory/ stores (src/lib/inventory/level-cache.ts) and loads the classifier only for tasks
// without a current result; the 工程表's editing apart from its table (plan-table.ts).
// Chunks loaded only on demand (ondemand-*: restore and backups, CSV, Word, Excel, the pack's
// classifier) are weighed apart.
export const INTERACTIVE = [
  { name: '自己診断', path: '/diagnosis/', js: 30 * KB }, // the original budget; measured 29.3 (12-05)
  // /steps/ is a plain list until the tracker lands: expected interactive once src/islands has its island.
  { name: '10ステップ（進捗管理）', path: '/steps/', js: 30 * KB, islandSource: /^(Step|Track)/i },
  { name: '検索', path: '/search/', js: 25 * KB, index: 60 * KB },
  { name: '業務の棚卸し', path: '/inventory/', js: 40 * KB }, // the original budget; measured 39.7 (12-06)
  // The 導入工程表 editor has its own page so that /steps/ stays within 30 KB.
  { name: '導入工程表', path: '/steps/plan/', js: 30 * KB, islandSource: /^PlanEditor/ }, // the original budget; measured 28.5 (12-06)
  // The 決裁パック: the store, the 起案, the diagnosis scoring, the inventory's printed rows, the tracker report and the grid.
  { name: '決裁パック', path: '/pack/', js: 40 * KB, islandSource: /^pack$/ }, // the original budget; measured 39.9 (12-06; 50.1 on 12-05)
];

/** Step pages may carry the tracker island (all of them or none); same budget as the tracker. */
export const STEP_PAGE = /^\/steps\/\d+\/$/;
export const STEP_PAGE_JS = 30 * KB;

/**
 * Any page: HTML + screen CSS + JavaScript, gzip, before images and data. The original 60 KB again
 * since 2026-12-06: the heaviest page, /pack/, measured 59.9 KB (61.2 earlier that day, 71.8 on
 * 12-05, 76.6 on 12-04) once the guide's content it prints went into a JSON data block instead of
 * island props (src/lib/page-data.ts: Astro's props tag every value and escape every quote);
 * /diagnosis/ 59.2 (its HTML alone is 24 KB: the questions are sent to the island as props) and
 * /inventory/ 57.9. See docs/quality.md.
 */
export const PAGE_TOTAL = 60 * KB;

/** Search index: the largest JSON file the search page names, or dist/search*.json. */
export const SEARCH_INDEX = 60 * KB;

/** The JavaScript budget for a site path, or 0 for a content-only page. */
export function jsBudget(path) {
  const hit = INTERACTIVE.find((p) => p.path === path);
  if (hit) return hit.js;
  if (STEP_PAGE.test(path)) return STEP_PAGE_JS;
  return 0;
}
