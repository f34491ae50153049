import { defineConfig } from 'vitest/config';
import LongestFirst from './test/support/sequencer';

/** The unit tier: src/lib and src/schemas, plus content files against their schemas (Node, no DOM). */
export const unitTests = {
  name: 'unit',
  include: ['test/unit/**/*.test.ts', 'test/content/**/*.test.ts'],
  environment: 'node' as const,
  // A loaded machine slows a test that starts python3 or reads every content file; it must not fail it.
  testTimeout: 120_000,
};

/**
 * Three tiers:
 * - unit: see `unitTests`; needs nothing built;
 * - dist: checks on the built files (HTML validity, budgets, CSP, the zip); needs `npm run build` first;
 * - e2e: real Chromium against the built site.
 * `npm test` (scripts/test.mjs) runs unit first and reports it, then builds, then runs dist and
 * e2e. `npm run mutation` runs only the unit tier (vitest.mutation.config.ts).
 */
export default defineConfig({
  test: {
    // The browser tier's longest files start first (test/support/sequencer.ts).
    sequence: { sequencer: LongestFirst },
    projects: [
      { test: unitTests },
      { test: { name: 'dist', include: ['test/dist/**/*.test.ts'], environment: 'node', testTimeout: 120_000, hookTimeout: 120_000 } },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          setupFiles: ['test/e2e/support/setup.ts'],
          environment: 'node',
          // Tests wait for states, not for fixed times (each wait may take 2 minutes on a loaded
          // machine: test/e2e/support/browser.ts); the test's own limit only ends a hung test.
          testTimeout: 600_000,
          hookTimeout: 600_000,
          expect: { poll: { timeout: 120_000 } },
          // Two browser files at a time (E2E_WORKERS to change): the tests wait for states, never
          // for fixed times, so sharing the two cores slows a file but cannot fail it.
          maxWorkers: Number(process.env['E2E_WORKERS'] ?? 2),
        },
      },
    ],
  },
});
