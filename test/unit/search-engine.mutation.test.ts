/**
 * What the search engine (src/lib/search/engine.ts) finds, on small hand-made record sets:
 * every term (AND), near matches (typos) only where nothing is found as written, a query written
 * without spaces split into words only when the whole is not found, question words and
 * one-letter parts dropped, the partial OR ranking, the synonym notice, the definition box,
 * `total` against `limit`, and no exception on a damaged index.
 * The ranking rules have their own file (search-engine-rank.mutation.test.ts).
 * Records and the search are built inside each test: Stryker switches a mutant on before the
 * test runs, and code run at load time would not be credited to the test.
 */
import { describe, expect, it } from 'vitest';
import { createSearch, type SiteSearch } from '../../src/lib/search/engine';
import type { SearchIndex, SearchRecord, SearchTermEntry } from '../../src/lib/search/types';

/** A record with the given address, title and text (and optional keywords, place, links). */
function rec(u: string, t: string, x: string, more: Partial<SearchRecord> = {}): SearchRecord {
  return { t, p: more.p ?? 'サイト', u, x, ...more };
}
const urls = (s: SiteSearch, q: string): string[] => s.search(q).map((h) => h.record.u);
const index = (records: SearchRecord[], terms: SearchTermEntry[]): SearchIndex => ({ records, terms });

describe('AND：すべての語を含む記録だけ', () => {
  it('題名・キーワード・本文・場所のどこにあっても一致し、どれにもない語では見つからない', () => {
    const s = createSearch([
      rec('/a/', '在宅勤務', '規程の例'),
      rec('/b/', '規程', '本文', { k: '在宅勤務' }),
      rec('/c/', '規程', '本文', { p: '在宅勤務' }),
      rec('/d/', '在宅勤務', '本文'),
    ]);
    expect(urls(s, '在宅勤務 規程').sort()).toEqual(['/a/', '/b/', '/c/']);
    expect(s.query('在宅勤務 規程').exact).toBe(true);
    expect(s.query('在宅勤務 規程').partial).toBe(false);
    expect(urls(s, 'here')).toEqual([]);
    expect(urls(s, 'was')).toEqual([]);
  });
  it('total はすべての一致の数、hits は limit まで', () => {
    const s = createSearch([rec('/a/', 'abc', ''), rec('/b/', 'abc', ''), rec('/c/', 'abc', '')]);
    const r = s.query('abc', { limit: 2 });
    expect(r.hits.map((h) => h.record.u)).toEqual(['/a/', '/b/']);
    expect(r.total).toBe(3);
    expect(s.search('abc')).toHaveLength(3);
  });
  it('題名と本文の強調は、見つけた語と、一致した同義語に付く', () => {
    const s = createSearch(index([rec('/a/', 'リモートアクセスの方法', '自宅からリモートアクセスする。')], [{ w: ['VPN', 'リモートアクセス'] }]));
    const [hit] = s.search('vpn');
    const show = (parts: { text: string; mark: boolean }[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');
    expect(show(hit!.title)).toBe('[リモートアクセス]の方法');
    expect(show(hit!.snippet)).toBe('自宅から[リモートアクセス]する。');
  });
});

describe('近い一致（誤字）', () => {
  it('題名の近い一致は、キーワードの近い一致より上', () => {
    const s = createSearch([rec('/keyword/', 'ページ1', '本文', { k: 'abcdefghijklx' }), rec('/title/', 'abxdefghijkly', '本文')]);
    const r = s.query('abcdefghijklm');
    expect(r.hits.map((h) => h.record.u)).toEqual(['/title/', '/keyword/']);
    expect(r.exact).toBe(false);
  });
  it('題名とキーワードの両方に近い一致のある記録は、題名の一致として数える', () => {
    const s = createSearch([rec('/keyword/', 'ページ1', '本文', { k: 'abcdefghijklx' }), rec('/both/', 'axcdexghixkxm', '本文', { k: 'axcdexghixkxm' })]);
    expect(urls(s, 'abcdefghijklm')).toEqual(['/both/', '/keyword/']);
  });
  it('誤りの少ない近い一致ほど上。近い一致の強さは題名の長さによらない', () => {
    const s = createSearch([
      rec('/two/', 'abcdefghxy', '本文'),
      rec('/one-long/', 'abcdefghix aa bb cc dd ee ff gg', '本文'),
      rec('/one/', 'abcdefghix', '本文'),
    ]);
    expect(urls(s, 'abcdefghij')).toEqual(['/one-long/', '/one/', '/two/']);
  });
  it('書いたとおりに見つかる語では、近いだけの記録（題名・本文）を混ぜない', () => {
    const s = createSearch([rec('/exact/', 'abcdefghij', '本文'), rec('/near/', 'abcdefghix', '本文'), rec('/body/', '本文', 'zz abcdefghix zz')]);
    const r = s.query('abcdefghij');
    expect(r.hits.map((h) => h.record.u)).toEqual(['/exact/']);
    expect(r.exact).toBe(true);
  });
  it('3文字の語の1字違いは近い一致として見つかる', () => {
    const s = createSearch([rec('/a/', 'abc', '本文')]);
    const r = s.query('abd');
    expect(r.hits.map((h) => h.record.u)).toEqual(['/a/']);
    expect(r.exact).toBe(false);
  });
  it('題名・キーワードになければ、本文の奥にある長い語の近い一致も見つける', () => {
    const s = createSearch([rec('/a/', '題', 'y'.repeat(100) + ' abcdefghijklmn ' + 'y'.repeat(20)), rec('/b/', '別', 'その他')]);
    const r = s.query('abcdefghijklmx');
    expect(r.hits.map((h) => h.record.u)).toEqual(['/a/']);
    expect(r.exact).toBe(false);
  });
  it('濁点の違いは近い一致にもならない（ガ≠カ）', () => {
    const s = createSearch([rec('/a/', 'カキクケ', '本文')]);
    expect(urls(s, 'ガギグゲ')).toEqual([]);
  });
  it('複数の語：近い一致の語も、ほかの語を含む記録にだけ一致する。ほかの語の一致の強さも数える', () => {
    const s = createSearch([
      rec('/body/', 'abcdefghij', 'xyz'),
      rec('/title/', 'xyz abcdefghij', '本文'),
      rec('/only-near/', 'abcdefghij', '本文'),
    ]);
    const r = s.query('xyz abcdefghiq');
    expect(r.hits.map((h) => h.record.u)).toEqual(['/title/', '/body/']);
    expect(r.exact).toBe(false);
    expect(r.partial).toBe(false);
  });
});

describe('空白なしの問い合わせの語分け', () => {
  it('書いたとおりに見つかる語句は分けない', () => {
    const s = createSearch([rec('/phrase/', '推進', 'テレワーク推進の計画'), rec('/apart/', '推進', 'テレワークの計画を推進')]);
    expect(urls(s, 'テレワーク推進')).toEqual(['/phrase/']);
  });
  it('語句のままでは見つからなければ、語に分けてすべてを含む記録を探す', () => {
    const s = createSearch([rec('/apart/', '計画', 'テレワークの計画を推進'), rec('/one/', '計画', 'テレワークの計画')]);
    const r = s.query('テレワーク推進');
    expect(r.hits.map((h) => h.record.u)).toEqual(['/apart/']);
    expect(r.terms).toEqual(['テレワーク', '推進']);
    expect(r.exact).toBe(true);
  });
  it('分けた語が書いたとおりに見つかれば、本文の近い一致は混ぜない', () => {
    const s = createSearch([rec('/exact/', '題1', 'ガイドラインとテレワーク'), rec('/near/', '題2', 'ガイドランとテレワーク')]);
    expect(urls(s, 'テレワークのガイドライン')).toEqual(['/exact/']);
  });
  it('分けた語が近い一致でしか見つからなくても、その結果を返す（部分一致にしない）', () => {
    const s = createSearch([rec('/a/', 'ガイドライン', 'テレワークの手順'), rec('/b/', '題', 'テレワークの話')]);
    const r = s.query('テレワークのガイドラン');
    expect(r.hits.map((h) => h.record.u)).toEqual(['/a/']);
    expect(r.exact).toBe(false);
    expect(r.partial).toBe(false);
  });
  it('12文字までの語句は語句のまま近い一致を探し、13文字以上は分けた語で探す', () => {
    const s12 = createSearch([rec('/a/', 'テレワークabcdefx', '本文')]);
    const r12 = s12.query('テレワークabcdefg');
    expect(r12.hits.map((h) => h.record.u)).toEqual(['/a/']);
    expect(r12.terms).toEqual(['テレワークabcdefg']);
    const s13 = createSearch([rec('/a/', 'テレワークabcdefgx', '本文')]);
    const r13 = s13.query('テレワークabcdefgh');
    expect(r13.hits.map((h) => h.record.u)).toEqual(['/a/']);
    expect(r13.terms).toEqual(['テレワーク', 'abcdefgh']);
  });
  it('分けた断片がつながって一覧の語になるときは一語に戻す（何|割 → 何割）', () => {
    const s = createSearch(index([rec('/a/', '題1', 'テレワークの割合'), rec('/b/', '題2', 'テレワークの話')], [{ w: ['何割', '割合'], s: 1 }]));
    const r = s.query('テレワークは何割');
    expect(r.hits.map((h) => h.record.u)).toEqual(['/a/']);
    expect(r.terms).toEqual(['テレワーク', '何割']);
    expect(r.synonyms).toEqual([{ term: '何割', also: ['割合'], related: [] }]);
  });
  it('「誰」「何」などの疑問詞は、主題を言わないので語から外す', () => {
    const s = createSearch([rec('/a/', '題1', 'テレワークの担当'), rec('/b/', '題2', '誰でも使える')]);
    const r = s.query('誰がテレワーク');
    expect(r.hits.map((h) => h.record.u)).toEqual(['/a/']);
    expect(r.terms).toEqual(['テレワーク']);
    expect(r.partial).toBe(false);
  });
});

describe('部分一致（すべてを含む記録がないとき）', () => {
  it('一部の語を含む記録を partial として返し、題名の一致を本文の一致より上にする', () => {
    const s = createSearch([rec('/body/', '題1', 'ここに abc がある'), rec('/title/', 'abc', '本文'), rec('/other/', '題3', 'def の話')]);
    const r = s.query('abc def');
    expect(r.partial).toBe(true);
    expect(r.exact).toBe(true);
    expect(r.hits.map((h) => h.record.u).sort()).toEqual(['/body/', '/other/', '/title/']);
    const u = r.hits.map((h) => h.record.u);
    expect(u.indexOf('/title/')).toBeLessThan(u.indexOf('/body/'));
  });
  it('同義語で一致した部分も、お知らせ（synonyms）に出る', () => {
    const s = createSearch(index([rec('/a/', '題1', 'リモートアクセスの方法'), rec('/b/', '題2', 'その他')], [{ w: ['VPN', 'リモートアクセス'] }]));
    const r = s.query('vpn zzzz');
    expect(r.partial).toBe(true);
    expect(r.hits.map((h) => h.record.u)).toEqual(['/a/']);
    // a group without s: 1 is related words, never reported as the same meaning
    expect(r.synonyms).toEqual([{ term: 'VPN', also: [], related: ['リモートアクセス'] }]);
  });
  it('近い一致しかない語が複数あれば、題名・キーワード・本文のどこの近い一致でも合わせて探す', () => {
    const s = createSearch([
      rec('/title/', 'abcdefgx', 'ここに ijklmnox がある'),
      rec('/keyword/', '題', 'ここに ijklmnox がある', { k: 'abcdefgx' }),
      rec('/none/', '題', 'ここに ijklmnox がある'),
    ]);
    const r = s.query('abcdefgh ijklmnop');
    expect(r.hits.map((h) => h.record.u).sort()).toEqual(['/keyword/', '/title/']);
    expect(r.exact).toBe(false);
  });
  it('英数字1文字の部分（src=x の x）は部分一致に使わない', () => {
    const s = createSearch([rec('/abc/', 'abc', '本文'), rec('/def/', 'def', '本文'), rec('/letter/', '題', 'x')]);
    expect(urls(s, 'abc def x').sort()).toEqual(['/abc/', '/def/']);
    const r = s.query('abc x');
    expect(r.hits).toEqual([]);
    expect(r.partial).toBe(false);
  });
  it('どの部分も書いたとおりには見つからなければ、本文の近い一致で探す', () => {
    const s = createSearch([rec('/a/', '題', 'ここに abcdefgx と ijklmnox がある'), rec('/b/', '題2', 'その他')]);
    const r = s.query('abcdefgh ijklmnop');
    expect(r.hits.map((h) => h.record.u)).toEqual(['/a/']);
    expect(r.exact).toBe(false);
    expect(r.partial).toBe(false);
  });
  it('部分一致したのが定義として出す用語だけなら、partial にしない（結果なし）', () => {
    const s = createSearch([rec('/glossary/#lgwan', 'LGWAN', '総合行政ネットワーク。'), rec('/a/', '題', 'その他')]);
    const r = s.query('lgwan zzzz');
    expect(r.definition?.u).toBe('/glossary/#lgwan');
    expect(r.hits).toEqual([]);
    expect(r.total).toBe(0);
    expect(r.partial).toBe(false);
    expect(r.exact).toBe(true);
  });
});

describe('用語集と定義', () => {
  it('用語を名指す問い合わせでは定義を返し、用語集の項目は結果から外す', () => {
    const s = createSearch([rec('/glossary/#vpn', 'VPN', '仮想の専用線。'), rec('/guide/a/#s', '接続', 'VPN で接続する。')]);
    const r = s.query('VPN');
    expect(r.definition?.u).toBe('/glossary/#vpn');
    expect(r.hits.map((h) => h.record.u)).toEqual(['/guide/a/#s']);
  });
  it('用語集の項目は、用語集のページの節としては扱わない（ページに弱く一致させない）', () => {
    const s = createSearch([rec('/glossary/', '用語集', 'alpha の一覧'), rec('/glossary/#beta', 'beta', '説明。')]);
    const r = s.query('alpha beta');
    expect(r.partial).toBe(true);
    expect(r.hits.map((h) => h.record.u)).toEqual(['/glossary/']);
  });
});

describe('例外を出さない', () => {
  it('索引の記録が壊れていても（l が配列でない）、空の結果を返す', () => {
    const s = createSearch([rec('/a/', 'abc', '本文', { l: 42 as unknown as string[] })]);
    expect(s.query('abc')).toEqual({ hits: [], total: 0, terms: [], exact: true, partial: false, synonyms: [] });
    expect(s.search('abc')).toEqual([]);
  });
  it('空の問い合わせは、結果なし・部分一致でない', () => {
    const s = createSearch([rec('/a/', 'abc', '本文')]);
    const r = s.query('');
    expect(r.hits).toEqual([]);
    expect(r.exact).toBe(true);
    expect(r.partial).toBe(false);
  });
});
