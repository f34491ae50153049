/**
 * `npm test`, in the order that reports the fast tiers first:
 * 1. the unit tier (test/unit, test/content: no build, no browser), reported on its own;
 * 2. type-check (the same `astro check` as `npm run check`: any error, warning or hint fails), build
 *    the site at "/" (dist/) and under a sub-path with the test operator settings (dist-base/ at
 *    /sub/path/, test/support/operator.ts): one build per base path;
 * 3. the dist and e2e tiers against those builds.
 * Each phase prints its duration when it ends, vitest prints each file's time as it finishes, and
 * the run ends with the slowest files, the phases and the total.
 * Every vitest run gets TEST_STRICT=1, so a missing build, tool or source text fails instead of
 * skipping (test/support/prerequisites.ts). The last line counts every test of both runs:
 * "N passed, N failed, N skipped". With CI=true any skipped test not listed with a reason in
 * test/skips.ts fails the run.
 * SKIP_BUILD=1 reuses the existing builds; arguments are passed to both vitest runs
 * (`npm test -- test/e2e/search.test.ts`).
 */
import { spawnSync } from 'node:child_process';
import { TEST_OPERATOR } from '../test/support/operator.ts';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { relative } from 'node:path';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const ci = process.env.CI === 'true';
const extra = process.argv.slice(2);
const totals = { passed: 0, failed: 0, skipped: 0 };
/** @type {{ file: string, test: string }[]} */
const skippedTests = [];

const line = (c) => `${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`;
const started = Date.now();
/** @type {{ label: string, ms: number }[]} */
const phases = [];
/** @type {{ file: string, ms: number }[]} */
const fileTimes = [];
const secs = (ms) => `${(ms / 1000).toFixed(1)} 秒`;
const clock = (ms) => `${Math.floor(ms / 60000)}分${String(Math.round((ms % 60000) / 1000)).padStart(2, '0')}秒`;

/** Runs fn as a named phase and prints how long it took. */
function phase(label, fn) {
  const t0 = Date.now();
  try {
    return fn();
  } finally {
    const ms = Date.now() - t0;
    phases.push({ label, ms });
    console.log(`⏱ ${label}: ${secs(ms)}（開始から ${clock(Date.now() - started)}）`);
  }
}

/** Prints the slowest files, the phases, the total and the closing counts line, and exits. */
function finish(code) {
  if (fileTimes.length > 0) {
    console.log('\n時間のかかったテストファイル（上位10）:');
    for (const f of [...fileTimes].sort((a, b) => b.ms - a.ms).slice(0, 10)) console.log(`  ${secs(f.ms).padStart(9)}  ${f.file}`);
  }
  console.log('\n段階ごとの時間:');
  for (const p of phases) console.log(`  ${secs(p.ms).padStart(9)}  ${p.label}`);
  console.log(`  合計 ${clock(Date.now() - started)}`);
  console.log(`\n${line(totals)}`);
  process.exit(code);
}

/** Runs a step that must succeed; on failure it counts as one failed test and ends the run. */
function step(label, cmd, args, env = {}, check = undefined) {
  console.log(`\n▶ ${label}`);
  const r = phase(label, () => spawnSync(cmd, args, { stdio: check ? ['inherit', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8', env: { ...process.env, ...env } }));
  if (typeof r.stdout === 'string') process.stdout.write(r.stdout);
  const problem = r.status === 0 && check ? check(r.stdout ?? '') : null;
  if (problem) console.error(`\n✗ ${problem}`);
  if (r.status !== 0 || problem) {
    console.error(`\n✗ ${label} に失敗しました（終了コード ${r.status}）`);
    totals.failed += 1;
    finish(r.status || 1);
  }
}

/** Runs vitest on some projects, adds its counts to the totals and returns its exit status. */
function vitest(label, projects, reportName) {
  console.log(`\n▶ ${label}`);
  const out = `reports/${reportName}.json`;
  rmSync(out, { force: true });
  const args = ['vitest', 'run', ...projects.flatMap((p) => ['--project', p]), '--passWithNoTests', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...extra];
  const r = phase(label, () => spawnSync(npx, args, { stdio: 'inherit', env: { ...process.env, TEST_STRICT: '1' } }));
  const c = { passed: 0, failed: 0, skipped: 0 };
  if (existsSync(out)) {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    c.passed = report.numPassedTests ?? 0;
    c.failed = report.numFailedTests ?? 0;
    c.skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    // A file that fails before its tests run (an import error) counts as one failure.
    if (c.failed === 0 && (report.numFailedTestSuites ?? 0) > 0) c.failed = report.numFailedTestSuites;
    for (const file of report.testResults ?? []) {
      if (file.startTime && file.endTime) fileTimes.push({ file: relative(process.cwd(), file.name), ms: file.endTime - file.startTime });
      for (const t of file.assertionResults ?? [])
        if (t.status === 'pending' || t.status === 'skipped' || t.status === 'todo')
          skippedTests.push({ file: relative(process.cwd(), file.name), test: [...(t.ancestorTitles ?? []), t.title].join(' > ') });
    }
  }
  if (r.status !== 0 && c.failed === 0) c.failed = 1;
  console.log(`\n${label}: ${line(c)}`);
  for (const k of Object.keys(totals)) totals[k] += c[k];
  return r.status ?? 1;
}

mkdirSync('reports', { recursive: true });
let status = vitest('単体・内容のテスト（unit）', ['unit'], 'vitest-unit');

if (process.env.SKIP_BUILD !== '1') {
  // The same command as `npm run check`; its last lines count errors, warnings and hints, and any of them fails.
  step('型チェック（astro check、npm run check と同じ）', npx, ['astro', 'check'], {}, (out) => {
    const plain = out.replace(/\x1b\[[0-9;]*m/g, '');
    const n = (k) => Number(new RegExp(`- (\\d+) ${k}`).exec(plain)?.[1] ?? NaN);
    const counts = { errors: n('errors?'), warnings: n('warnings?'), hints: n('hints?') };
    if (Object.values(counts).some((v) => Number.isNaN(v))) return 'astro check の集計行が読めません';
    return counts.errors + counts.warnings + counts.hints > 0 ? `astro check: エラー ${counts.errors}・警告 ${counts.warnings}・ヒント ${counts.hints}（すべて 0 にしてください）` : null;
  });
  step('不要なコード（knip：使われていないファイル・export・依存関係）', npx, ['knip', '--no-progress']);
  step('ビルド（/、運営者の設定なし）', npx, ['astro', 'build'], { SITE_BASE: '/', SITE_OUT_DIR: './dist' });
  step('ビルド（サブパス /sub/path/、試験用の運営者つき）', npx, ['astro', 'build'], { SITE_BASE: '/sub/path/', SITE_OUT_DIR: './dist-base', ...TEST_OPERATOR });
}

status = vitest('ビルド出力と実ブラウザのテスト（dist / e2e）', ['dist', 'e2e'], 'vitest-build') || status;

if (skippedTests.length > 0) {
  /** @type {{ ALLOWED_SKIPS: { file: string, test: string, reason: string }[] }} */
  const { ALLOWED_SKIPS } = await import('../test/skips.ts');
  const allowed = (s) => ALLOWED_SKIPS.some((a) => a.reason.trim() !== '' && a.file === s.file && a.test === s.test);
  const unlisted = skippedTests.filter((s) => !allowed(s));
  console.log(`\nskip したテスト（${skippedTests.length} 件）:`);
  for (const s of skippedTests) console.log(`  ${allowed(s) ? '許可' : '未許可'}  ${s.file}: ${s.test}`);
  if (ci && unlisted.length > 0) {
    console.error(`\n✗ CI では、test/skips.ts に理由とともに載っていない skip（${unlisted.length} 件）は失敗です`);
    status ||= 1;
  }
}

finish(status);
