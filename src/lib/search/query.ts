/** Query handling: normalization, splitting into terms, the 32-character pattern limit. */
import { searchNormalize } from '../normalize';

/** fuse.js matches one pattern of at most 32 characters (its bit-parallel matcher's word size). */
export const MAX_TERM = 32;
/** More terms than this add nothing but time; the rest are dropped. */
export const MAX_TERMS = 8;
/** Longest query read at all (a pasted paragraph is cut here). */
export const MAX_QUERY = 200;

export { searchNormalize };


/**
 * Splits a query into normalized terms: on spaces, longer terms cut into 32-character pieces,
 * duplicates and terms contained in another term dropped, at most MAX_TERMS. Never throws.
 */
export function parseQuery(query: unknown): string[] {
  if (typeof query !== 'string') return [];
  const terms: string[] = [];
  for (const raw of searchNormalize(query.slice(0, MAX_QUERY)).split(' ')) {
    for (let i = 0; i < raw.length; i += MAX_TERM) {
      const t = raw.slice(i, i + MAX_TERM);
      if (t) terms.push(t);
    }
  }
  const unique = [...new Set(terms)];
  return unique.filter((t, i) => !unique.some((o, j) => j !== i && o.length > t.length && o.includes(t))).slice(0, MAX_TERMS);
}

const kanaParticle = /^[\u3041-\u3096ー]{1,2}$/;
const katakanaWord = /^[\u30A1-\u30FAー]+$/;
let segmenter: Intl.Segmenter | null | undefined;

/**
 * Word-splits a query written without spaces (「テレワークの費用」 → テレワーク, 費用) with
 * Intl.Segmenter, dropping particles. Returns [] when the platform has no segmenter or the split
 * adds nothing.
 */
export function segmentQuery(query: string): string[] {
  if (segmenter === undefined) segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('ja', { granularity: 'word' }) : null;
  if (!segmenter) return [];
  const words: string[] = [];
  for (const piece of query.slice(0, MAX_QUERY).normalize('NFKC').split(/\s+/)) {
    let prevKatakana = false;
    for (const s of segmenter.segment(piece)) {
      // ICU splits katakana compounds (テレ|ワーク): join adjacent katakana back together
      const katakana = katakanaWord.test(s.segment);
      if (katakana && prevKatakana) words[words.length - 1] += s.segment;
      else if (s.isWordLike && !kanaParticle.test(s.segment)) words.push(s.segment);
      prevKatakana = katakana;
    }
  }
  const terms = parseQuery(words.join(' '));
  const plain = parseQuery(query);
  return terms.length > plain.length ? terms : [];
}
