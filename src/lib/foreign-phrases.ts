/**
 * Phrases in another language inside Japanese text (WCAG 3.1.2 一部分の言語): the glossary spells
 * out abbreviations in English (「総合行政ネットワーク（Local Government Wide Area Network）」).
 * A run of two or more Latin-letter words is an English phrase and is marked lang="en"; a single
 * word or abbreviation (LGWAN, VPN, J-LIS, Web 会議) is a word of the Japanese sentence.
 */

/** A piece of the text; `lang` is set on a phrase in another language. */
export interface TextPart {
  text: string;
  lang?: 'en';
}

const PHRASE = /[A-Za-z][A-Za-z'’-]*(?:[ \u00A0][A-Za-z][A-Za-z'’-]*)+/g;

/** Splits text into Japanese parts and English phrases, in order; joining the parts gives the text back. */
export function splitForeignPhrases(text: string): TextPart[] {
  const out: TextPart[] = [];
  let at = 0;
  for (const m of text.matchAll(PHRASE)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index) });
    out.push({ text: m[0], lang: 'en' });
    at = m.index + m[0].length;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at) });
  return out;
}
