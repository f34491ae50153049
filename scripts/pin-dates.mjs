/**
 * `npm run pin-dates`: writes last-updated.json, the 「最終更新」 dates of every file under src/
 * and content/ as git records them (the date of the last commit that changed each file). Run it
 * in a clone with full history, then build from a copy without history (a `git archive` export,
 * a zip) with this file at its top (or SITE_UPDATED_DATES=<path>): src/utils/last-updated.ts uses
 * the pinned dates there instead of showing none. Options: --out <file> (default last-updated.json).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const git = (args) => execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).trim();
if (git(['rev-parse', '--is-shallow-repository']) !== 'false') {
  console.error('浅いクローン（--depth）では日付が分かりません。履歴をすべて取得してから実行してください（git fetch --unshallow）。');
  process.exit(1);
}
const at = process.argv.indexOf('--out');
const out = at > 0 && process.argv[at + 1] ? process.argv[at + 1] : join(root, 'last-updated.json');
const tracked = new Set(git(['ls-files', '--', 'src', 'content']).split('\n').filter(Boolean));
const files = {};
let date = '';
// newest commits first: the first date seen for a file is its last change
for (const line of git(['log', '--format=>%cs', '--name-only', '--', 'src', 'content']).split('\n')) {
  if (line.startsWith('>')) date = line.slice(1);
  else if (line && tracked.has(line) && !(line in files)) files[line] = date;
}
writeFileSync(out, JSON.stringify({ commit: git(['rev-parse', 'HEAD']), files: Object.fromEntries(Object.entries(files).sort()) }, null, 2) + '\n');
console.log(`${out}: ${Object.keys(files).length} ファイルの日付を書きました（コミット ${git(['rev-parse', '--short', 'HEAD'])}）`);
