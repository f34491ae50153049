/**
 * @astrojs/preact's client renderer imports @preact/signals (about 3 KB gzip, a chunk of its own)
 * whenever an island is given a signal as a prop (`data-preact-signals`). No island of this site
 * takes signals — state comes from the saved store (src/islands/shared/store.ts) — so the renderer's
 * import is pointed at this stub instead, and no page carries or fetches the library. Were an island
 * ever handed a signal, hydration would stop with the error below rather than silently misbehave.
 * @type {import('vite').Plugin}
 */
export const noIslandSignals = {
  name: 'no-island-signals',
  enforce: 'pre',
  resolveId(id, importer) {
    if (id === '@preact/signals' && importer && /@astrojs[\\/]preact[\\/]dist[\\/]client/.test(importer)) return STUB;
    return null;
  },
  load(id) {
    if (id !== STUB) return null;
    return 'export function signal() { throw new Error("no-island-signals"); }';
  },
};

const STUB = '\0no-island-signals';
