/** 3.1.2 一部分の言語: the English expansions in Japanese text are found, and nothing else is. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitForeignPhrases } from '../../src/lib/foreign-phrases';

describe('英語の語句の切り出し（lang="en" を付ける所）', () => {
  it('2語以上の英語の語句だけを英語とし、略語・1語は日本語の文の語として残す', () => {
    expect(splitForeignPhrases('総合行政ネットワーク（Local Government Wide Area Network）の略称です。J-LIS が運営しています。')).toEqual([
      { text: '総合行政ネットワーク（' },
      { text: 'Local Government Wide Area Network', lang: 'en' },
      { text: '）の略称です。J-LIS が運営しています。' },
    ]);
    expect(splitForeignPhrases('Chief Information Officer（最高情報責任者）')[0]).toEqual({ text: 'Chief Information Officer', lang: 'en' });
    expect(splitForeignPhrases('LGWAN と VPN、Web 会議').filter((p) => p.lang)).toEqual([]);
    expect(splitForeignPhrases('')).toEqual([{ text: '' }]);
  });

  it('切り出した部分をつなぐと元の文に戻る', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'B', ' ', 'あ', '（', '-', 'x', 'Y') }), (s) => {
      expect(splitForeignPhrases(s).map((p) => p.text).join('')).toBe(s);
    }));
  });
});
