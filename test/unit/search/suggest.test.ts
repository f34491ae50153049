/**
 * Unit tests of src/lib/search/suggest.ts.
 */
import { describe, expect, it } from 'vitest';
import { suggestTerms } from '../../../src/lib/search/suggest';
import type { SearchRecord } from '../../../src/lib/search/types';
import { SAMPLE_RECORDS } from '../support/search-records';

{
describe('見つからないときの候補', () => {
  it('読みや表記の一部が重なる用語を返す', () => {
    expect(suggestTerms(SAMPLE_RECORDS, 'えるじー').map((r) => r.t)).toContain('LGWAN');
    expect(suggestTerms(SAMPLE_RECORDS, 'xyz')).toEqual([]);
  });
});
}

/**
 * The parts of search around the engine (src/lib/search/query.ts, snippet.ts, suggest.ts): how a
 * query becomes terms, how matches are cut into marked parts of the original text, and which
 * glossary terms are suggested when nothing is found.
 */
{
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
}

/**
 * Suggestions when nothing was found (src/lib/search/suggest.ts): which glossary terms count as
 * near a query (shared pairs of neighbouring characters), on hand-made records built in each `it`.
 */
{
const rec = (t: string, k?: string): SearchRecord => ({ t, p: '用語集', u: `/glossary/#${t}`, x: '', ...(k ? { k } : {}) });

describe('suggestTerms：近い用語の判定', () => {
  it('問い合わせの空白は詰めて、またがる2文字も照合する（「レ ワ」→ レワ）', () => {
    expect(suggestTerms([rec('テレワーク'), rec('在宅勤務')], 'レ ワ').map((r) => r.t)).toEqual(['テレワーク']);
  });

  it('2文字以上の問い合わせは1文字だけの一致では候補にしない（先頭の文字・末尾の文字だけ同じ用語は出さない）', () => {
    expect(suggestTerms([rec('テスト'), rec('ホレ')], 'テレ')).toEqual([]);
  });

  it('重なる2文字の多い用語が先（割合は同じ問い合わせの中で比べる）', () => {
    const r = suggestTerms([rec('会議室'), rec('Web会議システム'), rec('会社')], '会議システム');
    expect(r.map((x) => x.t)).toEqual(['Web会議システム', '会議室']);
  });
});
}
