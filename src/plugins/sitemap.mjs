/**
 * Writes sitemap.xml (every built page) after the build. The browser crawl reads it, so a
 * new page is crawled and checked the moment it exists. A page of the route list
 * (src/lib/routes.ts) that the build did not make fails the build.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ROUTES } from '../lib/routes.ts';

/** The route list's paths that no built page answers ("/" ↔ "", "/a/b/" ↔ "a/b/"). */
export function missingRoutes(builtPathnames, routes = ROUTES) {
  const built = new Set(builtPathnames.map((p) => '/' + p.replace(/^\/+/, '').replace(/([^/])$/, '$1/')));
  return routes.map((r) => r.path).filter((p) => !built.has(p));
}

/** Astro integration that emits sitemap.xml from the pages Astro built. */
export function sitemap() {
  let site = 'http://127.0.0.1:4321';
  let base = '/';
  return {
    name: 'telework-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? site;
        base = config.base;
      },
      'astro:build:done': ({ dir, pages }) => {
        const missing = missingRoutes(pages.map((p) => p.pathname));
        if (missing.length > 0) throw new Error(`src/lib/routes.ts に載っているページがビルドされていません: ${missing.join(', ')}`);
        const b = base.endsWith('/') ? base : base + '/';
        const urls = pages
          .map((p) => p.pathname)
          .filter((p) => p !== '404/' && p !== '404')
          .map((p) => new URL(b + p, site).href)
          .sort();
        const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((u) => `  <url><loc>${u}</loc></url>`).join('\n')}\n</urlset>\n`;
        writeFileSync(fileURLToPath(new URL('sitemap.xml', dir)), xml);
      },
    },
  };
}
