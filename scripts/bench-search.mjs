/**
 * `npm run bench:search`: figures for the site search, printed (not a timed test).
 * - index size, raw and gzip (built from content/ by the same builder as /search-index.json;
 *   also dist/search-index.json when a build exists);
 * - load + build time (JSON.parse + createSearch), median of 20;
 * - per-query latency over the golden set: each query timed 10 times after a warm-up, then the
 *   median and p95 over the queries (and the slowest query);
 * - the search page's JavaScript (dist/search/index.html's island and renderer, with their
 *   imports and inline scripts), gzip.
 * Budgets: index ≤ 60 KB gzip, p95 ≤ 20 ms, page JS ≤ 25 KB gzip.
 * Runs the TypeScript sources directly on Node 24 (type stripping; a resolve hook adds ".ts").
 */
import { register } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

register(
  'data:text/javascript,' +
    encodeURIComponent(`export async function resolve(spec, ctx, next) {
  try { return await next(spec, ctx); } catch (e) {
    if ((spec.startsWith('.') || spec.startsWith('/')) && !/\\.[cm]?[jt]sx?$/.test(spec)) return next(spec + '.ts', ctx);
    throw e;
  }
}`),
);

const root = join(import.meta.dirname, '..');
const { loadContent } = await import(join(root, 'test/search/load-content.ts'));
const { buildSearchRecords } = await import(join(root, 'src/lib/search/build.ts'));
const { createSearch } = await import(join(root, 'src/lib/search/engine.ts'));
const { GOLDEN, VARIANTS } = await import(join(root, 'test/search/golden.ts'));

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
const ok = (v, budget) => (v <= budget ? '✓' : '✗ 予算超過');

const json = JSON.stringify(buildSearchRecords(loadContent(process.env.SEARCH_CONTENT_DIR || undefined)));
const gz = gzipSync(json, { level: 9 }).length;
console.log('サイト内検索のベンチマーク');
console.log(`索引（content/ から）: ${JSON.parse(json).length} 件, ${kb(Buffer.byteLength(json))}, gzip ${kb(gz)} ${ok(gz, 60 * 1024)}（予算 60 KB）`);
const distIndex = join(root, 'dist/search-index.json');
if (existsSync(distIndex)) {
  const d = readFileSync(distIndex);
  console.log(`索引（dist/search-index.json）: ${JSON.parse(d.toString()).length} 件, ${kb(d.length)}, gzip ${kb(gzipSync(d, { level: 9 }).length)}`);
}

const loads = [];
let search;
for (let i = 0; i < 20; i++) {
  const t0 = performance.now();
  search = createSearch(JSON.parse(json));
  loads.push(performance.now() - t0);
}
console.log(`読み込み＋構築（JSON.parse + createSearch）: 中央値 ${median(loads).toFixed(1)} ms（初回 ${loads[0].toFixed(1)} ms）`);

const queries = [...GOLDEN.map((g) => g.q), ...VARIANTS.flat()];
const cold = [];
for (const q of queries) {
  const t0 = performance.now();
  search.search(q);
  cold.push(performance.now() - t0);
}
const per = queries.map((q) => {
  const ts = [];
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    search.search(q);
    ts.push(performance.now() - t0);
  }
  return { q, ms: median(ts) };
});
const ms = per.map((p) => p.ms);
const slow = per.reduce((a, b) => (b.ms > a.ms ? b : a));
console.log(`1問い合わせの時間（${queries.length} 件）: 中央値 ${median(ms).toFixed(2)} ms, p95 ${pct(ms, 95).toFixed(2)} ms ${ok(pct(ms, 95), 20)}（予算 20 ms）, 最大 ${slow.ms.toFixed(2)} ms（${slow.q}）`);
console.log(`  初回（キャッシュなし）: 中央値 ${median(cold).toFixed(2)} ms, p95 ${pct(cold, 95).toFixed(2)} ms`);

const html = join(root, 'dist/search/index.html');
if (existsSync(html)) {
  const page = readFileSync(html, 'utf8');
  const seen = new Set();
  const files = [];
  const visit = (url) => {
    const file = join(root, 'dist', url.replace(/^.*?\/_astro\//, '_astro/'));
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const src = readFileSync(file, 'utf8');
    files.push({ url, bytes: Buffer.byteLength(src), gz: gzipSync(src, { level: 9 }).length });
    for (const m of src.matchAll(/(?:from|import)\s*\(?\s*["'](\.\/[^"']+\.js)["']/g)) visit(url.replace(/[^/]+$/, '') + m[1].slice(2));
  };
  for (const m of page.matchAll(/(?:component-url|renderer-url|src)="([^"]*\/_astro\/[^"]+\.js)"/g)) visit(m[1]);
  const inline = [...page.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
  const inlineGz = gzipSync(inline, { level: 9 }).length;
  const total = files.reduce((a, f) => a + f.gz, 0) + inlineGz;
  console.log(`検索ページの JavaScript（索引を除く）: gzip ${kb(total)} ${ok(total, 25 * 1024)}（予算 25 KB）`);
  for (const f of files) console.log(`  ${f.url.replace(/^.*\//, '')}: ${kb(f.bytes)}, gzip ${kb(f.gz)}`);
  console.log(`  インラインの script: gzip ${kb(inlineGz)}`);
} else {
  console.log('検索ページの JavaScript: dist/ がありません（npm run build の後に測れます）');
}
