/**
 * Japanese text normalization shared by search and the task inventory. The same function
 * runs on indexed text and on queries, so width, case and kana variants meet:
 * NFKC (full-width ASCII → ASCII, half-width katakana → full-width), lower case, hiragana →
 * katakana, long-vowel marks and dashes unified, look-alike radicals mapped. Dakuten are
 * kept (が must not match か).
 */

/** CJK radicals that NFKC leaves alone or maps to a rarer variant (see shared/source/README.md). */
const RADICAL_FIXES: Record<string, string> = { '\u2EA0': '民', '\u2ED1': '長', '\u2F3E': '戸', '戶': '戸' };

/** Normalizes text for matching (not for display). */
export function normalizeJa(text: string): string {
  let s = text.replace(/[\u2EA0\u2ED1\u2F3E戶]/g, (c) => RADICAL_FIXES[c] ?? c);
  s = s.normalize('NFKC').toLowerCase();
  // hiragana → katakana (ぁ U+3041 … ゖ U+3096, ゝゞ)
  s = s.replace(/[\u3041-\u3096\u309D\u309E]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
  // long-vowel marks, dashes and tildes that people type interchangeably
  s = s.replace(/[\u2010-\u2015\u2212\uFF70\u30FC\u301C\uFF5E~]/g, 'ー');
  // a hyphen typed after katakana is a long-vowel mark (テレワ-ク)
  s = s.replace(/(?<=[\u30A1-\u30FA])-/g, 'ー');
  // collapse whitespace (including the ideographic space, already NFKC'd to U+0020)
  s = s.replace(/\s+/g, ' ').trim();
  return s;
}

/** Splits a query into terms on spaces (half- or full-width) after normalizing. */
export function queryTerms(query: string): string[] {
  return normalizeJa(query).split(' ').filter(Boolean);
}
