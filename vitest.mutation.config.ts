import { configDefaults, defineConfig } from 'vitest/config';
import { unitTests } from './vitest.config';

const { name: _name, ...unitOnly } = unitTests;

/**
 * The unit tier alone, for Stryker (stryker.config.mjs): mutants in src/lib are judged by the
 * tests that need no build and no browser. The two structure checks (README tree, import
 * direction) read files and run no src/lib code, so they are left out. Not used by `npm test`.
 */
export default defineConfig({
  test: {
    ...unitOnly,
    // STRYKER_TESTS=glob,glob narrows the tests (e.g. the static mutants of one module judged
    // by the tests that read it: each static mutant reruns every test it is given).
    include: process.env.STRYKER_TESTS ? process.env.STRYKER_TESTS.split(',') : [...unitOnly.include],
    exclude: [...configDefaults.exclude, 'test/unit/readme-tree.test.ts', 'test/unit/import-direction.test.ts'],
    // Stryker reruns the covering test files for every mutant; reusing one module graph instead
    // of a fresh one per file saves re-reading content/ each time. Mutants are switched at run
    // time, so a module loaded once still runs the active mutant (static mutants are not run).
    isolate: false,
    // Instrumented code on a busy two-core machine: the search quality test alone can pass 5 s.
    testTimeout: 60_000,
  },
});
