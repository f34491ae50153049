import { defineConfig } from 'vitest/config';
import { unitTests } from './vitest.config';

const { name: _name, ...unitOnly } = unitTests;

/**
 * The unit tier alone, for Stryker (stryker.config.mjs): mutants in src/lib are judged by the
 * tests that need no build and no browser. Not used by `npm test`.
 */
export default defineConfig({ test: { ...unitOnly, include: [...unitOnly.include] } });
