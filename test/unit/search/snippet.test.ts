/**
 * Unit tests of src/lib/search/snippet.ts.
 */
import { describe, expect, it } from 'vitest';
import { makeSnippet, matchRanges, toParts } from '../../../src/lib/search/snippet';
import { show } from '../support/search-records';

{
describe('スニペットと強調', () => {
  it('正規化したテキストで見つけ、元の表記の範囲を強調する', () => {
    expect(show(makeSnippet('庁内のLGWAN接続系端末へ', ['lgwan']))).toBe('庁内の[LGWAN]接続系端末へ');
    expect(show(makeSnippet('サーバー設置費用', ['サーバ']))).toBe('[サーバー]設置費用');
    expect(show(makeSnippet('ﾃﾚﾜｰｸ', ['テレワーク']))).toBe('[ﾃﾚﾜｰｸ]');
  });
  it('長い本文は一致箇所の前後を切り出し、切った所に「…」を付ける', () => {
    const text = `${'前'.repeat(100)}在席確認${'後'.repeat(100)}`;
    const s = show(makeSnippet(text, ['在席確認'], 40));
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(s).toContain('[在席確認]');
  });
  it('重なる一致はまとめる', () => {
    expect(matchRanges('在宅勤務', ['在宅', '宅勤'])).toEqual([[0, 3]]);
  });
  it('HTML を含む本文も文字列のまま扱う（タグとして解釈しない）', () => {
    const parts = makeSnippet('<script>alert(1)</script>の説明', ['script']);
    expect(parts.map((p) => p.text).join('')).toBe('<script>alert(1)</script>の説明');
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['script', 'script']);
  });
});
}

/**
 * The parts of search around the engine (src/lib/search/query.ts, snippet.ts, suggest.ts): how a
 * query becomes terms, how matches are cut into marked parts of the original text, and which
 * glossary terms are suggested when nothing is found.
 */
{
describe('matchRanges・toParts：元の表記の上での強調', () => {
  it('同じ語の出現をすべて拾い、離れた一致は分け、隣り合う一致はつなげる', () => {
    expect(matchRanges('在宅と在宅', ['在宅'])).toEqual([[0, 2], [3, 5]]);
    expect(matchRanges('在宅勤務', ['勤務', '在宅'])).toEqual([[0, 4]]);
  });

  it('空の語は無視し、一致がなければ空', () => {
    expect(matchRanges('在宅', ['', 'x'])).toEqual([]);
  });

  it('一方が他方を含む一致は外側の範囲にまとめる', () => {
    expect(matchRanges('テレワーク推進', ['テレワーク推進', 'ワーク'])).toEqual([[0, 7]]);
  });

  it('toParts は範囲を [from, to) に切り詰め、範囲外や空の範囲は印を付けない', () => {
    expect(toParts('abcdef', [[1, 3]])).toEqual([
      { text: 'a', mark: false },
      { text: 'bc', mark: true },
      { text: 'def', mark: false },
    ]);
    expect(toParts('abcdef', [[0, 2], [4, 9]], 1, 5)).toEqual([
      { text: 'b', mark: true },
      { text: 'cd', mark: false },
      { text: 'e', mark: true },
    ]);
    expect(toParts('abcdef', [[0, 1], [5, 6]], 2, 4)).toEqual([{ text: 'cd', mark: false }]);
    expect(toParts('abc', [])).toEqual([{ text: 'abc', mark: false }]);
  });
});

describe('makeSnippet：一致箇所のまわりの抜粋', () => {
  it('空の本文は空、一致がなければ冒頭から length 文字と「…」', () => {
    expect(makeSnippet('', ['x'])).toEqual([]);
    expect(show(makeSnippet('あいうえおかきくけこ', ['x'], 4))).toBe('あいうえ…');
    expect(show(makeSnippet('あいう', ['x'], 4))).toBe('あいう');
  });

  it('一致の前に length の4分の1だけ文脈を残す', () => {
    const text = `${'前'.repeat(20)}一致${'後'.repeat(20)}`;
    expect(show(makeSnippet(text, ['一致'], 8))).toBe('…前前[一致]後後後後…');
  });

  it('本文の終わり近くの一致は、終わりから length 文字を見せる（後ろに「…」なし）', () => {
    const text = `${'前'.repeat(20)}一致`;
    expect(show(makeSnippet(text, ['一致'], 8))).toBe('…前前前前前前[一致]');
  });

  it('サロゲートペアの途中で切らない', () => {
    const text = `${'前'.repeat(5)}𠮷${'後'.repeat(3)}一致${'後'.repeat(20)}`;
    // from = 10 − 2 = 8: the low half of 𠮷 (index 6) is not at 8, so no shift
    expect(show(makeSnippet(text, ['一致'], 8))).toBe('…後後[一致]後後後後…');
    const t2 = `${'前'.repeat(6)}𠮷一致${'後'.repeat(20)}`;
    // from = 8 − 2 = 6 is the high half: kept; from 7 would be the low half and moves back to 6
    expect(show(makeSnippet(t2, ['一致'], 9))).toMatch(/^…𠮷\[一致\]/);
    const t3 = `${'前'.repeat(5)}𠮷前一致${'後'.repeat(20)}`;
    expect(show(makeSnippet(t3, ['一致'], 9))).toMatch(/^…𠮷前\[一致\]/);
    const t4 = `一致${'後'.repeat(5)}𠮷${'後'.repeat(5)}`;
    expect(show(makeSnippet(t4, ['一致'], 8))).toBe('[一致]後後後後後𠮷…');
  });
});
}

/**
 * Highlighting and excerpts (src/lib/search/snippet.ts): a range clipped away leaves no empty
 * marked part, and an excerpt of broken text (a lone surrogate) still starts at the text.
 */
{
describe('toParts：範囲の外に切り落とされた一致', () => {
  it('抜粋の端にちょうど接する一致は、空の強調部分を作らない', () => {
    expect(toParts('abcdef', [[2, 4]], 4, 6)).toEqual([{ text: 'ef', mark: false }]);
    expect(toParts('abcdef', [[4, 6]], 0, 4)).toEqual([{ text: 'abcd', mark: false }]);
  });
});

describe('matchRanges：重なる一致', () => {
  it('同じ位置から始まる長短の一致は長いほうにまとめ、接する一致は一続きにする', () => {
    expect(matchRanges('在宅勤務規程', ['在宅', '在宅勤務'])).toEqual([[0, 4]]);
    expect(matchRanges('在宅勤務規程', ['在宅勤務', '在宅', '規程'])).toEqual([[0, 6]]);
    expect(matchRanges('在宅勤務の規程', ['規程', '在宅', '在宅勤務'])).toEqual([[0, 4], [5, 7]]);
  });
});

describe('makeSnippet：壊れた文字を含む本文', () => {
  it('先頭が孤立した下位サロゲートでも、本文の先頭から切り出し「…」を付けない', () => {
    const text = '\uDC00あいうえおかきくけこ';
    const parts = makeSnippet(text, ['x'], 4);
    expect(parts).toEqual([
      { text: '\uDC00あいう', mark: false },
      { text: '…', mark: false },
    ]);
  });
});
}
