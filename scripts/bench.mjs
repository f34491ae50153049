/**
 * `npm run bench`: builds the site (timing the build), then prints, for every built page, the
 * HTML, CSS and JavaScript bytes it loads (raw and gzip) and the total, the print stylesheet
 * apart, the JSON files (search index) and the budgets; writes reports/bench.json. Then runs
 * `npm run bench:search` / `bench:inventory` when package.json has them.
 * Options: --no-build (weigh the existing dist/), SITE_BASE / SITE_OUT_DIR as for the build.
 * Not a timed test: the budgets themselves are enforced by test/dist/budgets.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { weighSite, jsonFiles, kb, normalizeBase } from './lib/weight.mjs';
import { jsBudget, PAGE_TOTAL, INTERACTIVE } from './lib/budgets.mjs';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const dist = process.env.SITE_OUT_DIR ?? 'dist';
const base = normalizeBase(process.env.SITE_BASE ?? '/');
const noBuild = process.argv.includes('--no-build');

let buildMs = null;
if (!noBuild) {
  console.log(`▶ ビルド（${base} → ${dist}/）`);
  const t0 = performance.now();
  const r = spawnSync(npx, ['astro', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, SITE_BASE: base, SITE_OUT_DIR: dist } });
  buildMs = Math.round(performance.now() - t0);
  if (r.status !== 0) {
    console.error('ビルドに失敗しました');
    process.exit(r.status ?? 1);
  }
}

const pages = weighSite(dist, base).sort((a, b) => a.path.localeCompare(b.path));
const json = jsonFiles(dist);
const pad = (s, n) => String(s).padStart(n);
const padEnd = (s, n) => String(s) + ' '.repeat(Math.max(0, n - [...String(s)].length));
const w = Math.max(8, ...pages.map((p) => p.path.length));

console.log(`\nページの重さ（KB、1 KB = 1024 バイト。gz = gzip レベル6。合計 = HTML + 画面用CSS + JS、画像・データを除く。押下時 = 押したときだけ読む ondemand-* の部分（gz、予算の外））`);
console.log(`${padEnd('ページ', w)} ${pad('HTML', 6)} ${pad('HTMLgz', 6)} ${pad('CSS', 6)} ${pad('CSSgz', 6)} ${pad('JS', 6)} ${pad('JSgz', 6)} ${pad('合計', 6)} ${pad('合計gz', 6)} ${pad('印刷CSS', 6)} ${pad('押下時', 6)}  予算`);
const rows = [];
for (const p of pages) {
  const budget = jsBudget(p.path);
  const jsGz = p.js.gzip + p.inlineJs.gzip;
  const jsOk = budget === 0 ? jsGz === 0 : jsGz <= budget;
  const totalOk = p.total.gzip <= PAGE_TOTAL;
  const verdict = jsOk && totalOk ? 'OK' : `超過（${!jsOk ? `JS ${kb(jsGz)}/${kb(budget)}` : ''}${!totalOk ? ` 合計 ${kb(p.total.gzip)}/${kb(PAGE_TOTAL)}` : ''}）`;
  console.log(
    `${padEnd(p.path, w)} ${pad(kb(p.html.raw), 6)} ${pad(kb(p.html.gzip), 6)} ${pad(kb(p.css.raw), 6)} ${pad(kb(p.css.gzip), 6)} ${pad(kb(p.js.raw + p.inlineJs.raw), 6)} ${pad(kb(jsGz), 6)} ${pad(kb(p.total.raw), 6)} ${pad(kb(p.total.gzip), 6)} ${pad(kb(p.printCss.gzip), 6)} ${pad(kb(p.onDemand.gzip), 6)}  ${verdict}`,
  );
  rows.push({
    path: p.path,
    html: p.html,
    css: { raw: p.css.raw, gzip: p.css.gzip, files: p.css.files.map((f) => f.path) },
    printCss: { raw: p.printCss.raw, gzip: p.printCss.gzip },
    js: { raw: p.js.raw, gzip: p.js.gzip, files: p.js.files.map((f) => f.path), inline: p.inlineJs },
    onDemand: { raw: p.onDemand.raw, gzip: p.onDemand.gzip, files: p.onDemand.files.map((f) => f.path) },
    data: { raw: p.data.raw, gzip: p.data.gzip, files: p.data.files.map((f) => f.path) },
    islands: p.islands,
    total: p.total,
    budget: { js: budget, total: PAGE_TOTAL, ok: jsOk && totalOk },
  });
}

const max = (f) => pages.reduce((m, p) => (f(p) > f(m) ? p : m), pages[0]);
const heaviest = max((p) => p.total.gzip);
console.log(`\nページ数 ${pages.length}、最も重いページ ${heaviest.path}（合計 ${kb(heaviest.total.gzip)} KB gz）`);
if (json.length) {
  console.log('\nJSON（検索インデックスなど）');
  for (const j of json) console.log(`  ${padEnd(j.path, 30)} ${pad(kb(j.raw), 7)} KB  ${pad(kb(j.gzip), 6)} KB gz`);
} else console.log('\nJSON ファイル（検索インデックス）はまだありません');
const present = INTERACTIVE.filter((i) => pages.some((p) => p.path === i.path)).map((i) => i.path);
console.log(`対話ページ（あるもの）: ${present.join(' ') || 'なし'}`);
if (buildMs !== null) console.log(`ビルド時間 ${(buildMs / 1000).toFixed(1)} 秒`);

mkdirSync('reports', { recursive: true });
const report = { generatedAt: new Date().toISOString(), base, dist, buildMs, node: process.version, kb: 1024, gzipLevel: 6, pages: rows, json };
writeFileSync('reports/bench.json', JSON.stringify(report, null, 2) + '\n');
console.log('→ reports/bench.json');

const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts ?? {};
for (const s of ['bench:search', 'bench:inventory']) {
  if (!scripts[s]) continue;
  console.log(`\n▶ npm run ${s}`);
  const r = spawnSync(npm, ['run', '--silent', s], { stdio: 'inherit' });
  if (r.status !== 0) console.error(`${s} が終了コード ${r.status} で終わりました`);
}
