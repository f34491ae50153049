/**
 * The built site under test: dist/ at "/" by default. E2E_DIST / E2E_BASE point the tests
 * at another build (the sub-path build, dist-base/ at /sub/path/).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startStaticServer } from '../../../scripts/static-server.mjs';

export interface Site {
  /** Absolute URL of the site root, ending with the base path */
  url: string;
  base: string;
  dist: string;
  /** Absolute URL of a site path ("/steps/3/") */
  at(path: string): string;
  close(): Promise<void>;
}

export const SUBPATH_BUILD = { dist: 'dist-base', base: '/sub/path/' } as const;

/** Serves a built site on 127.0.0.1 on a free port. */
export async function startSite(dist = process.env['E2E_DIST'] ?? 'dist', base = process.env['E2E_BASE'] ?? '/'): Promise<Site> {
  if (!existsSync(join(dist, 'sitemap.xml'))) throw new Error(`${dist}/ がビルドされていません。先に npm run build を実行してください`);
  const server = (await startStaticServer({ root: dist, base })) as { url: string; close(): Promise<void> };
  return {
    url: server.url,
    base,
    dist,
    at: (path: string) => server.url + path.replace(/^\//, ''),
    close: () => server.close(),
  };
}

/** Site paths ("/steps/3/") of every page in the build's sitemap. */
export function sitemapPaths(dist: string, base: string): string[] {
  const xml = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => {
    const p = new URL(m[1]!).pathname;
    return '/' + p.slice(base.length);
  });
}
