/**
 * Highlighting on the original text: matches are found in the normalized text and mapped back,
 * so 「ｌｇｗａｎ」 highlights 「LGWAN」 as printed. The parts are plain strings; the island
 * renders them as text nodes (never as HTML).
 */
import { normalizeWithMap } from '../normalize';
import type { SnippetPart } from './types';

/** Ranges [start, end) in `original` where any of the normalized terms occurs. */
export function matchRanges(original: string, terms: string[]): [number, number][] {
  const { text, map } = normalizeWithMap(original);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    if (!term) continue;
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) {
      ranges.push([map[at]!, map[at + term.length]!]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** Cuts `text` into parts, marking the given ranges (clipped to [from, to)). */
export function toParts(text: string, ranges: [number, number][], from = 0, to = text.length): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let pos = from;
  for (const [a0, b0] of ranges) {
    const a = Math.max(a0, from);
    const b = Math.min(b0, to);
    if (b <= a) continue;
    if (a > pos) parts.push({ text: text.slice(pos, a), mark: false });
    parts.push({ text: text.slice(a, b), mark: true });
    pos = b;
  }
  if (pos < to) parts.push({ text: text.slice(pos, to), mark: false });
  return parts;
}

/**
 * An excerpt of about `length` characters around the first match, with every match in it marked
 * and 「…」 where text was cut. Without a match: the beginning of the text.
 */
export function makeSnippet(text: string, terms: string[], length = 90): SnippetPart[] {
  const ranges = matchRanges(text, terms);
  const first = ranges[0];
  let from = 0;
  if (first) from = Math.max(0, Math.min(first[0] - Math.floor(length / 4), text.length - length));
  // don't start inside a surrogate pair
  if (from > 0 && /[\uDC00-\uDFFF]/.test(text[from]!)) from--;
  let to = Math.min(text.length, from + length);
  if (to < text.length && /[\uD800-\uDBFF]/.test(text[to - 1]!)) to++;
  const parts = toParts(text, ranges, from, to);
  if (from > 0) parts.unshift({ text: '…', mark: false });
  if (to < text.length) parts.push({ text: '…', mark: false });
  return parts;
}
