/**
 * Vite wraps every dynamic `import()` of the client build in its preload helper, which adds
 * `<link rel=modulepreload|stylesheet>` tags for the imported chunk's dependencies. With
 * `build.modulePreload: false` (astro.config.mjs) only stylesheets are still preloaded, and no
 * chunk this site loads on demand has a stylesheet: every call is `helper(() => import(x), [])`,
 * yet the helper (about 0.9 KB gzip) sat on every tool page. This plugin replaces the helper's
 * code with a direct call, and fails the build if a chunk loaded by `import()` ever brings a
 * stylesheet (then the helper is needed again: remove this plugin).
 * @type {import('vite').Plugin}
 */
export const leanPreload = {
  name: 'lean-preload-helper',
  enforce: 'pre',
  applyToEnvironment: (env) => env.config.consumer === 'client',
  load(id) {
    return id === HELPER ? 'export const __vitePreload = (f) => f();' : null;
  },
  generateBundle(_options, bundle) {
    const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
    const byName = new Map(chunks.map((c) => [c.fileName, c]));
    /** Stylesheets a chunk brings, through its static imports too. */
    const css = (chunk, seen = new Set()) => {
      if (seen.has(chunk.fileName)) return [];
      seen.add(chunk.fileName);
      const own = [...(chunk.viteMetadata?.importedCss ?? [])];
      return [...own, ...chunk.imports.flatMap((f) => (byName.has(f) ? css(byName.get(f), seen) : []))];
    };
    for (const chunk of chunks) {
      if (!chunk.isDynamicEntry) continue;
      const sheets = css(chunk);
      if (sheets.length) throw new Error(`lean-preload-helper: ${chunk.fileName} は import() で読み込まれ、スタイルシート（${sheets.join(', ')}）を伴います。src/plugins/lean-preload.mjs を外してください。`);
    }
  },
};

const HELPER = '\0vite/preload-helper.js';
