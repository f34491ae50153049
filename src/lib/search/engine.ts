/**
 * The search engine. Every query term must be found in a record (AND). A term is found when it
 * occurs in the record's normalized text (title, keywords, heading path or body), when one of
 * its words of the same meaning or related words from content/search-terms.yaml does (ranked
 * lower, related words lower still, and reported apart: a related word is never called the same), or when fuse.js matches it nearly in the title or keywords (typos, missing marks).
 * fuse.js runs with ignoreLocation (the whole field counts) and normalization through getFn, so
 * the records keep their original text for display.
 * When no record has every term: a query written without spaces is split into words
 * (Intl.Segmenter, or script runs without it) and searched again; a query of several parts is
 * then ranked by how many of its parts each record matches, rare parts counting more (partial);
 * a one-word query finally tries near matches in the body.
 * Ranking: title > keywords > body > heading path, exact > synonym > near; a page before its
 * sections on a tie. A query that names a glossary term gets that term's definition
 * (`definition`), and the glossary entry leaves the ranked list, which then starts with the
 * sections that use the term.
 */
import Fuse from 'fuse.js/basic';
import { parseQuery, queryParts, searchNormalize, segmentQuery } from './query';
import { makeSnippet, matchRanges, toParts } from './snippet';
import { createSynonymTable, type Expansion } from './synonyms';
import { glossaryNames, pickDefinition } from './definition';
import type { SearchHit, SearchIndex, SearchRecord } from './types';

type Field = 't' | 'k' | 'p' | 'x';
type Norm = Record<Field, string>;

/** Fuse's fuzzy-match threshold: 0 = exact only. 0.34 lets a 3–5 character term differ by one character. */
export const THRESHOLD = 0.34;
/** A match through a word of the same meaning counts this much of a direct match. */
export const SYNONYM_WEIGHT = 0.8;
/** A match through a related word of the same group (関連する語, both ways) counts this much of a direct match. */
export const PEER_WEIGHT = 0.6;
/** A match through a related word (one way) counts this much of a direct match. */
export const RELATED_WEIGHT = 0.4;
const WEIGHT: Record<Expansion['kind'], number> = { same: SYNONYM_WEIGHT, peer: PEER_WEIGHT, oneWay: RELATED_WEIGHT };
/** A page matches a term through its best section at this share of the section's score. */
export const SECTION_TO_PAGE = 0.3;
/** Added to a term's score when the record has the term as written, so it outranks one that has only a related word. */
export const DIRECT_BONUS = 2;

/**
 * How much a record's score counts, by kind: a glossary entry is reference (a query that names
 * the term gets the definition box; otherwise the sections that use the word come first), and
 * a printable checklist repeats the table of its step page, and a case's lessons quote the
 * guide's pages, which come first.
 */
export function recordWeight(u: string): number {
  if (u.startsWith('/glossary/#')) return 0.5;
  if (u.startsWith('/checklists/') && u !== '/checklists/') return 0.8;
  // a case's 「この事例から学べること」 quotes the guide's step pages, which come first
  if (/^\/cases\/[^/]+\/#/.test(u)) return 0.85;
  return 1;
}

/** Options of `SiteSearch.search`. */
export interface SearchOptions {
  /** Most results returned (default: all; `total` always counts all) */
  limit?: number;
}

/** A query term that was also searched as other words, as the notice shows them. */
export interface SynonymUse {
  /** The term as the list writes it (「在籍確認」) */
  term: string;
  /** Words of the same meaning that found results for it (「在席確認」) */
  also: string[];
  /** Related words that found results for it (「リモートアクセス」 for 「VPN」): never called the same */
  related: string[];
}

/** What a query found. */
export interface SearchOutcome {
  /** The ranked hits (up to `limit`) */
  hits: SearchHit[];
  /** How many records matched in all */
  total: number;
  /** The normalized terms the query was searched with (after word splitting, if that was used) */
  terms: string[];
  /** false when the hits contain the terms only nearly (fuzzy), not as written */
  exact: boolean;
  /** true when no record has every term and the hits are ranked by how many terms each has */
  partial: boolean;
  /** Terms that found results through the synonym list */
  synonyms: SynonymUse[];
  /** The glossary entry the query names (shown as a definition above the hits; not among them) */
  definition?: SearchRecord | undefined;
}

/** A ready search over a set of records. */
export interface SiteSearch {
  /** Ranked results for a query (empty query or no match → no hits). Never throws. */
  query(query: string, opts?: SearchOptions): SearchOutcome;
  /** The ranked hits only. Never throws. */
  search(query: string, opts?: SearchOptions): SearchHit[];
  /** Forgets the per-word matches kept between queries (for timing a query from cold). */
  clearCache(): void;
  records: SearchRecord[];
}

/** Points for a term in the title or keywords; 0 when it is in neither. */
function shortScore(n: Norm, term: string): number {
  if (n.t === term) return 14;
  // a whole word of the title (「ステップ4 試行」 for 試行)
  if (n.t.split(/[\s・、，,。（）()「」『』：:›]+/).includes(term)) return 13;
  if (n.t.startsWith(term)) return 11;
  if (n.t.includes(term)) return 9;
  if (n.k && n.k.split(' ').includes(term)) return 8;
  if (n.k.includes(term)) return 6;
  return 0;
}

/** Points for a term that occurs exactly in a record, by field; 0 when it does not occur. */
function exactScore(n: Norm, term: string): number {
  const short = shortScore(n, term);
  const first = n.x.indexOf(term);
  // a title or keyword match that the text also uses ranks above one it does not
  if (short) return first >= 0 ? short + (first < 60 ? 0.6 : 0.3) : short;
  if (first >= 0) {
    let count = 1;
    for (let at = n.x.indexOf(term, first + term.length); at >= 0 && count < 5; at = n.x.indexOf(term, at + term.length)) count++;
    // more occurrences, a larger share of a short text, and a mention in the lead rank higher
    return 3 + 0.3 * (count - 1) + Math.min(1, (8 * count * term.length) / (n.x.length + 40)) + (first < 60 ? 1 : 0);
  }
  if (n.p.includes(term)) return 2;
  return 0;
}

/**
 * A term's score in a record: its exact score plus DIRECT_BONUS when the record has it as
 * written, else its best expansion's weighted score; other expansions the record also has add a
 * fifth of theirs (a section with both 経費 and 交付税 answers 予算 better than one with either).
 */
function termScore(n: Norm, term: string, exps: Expansion[]): { score: number; via?: Expansion } {
  const direct = exactScore(n, term);
  let best = direct > 0 ? direct + DIRECT_BONUS : 0;
  let via: Expansion | undefined;
  let sum = 0;
  for (const e of exps) {
    const s = exactScore(n, e.n) * (WEIGHT[e.kind] ?? RELATED_WEIGHT);
    if (s <= 0) continue;
    sum += s;
    if (s > best) {
      best = s;
      via = e;
    }
  }
  if (best <= 0) return { score: 0 };
  const score = best + 0.2 * (sum - (via ? best : 0));
  return via ? { score, via } : { score };
}

interface Found {
  terms: string[];
  scores: Map<number, number>;
  exact: boolean;
  partial: boolean;
  /** record index → term → the expansion that matched it */
  via: Map<number, Map<string, Expansion>>;
}

const QUESTION_WORD = /^(?:何|誰|どれ|どこ|いつ)$/;
/** Longest term of a phrase that still gets near (fuzzy) matches. */
const MAX_FUZZY = 12;

/** Builds the search over the records, or over a whole index with its synonym list. */
export function createSearch(input: SearchRecord[] | SearchIndex): SiteSearch {
  const records = Array.isArray(input) ? input : input.records;
  const synonyms = createSynonymTable(Array.isArray(input) ? [] : input.terms);
  const names = glossaryNames(records);
  /** A page's record index by its URL (records without '#'). */
  const pageIndex = new Map<string, number>();
  records.forEach((r, i) => {
    if (!r.u.includes('#') && !pageIndex.has(r.u)) pageIndex.set(r.u, i);
  });
  /** For a section record, its page's record index. */
  const pageOf = records.map((r) => (r.u.includes('#') && !r.u.startsWith('/glossary/') ? pageIndex.get(r.u.slice(0, r.u.indexOf('#'))) : undefined));
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
    includeMatches: true,
  });
  const fuseShort = new Fuse(records, options(['t', 'k']));
  let fuseBody: Fuse<SearchRecord> | undefined;

  /** Every record's match of a term (directly or through its expansions), cached per term. */
  const matchCache = new Map<string, Map<number, { score: number; via?: Expansion }>>();
  const matchesOf = (term: string) => {
    let m = matchCache.get(term);
    if (!m) {
      m = new Map();
      const exps = synonyms.expand(term);
      for (let i = 0; i < norm.length; i++) {
        const s = termScore(norm[i]!, term, exps);
        if (s.score > 0) m.set(i, s);
      }
      if (matchCache.size > 200) matchCache.clear();
      matchCache.set(term, m);
    }
    return m;
  };
  /**
   * A term's matches for a query of several terms: a page contains what its sections contain,
   * so a page its own text does not match still matches through its best section, weakly
   * (「在宅勤務 規程」 finds a page with one word in its summary and the other in a section).
   */
  const matchesWithPages = (term: string) => {
    const m = new Map(matchesOf(term));
    for (const [i, sm] of [...m]) {
      const page = pageOf[i];
      if (page === undefined) continue;
      const weak = SECTION_TO_PAGE * sm.score;
      const own = m.get(page);
      if (!own || own.score < weak) m.set(page, sm.via ? { score: weak, via: sm.via } : { score: weak });
    }
    return m;
  };
  /** A term's rarity: log(1 + records / records that have it), so rare words of a query count more. */
  const rarity = (count: number) => Math.log(1 + norm.length / Math.max(1, count));

  /** AND over the terms: record index → score for the records that contain every term. */
  const run = (terms: string[], fuzzyBody: boolean, longFuzzy = true): Found => {
    let scores: Map<number, number> | undefined;
    const near = new Set<number>();
    const via = new Map<number, Map<string, Expansion>>();
    for (const term of terms) {
      const next = new Map<number, number>();
      const matches = terms.length > 1 ? matchesWithPages(term) : matchesOf(term);
      // near matches only for a word that is not found as written (nor as a listed synonym)
      const fuzzy = term.length >= 3 && (longFuzzy || term.length <= MAX_FUZZY) && (fuzzyBody || !matches.size) ? (fuzzyBody ? (fuseBody ??= new Fuse(records, options(['t', 'k', 'x']))) : fuseShort).search(term) : [];
      const weight = terms.length > 1 ? rarity(matches.size || fuzzy.length) : 1;
      for (const [i, s] of matches) {
        if (scores && !scores.has(i)) continue;
        next.set(i, (scores?.get(i) ?? 0) + weight * s.score);
        if (s.via) via.set(i, (via.get(i) ?? new Map()).set(term, s.via));
      }
      for (const hit of fuzzy) {
        const i = hit.refIndex;
        if (next.has(i) || (scores && !scores.has(i))) continue;
        // a near match in the title counts more than one in the keywords or body
        const inTitle = hit.matches ? hit.matches.some((m) => m.key === 't') : false;
        next.set(i, (scores?.get(i) ?? 0) + weight * (fuzzyBody ? 2 : inTitle ? 5 : 3.5) * (1 - (hit.score ?? 1)));
        near.add(i);
      }
      scores = next;
      if (!next.size) break;
    }
    const found = scores ?? new Map<number, number>();
    return { terms, scores: found, exact: [...found.keys()].some((i) => !near.has(i)), partial: false, via };
  };

  /**
   * OR over the parts, for a query no record matches in full: each record scores the sum, over
   * the parts it matches (directly or through the synonym list), of the part's rarity
   * (log(1 + records / records with the part)) times its score there, so a record that has more
   * of the query's parts, their rarer ones, and in its title, ranks first.
   */
  const some = (parts: string[]): Found => {
    const scores = new Map<number, number>();
    const via = new Map<number, Map<string, Expansion>>();
    for (const part of parts) {
      const matches = matchesOf(part);
      if (!matches.size) continue;
      const weight = rarity(matches.size);
      for (const [i, s] of matches) {
        scores.set(i, (scores.get(i) ?? 0) + weight * s.score);
        if (s.via) via.set(i, (via.get(i) ?? new Map()).set(part, s.via));
      }
    }
    return { terms: parts, scores, exact: true, partial: true, via };
  };

  /**
   * Rejoins neighbouring pieces that the word split cut out of a listed word (何|割 → 何割), then
   * drops question words that say nothing about the subject (「何を」「誰に」).
   */
  const joinKnown = (parts: string[]): string[] => {
    const out: string[] = [];
    for (let i = 0; i < parts.length; i++) {
      const two = i + 1 < parts.length ? parts[i]! + parts[i + 1]! : '';
      if (two && (synonyms.has(two) || names.has(two))) {
        out.push(two);
        i++;
      } else out.push(parts[i]!);
    }
    const meaningful = out.filter((p) => !QUESTION_WORD.test(p));
    return meaningful.length ? meaningful : out;
  };

  const find = (query: string): Found => {
    const terms = parseQuery(query);
    if (!terms.length) return { terms, scores: new Map(), exact: true, partial: false, via: new Map() };
    const words = joinKnown(segmentQuery(query));
    // a long term that the word split cuts up is a phrase: its near matches are left to the parts
    const first = run(terms, false, !words.length);
    if (first.exact) return first;
    const split = words.length ? run(words, false) : undefined;
    // a split into one-character pieces (特別|交付|金) is weaker than a near match of the whole word
    if (split?.exact && (!first.scores.size || words.every((w) => w.length > 1))) return split;
    if (first.scores.size) return first;
    if (split?.scores.size) return split;
    // one Latin letter or digit (the x of 「src=x」) says nothing on its own
    const parts = (words.length ? words : joinKnown(queryParts(query))).filter((p) => !/^[a-z0-9]$/.test(p));
    if (parts.length > 1) {
      const partial = some(parts);
      if (partial.scores.size) return partial;
    }
    return run(terms, true);
  };

  /** The terms that found the hits through the synonym list, in query order. */
  const synonymUses = (found: Found, hits: number[]): SynonymUse[] => {
    const used = new Map<string, Map<string, boolean>>();
    for (const i of hits) for (const [term, e] of found.via.get(i) ?? []) used.set(term, (used.get(term) ?? new Map()).set(e.label, e.related));
    return found.terms
      .filter((t) => used.has(t))
      .map((t) => {
        const all = [...used.get(t)!];
        return { term: synonyms.label(t), also: all.filter(([, related]) => !related).map(([w]) => w), related: all.filter(([, related]) => related).map(([w]) => w) };
      });
  };

  const query = (q: string, opts: SearchOptions = {}): SearchOutcome => {
    try {
      const found = find(q);
      const definition = pickDefinition(names, q);
      // a page whose own sections keep using the words is the page about them: it gains a
      // quarter of its matching sections' scores (at most doubling its own)
      const raw = new Map(found.scores);
      for (const [i, score] of found.scores) {
        const u = records[i]!.u;
        const at = u.indexOf('#');
        if (at < 0) continue;
        const page = pageIndex.get(u.slice(0, at));
        const own = page === undefined ? undefined : found.scores.get(page);
        if (page === undefined || own === undefined) continue;
        raw.set(page, Math.min(2 * own, raw.get(page)! + 0.25 * score));
      }
      const weighted = new Map([...raw.entries()].map(([i, score]) => [i, score * recordWeight(records[i]!.u) + (records[i]!.u.includes('#') ? 0 : 0.5)]));
      // a section that points to another page of the guide or a program for the subject
      // (「…は『自治体テレワーク推進実証実験』が」) ranks just below that page, when the page
      // matches the query well in its own right; cited cases are examples, not the explanation
      for (const [i, score] of [...weighted.entries()].sort((a, b) => b[1] - a[1])) {
        for (const target of records[i]!.l ?? []) {
          if (target.startsWith('/cases/')) continue;
          const t = pageIndex.get(target);
          const own = t === undefined ? undefined : weighted.get(t);
          if (t === undefined || own === undefined || own >= score || own < 0.5 * score) continue;
          weighted.set(t, score + 0.01);
        }
      }
      const ranked = [...weighted.entries()]
        .filter(([i]) => records[i] !== definition)
        .map(([i, score]) => ({ i, score }))
        .sort((a, b) => b.score - a.score || a.i - b.i);
      const shown = ranked.slice(0, opts.limit ?? ranked.length);
      // highlight what was found: the terms and the synonyms that matched
      const marks = [...new Set([...found.terms, ...[...found.via.values()].flatMap((m) => [...m.values()].map((e) => e.n))])];
      // title and snippet are worked out when first read: a long list costs only what is shown
      const hits = shown.map(({ i, score }): SearchHit => {
        const record = records[i]!;
        let title: SearchHit['title'] | undefined;
        let snippet: SearchHit['snippet'] | undefined;
        return {
          record,
          score,
          get title() {
            return (title ??= toParts(record.t, matchRanges(record.t, marks)));
          },
          get snippet() {
            return (snippet ??= makeSnippet(record.x, marks));
          },
        };
      });
      return {
        hits,
        total: ranked.length,
        terms: found.terms,
        exact: found.exact || !ranked.length,
        partial: found.partial && ranked.length > 0,
        synonyms: synonymUses(found, ranked.map((r) => r.i)),
        definition,
      };
    } catch {
      return { hits: [], total: 0, terms: [], exact: true, partial: false, synonyms: [] };
    }
  };

  return { records, query, search: (q, opts) => query(q, opts).hits, clearCache: () => matchCache.clear() };
}
