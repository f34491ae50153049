/**
 * 「最終更新」 in a build without git history: the tree `git archive HEAD` exports (as a zip, a
 * copy or a deployment without .git would have it) is built in a temporary folder, and no page
 * may show a date there — file times in such a tree are the day of the copy (or of the build),
 * not of the content. With the dates pinned by `npm run pin-dates` (last-updated.json), the same
 * tree dates every page exactly as the clone with history does. One build (about 20 s).
 * Checks the committed tree (HEAD), as a deployment gets it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { hasHistory, lastUpdated } from '../../src/utils/last-updated';

const root = process.cwd();
let tmp = '';
let pages: { path: string; html: string }[] = [];

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'navi-archive-'));
  execSync(`git archive HEAD | tar -x -C ${JSON.stringify(tmp)}`, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  symlinkSync(join(root, 'node_modules'), join(tmp, 'node_modules'), 'dir');
  const env = { ...process.env };
  delete env['SITE_UPDATED_DATES'];
  delete env['SITE_BASE'];
  delete env['SITE_OUT_DIR'];
  execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: tmp, env, stdio: ['ignore', 'ignore', 'pipe'] });
  const dist = join(tmp, 'dist');
  pages = htmlFiles(dist).map((f) => ({ path: '/' + relative(dist, f).split(sep).join('/').replace(/index\.html$/, '').replace(/\.html$/, '/'), html: readFileSync(f, 'utf8') }));
}, 180_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('最終更新：変更履歴のない木（git archive の書き出し）からのビルド', () => {
  it('書き出した木には履歴がなく、ページは全部できる', () => {
    expect(existsSync(join(tmp, '.git'))).toBe(false);
    expect(hasHistory(tmp)).toBe(false);
    expect(pages.length).toBeGreaterThan(40);
    expect(pages.map((p) => p.path)).toContain('/steps/3/');
  });

  it('どのページも最終更新の日付を示さない（ファイルの日時＝書き出し・ビルドの日を使わない）', () => {
    const dated = pages.filter((p) => /data-updated-source=|最終更新：/.test(p.html)).map((p) => p.path);
    expect(dated).toEqual([]);
    expect(pages.filter((p) => p.html.includes('data-updated-source="mtime"'))).toEqual([]);
  });

  it('npm run pin-dates の日付を置けば、履歴のある木と同じ日付になる（source: pinned）', () => {
    const pinned = join(tmp, 'pinned.json');
    execFileSync(process.execPath, [join(root, 'scripts/pin-dates.mjs'), '--out', pinned], { cwd: root, stdio: 'ignore' });
    expect(hasHistory(root)).toBe(true);
    for (const { path } of pages) {
      const fromGit = lastUpdated(path, root, {});
      // a file not committed yet has no git date; the committed tree is what the archive holds
      if (fromGit.source !== 'git') continue;
      const fromPin = lastUpdated(path, tmp, { SITE_UPDATED_DATES: pinned });
      expect({ path, source: fromPin.source, date: fromPin.date }).toEqual({ path, source: 'pinned', date: fromGit.date });
    }
    // without the file: nothing
    expect(lastUpdated('/steps/3/', tmp, {})).toMatchObject({ date: null, source: 'none' });
    // a pinned file that lacks one of the page's files: nothing rather than a partial date
    expect(lastUpdated('/steps/3/', tmp, { SITE_UPDATED_DATES: join(tmp, 'package.json') })).toMatchObject({ date: null, source: 'none' });
  });
});
