/**
 * The definition box: when a query names a glossary term (its term, reading or an alias), the
 * search shows that term's definition above the results, and the ranked list then starts with
 * the sections that use and explain the term instead of the glossary entry itself.
 */
import { parseQuery, queryParts, searchNormalize } from './query';
import type { SearchRecord } from './types';

/** Whether a record is a glossary entry (/glossary/#id). */
export const isGlossary = (r: SearchRecord): boolean => r.u.startsWith('/glossary/#');

/** The definition part of a glossary record's text (its first n characters), or '' for other records. */
export function definitionText(r: SearchRecord): string {
  if (!isGlossary(r)) return '';
  return typeof r.n === 'number' && r.n > 0 ? r.x.slice(0, r.n) : r.x;
}

/** Normalized names of each glossary record: the term, its reading and its aliases. */
export function glossaryNames(records: SearchRecord[]): Map<string, SearchRecord> {
  const names = new Map<string, SearchRecord>();
  for (const r of records) {
    if (!isGlossary(r)) continue;
    for (const name of [r.t, ...(r.k ?? '').split(' ')]) {
      const n = searchNormalize(name).replace(/ /g, '');
      if (n && !names.has(n)) names.set(n, r);
    }
  }
  return names;
}

/**
 * The glossary record a query names, or undefined: the whole query (spaces ignored) first,
 * then the longest of its terms, word-split parts or runs of neighbouring parts that is a term,
 * reading or alias (「LGWANとは」 → LGWAN, 「Web会議とは」 → Web|会議 → Web会議). 
 * A term inside one longer word (リモートアクセスログ, kept whole by the split) names nothing.
 */
export function pickDefinition(names: Map<string, SearchRecord>, query: string): SearchRecord | undefined {
  if (typeof query !== 'string' || !names.size) return undefined;
  const whole = searchNormalize(query).replace(/ /g, '');
  if (!whole) return undefined;
  const direct = names.get(whole);
  if (direct) return direct;
  // the word split may cut a term (Web|会議): runs of neighbouring parts are candidates too
  const parts = queryParts(query);
  const runs = parts.flatMap((_, i) => parts.slice(i + 1).map((__, j) => parts.slice(i, i + j + 2).join('')));
  const candidates = [...new Set([...parseQuery(query), ...parts, ...runs])].sort((a, b) => b.length - a.length);
  for (const c of candidates) {
    const r = names.get(c);
    if (r) return r;
  }
  return undefined;
}
