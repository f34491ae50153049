/**
 * Query expansion from the synonym list (content/search-terms.yaml, carried in the index):
 * a normalized query term that is one of a group's `words` also searches the group's other
 * words (same meaning) and its `related` words (one way). Each expansion keeps the word as the
 * list writes it, for the 「『VPN』を『リモートアクセス』としても検索しました」 notice.
 */
import { searchNormalize } from './query';
import type { SearchTermEntry } from './types';

/** A word a term is also searched as. */
export interface Expansion {
  /** Normalized, for matching */
  n: string;
  /** As written in the list, for the notice */
  label: string;
  /** true: a related word (one way); false: a word of the same meaning */
  related: boolean;
}

/** normalized term → its expansions, and normalized term → the term as the list writes it. */
export interface SynonymTable {
  expand(term: string): Expansion[];
  /** The list's spelling of a normalized term (「vpn」 → 「VPN」), or the term itself */
  label(term: string): string;
  /** Whether a normalized word is one of the list's words */
  has(term: string): boolean;
}

/** Builds the lookup once per index. Never throws on odd entries (they are skipped). */
export function createSynonymTable(entries: SearchTermEntry[] | undefined): SynonymTable {
  const map = new Map<string, Map<string, Expansion>>();
  const labels = new Map<string, string>();
  for (const e of entries ?? []) {
    if (!e || !Array.isArray(e.w)) continue;
    const words = e.w.filter((x) => typeof x === 'string').map((label) => ({ n: searchNormalize(label), label }));
    const related = (Array.isArray(e.r) ? e.r : []).filter((x) => typeof x === 'string').map((label) => ({ n: searchNormalize(label), label }));
    for (const w of words) {
      if (!w.n) continue;
      if (!labels.has(w.n)) labels.set(w.n, w.label);
      const out = map.get(w.n) ?? new Map<string, Expansion>();
      for (const o of words) if (o.n && o.n !== w.n && !out.has(o.n)) out.set(o.n, { n: o.n, label: o.label, related: false });
      for (const r of related) if (r.n && r.n !== w.n && !out.has(r.n)) out.set(r.n, { n: r.n, label: r.label, related: true });
      map.set(w.n, out);
    }
  }
  return {
    expand: (term) => [...(map.get(term)?.values() ?? [])],
    label: (term) => labels.get(term) ?? term,
    has: (term) => map.has(term),
  };
}
