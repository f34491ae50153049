/**
 * How the golden set is scored, shared by test/dist/search-golden.test.ts and
 * `npm run bench:search`. A result counts when its URL is the wanted page (any section of it) or,
 * for a wanted '#section', exactly that section.
 */
import type { SearchOutcome } from '../../src/lib/search/engine';

/** Whether a result URL answers the wanted site path. */
export const answers = (u: string, want: string): boolean => (want.includes('#') ? u === want : u.split('#')[0] === want);

/**
 * 0-based rank of the wanted page, -1 when absent. The definition box sits above the results
 * and counts as rank 0 when it is the wanted glossary entry; otherwise ranks are those of the
 * list under it.
 */
export function rankIn(outcome: SearchOutcome, want: string): number {
  if (outcome.definition && answers(outcome.definition.u, want)) return 0;
  return outcome.hits.findIndex((h) => answers(h.record.u, want));
}

/** Whether the outcome shows nothing at all (no box, no result). */
export const isEmpty = (outcome: SearchOutcome): boolean => !outcome.definition && outcome.hits.length === 0;
