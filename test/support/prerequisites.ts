/**
 * Tests that need something outside the repository's files: a build (dist/, dist-base/), a
 * system tool (python3, unzip) or the source documents' extracted text (sources/).
 *
 * Under `npm test` (scripts/test.mjs sets TEST_STRICT=1) and in CI (CI=true) a missing
 * prerequisite FAILS the test, naming what is missing and how to get it: a regression must never
 * turn into a quiet skip. Only a direct `npx vitest run` (no TEST_STRICT) skips such a test, and
 * vitest reports it as skipped.
 */
import { describe, it, type TestFunction } from 'vitest';

/** True under `npm test` and CI: a missing prerequisite fails instead of skipping. */
export const strict = process.env['TEST_STRICT'] === '1' || process.env['CI'] === 'true';

/** What a test needs: a description of each prerequisite → whether it is there. */
export type Prerequisites = Record<string, boolean>;

/** The descriptions of the prerequisites that are not there. */
export const missingOf = (needs: Prerequisites): string[] => Object.keys(needs).filter((k) => !needs[k]);

const failure = (missing: string[]) => () => {
  throw new Error(`前提が欠けています: ${missing.join('、')}（npm test と CI では skip せず失敗にします）`);
};

/**
 * `it` when every prerequisite is there; otherwise a failing test (strict) or a skipped one.
 */
export function itNeeds(needs: Prerequisites) {
  const missing = missingOf(needs);
  return (name: string, fn: TestFunction, timeout?: number): void => {
    if (missing.length === 0) it(name, fn, timeout);
    else if (strict) it(name, failure(missing));
    else it.skip(`${name}（前提なし: ${missing.join('、')}）`, fn);
  };
}

/**
 * `describe` when every prerequisite is there; otherwise one failing test in its place (strict)
 * or the whole block skipped.
 */
export function describeNeeds(needs: Prerequisites) {
  const missing = missingOf(needs);
  return (name: string, fn: () => void): void => {
    if (missing.length === 0) describe(name, fn);
    else if (strict) describe(name, () => it('前提がそろっている', failure(missing)));
    else describe.skip(`${name}（前提なし: ${missing.join('、')}）`, fn);
  };
}
