/**
 * The search normalization (src/lib/normalize.ts): the cases mutation testing and review found
 * unpinned. A long-vowel mark typed as a full-width hyphen must fold like ー does.
 */
import { describe, expect, it } from 'vitest';
import { normalizeWithMap, searchNormalize } from '../../src/lib/normalize';

describe('searchNormalize：長音の代わりに打たれた記号', () => {
  it.each([
    ['サーバ－', '全角ハイフン（U+FF0D）'],
    ['サーバ-', '半角ハイフン'],
    ['サーバ〜', '波ダッシュ'],
    ['サーバ―', 'ダッシュ（U+2015）'],
    ['サーバｰ', '半角長音'],
  ])('語末の %s（%s）も「ー」と同じく落とし、サーバと一致させる', (typed) => {
    expect(searchNormalize(typed)).toBe('サーバ');
    expect(searchNormalize(typed)).toBe(searchNormalize('サーバー'));
  });

  it('語中の全角ハイフンは長音として残す（テレワ－ク → テレワーク）', () => {
    expect(searchNormalize('テレワ－ク')).toBe('テレワーク');
  });

  it('ひらがなの後の半角ハイフンも長音として扱う（らー と同じ）', () => {
    expect(searchNormalize('ら-')).toBe(searchNormalize('らー'));
  });

  it('かなに続かないハイフンや数の範囲の波ダッシュは落とさない', () => {
    expect(searchNormalize('A-1')).toBe('a-1');
    expect(searchNormalize('1〜3')).toBe('1ー3');
  });

  it('強調表示用の位置対応も同じ正規化になる（サーバ－ → サーバ）', () => {
    for (const s of ['サーバ－の設定', 'テレワ－ク', 'ら-め', 'テ--ト', 'A-1']) {
      const { text, map } = normalizeWithMap(s);
      expect(text).toBe(searchNormalize(s));
      expect(map).toHaveLength(text.length + 1);
    }
  });
});
