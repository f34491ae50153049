/**
 * The inventory's results, kept in this browser for the 決裁パック. /pack/ prints each task's level,
 * 要確認 and the residents' note, which the whole classifier (the word rules, the three questions
 * and the derivation: about 10 KB of JavaScript) derives from the task's name, answers and
 * chosen level. /inventory/ has just derived them, so it stores each task's outcome (outcome.ts)
 * under a fingerprint of everything the outcome depends on: the rules as built (`rulesKey`, a
 * hash of the inventory's source files and the level table, src/utils/inventory-rules-key.ts)
 * and the task's name, chosen level and answers. /pack/ uses a stored outcome only when the
 * fingerprint of the task as it is now finds one, and derives the rest with the classifier,
 * loaded on demand (ondemand-outcomes.ts): rows merged or restored from a file, added by another
 * tab a moment ago, or saved before the rules changed.
 *
 * Why this cannot show a level less strict than the rules give: an entry is only ever written by
 * code that derived it under the same rulesKey from the same inputs, and any change to the name,
 * the chosen level, an answer, a rule or the level table changes the fingerprint, so an old entry
 * is never found again; whoever changed the row (an edit, a CSV import, a merge, a restore,
 * another tab) does not need to know about the cache. The fingerprint has 64 bits: for the
 * chance that another task's entry answers for this one, 2,000 entries give about 1 in 10¹⁶.
 *
 * Not saved state: it lives under its own key, is never exported, merged, backed up or stamped
 * with revisions (so reading /inventory/ changes nothing a colleague or the handover note sees),
 * holds no text of the tasks (only fingerprints and outcomes), and may be lost at any time.
 * Reading it is /pack/'s alone: cached-outcomes.ts.
 */
import type { TaskRow } from '../../schemas/state/inventory';
import { encodeOutcome, type Outcome } from './outcome';

export const LEVEL_CACHE_KEY = 'telework-navi:inventory-levels:v1';
/** At most this many entries (the inventory holds at most 2,000 tasks). */
export const LEVEL_CACHE_MAX = 2000;

/** The subset of the Web Storage API the cache uses. */
export type CacheStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** A 64-bit hash of a string (two 32-bit multiply-xorshift lanes), 14 base-36 characters. Not a security measure. */
export function hash64(s: string): string {
  let a = 0xdeadbeef;
  let b = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 2654435761);
    b = Math.imul(b ^ c, 1597334677);
  }
  a = Math.imul(a ^ (a >>> 16), 2246822507) ^ Math.imul(b ^ (b >>> 13), 3266489909);
  b = Math.imul(b ^ (b >>> 16), 2246822507) ^ Math.imul(a ^ (a >>> 13), 3266489909);
  return (a >>> 0).toString(36).padStart(7, '0') + (b >>> 0).toString(36).padStart(7, '0');
}

/** The fingerprint of a task's inputs (name, chosen level, the three answers) under one version of the rules. */
export function outcomeKey(rulesKey: string, task: Pick<TaskRow, 'name' | 'override' | 'answers'>): string {
  const a = task.answers;
  return hash64(JSON.stringify([rulesKey, task.name, task.override, a?.info ?? '', a?.system ?? '', a?.place ?? '']));
}

/**
 * Stores these tasks' outcomes in place of what was stored (entries of tasks gone or changed
 * are dropped). The same content is not written again; a failed write is ignored (a cache).
 */
export function writeOutcomeCache(storage: CacheStorage | null, rulesKey: string, tasks: readonly TaskRow[], outcomes: readonly Outcome[]): void {
  if (!storage || !rulesKey) return;
  const o: Record<string, string> = {};
  tasks.slice(0, LEVEL_CACHE_MAX).forEach((t, i) => {
    const out = outcomes[i];
    if (out) o[outcomeKey(rulesKey, t)] = encodeOutcome(out);
  });
  const text = JSON.stringify({ o });
  try {
    if (storage.getItem(LEVEL_CACHE_KEY) !== text) storage.setItem(LEVEL_CACHE_KEY, text);
  } catch {
    /* full or refused: /pack/ derives the levels itself */
  }
}
