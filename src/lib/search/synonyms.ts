/**
 * Query expansion from the search-terms list (content/search-terms.yaml, carried in the index):
 * a normalized query term that is one of a group's `words` also searches the group's other words
 * — as words of the same meaning when the group says so (`s`: 同じ意味), else as related words
 * (関連する語) — and the group's `related` words (one way, always 関連する語). Each expansion keeps
 * the word as the list writes it, for the notice under the search box.
 */
import { searchNormalize } from './query';
import type { SearchTermEntry } from './types';

/** How an expansion relates to the term: the same meaning, a related word of the same group (both ways), or a related word one way. */
export type ExpansionKind = 'same' | 'peer' | 'oneWay';

/** A word a term is also searched as. */
export interface Expansion {
  /** Normalized, for matching */
  n: string;
  /** As written in the list, for the notice */
  label: string;
  /** true: a related word (関連する語, never shown as the same thing); false: a word of the same meaning */
  related: boolean;
  kind: ExpansionKind;
}

/** normalized term → its expansions, and normalized term → the term as the list writes it. */
export interface SynonymTable {
  expand(term: string): Expansion[];
  /** The list's spelling of a normalized term (「vpn」 → 「VPN」), or the term itself */
  label(term: string): string;
  /** Whether a normalized word is one of the list's words */
  has(term: string): boolean;
}

/** A stronger relation wins when two groups relate the same pair of words. */
const STRENGTH: Record<ExpansionKind, number> = { same: 3, peer: 2, oneWay: 1 };

/** Builds the lookup once per index. Never throws on odd entries (they are skipped). */
export function createSynonymTable(entries: SearchTermEntry[] | undefined): SynonymTable {
  const map = new Map<string, Map<string, Expansion>>();
  const labels = new Map<string, string>();
  const words = (xs: unknown) => (Array.isArray(xs) ? xs : []).filter((x): x is string => typeof x === 'string').map((label) => ({ n: searchNormalize(label), label }));
  for (const e of entries ?? []) {
    if (!e || !Array.isArray(e.w)) continue;
    const ws = words(e.w);
    const related = words(e.r);
    const peerKind: ExpansionKind = e.s === 1 ? 'same' : 'peer';
    for (const w of ws) {
      if (!w.n) continue;
      if (!labels.has(w.n)) labels.set(w.n, w.label);
      const out = map.get(w.n) ?? new Map<string, Expansion>();
      const add = (o: { n: string; label: string }, kind: ExpansionKind) => {
        if (!o.n || o.n === w.n) return;
        const had = out.get(o.n);
        if (had && STRENGTH[had.kind] >= STRENGTH[kind]) return;
        out.set(o.n, { n: o.n, label: had?.label ?? o.label, related: kind !== 'same', kind });
      };
      for (const o of ws) add(o, peerKind);
      for (const r of related) add(r, 'oneWay');
      map.set(w.n, out);
    }
  }
  return {
    expand: (term) => [...(map.get(term)?.values() ?? [])],
    label: (term) => labels.get(term) ?? term,
    has: (term) => map.has(term),
  };
}
