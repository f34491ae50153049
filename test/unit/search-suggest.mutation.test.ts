/**
 * Suggestions when nothing was found (src/lib/search/suggest.ts): which glossary terms count as
 * near a query (shared pairs of neighbouring characters), on hand-made records built in each `it`.
 */
import { describe, expect, it } from 'vitest';
import { suggestTerms } from '../../src/lib/search/suggest';
import type { SearchRecord } from '../../src/lib/search/types';

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
