// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './src/plugins/base-links.mjs';
import { sitemap } from './src/plugins/sitemap.mjs';
import { hoistIslandStyleIntegration } from './src/plugins/hoist-island-style.mjs';
import { noIslandSignals } from './src/plugins/no-island-signals.mjs';
import { leanPreload } from './src/plugins/lean-preload.mjs';

/**
 * Astro marks each MDX entry's asset module with the directive "use astro:head-inject" and reads
 * it before bundling; the bundler then warns, once per MDX file and build environment, that it
 * drops the directive (29 boxed warnings per build, harmless). Only that warning is silenced:
 * every other warning, including other MODULE_LEVEL_DIRECTIVE ones, still prints. Astro builds
 * pages in its own "prerender" environment, which does not inherit `vite.build`, so the filter is
 * set on every environment.
 * @type {import('vite').Plugin}
 */
const quietHeadInjectWarning = {
  name: 'quiet-astro-head-inject-warning',
  configEnvironment: (name) => ({
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
        ...(name === 'client' ? { output: { codeSplitting: { groups: CLIENT_GROUPS } } } : {}),
      },
      modulePreload: false,
    },
  }),
};

/**
 * Chunks of the browser build. Left alone, the bundler cuts Preact into two chunks and the saved-
 * state store into two or three (by which islands share which parts), each fetched and compressed
 * apart. Two groups gather what every island page loads anyway (Preact, with its hooks and JSX
 * runtime) and what every tool page loads (the store), so a tool page fetches fewer files and
 * gzip sees more context: 0.3–0.5 KB less per tool page (docs/quality.md). The preload helper
 * (src/plugins/lean-preload.mjs, one line) joins Preact rather than sit in a file of its own.
 * Grouping Astro's renderer or the signals stub as well pulled in the bundler's runtime helpers
 * and weighed more.
 */
const CLIENT_GROUPS = [
  { name: 'framework', test: /node_modules[\\/]preact[\\/]|\0vite[\\/]preload-helper/ },
  { name: 'saved', test: /src[\\/](lib[\\/](saved-store|storage|state-file|export-meta|checksum|dates)\.ts|schemas[\\/]state[\\/]|islands[\\/]shared[\\/]store\.ts)/ },
];

/** Base path: SITE_BASE=/telework/ builds the site for https://host/telework/. */
const rawBase = process.env.SITE_BASE ?? '/';
const base = ('/' + rawBase.replace(/^\/+|\/+$/g, '') + '/').replace(/^\/\/$/, '/');

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  base,
  trailingSlash: 'always',
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), preact(), sitemap(), hoistIslandStyleIntegration()],
  markdown: {
    syntaxHighlight: false,
    processor: satteri({ hastPlugins: [baseLinksPlugin(base)] }),
  },
  // Astro writes script-src / style-src with hashes; these join them in every page's CSP meta.
  // frame-ancestors cannot be set by a meta tag: it stays a response header (docs/deploy.md).
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
  devToolbar: { enabled: false },
  vite: { plugins: [quietHeadInjectWarning, noIslandSignals, leanPreload] },
  server: { host: '127.0.0.1' },
});
