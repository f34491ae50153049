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
    for (let i = 0; i < raw.length; i += MAX_TERM) terms.push(raw.slice(i, i + MAX_TERM));
  }
  const unique = [...new Set(terms)];
  return unique.filter((t) => !unique.some((o) => o !== t && o.includes(t))).slice(0, MAX_TERMS);
}

const kanaParticle = /^[\u3041-\u3096ー]{1,3}$/;
const katakanaWord = /^[\u30A1-\u30FAー]+$/;
const hiraganaOnly = /^[\u3041-\u3096ー]+$/;
/** Runs of one script: kanji, katakana, Latin letters and digits (hiragana runs are particles and endings). */
const scriptRun = /[\p{Script=Han}々〆ヶ]+|[\u30A1-\u30FAー]+|[A-Za-z0-9](?:[A-Za-z0-9.\-]*[A-Za-z0-9])?/gu;
let segmenter: Intl.Segmenter | null | undefined;

/**
 * The fallback word split where Intl.Segmenter is missing: runs of kanji, katakana and Latin
 * letters/digits, hiragana dropped (「テレワーク導入に係る費用」 → テレワーク, 導入, 係, 費用).
 */
export function scriptRuns(text: string): string[] {
  return text.normalize('NFKC').match(scriptRun) ?? [];
}

/** Splits one space-free piece into words with Intl.Segmenter, or by script runs without it. */
function words(piece: string, useSegmenter: boolean): string[] {
  if (segmenter === undefined) segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('ja', { granularity: 'word' }) : null;
  if (!segmenter || !useSegmenter) return scriptRuns(piece);
  const out: string[] = [];
  let prevKatakana = false;
  for (const s of segmenter.segment(piece)) {
    // ICU splits katakana compounds (テレ|ワーク): join adjacent katakana back together
    const katakana = katakanaWord.test(s.segment);
    if (katakana && prevKatakana) out[out.length - 1] += s.segment;
    else if (s.isWordLike && !kanaParticle.test(s.segment)) out.push(s.segment);
    prevKatakana = katakana;
  }
  // beside kanji, katakana or Latin words, a word of hiragana only is grammar (について, すれば)
  const content = out.filter((w) => !hiraganaOnly.test(w));
  return content.length ? content : out;
}

/**
 * A query's parts for ranking by how many of them a section matches: the query word-split
 * (Intl.Segmenter 'ja', or script runs where the platform has none), normalized, particles
 * dropped, at most MAX_TERMS. `useSegmenter: false` forces the fallback (tests).
 */
export function queryParts(query: unknown, useSegmenter = true): string[] {
  if (typeof query !== 'string') return [];
  const all: string[] = [];
  for (const piece of query.slice(0, MAX_QUERY).normalize('NFKC').split(/\s+/)) if (piece) all.push(...words(piece, useSegmenter));
  return parseQuery(all.join(' '));
}

/**
 * Word-splits a query written without spaces (「テレワークの費用」 → テレワーク, 費用), dropping
 * particles. Returns [] when the split adds nothing to the query's own terms.
 */
export function segmentQuery(query: string, useSegmenter = true): string[] {
  const terms = queryParts(query, useSegmenter);
  const plain = parseQuery(query);
  return terms.length > plain.length ? terms : [];
}
