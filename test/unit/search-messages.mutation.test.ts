/**
 * What the search page says (src/lib/search/messages.ts): the status line when only a definition
 * was found, and the synonym notice when a term had several expansions or several terms had some.
 */
import { describe, expect, it } from 'vitest';
import { statusText, synonymNotice } from '../../src/lib/search/messages';
import type { SearchRecord } from '../../src/lib/search/types';

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
