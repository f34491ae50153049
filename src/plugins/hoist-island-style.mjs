/**
 * Astro writes the islands' one-line `<style>astro-island,…{display:contents}</style>` where
 * the first island appears, inside <body>. HTML allows <style> there only as a first child,
 * so the Nu checker rejects it (JIS X 8341-3 keeps 4.1.1 構文解析). After the build this
 * moves that exact element into <head>; its CSP hash is unchanged.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ISLAND_STYLE = /<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/;

/** Moves the island style from <body> into <head> in one HTML document. */
export function hoistIslandStyle(html) {
  const m = html.match(ISLAND_STYLE);
  const bodyAt = html.indexOf('<body');
  if (!m || m.index === undefined || bodyAt < 0 || m.index < bodyAt) return html;
  const without = html.slice(0, m.index) + html.slice(m.index + m[0].length);
  return without.replace('</head>', `${m[0]}</head>`);
}

const htmlFiles = (dir) =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? htmlFiles(p) : p.endsWith('.html') ? [p] : [];
  });

/** Astro integration running hoistIslandStyle on every built page. */
export function hoistIslandStyleIntegration() {
  return {
    name: 'telework-hoist-island-style',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const next = hoistIslandStyle(html);
          if (next !== html) writeFileSync(file, next);
        }
      },
    },
  };
}
