/**
 * Unit tests of src/lib/normalize.ts.
 */
import { describe, expect, it } from 'vitest';
import { normalizeJa, foldLongVowels, normalizeWithMap, searchNormalize } from '../../src/lib/normalize';
import fc from 'fast-check';

/**
 * The text normalization (src/lib/normalize.ts), rule by rule: what meets what, what must stay
 * apart, and that the position map used for highlighting agrees with the search normalization.
 *
 * The search normalization (src/lib/normalize.ts): the cases mutation testing and review found
 * unpinned. A long-vowel mark typed as a full-width hyphen must fold like ー does.
 */
{
describe('日本語の正規化', () => {
  it.each([
    ['ｌｇｗａｎ', 'lgwan'],
    ['LGWAN', 'lgwan'],
    ['１ｏｎ１', '1on1'],
    ['てれわーく', 'テレワーク'],
    ['ﾃﾚﾜｰｸ', 'テレワーク'],
    ['テレワ－ク', 'テレワーク'],
    ['サテライト　オフィス', 'サテライト オフィス'],
  ])('%s → %s', (input, want) => {
    expect(normalizeJa(input)).toBe(want);
  });
  it('濁点は落とさない（が と か は別）', () => {
    expect(normalizeJa('が')).not.toBe(normalizeJa('か'));
    expect(normalizeJa('ガイド')).toBe('ガイド');
  });
  it('抽出で混じった部首文字を通常の漢字にそろえる', () => {
    expect(normalizeJa('⾏政⼿続')).toBe('行政手続');
    expect(normalizeJa('⾸⻑・住⺠・⼾籍')).toBe('首長・住民・戸籍');
  });
});
}

{
describe('normalizeJa：照合用の正規化', () => {
  it('NFKC が取りこぼす部首文字（⺠ ⻑ ⼾）と異体字の戶も通常の漢字にする', () => {
    expect(normalizeJa('\u2EA0')).toBe('民');
    expect(normalizeJa('\u2ED1')).toBe('長');
    expect(normalizeJa('\u2F3E')).toBe('戸');
    expect(normalizeJa('戶籍')).toBe('戸籍');
    // NFKC alone would leave the first two as radicals, and map ⼾ to 戶, not 戸.
    expect('\u2EA0\u2ED1'.normalize('NFKC')).toBe('\u2EA0\u2ED1');
  });

  it('ひらがなを全範囲（ぁ〜ゖ、ゝゞ）でカタカナにし、ほかの文字は変えない', () => {
    expect(normalizeJa('ぁあゔゕゖ')).toBe('ァアヴヵヶ');
    expect(normalizeJa('ゝゞ')).toBe('ヽヾ');
    expect(normalizeJa('ゟ')).not.toBe(normalizeJa('ヿ'));
    expect(normalizeJa('漢字ABC')).toBe('漢字abc');
  });

  it.each([
    ['‐', 'U+2010 ハイフン'],
    ['‑', 'U+2011'],
    ['‒', 'U+2012'],
    ['–', 'U+2013 enダッシュ'],
    ['—', 'U+2014 emダッシュ'],
    ['―', 'U+2015 水平線'],
    ['−', 'U+2212 マイナス'],
    ['〜', 'U+301C 波ダッシュ'],
    ['～', 'U+FF5E 全角チルダ'],
    ['~', 'チルダ'],
    ['ｰ', 'U+FF70 半角長音'],
  ])('「%s」（%s）は長音記号「ー」にそろう', (mark) => {
    expect(normalizeJa(`A${mark}B`)).toBe('aーb');
  });

  it('カタカナの後の半角ハイフンだけを長音にし、英数字の間のハイフンは残す', () => {
    expect(normalizeJa('テレワ-ク')).toBe('テレワーク');
    expect(normalizeJa('ﾃﾚﾜ-ｸ')).toBe('テレワーク');
    expect(normalizeJa('wi-fi')).toBe('wi-fi');
    expect(normalizeJa('1-2')).toBe('1-2');
  });

  it('空白（改行・タブ・全角空白）の連続を1つにまとめ、前後の空白を除く', () => {
    expect(normalizeJa('\t在席　\n\n確認  ')).toBe('在席 確認');
    expect(normalizeJa('   ')).toBe('');
  });
});

describe('foldLongVowels：語末の長音を落とす', () => {
  it('カタカナ語の末尾の長音を落とし、語中の長音は残す', () => {
    expect(foldLongVowels('サーバー')).toBe('サーバ');
    expect(foldLongVowels('マネージャーの')).toBe('マネージャの');
    expect(foldLongVowels('サーバーが')).toBe('サーバが');
  });

  it('続く長音はまとめて落とす', () => {
    expect(foldLongVowels('メールーー。')).toBe('メール。');
  });

  it('ひらがな語も同じ：末尾の長音は落とし、ひらがなが続くなら残す', () => {
    expect(foldLongVowels('すごーい')).toBe('すごーい');
    expect(foldLongVowels('すごー。')).toBe('すご。');
    expect(foldLongVowels('すごーカ')).toBe('すごカ');
  });

  it('かなの後でない長音（文頭・漢字・英字の後）は変えない', () => {
    expect(foldLongVowels('ー')).toBe('ー');
    expect(foldLongVowels('長ー')).toBe('長ー');
    expect(foldLongVowels('aー')).toBe('aー');
  });

  it('searchNormalize はサーバー・サーバ・さーばー・ｻｰﾊﾞｰ を同じ形にする', () => {
    const want = searchNormalize('サーバ');
    expect(want).toBe('サーバ');
    for (const v of ['サーバー', 'さーばー', 'ｻｰﾊﾞｰ']) expect(searchNormalize(v), v).toBe(want);
  });
});

describe('normalizeWithMap：位置の対応つきの正規化', () => {
  it('正規化した各文字が元の文字列のどこから来たかを返し、末尾に元の長さを置く', () => {
    const src = 'ﾃﾞｰﾀを　ｻｰﾊﾞｰへ';
    const r = normalizeWithMap(src);
    expect(r.text).toBe('データヲ サーバヘ');
    // デ←ﾃﾞ(0) ー←ｰ(2) タ(3) ヲ(4) 空白(5) サ(6) ー(7) バ←ﾊﾞ(8) ヘ(11)；語末のｰ(10)は落ちる
    expect(r.map).toEqual([0, 2, 3, 4, 5, 6, 7, 8, 11, src.length]);
  });

  it('濁点が続く文字はひとまとまりとして扱い、合成した1文字を最初の位置に対応させる', () => {
    const r = normalizeWithMap('か\u3099き');
    expect(r.text).toBe('ガキ');
    expect(r.map).toEqual([0, 2, 3]);
  });

  it('空白の連続は最初の空白の位置の1文字になり、前後の空白は残す（切り詰めない）', () => {
    const r = normalizeWithMap(' a \n b ');
    expect(r.text).toBe(' a b ');
    expect(r.map).toEqual([0, 1, 2, 5, 6, 7]);
  });

  it('部首文字とカタカナの後のハイフンは normalizeJa と同じに変わる', () => {
    expect(normalizeWithMap('住⺠テレワ-ク').text).toBe('住民テレワーク');
    expect(normalizeWithMap('1-2').text).toBe('1-2');
  });

  // Units as people type them: a half-width voiced mark or a combining one only after its kana.
  const jaChars = fc.constantFrom(
    ...'あいうえおかがきぎーをんアイウエオカガキギーヲンｱｲｳｷｰ漢字住民テ-‐~～〜ABCabc１２３ｌｇ 　\n\t、。⺠⻑⼾戶'.split(''),
    'ｶﾞ', 'ﾊﾟ', 'ｷﾞ', 'か\u3099', 'ハ\u309A',
  );
  const jaText = fc.array(jaChars, { maxLength: 24 }).map((a) => a.join(''));

  it('性質：どんな文字列でも、切り詰めた結果は searchNormalize と一致する', () => {
    fc.assert(
      fc.property(jaText, (s) => {
        expect(normalizeWithMap(s).text.trim()).toBe(searchNormalize(s));
      }),
      { numRuns: 300 },
    );
  });

  it('性質：対応表は1文字に1つと末尾の1つ、減らず、元の範囲に収まる', () => {
    fc.assert(
      fc.property(jaText, (s) => {
        const { text, map } = normalizeWithMap(s);
        expect(map.length).toBe(text.length + 1);
        expect(map[text.length]).toBe(s.length);
        for (let i = 1; i < map.length; i++) expect(map[i]!).toBeGreaterThanOrEqual(map[i - 1]!);
        for (let i = 0; i < text.length; i++) expect(map[i]!).toBeLessThan(s.length);
      }),
      { numRuns: 300 },
    );
  });
});
}

{
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
}

{
describe('検索用の正規化', () => {
  it.each([
    ['サーバー', 'サーバ'],
    ['サーバ', 'サーバ'],
    ['マネージャーの', 'マネージャノ'],
    ['テレワーク', 'テレワーク'],
    ['さーばー', 'サーバ'],
    ['ｻｰﾊﾞｰ', 'サーバ'],
    ['ｌｇｗａｎ', 'lgwan'],
  ])('%s → %s', (input, want) => {
    expect(searchNormalize(input)).toBe(want);
  });
  it('語中の長音は残す（テレワーク、ユーザー数の「ー」）', () => {
    expect(foldLongVowels('ユーザー数')).toBe('ユーザ数');
    expect(foldLongVowels('テレワーク')).toBe('テレワーク');
    expect(foldLongVowels('ーから')).toBe('ーから');
  });
  it('濁点は落とさない', () => {
    expect(searchNormalize('ガイド')).not.toBe(searchNormalize('カイド'));
  });
  it('normalizeJa の動作は変えていない', () => {
    expect(normalizeJa('サーバー')).toBe('サーバー');
  });
  it.each([
    'ＬＧＷＡＮ接続系の　サーバーへ、ﾘﾓｰﾄｱｸｾｽ（テレワ-ク）',
    '⾏政⼿続  と ガ\u3099 と ｶﾞ',
    '  前後の空白  ',
    'マネージャー。ユーザーが𠮷野家',
  ])('位置の対応つき正規化は searchNormalize と同じ文字列を作る：%s', (s) => {
    const { text, map } = normalizeWithMap(s);
    expect(text.trim()).toBe(searchNormalize(s));
    expect(map).toHaveLength(text.length + 1);
    expect(map.every((v, i) => i === 0 || v >= map[i - 1]!)).toBe(true);
  });
});
}
