/**
 * Highlighting and excerpts (src/lib/search/snippet.ts): a range clipped away leaves no empty
 * marked part, and an excerpt of broken text (a lone surrogate) still starts at the text.
 */
import { describe, expect, it } from 'vitest';
import { makeSnippet, matchRanges, toParts } from '../../src/lib/search/snippet';

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
