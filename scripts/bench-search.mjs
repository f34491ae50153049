/**
 * `npm run bench:search`: figures for the site search, printed (not a timed test).
 * - index size, raw and gzip, of the index the site ships (dist/search-index.json: run
 *   `npm run build` first); SEARCH_CONTENT_DIR=folder builds one from another content folder
 *   with the same builder instead (for trying content changes);
 * - load + build time (JSON.parse + createSearch), median of 20;
 * - per-query latency over the golden set: each query timed 10 times after a warm-up, with the
 *   engine's per-word cache cleared each time, then the median and p95 over the queries (and
 *   the slowest query);
 * - the search page's JavaScript (dist/search/index.html's island and renderer, with their
 *   imports and inline scripts), gzip.
 * - side by side with Pagefind (the engine of Starlight's search) over the same dist/ and the
 *   same golden set: top-1, top-3, queries that show nothing, and bytes (gzip) fetched until the
 *   first result can be shown. Pagefind indexes dist/ into a temporary folder (never into dist/)
 *   with its Node API, and its own pagefind.js runs in Node with file reads in place of fetch
 *   (no server, no network). Skipped without dist/ (run `npm run build` first).
 * Budgets: index ≤ 60 KB gzip, p95 ≤ 20 ms, page JS ≤ 25 KB gzip.
 * Runs the TypeScript sources directly on Node 24 (type stripping; a resolve hook adds ".ts").
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import './lib/ts-imports.mjs';

const root = join(import.meta.dirname, '..');
const { loadIndex } = await import(join(root, 'test/search/load-content.ts'));
const { rankIn, isEmpty, answers } = await import(join(root, 'test/search/evaluate.ts'));
const { createSearch } = await import(join(root, 'src/lib/search/engine.ts'));
const { GOLDEN, VARIANTS } = await import(join(root, 'test/search/golden.ts'));

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
const ok = (v, budget) => (v <= budget ? '✓' : '✗ 予算超過');

const distIndex = join(root, 'dist/search-index.json');
const fromContent = process.env.SEARCH_CONTENT_DIR;
if (!fromContent && !existsSync(distIndex)) {
  console.error('dist/search-index.json がありません。先に npm run build を実行してください（SEARCH_CONTENT_DIR=フォルダ で内容から作ることもできます）');
  process.exit(1);
}
const json = fromContent ? JSON.stringify(loadIndex(fromContent)) : readFileSync(distIndex, 'utf8');
const gz = gzipSync(json, { level: 9 }).length;
const distIndexGz = fromContent ? undefined : gz;
console.log('サイト内検索のベンチマーク');
console.log(`索引（${fromContent ? `${fromContent} から作成` : 'dist/search-index.json、サイトが配るもの'}）: ${JSON.parse(json).records.length} 件＋同義語 ${JSON.parse(json).terms.length} 組, ${kb(Buffer.byteLength(json))}, gzip ${kb(gz)} ${ok(gz, 60 * 1024)}（予算 60 KB）`);

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
    search.clearCache(); // the per-word cache would make a repeated query look free
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
let pageJsGz;
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
  pageJsGz = total;
  console.log(`検索ページの JavaScript（索引を除く）: gzip ${kb(total)} ${ok(total, 25 * 1024)}（予算 25 KB）`);
  for (const f of files) console.log(`  ${f.url.replace(/^.*\//, '')}: ${kb(f.bytes)}, gzip ${kb(f.gz)}`);
  console.log(`  インラインの script: gzip ${kb(inlineGz)}`);
} else {
  console.log('検索ページの JavaScript: dist/ がありません（npm run build の後に測れます）');
}

// ── Side by side with Pagefind ──────────────────────────────────────────────────────────────
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.log('Pagefind との比較: dist/ がありません（npm run build の後に測れます）');
} else {
  const out = mkdtempSync(join(tmpdir(), 'bench-pagefind-'));
  try {
    const pagefind = await import('pagefind');
    // as Starlight does (data-pagefind-body on the content): the main content, without navigation
    const { index, errors } = await pagefind.createIndex({ rootSelector: 'main', excludeSelectors: ['nav', '.toc', '.breadcrumbs'], forceLanguage: 'ja' });
    if (!index) throw new Error(errors.join('; '));
    const added = await index.addDirectory({ path: dist });
    await index.writeFiles({ outputPath: join(out, 'pagefind') });
    await pagefind.close();

    // pagefind.js fetches its files; here they are read from the temporary folder (and counted)
    let fetched = 0;
    const gzBytes = (buf, name) => (/\.(js|json|css)$/.test(name) ? gzipSync(buf, { level: 9 }).length : buf.length); // its index files are compressed already
    const realFetch = globalThis.fetch;
    globalThis.fetch = async (u) => {
      const url = new URL(String(u));
      if (url.protocol !== 'file:') throw new Error(`ネットワークには出ません: ${u}`);
      const buf = await readFile(fileURLToPath(url));
      fetched += gzBytes(buf, url.pathname);
      return new Response(buf, { status: 200 });
    };
    globalThis.window ??= { location: { origin: 'file://', href: 'file:///' } };
    const pfJs = join(out, 'pagefind/pagefind.js');
    const pfJsGz = gzBytes(readFileSync(pfJs), 'pagefind.js');
    let fresh = 0;
    /** A cold Pagefind (new module instance) → its ranked pages with their sections, and the bytes fetched. */
    const pagefindQuery = async (q) => {
      fetched = 0;
      const pf = await import(`${pathToFileURL(pfJs).href}?cold=${fresh++}`);
      await pf.options({ basePath: pathToFileURL(join(out, 'pagefind')).href + '/', baseUrl: '/' });
      await pf.init();
      const res = await pf.search(q);
      const pages = [];
      for (const [n, r] of res.results.entries()) {
        if (n >= 10) break;
        const d = await r.data();
        const clean = (u) => decodeURIComponent(u).replace(/\/index\.html(?=#|$)/, '/');
        pages.push({ url: clean(d.url), subs: (d.sub_results ?? []).map((x) => clean(x.url)) });
        if (n === 0) pages.bytes = fetched + pfJsGz;
      }
      return { pages, bytes: pages.bytes ?? fetched + pfJsGz, total: res.results.length };
    };
    /**
     * Rank among Pagefind's pages. Pagefind returns sections only for headings with ids (not a
     * glossary entry or a /data/ answer), so the page holding a wanted section counts as a hit:
     * a count in Pagefind's favour.
     */
    const pagefindRank = (pages, want) => pages.findIndex((p) => answers(p.url, want.split('#')[0]));

    const search = createSearch(JSON.parse(json));
    const ourBytes = (distIndexGz ?? gz) + (pageJsGz ?? 0);
    const fig = { ours: { t1: 0, t3: 0, zero: 0 }, pf: { t1: 0, t3: 0, zero: 0 } };
    const pfBytes = [];
    const rows = [];
    for (const g of GOLDEN) {
      const o = search.query(g.q);
      const r = rankIn(o, g.want);
      if (r === 0) fig.ours.t1++;
      if (r >= 0 && r < 3) fig.ours.t3++;
      if (isEmpty(o)) fig.ours.zero++;
      const p = await pagefindQuery(g.q);
      const pr = pagefindRank(p.pages, g.want);
      if (pr === 0) fig.pf.t1++;
      if (pr >= 0 && pr < 3) fig.pf.t3++;
      if (p.total === 0) fig.pf.zero++;
      else pfBytes.push(p.bytes);
      if (r !== 0 || pr !== 0) rows.push(`  ${g.q} → ${g.want}: 当サイト ${r < 0 ? '圏外' : `${r + 1}位`} / Pagefind ${pr < 0 ? (p.total ? '圏外' : '0件') : `${pr + 1}位`}`);
    }
    globalThis.fetch = realFetch;
    const n = GOLDEN.length;
    const pc = (x) => `${x}/${n}（${((100 * x) / n).toFixed(1)}%）`;
    const win = (a, b, lower = false) => (lower ? a < b : a > b) ? '当サイト' : a === b ? '同じ' : 'Pagefind';
    console.log(`\nPagefind との比較（同じ dist/ の ${added.page_count} ページ、ゴールデンセット ${n} 件。Pagefind は節を求める問い合わせでも、そのページが出れば正解と数える）`);
    console.log(`                     当サイト             Pagefind             上回る方`);
    console.log(`  1位が正解         ${pc(fig.ours.t1).padEnd(20)} ${pc(fig.pf.t1).padEnd(20)} ${win(fig.ours.t1, fig.pf.t1)}`);
    console.log(`  上位3件に正解     ${pc(fig.ours.t3).padEnd(20)} ${pc(fig.pf.t3).padEnd(20)} ${win(fig.ours.t3, fig.pf.t3)}`);
    console.log(`  何も出ない        ${String(fig.ours.zero).padEnd(20)} ${String(fig.pf.zero).padEnd(20)} ${win(fig.ours.zero, fig.pf.zero, true)}`);
    const pfMed = pfBytes.length ? median(pfBytes) : 0;
    console.log(`  最初の結果までの転送量（gzip）: 当サイト ${kb(ourBytes)}（索引＋検索ページの JavaScript、どの問い合わせでも同じ） / Pagefind 中央値 ${kb(pfMed)}、最大 ${kb(Math.max(0, ...pfBytes))}（pagefind.js・wasm・索引の断片・最初の結果の断片。表示用の UI の JavaScript は含めない） → ${win(ourBytes, pfMed, true)}`);
    console.log('  どちらかが1位を外した問い合わせ:');
    for (const r of rows) console.log(r);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
