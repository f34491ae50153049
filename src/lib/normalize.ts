/**
 * Japanese text normalization shared by search and the task inventory. The same function
 * runs on indexed text and on queries, so width, case and kana variants meet:
 * NFKC (full-width ASCII → ASCII, half-width katakana → full-width), lower case, hiragana →
 * katakana, long-vowel marks and dashes unified, look-alike radicals mapped. Dakuten are
 * kept (が must not match か).
 */

/** CJK radicals that NFKC leaves alone or maps to a rarer variant (see sources/README.md). */
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

const KATA = /[\u30A1-\u30FA]/;
const HIRA = /[\u3041-\u3096]/;
const KANA = /[\u3041-\u3096\u30A1-\u30FA]/;
/** Marks people type for a long vowel (dashes, tildes, the half-width ｰ) */
const DASHES = /[\u2010-\u2015\u2212\uFF70\u30FC\u301C\uFF5E~]/;

/**
 * Turns every mark typed for a long vowel into ー before folding (after NFKC, so the full-width
 * hyphen － is already `-`): the dashes and tildes, and a hyphen after kana (サーバ－ → サーバー).
 * Without it, folding would miss them and `normalizeJa` would only make them ー afterwards.
 */
function unifyLongVowels(nfkcText: string): string {
  return nfkcText.replace(new RegExp(DASHES.source, 'g'), 'ー').replace(/(?<=[\u3041-\u3096\u30A1-\u30FA])-/g, 'ー');
}

/**
 * Drops a long-vowel mark that ends a kana word (サーバー → サーバ, マネージャーの → マネージャの),
 * so both spellings meet. Works on the original script (after NFKC), where a katakana word
 * followed by hiragana still shows its end. `searchNormalize` applies it before `normalizeJa`.
 */
export function foldLongVowels(nfkcText: string): string {
  return nfkcText.replace(/ー+/g, (run, at: number, s: string) => {
    const before = s[at - 1] ?? '';
    const after = s[at + run.length] ?? '';
    if (KATA.test(before)) return KATA.test(after) ? run : '';
    if (HIRA.test(before)) return HIRA.test(after) ? run : '';
    return run;
  });
}

/** The normalization search uses on both sides: NFKC, long-vowel marks unified and folded, then `normalizeJa`. */
export function searchNormalize(text: string): string {
  return normalizeJa(foldLongVowels(unifyLongVowels(text.normalize('NFKC'))));
}

/** A normalized string and, for each of its UTF-16 units, the offset of the original text it came from. */
export interface MappedText {
  text: string;
  /** map[i] = offset in the original of normalized unit i; map[text.length] = original length */
  map: number[];
}

/**
 * `searchNormalize(text)` (without the final trim) that also remembers where each character
 * came from, so a match found in normalized text can be highlighted in the original. Works unit
 * by unit (a character with any following voiced-sound marks).
 */
export function normalizeWithMap(text: string): MappedText {
  // 1. radicals + NFKC per unit, keeping the original offset of every produced character
  const a: string[] = [];
  const am: number[] = [];
  for (const m of text.matchAll(/[\s\S][\u3099\u309A\uFF9E\uFF9F]*/gu)) {
    const nf = m[0].replace(/[\u2EA0\u2ED1\u2F3E戶]/g, (c) => RADICAL_FIXES[c] ?? c).normalize('NFKC');
    for (const ch of nf) {
      a.push(DASHES.test(ch) || (ch === '-' && KANA.test(a[a.length - 1] ?? '')) ? 'ー' : ch);
      am.push(m.index);
    }
  }
  // 2. long-vowel folding on the original script
  const b: string[] = [];
  const bm: number[] = [];
  for (let i = 0; i < a.length; i++) {
    if (a[i] === 'ー') {
      let j = i;
      while (a[j] === 'ー') j++;
      const before = a[i - 1] ?? '';
      const after = a[j] ?? '';
      const drop = (KATA.test(before) && !KATA.test(after)) || (HIRA.test(before) && !HIRA.test(after));
      if (drop) {
        i = j - 1;
        continue;
      }
    }
    b.push(a[i]!);
    bm.push(am[i]!);
  }
  // 3. the rest of normalizeJa, character by character
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < b.length; i++) {
    let s = b[i]!;
    if (/\s/.test(s)) {
      if (out.endsWith(' ')) continue;
      s = ' ';
    } else {
      s = s.toLowerCase().replace(/[\u3041-\u3096\u309D\u309E]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
      s = s.replace(/[\u2010-\u2015\u2212\uFF70\u30FC\u301C\uFF5E~]/g, 'ー');
      if (s === '-' && KATA.test(out.slice(-1))) s = 'ー';
    }
    for (let u = 0; u < s.length; u++) map.push(bm[i]!);
    out += s;
  }
  map.push(text.length);
  return { text: out, map };
}
