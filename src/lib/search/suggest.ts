/** Suggestions for a query that found nothing: glossary terms that share characters with it. */
import { searchNormalize } from './query';
import type { SearchRecord } from './types';

/** Overlapping character pairs of a normalized string (single characters for 1-character strings). */
function pairs(s: string): Set<string> {
  const out = new Set<string>();
  const chars = [...s.replace(/\s+/g, '')];
  if (chars.length === 1) out.add(chars[0]!);
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

/**
 * Up to `limit` glossary records (url /glossary/#…) whose term, reading or aliases share the most
 * character pairs with the query, best first; [] when nothing is near.
 */
export function suggestTerms(records: SearchRecord[], query: string, limit = 6): SearchRecord[] {
  const q = pairs(searchNormalize(query));
  const scored: { r: SearchRecord; score: number }[] = [];
  for (const r of records) {
    if (!r.u.startsWith('/glossary/#')) continue;
    const words = pairs(searchNormalize(`${r.t} ${r.k ?? ''}`));
    let shared = 0;
    for (const p of q) if (words.has(p)) shared++;
    if (shared > 0) scored.push({ r, score: shared });
  }
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((s) => s.r);
}
