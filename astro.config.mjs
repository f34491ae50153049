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
        ...(name === 'client' ? { preserveEntrySignatures: 'allow-extension', output: { codeSplitting: { groups: CLIENT_GROUPS } } } : {}),
      },
      modulePreload: false,
    },
  }),
};

/**
 * Chunks of the browser build. Left alone, the bundler cuts the code by which islands share which
 * modules: Preact in two chunks, the saved-state store in two or three, a tool page's own code in
 * three to six, each fetched and compressed apart (a file boundary costs gzip its context: up to
 * 5 KB on /pack/). The groups gather what is always loaded together:
 * - framework: Preact (with its hooks and JSX runtime) and Astro's Preact renderer, on every island
 *   page. The preload helper (src/plugins/lean-preload.mjs, one line) joins it;
 * - saved: the store and 「保存とバックアップ」's export part (TransferPanel), on every tool page.
 *   The panel's stylesheets are imported by the Astro components that place it, so that this chunk,
 *   which the on-demand parts import, carries none (lean-preload checks);
 * - inventory-core: the level table's helpers, a task's outcome (level, 要確認, residents' note)
 *   and the writing of the level cache (/inventory/ and /pack/);
 * - inventory-app and diagnosis: each page's island with the parts it shares only with its own
 *   on-demand chunks (CSV; the share link), listed by name so that what only those chunks use
 *   (CsvPreview, SharedResult) stays out. /inventory/ imports its stylesheet in the page for the
 *   same reason as the panel's. inventory-app also holds the classifier (the word rules, the three
 *   questions, the derivation, the rows): one chunk with the island costs /inventory/ 1.1 KB less
 *   than two, and /pack/ loads it only on demand (src/lib/inventory/ondemand-outcomes.ts), with
 *   the island's code it does not run (18.6 KB then instead of 10.8).
 * A group takes in the modules its members import unless an earlier group holds them: `peers`
 * (the scoring, also on /pack/) and `normalize` (also on /search/) keep those apart.
 * preserveEntrySignatures 'allow-extension' lets an island's entry chunk be its group's chunk
 * instead of a one-line file that re-exports it. 2026-12-05: /inventory/ 2.9 KB less, /pack/ 2.4,
 * /diagnosis/ 1.5, the other tool pages 0.8 (docs/quality.md).
 */
const CLIENT_GROUPS = [
  { name: 'framework', test: /node_modules[\\/](preact|@astrojs[\\/]preact[\\/]dist)[\\/]|\0vite[\\/]preload-helper/ },
  { name: 'saved', test: /src[\\/](lib[\\/](saved-store|storage|state-file|export-meta|checksum|dates)\.ts|schemas[\\/]state[\\/]|islands[\\/](shared[\\/]store|TransferPanel)\.tsx?)/ },
  { name: 'peers', test: /src[\\/]lib[\\/]diagnosis[\\/](score|peers|types)\.ts/ },
  { name: 'normalize', test: /src[\\/]lib[\\/]normalize\.ts/ },
  { name: 'inventory-core', test: /src[\\/]lib[\\/]inventory[\\/](levels|outcome|level-cache)\.ts/ },
  { name: 'inventory-app', test: /src[\\/](islands[\\/]inventory[\\/](Inventory|TaskTable|AddTasks|CsvPanel|PrintSheet|BulkAnswers|LevelSummary|memo)\.tsx?|lib[\\/]inventory[\\/](tasks|classify|rules|rows|questions|derive|summary)\.ts)/ },
  { name: 'diagnosis', test: /src[\\/](islands[\\/]diagnosis[\\/](DiagnosisApp|DiagnosisForm|ResultSheet|ResultDetails|AnswersTable|ResultSummary|PeerComparison|AreaChart)\.tsx|lib[\\/](diagnosis[\\/](labels|compare|share-key|session|recommend)|css-string)\.ts)/ },
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
