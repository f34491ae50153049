/**
 * `npm run bench:inventory`: classifies 1,000 task names in Node and reports the time
 * (budget: under 200 ms, issue 7). Bundles src/lib/inventory with esbuild (Astro's own
 * dependency) so it runs without a TypeScript loader.
 */
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';

const BUDGET_MS = 200;
const dir = mkdtempSync(join(tmpdir(), 'bench-inventory-'));
const entry = join(dir, 'entry.ts');
writeFileSync(entry, `export * from ${JSON.stringify(join(process.cwd(), 'src/lib/inventory/classify.ts'))};\nexport * from ${JSON.stringify(join(process.cwd(), 'src/lib/inventory/levels.ts'))};\n`);
const out = join(dir, 'bundle.mjs');
await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'error' });
const lib = await import(pathToFileURL(out).href);
rmSync(dir, { recursive: true, force: true });

const file = 'content/levels.yaml';
const levels = parse(readFileSync(file, 'utf8')).map((l) => lib.toLevelInput(l.id, l));

const seeds = ['議事録の作成', '住民票の交付', '税務システムでの課税処理', '工事現場の確認', 'アンケートの集計', '庁舎の清掃', 'Web会議による打ち合わせ', '生活保護費の支給決定', '検体の精密検査', '予算要求資料の作成'];
const names = Array.from({ length: 1000 }, (_, i) => `${seeds[i % seeds.length]}（${i + 1}）`);

const runs = [];
for (let r = 0; r < 5; r++) {
  const t0 = performance.now();
  const c = lib.createClassifier(levels);
  for (const n of names) c.classify(n);
  runs.push(performance.now() - t0);
}
const first = runs[0];
const best = Math.min(...runs);
console.log(`1,000件の分類（${file}）: 初回 ${first.toFixed(1)} ms、最良 ${best.toFixed(1)} ms（予算 ${BUDGET_MS} ms）`);
if (first > BUDGET_MS) {
  console.error('予算を超えました');
  process.exit(1);
}
