import { describe, expect, it } from 'vitest';
import { normalizeJa, queryTerms } from '../../src/lib/normalize';

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
  it('全角・半角の空白で語を分ける', () => {
    expect(queryTerms('  在席確認　チャット ')).toEqual(['在席確認', 'チャット']);
  });
});
