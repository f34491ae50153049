/**
 * Build time only: the version of the inventory's rules, for the level cache that /inventory/
 * keeps for /pack/ (src/lib/inventory/level-cache.ts). A hash of the source text of every module a
 * task's level, 要確認 and residents' note depend on (src/lib/inventory/: the word rules, the
 * classifier, the three questions, the derivation, the rows; src/lib/normalize.ts) and of the
 * level table the page hands to the islands (content/levels.yaml). Any change to them, even to a
 * comment, gives another key, and /pack/ then derives every task again instead of trusting what
 * was stored under the old rules. Both pages compute it from the same build, so they agree.
 * test/unit/inventory/level-cache.test.ts checks that the files hashed include every module the
 * derivation imports.
 */
import { hash64 } from '../lib/inventory/level-cache';
import type { LevelInput } from '../lib/inventory/levels';

const SOURCES = import.meta.glob(['../lib/inventory/*.ts', '../lib/normalize.ts'], { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** The files whose text the key covers (paths relative to this folder). */
export const RULES_SOURCES: readonly string[] = Object.keys(SOURCES).sort();

/** The rules' key for this build and this level table. */
export function inventoryRulesKey(levels: readonly LevelInput[], sources: Readonly<Record<string, string>> = SOURCES): string {
  return hash64(JSON.stringify([Object.keys(sources).sort().map((p) => [p, sources[p]]), levels]));
}
