/**
 * `node scripts/mutation-score.mjs reports/mutation/a.json reports/mutation/b.json …`: the
 * mutation score of src/lib from one or more Stryker JSON reports (mutation-testing-report-schema),
 * for runs made in parts (`--mutate` one file or folder at a time, `STRYKER_REPORT=name`). A file
 * found in several reports is taken from the last one given, so a rerun of one file after new
 * tests replaces that file's earlier result. Prints each file's score and the total, lowest first.
 *
 * Score = detected ÷ (detected + survived + no coverage), detected = killed + timed out, as
 * Stryker counts it; ignored (static) mutants and compile/runtime errors are left out.
 */
import { readFileSync } from 'node:fs';

const paths = process.argv.slice(2);
if (!paths.length) {
  console.error('使い方: node scripts/mutation-score.mjs reports/mutation/<名前>.json …（同じファイルは後のものを使う）');
  process.exit(2);
}

/** @type {Map<string, { report: string, counts: Record<string, number> }>} */
const files = new Map();
for (const path of paths) {
  const report = JSON.parse(readFileSync(path, 'utf8'));
  for (const [file, data] of Object.entries(report.files ?? {})) {
    const counts = {};
    for (const m of data.mutants ?? []) counts[m.status] = (counts[m.status] ?? 0) + 1;
    files.set(file, { report: path, counts });
  }
}

const sum = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, Ignored: 0 };
const rows = [];
for (const [file, { report, counts }] of files) {
  for (const k of Object.keys(sum)) sum[k] += counts[k] ?? 0;
  const detected = (counts.Killed ?? 0) + (counts.Timeout ?? 0);
  const total = detected + (counts.Survived ?? 0) + (counts.NoCoverage ?? 0);
  rows.push({ file, report, detected, total, survived: counts.Survived ?? 0, noCov: counts.NoCoverage ?? 0, score: total ? (100 * detected) / total : 100 });
}
rows.sort((a, b) => a.score - b.score || a.file.localeCompare(b.file));
for (const r of rows) console.log(`${r.score.toFixed(1).padStart(6)}%  ${String(r.detected).padStart(5)}/${String(r.total).padEnd(5)} 生き残り ${String(r.survived).padStart(3)}  通らない ${String(r.noCov).padStart(2)}  ${r.file}  (${r.report})`);
const detected = sum.Killed + sum.Timeout;
const total = detected + sum.Survived + sum.NoCoverage;
console.log(`合計 ${((100 * detected) / total).toFixed(1)}%：倒した ${sum.Killed}・時間切れ ${sum.Timeout}・生き残り ${sum.Survived}・どのテストも通らない ${sum.NoCoverage}（static など除外 ${sum.Ignored}）、${files.size} ファイル`);
