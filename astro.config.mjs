// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './src/plugins/base-links.mjs';
import { sitemap } from './src/plugins/sitemap.mjs';
import { hoistIslandStyleIntegration } from './src/plugins/hoist-island-style.mjs';
import { noIslandSignals } from './src/plugins/no-island-signals.mjs';

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
  configEnvironment: () => ({
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
      modulePreload: false,
    },
  }),
};

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
  vite: { plugins: [quietHeadInjectWarning, noIslandSignals] },
  server: { host: '127.0.0.1' },
});
