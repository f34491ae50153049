/** Groups glossary terms for /glossary/: あ行 … わ行 by reading, then 英数字 for terms that start with a Latin letter or digit. */

export interface GroupableTerm { id: string; term: string; reading: string }
export interface TermGroup<T> { key: string; label: string; terms: T[] }

const ROWS: [key: string, label: string, chars: string][] = [
  ['a', 'あ行', 'ぁあぃいぅうゔぇえぉお'],
  ['ka', 'か行', 'かがきぎくぐけげこご'],
  ['sa', 'さ行', 'さざしじすずせぜそぞ'],
  ['ta', 'た行', 'ただちぢっつづてでとど'],
  ['na', 'な行', 'なにぬねの'],
  ['ha', 'は行', 'はばぱひびぴふぶぷへべぺほぼぽ'],
  ['ma', 'ま行', 'まみむめも'],
  ['ya', 'や行', 'ゃやゅゆょよ'],
  ['ra', 'ら行', 'らりるれろ'],
  ['wa', 'わ行', 'ゎわゐゑをん'],
];

/** Katakana → hiragana, so readings in either script sort and group alike. */
export const toHiragana = (s: string): string => s.replace(/[\u30A1-\u30F6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));

/** The group key of one term: 'alpha' or a kana row key ('a', 'ka', …). */
export function groupKey(t: GroupableTerm): string {
  const first = t.term.normalize('NFKC').charAt(0);
  if (/[A-Za-z0-9]/.test(first)) return 'alpha';
  const r = toHiragana(t.reading).charAt(0);
  return ROWS.find(([, , chars]) => chars.includes(r))?.[0] ?? 'alpha';
}

/** Terms grouped in あいうえお order (英数字 last), each group sorted by reading. */
export function groupTerms<T extends GroupableTerm>(terms: T[]): TermGroup<T>[] {
  const collator = new Intl.Collator('ja');
  const rows = [...ROWS.map(([key, label]) => ({ key, label })), { key: 'alpha', label: '英数字' }];
  return rows
    .map(({ key, label }) => ({
      key,
      label,
      terms: terms
        .filter((t) => groupKey(t) === key)
        .sort((a, b) => (key === 'alpha' ? collator.compare(a.term, b.term) : collator.compare(toHiragana(a.reading), toHiragana(b.reading)))),
    }))
    .filter((g) => g.terms.length > 0);
}
