/**
 * The parts of search around the engine (src/lib/search/query.ts, snippet.ts, suggest.ts): how a
 * query becomes terms, how matches are cut into marked parts of the original text, and which
 * glossary terms are suggested when nothing is found.
 */
import { describe, expect, it } from 'vitest';
import { MAX_QUERY, MAX_TERM, MAX_TERMS, parseQuery, segmentQuery } from '../../src/lib/search/query';
import { makeSnippet, matchRanges, toParts } from '../../src/lib/search/snippet';
import { suggestTerms } from '../../src/lib/search/suggest';
import type { SearchRecord, SnippetPart } from '../../src/lib/search/types';

const show = (parts: SnippetPart[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('parseQuery：問い合わせを語にする', () => {
  it('上限は fuse.js の1パターン32文字、語は8つ、問い合わせは200文字', () => {
    expect([MAX_TERM, MAX_TERMS, MAX_QUERY]).toEqual([32, 8, 200]);
  });

  it('32文字ちょうどの語は分けず、33文字なら32文字と1文字に分ける', () => {
    const a = 'あ'.repeat(32);
    expect(parseQuery(a)).toEqual(['ア'.repeat(32)]);
    const b = `${'い'.repeat(32)}う`;
    expect(parseQuery(b)).toEqual(['イ'.repeat(32), 'ウ']);
  });

  it('9語目からは捨て、200文字を超えた部分は読まない', () => {
    expect(parseQuery('一 二 三 四 五 六 七 八 九 十')).toEqual(['一', '二', '三', '四', '五', '六', '七', '八']);
    expect(parseQuery(`${'x '.repeat(100)}y`)).toEqual(['x']);
    expect(parseQuery(`${'a'.repeat(199)} b`)).toEqual(['a'.repeat(32)]);
  });

  it('ほかの語に含まれる語だけを捨て、同じ長さの別の語や含む側の語は残す', () => {
    expect(parseQuery('規程 勤務 在宅勤務規程')).toEqual(['在宅勤務規程']);
    expect(parseQuery('在宅 勤務')).toEqual(['在宅', '勤務']);
    expect(parseQuery('勤務 勤務')).toEqual(['勤務']);
  });

  it('数値・null・オブジェクトでも例外にせず空', () => {
    expect(parseQuery(12)).toEqual([]);
    expect(parseQuery(null)).toEqual([]);
    expect(parseQuery({ q: 'x' })).toEqual([]);
  });
});

describe('segmentQuery：空白のない問い合わせの分かち書き', () => {
  const hasSegmenter = typeof Intl.Segmenter === 'function';

  it.runIf(hasSegmenter)('助詞（かな1〜2文字）を落とし、分けたカタカナ語はつなぎ直す', () => {
    expect(segmentQuery('セキュリティポリシーの見直し')).toEqual(['セキュリティポリシ', '見直シ']);
  });

  it.runIf(hasSegmenter)('分けても語が増えないときは空（元の問い合わせで足りる）', () => {
    expect(segmentQuery('テレワーク')).toEqual([]);
    expect(segmentQuery('在宅 勤務')).toEqual([]);
  });

  it.runIf(hasSegmenter)('空白で区切った各部分を別々に分ける', () => {
    expect(segmentQuery('テレワークの費用 規程の整備')).toEqual(['テレワーク', '費用', '規程', '整備']);
  });
});

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

describe('suggestTerms：見つからないときの用語の候補', () => {
  const rec = (t: string, k?: string, u = `/glossary/#${t}`): SearchRecord => ({ t, p: '用語集', u, x: '', ...(k ? { k } : {}) });
  const records = [
    rec('テレビ会議', 'てれびかいぎ'),
    rec('テレワーク', 'てれわーく'),
    rec('在宅勤務'),
    rec('テレワーク推進', undefined, '/guide/process/'),
  ];

  it('用語集の項目だけを、重なる2文字の割合の大きい順に返す', () => {
    expect(suggestTerms(records, 'テレワ').map((r) => r.t)).toEqual(['テレワーク', 'テレビ会議']);
  });

  it('1文字の問い合わせは1文字の用語とだけ照合し、空や空白だけなら候補なし', () => {
    expect(suggestTerms([...records, rec('窓')], '窓').map((r) => r.t)).toEqual(['窓']);
    expect(suggestTerms(records, '宅')).toEqual([]);
    expect(suggestTerms(records, '')).toEqual([]);
    expect(suggestTerms(records, '  ')).toEqual([]);
  });

  it('件数は limit まで', () => {
    const many = Array.from({ length: 10 }, (_, i) => rec(`会議${i}`));
    expect(suggestTerms(many, '会議')).toHaveLength(6);
    expect(suggestTerms(many, '会議', 2)).toHaveLength(2);
  });

  it('読み（k）でも照合する', () => {
    expect(suggestTerms([rec('LGWAN', 'えるじーわん 総合行政ネットワーク')], 'ぎょうせいネット').map((r) => r.t)).toEqual(['LGWAN']);
  });
});
