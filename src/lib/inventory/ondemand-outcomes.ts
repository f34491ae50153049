/**
 * The outcomes of tasks the inventory's level cache has no current result for (level-cache.ts),
 * derived with the whole classifier: the word rules, the three questions and the derivation, as
 * /inventory/ derives them (rows.ts). Loaded by /pack/ on demand, only when some task of the saved
 * state has no current result: tasks merged or restored from a file and not yet shown by
 * /inventory/ in this browser, tasks another tab changed a moment before it stored their results,
 * or tasks saved before the rules or the level table changed.
 */
import type { TaskRow } from '../../schemas/state/inventory';
import { createClassifier } from './classify';
import type { LevelInput } from './levels';
import type { Outcome } from './outcome';
import { cachedClassify, outcomeOf, toRow } from './rows';

/** Every task's outcome, derived from its name, answers and chosen level. */
export function outcomesFor(tasks: readonly TaskRow[], levels: LevelInput[]): Outcome[] {
  const suggest = cachedClassify(createClassifier(levels));
  return tasks.map((t) => outcomeOf(toRow(t, suggest, levels)));
}
