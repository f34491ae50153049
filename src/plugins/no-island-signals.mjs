/**
 * @astrojs/preact's client renderer imports @preact/signals (about 3 KB gzip, a chunk of its own)
 * whenever an island is given a signal as a prop (`data-preact-signals`). No island of this site
 * takes signals — state comes from the saved store (src/islands/shared/store.ts) — so the renderer's
 * `await import("@preact/signals")` is replaced by the error below: no page carries or fetches the
 * library, nor a stub chunk for it, and the bundler drops the renderer's code that would wrap the
 * props in signals. Were an island ever handed a signal, hydration would stop with that error
 * rather than silently misbehave. Should a new renderer word the import differently, the import is
 * pointed at a stub that throws the same error (the chunk then comes back).
 * @type {import('vite').Plugin}
 */
export const noIslandSignals = {
  name: 'no-island-signals',
  enforce: 'pre',
  transform(code, id) {
    if (!RENDERER.test(id) || !IMPORT.test(code)) return null;
    return { code: code.replace(IMPORT, THROW), map: null };
  },
  resolveId(id, importer) {
    if (id === '@preact/signals' && importer && RENDERER.test(importer)) return STUB;
    return null;
  },
  load(id) {
    if (id !== STUB) return null;
    return 'export function signal() { throw new Error("no-island-signals"); }';
  },
};

const RENDERER = /@astrojs[\\/]preact[\\/]dist[\\/]client/;
/** `const { signal } = await import("@preact/signals");` in the renderer (quotes of either kind). */
const IMPORT = /const\s*\{\s*signal\s*\}\s*=\s*await\s+import\(\s*["']@preact\/signals["']\s*\);/;
const THROW = 'throw new Error("no-island-signals");';
const STUB = '\0no-island-signals';
