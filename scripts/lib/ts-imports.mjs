/**
 * Lets the bench scripts import the TypeScript sources of src/ and test/ directly on Node 24
 * (type stripping): those files import each other without the `.ts` ending, as Vite allows, so
 * a relative import that does not resolve as written is tried again with `.ts`.
 * Import this module first (for its side effect), then import the .ts files dynamically.
 */
import { registerHooks } from 'node:module';

// Synchronous hooks (Node 22.15+/24): the older `register` with a data: URL is deprecated.
registerHooks({
  resolve(spec, ctx, next) {
    try {
      return next(spec, ctx);
    } catch (e) {
      if ((spec.startsWith('.') || spec.startsWith('/')) && !/\.[cm]?[jt]sx?$/.test(spec)) return next(spec + '.ts', ctx);
      throw e;
    }
  },
});
