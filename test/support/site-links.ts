/**
 * Links checked without a server: a built site's files and the ids on each page, read once, and a
 * check of one link against them. The static pass (test/dist/links.test.ts) checks every link
 * written into the HTML of both builds; the crawl checks the links the islands add at run time
 * against the same index. Each target is read once, not fetched once per page that links to it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface SiteIndex {
  base: string;
  /** Site-relative file paths that exist ("index.html", "steps/3/index.html", "_astro/x.js"). */
  files: Set<string>;
  /** The ids on each HTML page, by its site-relative file path. */
  ids: Map<string, Set<string>>;
}

const walk = (dir: string, prefix = ''): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p, `${prefix}${name}/`) : [`${prefix}${name}`];
  });

/** Reads a built site folder into an index of its files and the ids of its pages. */
export function indexSite(dist: string, base: string): SiteIndex {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/ がビルドされていません`);
  const files = new Set(walk(dist));
  const ids = new Map<string, Set<string>>();
  for (const f of files) {
    if (!f.endsWith('.html')) continue;
    const html = readFileSync(join(dist, f), 'utf8');
    ids.set(f, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
  }
  return { base, files, ids };
}

/** The file a site path answers with ("/sub/path/steps/" → "steps/index.html"), or null outside the base. */
export function fileFor(index: SiteIndex, pathname: string): string | null {
  if (!pathname.startsWith(index.base)) return null;
  const rel = decodeURIComponent(pathname.slice(index.base.length));
  return rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
}

/**
 * Checks one internal URL (absolute, on the site's origin) against the index: it must stay under
 * the base path, name a file that exists (a page with its trailing slash), and a fragment must be
 * an id on that page. Returns the problem in Japanese, or null when the link is good.
 */
export function linkProblem(index: SiteIndex, url: URL): string | null {
  const file = fileFor(index, url.pathname);
  if (file === null) return `基準パス ${index.base} の外を指しています`;
  if (!index.files.has(file)) return index.files.has(`${file}/index.html`) ? '末尾の / がありません' : 'リンク切れです';
  if (url.hash.length > 1) {
    const id = decodeURIComponent(url.hash.slice(1));
    const ids = index.ids.get(file);
    if (!ids?.has(id)) return `行き先のページに id="${id}" がありません`;
  }
  return null;
}

/** Internal link and resource addresses written in a page's HTML (a, link, script, img, form). */
export function htmlLinks(html: string): string[] {
  return [...html.matchAll(/<(?:a|link|script|img|source|form)\b[^>]*?\s(?:href|src|action)="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}
