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
    return id === HELPER ? HELPER_CODE : null;
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
      const { code, missed } = retryableImports(chunk.code ?? '');
      if (missed.length) throw new Error(`lean-preload-helper: ${chunk.fileName} の import(${missed.join(', ')}) を読み直せる形にできませんでした（() => import(\`…\`) の形で書いてください）。`);
      chunk.code = code;
      if (!chunk.isDynamicEntry) continue;
      const sheets = css(chunk);
      if (sheets.length) throw new Error(`lean-preload-helper: ${chunk.fileName} は import() で読み込まれ、スタイルシート（${sheets.join(', ')}）を伴います。src/plugins/lean-preload.mjs を外してください。`);
    }
  },
};

const HELPER = '\0vite/preload-helper.js';

/**
 * The helper in place of Vite's: calls the import; if it fails, calls it once more with a query
 * that makes it another address. A browser that keeps a failed module fetch in its module map
 * (Debian's Chromium 150 does) would otherwise fail every later `import()` of the same chunk
 * without asking the network, and 「もう一度読み込む」 could never work without reloading the page.
 */
export const HELPER_CODE = "let n=0;export const __vitePreload=(f)=>f('').catch(()=>f('?retry='+ ++n));";

/**
 * Rewrites each `()=>import(`./x.js`)` the bundler passes to the helper into
 * `(q)=>import(`./x.js`+q)`, so the helper can add its query. Returns the code and the
 * specifiers of any dynamic import of a local chunk left in another shape (the build stops).
 */
export function retryableImports(code) {
  const out = code.replace(/\(\)=>import\(`(\.\/[^`$\\]+)`\)/g, '(q)=>import(`$1`+q)');
  const missed = [...out.matchAll(/\bimport\(\s*[`'"](\.\/[^`'"$\\]+)[`'"]\s*\)/g)].map((m) => m[1]);
  return { code: out, missed };
}
