/**
 * `npm test`: type-check, build the site at "/" (dist/) and under a sub-path (dist-base/ at
 * /sub/path/), then run every test tier in one vitest run and end with
 * "N passed, N failed" counting every test that ran.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';

const run = (label, cmd, args, env = {}) => {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`\n✗ ${label} に失敗しました（終了コード ${r.status}）`);
    console.log('0 passed, 1 failed');
    process.exit(r.status ?? 1);
  }
};

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const skipBuild = process.env.SKIP_BUILD === '1';
if (!skipBuild) {
  run('型チェック（astro check）', npx, ['astro', 'check', '--minimumSeverity', 'warning']);
  run('ビルド（/）', npx, ['astro', 'build'], { SITE_BASE: '/', SITE_OUT_DIR: './dist' });
  run('ビルド（サブパス /sub/path/）', npx, ['astro', 'build'], { SITE_BASE: '/sub/path/', SITE_OUT_DIR: './dist-base' });
}

mkdirSync('reports', { recursive: true });
const args = ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/vitest.json', ...process.argv.slice(2)];
console.log('\n▶ テスト（unit / dist / e2e）');
const r = spawnSync(npx, args, { stdio: 'inherit' });

let passed = 0;
let failed = 0;
if (existsSync('reports/vitest.json')) {
  const report = JSON.parse(readFileSync('reports/vitest.json', 'utf8'));
  passed = report.numPassedTests ?? 0;
  failed = report.numFailedTests ?? 0;
  // A file that fails before its tests run (an import error) counts as one failure.
  if (failed === 0 && (report.numFailedTestSuites ?? 0) > 0) failed = report.numFailedTestSuites;
}
if (r.status !== 0 && failed === 0) failed = 1;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(r.status ?? 1);
