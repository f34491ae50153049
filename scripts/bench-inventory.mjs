/**
 * `npm run bench:inventory`: figures for 業務の棚卸し, printed (not a timed test).
 * 1. Classification: 1,000 distinct, realistic task names turned into rows in Node — the word
 *    reading, the pre-filled answers and the derived level (createClassifier included) — first
 *    run and median of 5. Budget 200 ms, judged on the median (the first run is shown for reference).
 * 2. Keystroke latency with 1,000 tasks rendered, in Chromium, from the browser's performance
 *    timeline (Event Timing API: `PerformanceObserver({ type: 'event' })`, the time from the key
 *    press until the next frame is painted, grouped per keystroke by `interactionId`). Typing in
 *    業務名, まとめて追加, 所属 and the edit field of row 500. Budget 50 ms per keystroke: the
 *    median and the p95 are each marked against it; the maximum is shown for reference.
 *    Event Timing reports only events of 16 ms or more: a keystroke without an entry took less.
 * Needs a build in dist/ (SITE_BASE=/): run `npm run build` first. BENCH_DIST / BENCH_BASE
 * point it at another build. Runs the TypeScript sources directly on Node 24 (type stripping).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

import './lib/ts-imports.mjs';

const root = join(import.meta.dirname, '..');
const { parse } = await import('yaml');
const { createClassifier } = await import(join(root, 'src/lib/inventory/classify.ts'));
const { toLevelInput } = await import(join(root, 'src/lib/inventory/levels.ts'));
const { cachedClassify, rowBuilder } = await import(join(root, 'src/lib/inventory/rows.ts'));

const CLASSIFY_BUDGET_MS = 200;
const KEY_BUDGET_MS = 50;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
let failed = false;

// ── 1. Classification ──
const levels = parse(readFileSync(join(root, 'content/levels.yaml'), 'utf8')).map((l) => toLevelInput(l.id, l));
const SEEDS = ['給与計算', '職員研修の企画', '会議議事録作成', 'アンケートの集計', '例規の審査', '住民税の課税', '市税の滞納整理', '個人番号の記載された申告書の入力', '住民票の写しの交付', '転入届の受付', '国保資格管理', '児童手当の現況届', '窓口の案内', '補助金の交付決定', '工事現場の確認', '議会対応', 'Web会議による内部会議', '道路パトロール', '検体の精密検査', '予算要求資料の作成', '庁舎の清掃', '要介護認定の事務', '保育所の入所調整', '学校施設の点検', '請願の受理'];
const UNITS = ['総務課', '税務課', '住民課', '福祉課', '建設課', '教育総務課', '議会事務局', '農林課'];
const names = Array.from({ length: 1000 }, (_, i) => `${UNITS[i % UNITS.length]}の${SEEDS[i % SEEDS.length]}（${Math.floor(i / SEEDS.length) + 1}）`);
const tasks = names.map((name, i) => ({ id: `t${i}`, name, unit: '', memo: '', override: '' }));
const runs = [];
for (let r = 0; r < 5; r++) {
  const t0 = performance.now();
  const build = rowBuilder(cachedClassify(createClassifier(levels)), levels);
  build(tasks);
  runs.push(performance.now() - t0);
}
/** 「中央値 47.0 ms ✓」: a figure marked against its own budget. */
function mark(label, value, budget) {
  return `${label} ${value.toFixed(1)} ms${value <= budget ? ' ✓' : ' ✗ 予算超過'}`;
}
const classifyMedian = median(runs);
const okClassify = classifyMedian <= CLASSIFY_BUDGET_MS;
failed ||= !okClassify;
console.log(`分類：1,000件（語の読み・回答の推定・レベルの導出、分類器の作成を含む）${mark('中央値', classifyMedian, CLASSIFY_BUDGET_MS)}（予算 ${CLASSIFY_BUDGET_MS} ms、5回の中央値で判定）、初回 ${runs[0].toFixed(1)} ms（参考）`);

// ── 2. Keystroke latency in Chromium ──
// Other work on the machine shows up in these times: say how busy it was.
console.log(`計測時のマシンの負荷：load average ${loadavg()[0].toFixed(1)}（${cpus().length}コア）。負荷が高いと遅延は大きく出ます。`);
const dist = process.env.BENCH_DIST ?? join(root, 'dist');
const base = process.env.BENCH_BASE ?? '/';
if (!existsSync(join(dist, 'inventory', 'index.html'))) {
  console.error(`${dist}/ にビルドがありません。先に SITE_BASE=${base} npm run build を実行してください（入力の遅延は測っていません）。`);
  process.exit(1);
}
const { chromium } = await import('playwright-core');
const { startStaticServer } = await import(join(root, 'scripts/static-server.mjs'));
const server = await startStaticServer({ root: dist, base });
const profile = mkdtempSync(join(tmpdir(), 'bench-inventory-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  viewport: { width: 1280, height: 900 },
  locale: 'ja-JP',
});
try {
  const page = await context.newPage();
  await page.goto(server.url + 'inventory/');
  await page.locator('#inv-paste').waitFor();
  // Baseline: the same typing with an empty list shows what the machine itself adds.
  console.log(`比較：一覧が空のときの 業務名（1件追加）：${describe(await typeAndMeasure(page, '#inv-name'))}`);
  await page.fill('#inv-name', '');
  await page.fill('#inv-paste', names.join('\n'));
  const t0 = Date.now();
  await page.getByRole('button', { name: 'まとめて追加' }).click();
  await page.locator('.inv-table .inv-row').nth(999).waitFor();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  console.log(`描画：1,000件を貼り付けてから表が出るまで ${Date.now() - t0} ms（参考。時間の予算はありません）`);
  // open the edit form of row 500
  const id500 = (await page.locator('.inv-table .inv-row').nth(499).getAttribute('id')).replace('inv-row-', '');
  await page.locator(`#inv-edit-${id500}`).click();
  await page.locator(`#e-name-${id500}`).waitFor();

  const fields = [
    ['業務名（1件追加）', '#inv-name'],
    ['まとめて追加', '#inv-paste'],
    ['所属', '#inv-dept'],
    ['500件目の編集（業務名）', `#e-name-${id500}`],
  ];
  for (const [label, selector] of fields) {
    const lat = await typeAndMeasure(page, selector);
    const med = median(lat);
    const p95 = pct(lat, 95);
    failed ||= !(med < KEY_BUDGET_MS && p95 < KEY_BUDGET_MS);
    console.log(`入力の遅延（1,000件表示中）${label}：${lat.length}打鍵、${judge('中央値', med)}、${judge('p95', p95)}、最大 ${fmt(Math.max(...lat))}（参考）（予算 1打鍵 ${KEY_BUDGET_MS} ms 未満）`);
  }
} finally {
  await context.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
/** Types TEXT into the field and returns one latency per keystroke (ms), from Event Timing entries. */
async function typeAndMeasure(page, selector) {
  const TEXT = 'gyoumunotanaoroshi kaigi';
  await page.locator(selector).click();
  await page.keyboard.press('End');
  await page.evaluate(() => {
    window.__inv = [];
    const po = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.interactionId) window.__inv.push({ id: e.interactionId, d: e.duration });
    });
    po.observe({ type: 'event', durationThreshold: 16, buffered: false });
    window.__invPo = po;
  });
  await page.keyboard.type(TEXT, { delay: 80 });
  await page.waitForTimeout(300);
  const entries = await page.evaluate(() => {
    window.__invPo.takeRecords().forEach((e) => e.interactionId && window.__inv.push({ id: e.interactionId, d: e.duration }));
    window.__invPo.disconnect();
    return window.__inv;
  });
  const byKey = new Map();
  for (const e of entries) byKey.set(e.id, Math.max(byKey.get(e.id) ?? 0, e.d));
  // Keystrokes with no entry took under 16 ms: count them as 16 (an upper bound).
  return [...byKey.values(), ...Array(Math.max(0, TEXT.length - byKey.size)).fill(16)];
}

function fmt(v) {
  return v <= 16 ? '16 ms 未満' : `${v} ms`;
}
/** 「p95 24 ms ✓」: the figure printed is the figure judged. */
function judge(label, v) {
  return `${label} ${fmt(v)}${v < KEY_BUDGET_MS ? ' ✓' : ' ✗ 予算超過'}`;
}

function describe(lat) {
  return `${lat.length}打鍵、中央値 ${fmt(median(lat))}、p95 ${fmt(pct(lat, 95))}、最大 ${fmt(Math.max(...lat))}`;
}

if (failed) {
  console.error('予算を超えた項目があります');
  process.exit(1);
}
