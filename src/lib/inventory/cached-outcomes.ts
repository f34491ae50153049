/**
 * /pack/'s side of the inventory's level cache (level-cache.ts): each task's outcome as stored for
 * the task as it is now and the rules as built, or null. Apart from level-cache.ts so that
 * /inventory/, which only writes the cache, does not load it.
 */
import type { TaskRow } from '../../schemas/state/inventory';
import { LEVEL_IDS, type LevelOrNone } from './levels';
import { LEVEL_CACHE_KEY, outcomeKey, type CacheStorage } from './level-cache';
import type { Outcome } from './outcome';

const LEVELS: readonly string[] = [...LEVEL_IDS, 'unclassified'];
const TYPE_ID = /^[\w-]{0,64}$/;

/** The outcome an encodeOutcome string stands for, or null for anything else. */
export function decodeOutcome(s: unknown): Outcome | null {
  if (typeof s !== 'string') return null;
  const parts = s.split('.');
  const [level = '', check = '', resident = '', tipsType = ''] = parts;
  if (parts.length !== 4 || !LEVELS.includes(level) || !/^[01]$/.test(check) || !/^[01]$/.test(resident) || !TYPE_ID.test(tipsType)) return null;
  return { level: level as LevelOrNone, needsCheck: check === '1', residentNote: resident === '1', tipsType };
}

/** The stored entries (fingerprint → encoded outcome); empty when there are none or they cannot be read. */
export function readOutcomeCache(storage: CacheStorage | null): Readonly<Record<string, unknown>> {
  try {
    const o: unknown = JSON.parse(storage?.getItem(LEVEL_CACHE_KEY) ?? '{}').o;
    if (o && typeof o === 'object') return o as Record<string, unknown>;
  } catch {
    /* unreadable: as if empty */
  }
  return {};
}

/** Each task's stored outcome, or null where the cache has none for the task as it is now and the rules as built. */
export function cachedOutcomes(tasks: readonly TaskRow[], rulesKey: string, cache: Readonly<Record<string, unknown>>): (Outcome | null)[] {
  return tasks.map((t) => {
    const k = outcomeKey(rulesKey, t);
    return Object.hasOwn(cache, k) ? decodeOutcome(cache[k]) : null;
  });
}
