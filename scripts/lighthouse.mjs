/**
 * `npm run lighthouse`: Lighthouse 13 (its default mobile preset: Moto G Power-class device,
 * simulated slow 4G and 4× CPU slowdown) with the system Chromium (CHROME_PATH, default
 * /usr/bin/chromium) on one page of every template, served on 127.0.0.1 by
 * scripts/static-server.mjs — no internet needed. Prints the four scores per page and the audits
 * that kept a score below 100; writes reports/lighthouse.json. About 11 s per page, so it is not
 * part of `npm test`. Options: --no-build (use the existing dist/), --only /path/ (one page),
 * --runs N (N runs per page, the median by performance score is reported; default 1). A first,
 * unrecorded run warms Chromium up, so the first page is not measured on a cold browser.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startStaticServer } from './static-server.mjs';
import { templatePages } from './lib/templates.mjs';
import { normalizeBase } from './lib/weight.mjs';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const dist = process.env.SITE_OUT_DIR ?? 'dist';
const base = normalizeBase(process.env.SITE_BASE ?? '/');
const opt = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : null);
const only = opt('--only');
const runs = Math.max(1, Number(opt('--runs') ?? 1));

if (!process.argv.includes('--no-build')) {
  console.log(`▶ ビルド（${base} → ${dist}/）`);
  const r = spawnSync(npx, ['astro', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, SITE_BASE: base, SITE_OUT_DIR: dist } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
if (!existsSync(join(dist, 'sitemap.xml'))) {
  console.error(`${dist}/sitemap.xml がありません。先にビルドしてください`);
  process.exit(1);
}

const xml = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => '/' + new URL(m[1]).pathname.slice(base.length));
const pages = only ? [only] : templatePages(paths);

const server = await startStaticServer({ root: dist, base });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const CATS = [
  ['performance', 'Performance'],
  ['accessibility', 'Accessibility'],
  ['best-practices', 'Best Practices'],
  ['seo', 'SEO'],
];
const results = [];
const pad = (s, n) => String(s).padStart(n);
const w = Math.max(...pages.map((p) => [...decodeURIComponent(p)].length), 6) + 2;
console.log(`\nLighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}（モバイル、${pages.length} ページ）`);
console.log(`${'ページ'.padEnd(w - 3)}  Perf  A11y    BP   SEO   FCP    LCP    TBT   CLS`);
const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATS.map(([id]) => id) };
try {
  await lighthouse(server.url, flags); // warm-up, not recorded
  for (const path of pages) {
    const target = server.url + path.replace(/^\//, '');
    const t0 = performance.now();
    const lhrs = [];
    for (let i = 0; i < runs; i++) lhrs.push((await lighthouse(target, flags)).lhr);
    lhrs.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
    const lhr = lhrs[Math.floor((lhrs.length - 1) / 2)];
    const scores = Object.fromEntries(CATS.map(([id]) => [id, lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100)]));
    const metric = (id) => lhr.audits[id]?.numericValue ?? null;
    const below = [];
    for (const [id] of CATS) {
      for (const ref of lhr.categories[id]?.auditRefs ?? []) {
        const a = lhr.audits[ref.id];
        if (ref.weight > 0 && a && a.score !== null && a.score < 1) below.push(`${id}: ${a.id}（${a.displayValue ?? a.score}）`);
      }
    }
    results.push({
      path,
      url: target,
      scores,
      metrics: { fcpMs: metric('first-contentful-paint'), lcpMs: metric('largest-contentful-paint'), tbtMs: metric('total-blocking-time'), cls: metric('cumulative-layout-shift'), speedIndexMs: metric('speed-index') },
      below,
      runtimeError: lhr.runtimeError?.message ?? null,
      warnings: lhr.runWarnings ?? [],
      seconds: Math.round((performance.now() - t0) / 100) / 10,
    });
    const m = results.at(-1).metrics;
    const ms = (v) => (v == null ? '   -' : `${(v / 1000).toFixed(1)}s`);
    console.log(`${decodeURIComponent(path).padEnd(w)}  ${CATS.map(([id]) => pad(scores[id] ?? '-', 4)).join('  ')}  ${pad(ms(m.fcpMs), 5)}  ${pad(ms(m.lcpMs), 5)}  ${pad(m.tbtMs == null ? '-' : Math.round(m.tbtMs) + 'ms', 5)}  ${pad(m.cls == null ? '-' : m.cls.toFixed(3), 5)}`);
    for (const b of below) console.log(`    100 未満の要因: ${b}`);
    if (lhr.runtimeError) console.log(`    エラー: ${lhr.runtimeError.message}`);
  }
} finally {
  chrome.kill();
  await server.close();
}

const all = results.flatMap((r) => Object.values(r.scores));
const perfect = all.every((s) => s === 100);
console.log(perfect ? '\nすべてのページ・すべての項目で 100 点です。' : `\n100 点でない項目があります（最低 ${Math.min(...all.filter((s) => s != null))} 点）。`);
mkdirSync('reports', { recursive: true });
writeFileSync('reports/lighthouse.json', JSON.stringify({ generatedAt: new Date().toISOString(), preset: 'mobile（既定）', runsPerPage: runs, base, results }, null, 2) + '\n');
console.log('→ reports/lighthouse.json');
