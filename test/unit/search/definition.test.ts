/**
 * Unit tests of src/lib/search/definition.ts.
 */
import { describe, expect, it } from 'vitest';
import { definitionText, glossaryNames, pickDefinition } from '../../../src/lib/search/definition';
import type { SearchRecord } from '../../../src/lib/search/types';
import { createSearch } from '../../../src/lib/search/engine';
import { statusText } from '../../../src/lib/search/messages';
import { TERM_RECORDS, TERM_INDEX } from '../support/search-records';

/**
 * The definition box (src/lib/search/definition.ts) on hand-made glossary records: which part of a
 * glossary record is its definition, which names find a term, and which term a query names when
 * several could. Records and lookups are built inside each `it` (mutation testing needs that).
 */
{
const term = (id: string, t: string, x: string, extra: Partial<SearchRecord> = {}): SearchRecord => ({
  t,
  p: '用語集',
  u: `/glossary/#${id}`,
  x,
  ...extra,
});
const page = (u: string, t: string, x = '本文'): SearchRecord => ({ t, p: 'ページ', u, x });

describe('definitionText：用語の意味として表示する部分', () => {
  it('n 文字が定義で、その後ろ（本文での言及）は含めない', () => {
    const r = term('vpn', 'VPN', '仮想の専用線。ステップ3で使う。', { n: 7 });
    expect(definitionText(r)).toBe('仮想の専用線。');
  });

  it('n が 0・負・未指定なら本文全体を定義とする（空の定義や末尾の欠けた定義にしない）', () => {
    const x = '閉域網のこと。';
    expect(definitionText(term('a', 'A', x, { n: 0 }))).toBe(x);
    expect(definitionText(term('a', 'A', x, { n: -3 }))).toBe(x);
    expect(definitionText(term('a', 'A', x))).toBe(x);
  });

  it('用語集以外のレコードには定義がない（空文字）', () => {
    expect(definitionText({ ...page('/steps/3/', 'ステップ3'), n: 2 })).toBe('');
  });
});

describe('glossaryNames：用語を見つける名前', () => {
  it('用語名・読み・別名（k の空白区切り）の正規化形が、その用語を指す', () => {
    const lgwan = term('lgwan', 'LGWAN', '総合行政ネットワーク。', { k: 'えるじーわん 総合行政ネットワーク' });
    const names = glossaryNames([lgwan]);
    expect([...names.keys()].sort()).toEqual(['lgwan', 'エルジーワン', '総合行政ネットワーク'].sort());
    for (const r of names.values()) expect(r).toBe(lgwan);
  });

  it('読み・別名のない用語は用語名だけで引ける', () => {
    const r = term('mdm', 'MDM', '端末管理。');
    const names = glossaryNames([r]);
    expect([...names.entries()]).toEqual([['mdm', r]]);
  });

  it('用語名の空白は詰めて引く（「Web 会議」→ web会議）', () => {
    const r = term('web', 'Web 会議', 'オンライン会議。');
    expect(glossaryNames([r]).get('web会議')).toBe(r);
    expect(glossaryNames([r]).has('web 会議')).toBe(false);
  });

  it('用語集以外のページの題名は名前にならない', () => {
    const names = glossaryNames([page('/steps/3/', 'セキュリティ'), page('/faq/', 'よくある質問')]);
    expect(names.size).toBe(0);
  });

  it('同じ名前が二つの用語にあれば先の用語を指す', () => {
    const first = term('a', 'テレワーク', '先。');
    const second = term('b', '在宅勤務', '後。', { k: 'テレワーク' });
    const names = glossaryNames([first, second]);
    expect(names.get('テレワーク')).toBe(first);
    expect(names.get('在宅勤務')).toBe(second);
  });

  it('k の余分な空白から空の名前は作らない', () => {
    const names = glossaryNames([term('a', 'VPN', '説明。', { k: ' ぶいぴーえぬ  ' })]);
    expect(names.has('')).toBe(false);
    expect([...names.keys()].sort()).toEqual(['vpn', 'ブイピーエヌ']);
  });
});

describe('pickDefinition：問い合わせが指す用語', () => {
  it('文字列でない問い合わせ・用語のない索引では何も指さず、例外にもしない', () => {
    const names = glossaryNames([term('vpn', 'VPN', '説明。')]);
    expect(pickDefinition(names, 12 as unknown as string)).toBeUndefined();
    expect(pickDefinition(names, null as unknown as string)).toBeUndefined();
    expect(pickDefinition(new Map(), 'VPN')).toBeUndefined();
    expect(pickDefinition(names, '   ')).toBeUndefined();
  });

  it('空白で区切って打った用語も、問い合わせ全体（空白を詰めたもの）で引く', () => {
    const furusato = term('f', 'ふるさと', '説明。');
    const names = glossaryNames([furusato, term('s', 'さと', '別の用語。')]);
    expect(pickDefinition(names, 'ふる さと')).toBe(furusato);
  });

  it('全体が用語なら、その中の短い用語より全体を指す', () => {
    const whole = term('w', 'Web会議', '説明。');
    const names = glossaryNames([term('k', '会議', '説明。'), whole]);
    expect(pickDefinition(names, 'Web 会議')).toBe(whole);
  });

  it('語の分割で切れた用語は、隣り合う2語をつないで見つける（「Web会議の資料」→ Web会議）', () => {
    const web = term('web', 'Web会議', '説明。');
    expect(pickDefinition(glossaryNames([web]), 'Web会議の資料')).toBe(web);
  });

  it('隣り合う3語をつないだ用語も見つける（「Web会議システムとは」）', () => {
    const sys = term('sys', 'Web会議システム', '説明。');
    expect(pickDefinition(glossaryNames([sys]), 'Web会議システムとは')).toBe(sys);
  });

  it('候補がいくつも用語なら、いちばん長いものを指す', () => {
    const sys = term('sys', 'Web会議システム', '説明。');
    const names = glossaryNames([term('k', '会議', '説明。'), term('s', 'システム', '説明。'), term('w', 'Web', '説明。'), sys]);
    expect(pickDefinition(names, 'Web会議システムとは')).toBe(sys);
    const web = term('web', 'Web会議', '説明。');
    const names2 = glossaryNames([term('k', '会議', '説明。'), term('w', 'Web', '説明。'), web]);
    expect(pickDefinition(names2, 'Web会議の資料')).toBe(web);
  });

  it('逆の順に並んだ語はつながない（「会議 Web」は Web会議 を指さない）', () => {
    const web = term('web', 'Web会議', '説明。');
    expect(pickDefinition(glossaryNames([web]), '会議 Web')).toBeUndefined();
  });
});
}

/**
 * The search's understanding of officers' words: the synonym list (content/search-terms.yaml
 * and its schema), the expansion of query terms, the ranking of long queries by how many of
 * their parts a record matches, the definition box's choice, and the page's messages.
 */
{

describe('用語の意味の枠', () => {
  const names = glossaryNames(TERM_RECORDS);
  it('問い合わせ全体が用語・読み・別名のとき、その用語を選ぶ', () => {
    expect(pickDefinition(names, 'リモートアクセス')?.u).toBe('/glossary/#remote-access');
    expect(pickDefinition(names, 'りもーとあくせす')?.u).toBe('/glossary/#remote-access');
    expect(pickDefinition(names, 'オンライン会議')?.u).toBe('/glossary/#web-meeting');
  });
  it('「〜とは」や語の組み合わせでも、用語になっている部分を選ぶ', () => {
    expect(pickDefinition(names, 'Web会議とは')?.u).toBe('/glossary/#web-meeting');
    expect(pickDefinition(names, 'web会議 活用')?.u).toBe('/glossary/#web-meeting');
  });
  it('用語を一続きのカタカナ語の一部に含むだけなら選ばない', () => {
    expect(pickDefinition(names, 'リモートアクセスログ')).toBeUndefined();
    expect(pickDefinition(names, '')).toBeUndefined();
  });
  it('枠には定義だけを出す（言及は出さない）', () => {
    expect(definitionText(TERM_RECORDS[6]!)).toBe('庁舎の外から庁内のシステムに接続して使うことです。');
    expect(definitionText(TERM_RECORDS[0]!)).toBe('');
  });
  const s = createSearch(TERM_INDEX);
  it('用語を名指す問い合わせでは、用語集の項目は一覧から外れ、用語を使って説明する節が先頭に来る', () => {
    const o = s.query('リモートアクセス');
    expect(o.definition?.u).toBe('/glossary/#remote-access');
    expect(o.hits.map((h) => h.record.u)).not.toContain('/glossary/#remote-access');
    expect(o.hits[0]?.record.u).toBe('/support/lgwan-pilot/');
    expect(statusText('リモートアクセス', o)).toContain('用語「リモートアクセス」の意味と');
  });
  it('用語を名指さない問い合わせでは、用語集の項目は節より下に並ぶ', () => {
    const o = s.query('会議');
    expect(o.definition).toBeUndefined();
    const us = o.hits.map((h) => h.record.u);
    expect(us.indexOf('/guide/labor-management/#web')).toBeLessThan(us.indexOf('/glossary/#web-meeting'));
  });
});
}
