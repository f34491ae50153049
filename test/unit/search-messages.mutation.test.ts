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

describe('synonymNotice：同義語で検索したことのお知らせ', () => {
  it('一つの語が複数の語に展開されたら「・」でつなぐ', () => {
    expect(synonymNotice({ synonyms: [{ term: 'VPN', also: ['リモートアクセス', '閉域網'] }] })).toBe(
      '『VPN』を『リモートアクセス』・『閉域網』としても検索しました。',
    );
  });

  it('複数の語が展開されたら、語ごとの文をそのまま続ける', () => {
    expect(
      synonymNotice({
        synonyms: [
          { term: 'VPN', also: ['リモートアクセス'] },
          { term: '予算', also: ['財源'] },
        ],
      }),
    ).toBe('『VPN』を『リモートアクセス』としても検索しました。『予算』を『財源』としても検索しました。');
  });

  it('展開がなければ空', () => {
    expect(synonymNotice({ synonyms: [] })).toBe('');
  });
});
