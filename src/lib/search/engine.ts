/**
 * The search engine. Every query term must be found in a record (AND). A term is found when it
 * occurs in the record's normalized text (title, keywords, heading path or body), or when
 * fuse.js matches it nearly in the title or keywords (typos, missing marks). fuse.js runs with
 * ignoreLocation (the whole field counts) and normalization through getFn, so the records keep
 * their original text for display. When nothing matches, a query written without spaces is
 * split into words (Intl.Segmenter), and then near matches in the body are tried.
 * Ranking: title > keywords > body > heading path, exact > near; a page before its sections on a tie.
 */
import Fuse from 'fuse.js/basic';
import { parseQuery, searchNormalize, segmentQuery } from './query';
import { makeSnippet, matchRanges, toParts } from './snippet';
import type { SearchHit, SearchRecord } from './types';

type Field = 't' | 'k' | 'p' | 'x';
type Norm = Record<Field, string>;

/** Fuse's fuzzy-match threshold: 0 = exact only. 0.34 lets a 3–5 character term differ by one character. */
export const THRESHOLD = 0.34;

/** Options of `SiteSearch.search`. */
export interface SearchOptions {
  /** Most results returned (default 50) */
  limit?: number;
}

/** What a query found: the ranked hits, the terms used and whether the matches are exact. */
export interface SearchOutcome {
  hits: SearchHit[];
  /** The normalized terms the query was searched with (after word splitting, if that was used) */
  terms: string[];
  /** false when the hits contain the terms only nearly (fuzzy), not as written */
  exact: boolean;
}

/** A ready search over a set of records. */
export interface SiteSearch {
  /** Ranked results for a query (empty query or no match → no hits). Never throws. */
  query(query: string, opts?: SearchOptions): SearchOutcome;
  /** The ranked hits only. Never throws. */
  search(query: string, opts?: SearchOptions): SearchHit[];
  records: SearchRecord[];
}

/** Points for a term that occurs exactly in a record, by field; 0 when it does not occur. */
function exactScore(n: Norm, term: string): number {
  if (n.t === term) return 14;
  // a whole word of the title (「ステップ4 試行」 for 試行)
  if (n.t.split(/[\s・、，,。（）()「」『』：:›]+/).includes(term)) return 13;
  if (n.t.startsWith(term)) return 11;
  if (n.t.includes(term)) return 9;
  if (n.k && n.k.split(' ').includes(term)) return 8;
  if (n.k.includes(term)) return 6;
  const first = n.x.indexOf(term);
  if (first >= 0) {
    let count = 1;
    for (let at = n.x.indexOf(term, first + term.length); at >= 0 && count < 5; at = n.x.indexOf(term, at + term.length)) count++;
    // more occurrences, a larger share of a short text, and a mention in the lead rank higher
    return 3 + 0.3 * (count - 1) + Math.min(1, (8 * count * term.length) / (n.x.length + 40)) + (first < 60 ? 1 : 0);
  }
  if (n.p.includes(term)) return 2;
  return 0;
}

/** Builds the search over the records (normalizes each once). */
export function createSearch(records: SearchRecord[]): SiteSearch {
  const norm: Norm[] = records.map((r) => ({ t: searchNormalize(r.t), k: searchNormalize(r.k ?? ''), p: searchNormalize(r.p), x: searchNormalize(r.x) }));
  const normOf = new Map<SearchRecord, Norm>(records.map((r, i) => [r, norm[i]!]));
  const options = (keys: Field[]) => ({
    keys,
    getFn: (r: SearchRecord, path: string | string[]) => normOf.get(r)?.[(Array.isArray(path) ? path[0] : path) as Field] ?? '',
    ignoreLocation: true,
    ignoreFieldNorm: true,
    ignoreDiacritics: false, // would strip dakuten: が must not match か
    isCaseSensitive: true, // the normalization has lower-cased both sides
    threshold: THRESHOLD,
    shouldSort: false,
    includeScore: true,
  });
  const fuseShort = new Fuse(records, options(['t', 'k']));
  let fuseBody: Fuse<SearchRecord> | undefined;

  /** Record index → score for the records that contain every term; `exact`: some record contains them all exactly. */
  const run = (terms: string[], fuzzyBody: boolean): { scores: Map<number, number>; exact: boolean } => {
    let scores: Map<number, number> | undefined;
    const near = new Set<number>();
    for (const term of terms) {
      const next = new Map<number, number>();
      const candidates = scores ? [...scores.keys()] : norm.map((_, i) => i);
      for (const i of candidates) {
        const s = exactScore(norm[i]!, term);
        if (s > 0) next.set(i, (scores?.get(i) ?? 0) + s);
      }
      const fuzzy = fuzzyBody ? (fuseBody ??= new Fuse(records, options(['t', 'k', 'x']))) : fuseShort;
      if (term.length >= 3) {
        for (const hit of fuzzy.search(term)) {
          const i = hit.refIndex;
          if (next.has(i) || (scores && !scores.has(i))) continue;
          next.set(i, (scores?.get(i) ?? 0) + (fuzzyBody ? 2 : 5) * (1 - (hit.score ?? 1)));
          near.add(i);
        }
      }
      scores = next;
      if (!next.size) break;
    }
    const found = scores ?? new Map<number, number>();
    return { scores: found, exact: [...found.keys()].some((i) => !near.has(i)) };
  };

  const find = (query: string): { terms: string[]; scores: Map<number, number>; exact: boolean } => {
    const terms = parseQuery(query);
    if (!terms.length) return { terms, scores: new Map(), exact: true };
    const first = run(terms, false);
    if (first.exact) return { terms, ...first };
    const words = segmentQuery(query);
    if (words.length) {
      const split = run(words, false);
      if (split.exact || (split.scores.size && !first.scores.size)) return { terms: words, ...split };
    }
    if (first.scores.size) return { terms, ...first };
    return { terms, ...run(terms, true) };
  };

  const query = (q: string, opts: SearchOptions = {}): SearchOutcome => {
    try {
      const { terms, scores, exact } = find(q);
      const hits = [...scores.entries()]
        .map(([i, score]) => ({ i, score: score + (records[i]!.u.includes('#') ? 0 : 0.5) }))
        .sort((a, b) => b.score - a.score || a.i - b.i)
        .slice(0, opts.limit ?? 50)
        .map(({ i, score }) => {
          const record = records[i]!;
          return { record, score, title: toParts(record.t, matchRanges(record.t, terms)), snippet: makeSnippet(record.x, terms) };
        });
      return { hits, terms, exact: exact || !hits.length };
    } catch {
      return { hits: [], terms: [], exact: true };
    }
  };

  return { records, query, search: (q, opts) => query(q, opts).hits };
}
