/**
 * The route list (src/lib/routes.ts) is the one list of fixed pages: every page file under src/pages
 * has an entry and every entry has a page file; the menu, the search's page records, the
 * 「最終更新」 sources and the build's completeness check are read from it.
 */
import { readdirSync, statSync, existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROUTES, menuRoutes, routeTemplates } from '../../src/lib/routes';
import { SITE_PAGES } from '../../src/lib/search/build';
import { pageSources } from '../../src/lib/page-sources';
import { missingRoutes } from '../../src/plugins/sitemap.mjs';

const root = resolve(import.meta.dirname, '../..');
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));

/** Fixed page files: .astro files under src/pages whose path has no [param]. */
const pageFiles = walk(join(root, 'src/pages'))
  .map((f) => relative(root, f))
  .filter((f) => f.endsWith('.astro') && !f.includes('['));

describe('ページの一覧（src/lib/routes.ts）', () => {
  it('src/pages の固定のページのファイルは、どれも一覧に載っている（ページを足したら一覧にも足す）', () => {
    const listed = new Set(ROUTES.flatMap((r) => routeTemplates(r.path)));
    const unlisted = pageFiles.filter((f) => !listed.has(f));
    expect(unlisted, `src/lib/routes.ts に載っていないページ: ${unlisted.join(', ')}`).toEqual([]);
  });

  it('一覧のどの項目にもページのファイルがあり、パスは重ならず / で始まり / で終わる', () => {
    for (const r of ROUTES) {
      expect(routeTemplates(r.path).some((t) => existsSync(join(root, t))), r.path).toBe(true);
      expect(r.path).toMatch(/^\/(?:[a-z0-9-]+\/)*$/);
    }
    expect(new Set(ROUTES.map((r) => r.path)).size).toBe(ROUTES.length);
  });

  it('メニュー・検索のページ・最終更新の内容は一覧から作られる', () => {
    expect(menuRoutes().map((r) => r.path)).toEqual(['/guide/', '/steps/', '/steps/plan/', '/diagnosis/', '/inventory/', '/pack/', '/cases/', '/support/', '/data/', '/checklists/']);
    expect(SITE_PAGES.map((p) => p.url)).toEqual(ROUTES.filter((r) => r.search).map((r) => r.path));
    for (const r of ROUTES) expect(pageSources(r.path).content, r.path).toEqual(r.content);
    const header = readFileSync(join(root, 'src/components/SiteHeader.astro'), 'utf8');
    expect(header).toContain('menuRoutes()');
    expect(header).not.toMatch(/href: '\/[a-z]/); // no hand-written menu entries
  });

  it('決裁パックと導入工程表はメニューにある（午後の目標へ、どのページからも1回で行ける）', () => {
    expect(menuRoutes().map((r) => r.menu.label)).toEqual(expect.arrayContaining(['決裁パック', '導入工程表']));
  });

  it('ビルドの検査：一覧にあってビルドされなかったページを挙げる（ビルドはそこで失敗する）', () => {
    const all = ROUTES.map((r) => r.path.slice(1));
    expect(missingRoutes(all)).toEqual([]);
    expect(missingRoutes(['404', ...all.filter((p) => p !== '404/')])).toEqual([]);
    expect(missingRoutes(all.filter((p) => p !== 'pack/'))).toEqual(['/pack/']);
    expect(missingRoutes(all.filter((p) => p !== ''))).toEqual(['/']);
  });
});
