import { defineConfig } from 'vitest/config';

/**
 * Three tiers, one `vitest run`:
 * - unit: src/lib and src/schemas, plus content files against their schemas (Node, no DOM);
 * - dist: checks on the built files (HTML validity, budgets); needs `npm run build` first;
 * - e2e: real Chromium against the built site.
 * `npm test` (scripts/test.mjs) builds first, then runs all three.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'test/content/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'dist', include: ['test/dist/**/*.test.ts'], environment: 'node', testTimeout: 120_000, hookTimeout: 120_000 } },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two cores here: one browser file at a time keeps timings sane.
          fileParallelism: false,
          maxWorkers: 1,
        },
      },
    ],
  },
});
