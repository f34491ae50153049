/**
 * Unit tests of src/lib/search/messages.ts.
 */
import { describe, expect, it } from 'vitest';
import { statusText, synonymNotice, nextPage } from '../../../src/lib/search/messages';
import type { SearchRecord } from '../../../src/lib/search/types';
import { createSearch } from '../../../src/lib/search/engine';

/**
 * What the search page says (src/lib/search/messages.ts): the status line when only a definition
 * was found, and the synonym notice when a term had several expansions or several terms had some.
 */
{
describe('statusText：定義だけが見つかったとき', () => {
  it('ほかに一致するページがなくても、用語の意味を表示していることを言う', () => {
    const definition: SearchRecord = { t: 'LGWAN', p: '用語集', u: '/glossary/#lgwan', x: '総合行政ネットワーク。' };
    expect(statusText('えるじーわん', { total: 0, exact: false, partial: false, definition })).toBe(
      '「えるじーわん」：用語「LGWAN」の意味を表示しています。ほかに一致するページはありませんでした。',
    );
  });
});

describe('synonymNotice：一覧の語で検索を広げたことのお知らせ', () => {
  it('同じ意味の語は「同じ意味の…でも検索しました」、複数なら「・」でつなぐ', () => {
    expect(synonymNotice({ synonyms: [{ term: '在籍確認', also: ['在席確認'], related: [] }] })).toBe('『在籍確認』と同じ意味の『在席確認』でも検索しました。');
    expect(synonymNotice({ synonyms: [{ term: 'Web会議', also: ['オンライン会議', 'ウェブ会議'], related: [] }] })).toBe('『Web会議』と同じ意味の『オンライン会議』・『ウェブ会議』でも検索しました。');
  });

  it('関連する語は同じ意味とは言わず、「関連する語…を含むページも表示しています（同じ意味の語ではありません）」', () => {
    const text = synonymNotice({ synonyms: [{ term: 'VPN', also: [], related: ['リモートアクセス', '遠隔アクセス'] }] });
    expect(text).toBe('『VPN』に関連する語『リモートアクセス』・『遠隔アクセス』を含むページも表示しています（同じ意味の語ではありません）。');
    expect(text).not.toMatch(/としても検索|と同じ意味の/);
  });

  it('同じ語に両方があれば同じ意味を先に、複数の語は語ごとの文をそのまま続ける', () => {
    expect(
      synonymNotice({
        synonyms: [
          { term: '在宅', also: ['在宅勤務'], related: ['自宅'] },
          { term: '予算', also: [], related: ['財源'] },
        ],
      }),
    ).toBe('『在宅』と同じ意味の『在宅勤務』でも検索しました。『在宅』に関連する語『自宅』を含むページも表示しています（同じ意味の語ではありません）。『予算』に関連する語『財源』を含むページも表示しています（同じ意味の語ではありません）。');
  });

  it('展開がなければ空', () => {
    expect(synonymNotice({ synonyms: [] })).toBe('');
    expect(synonymNotice({ synonyms: [{ term: 'x', also: [], related: [] }] })).toBe('');
  });
});
}

/**
 * The search's understanding of officers' words: the synonym list (content/search-terms.yaml
 * and its schema), the expansion of query terms, the ranking of long queries by how many of
 * their parts a record matches, the definition box's choice, and the page's messages.
 */
{
describe('件数と「さらに表示」', () => {
  it('最初の20件の次は20件ずつ、残りの件数を返す', () => {
    expect(nextPage(0, 50)).toEqual({ show: 20, remaining: 30 });
    expect(nextPage(20, 50)).toEqual({ show: 40, remaining: 10 });
    expect(nextPage(40, 50)).toEqual({ show: 50, remaining: 0 });
    expect(nextPage(20, 7)).toEqual({ show: 7, remaining: 0 });
  });
  it('結果は50件で切らず、total が全件数を数える', () => {
    const many: SearchRecord[] = Array.from({ length: 80 }, (_, i) => ({ t: `節${i}`, p: 'x', u: `/p/#s${i}`, x: '在席確認の説明' }));
    const o = createSearch(many).query('在席確認');
    expect(o.total).toBe(80);
    expect(o.hits).toHaveLength(80);
    expect(createSearch(many).query('在席確認', { limit: 20 }).hits).toHaveLength(20);
  });
  it('件数の文：そのまま・近い一致・見つからない', () => {
    expect(statusText('在席', { total: 3, exact: true, partial: false })).toBe('「在席」の検索結果：3件');
    expect(statusText('在籍', { total: 2, exact: false, partial: false })).toContain('近い言葉を含むページ：2件');
    expect(statusText('zzz', { total: 0, exact: true, partial: false })).toBe('「zzz」に一致するページは見つかりませんでした。');
  });
});
}
