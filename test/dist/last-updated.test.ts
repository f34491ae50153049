/**
 * 「最終更新」 on every built page (dist/, base "/"), and where its date comes from: the newest
 * last-commit date (`git log -1 --format=%cs -- <file>`) of the page's template and content files
 * (src/lib/page-sources.ts), as the README says; the file modification time only where git
 * cannot say. `npm test` builds dist/ before this runs.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pageSources, newestDate } from '../../src/lib/page-sources';
import { formatWarekiWithSeireki } from '../../src/lib/dates';

const dist = 'dist';
if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ がビルドされていません。先に SITE_BASE=/ npm run build を実行してください');

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));
const sitePath = (file: string) => '/' + relative(dist, file).split(sep).join('/').replace(/index\.html$/, '').replace(/\.html$/, '/');
const pages = htmlFiles(dist).map((f) => ({ file: f, path: sitePath(f), html: readFileSync(f, 'utf8') }));

const git = (file: string): string | null => {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cs', '--', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return out || null;
  } catch {
    return null;
  }
};

describe('最終更新（全ページ）', () => {
  it('ビルドされたページが十分にある', () => {
    expect(pages.length).toBeGreaterThan(40);
    expect(pages.map((p) => p.path)).toContain('/404/');
  });

  it.each(pages.map((p) => [p.path, p] as const))('%s: 「最終更新」を和暦と西暦で示し、日付は git の記録（ひな形と内容のファイルの最後のコミット）と一致する', (_path, page) => {
    const m = /<p class="last-updated" data-updated-source="(git|mtime)" data-updated="(\d{4}-\d{2}-\d{2})"[^>]*>\s*最終更新：<time datetime="\2"[^>]*>([^<]+)<\/time>/.exec(page.html);
    expect(m, `${page.file} に最終更新がありません`).not.toBeNull();
    const [, source, date, label] = m!;
    expect(label).toBe(formatWarekiWithSeireki(date!));
    const { templates, content } = pageSources(page.path);
    const template = templates.find((t) => existsSync(t));
    expect(template, `${page.path}: ひな形が見つかりません`).toBeDefined();
    const files = [template!, ...content.filter((f) => existsSync(f))];
    const dates = files.map(git);
    if (dates.every((d) => d !== null)) {
      expect(source).toBe('git');
      expect(date).toBe(newestDate(dates as string[]));
    } else {
      // A file git does not know yet (not committed): the build falls back to file times.
      expect(source).toBe('mtime');
    }
  });
});
