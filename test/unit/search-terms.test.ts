/**
 * The search's understanding of officers' words: the synonym list (content/search-terms.yaml
 * and its schema), the expansion of query terms, the ranking of long queries by how many of
 * their parts a record matches, the definition box's choice, and the page's messages.
 */
import { describe, expect, it } from 'vitest';
import { createSearch } from '../../src/lib/search/engine';
import { createSynonymTable } from '../../src/lib/search/synonyms';
import { definitionText, glossaryNames, pickDefinition } from '../../src/lib/search/definition';
import { nextPage, statusText, synonymNotice } from '../../src/lib/search/messages';
import { queryParts, scriptRuns, searchNormalize } from '../../src/lib/search/query';
import { searchTermEntries } from '../../src/lib/search/build';
import { SearchTermsSchema } from '../../src/schemas/search-terms';
import type { SearchIndex, SearchRecord } from '../../src/lib/search/types';
import { loadIndex, loadSearchTerms } from '../search/load-content';

const RECORDS: SearchRecord[] = [
  { t: '自治体テレワーク推進実証実験', p: '国の支援策', u: '/support/lgwan-pilot/', x: '自宅の端末から庁内のLGWAN接続系端末へリモートアクセスを可能とする実証実験です。' },
  { t: 'テレワーク導入経費に係る特別交付税措置', p: '国の支援策', u: '/support/special-grant/', x: '職員向けテレワークの導入に係る経費について、特別交付税措置（措置率0.5）が講じられています。' },
  { t: 'ステップ8　当面の推進方針決定', p: '10ステップ', u: '/steps/8/', x: '予算措置、規程の整備、運用の見直しを含む推進方針を決めます。' },
  { t: '在席確認・勤務状況の把握方法と特徴', p: '手引き › Ⅴ', u: '/guide/labor-management/#zaiseki', x: 'プレゼンス機能やWeb会議で在席を確認します。' },
  { t: '窓口業務や相談業務などがテレワークになじまない', p: 'データ', u: '/data/#counter-work', x: '周辺業務を集約してテレワークの対象とします。' },
  { t: '現場業務はテレワークになじまない', p: 'データ', u: '/data/#field-work', x: 'モバイル端末の活用で効率化できます。' },
  { t: 'リモートアクセス', p: '用語集', u: '/glossary/#remote-access', k: 'りもーとあくせす', x: '庁舎の外から庁内のシステムに接続して使うことです。手引きは実証実験を紹介しています。', n: '庁舎の外から庁内のシステムに接続して使うことです。'.length },
  { t: 'Web会議', p: '用語集', u: '/glossary/#web-meeting', k: 'うぇぶかいぎ オンライン会議', x: 'インターネットを通じて行う会議です。', n: 'インターネットを通じて行う会議です。'.length },
  { t: 'Web会議の活用', p: '手引き › Ⅴ', u: '/guide/labor-management/#web', x: 'Web会議ツールを用いて、オンラインで会議を行う取組です。' },
];
const TERMS = searchTermEntries([
  { kind: 'related', words: ['VPN'], related: ['リモートアクセス'] },
  { kind: 'related', words: ['予算', '財源'], related: ['経費', '交付税'] },
  { kind: 'related', words: ['規程', '規則', '要綱'] },
  { kind: 'related', words: ['無理', 'できない'], related: ['なじまない'] },
  { kind: 'same', words: ['在席確認', '在籍確認'] },
]);
const INDEX: SearchIndex = { records: RECORDS, terms: TERMS };

describe('同義語の一覧（content/search-terms.yaml）', () => {
  it('一覧はスキーマに合い、どの語も空白を含まない', () => {
    const groups = loadSearchTerms();
    expect(groups.length).toBeGreaterThanOrEqual(20);
    for (const g of groups) for (const w of [...g.words, ...g.related]) expect(w).not.toMatch(/\s/);
  });
  it('検索を広げる例（VPN→リモートアクセス、予算→費用・交付税・支援策、補助→支援・交付税、規程/規則/要綱、在宅↔在宅勤務）を持つ', () => {
    const t = createSynonymTable(searchTermEntries(loadSearchTerms()));
    const also = (w: string) => t.expand(w.toLowerCase()).map((e) => e.label);
    expect(also('VPN')).toContain('リモートアクセス');
    expect(also('予算')).toEqual(expect.arrayContaining(['費用', '交付税', '支援策']));
    expect(also('補助')).toEqual(expect.arrayContaining(['支援', '交付税']));
    expect(also('規則')).toEqual(expect.arrayContaining(['規程', '要綱']));
    expect(also('在宅')).toContain('在宅勤務');
    expect(also('在宅勤務')).toContain('在宅');
  });

  it('自治体の用語として別のものは「同じ意味」にしない（関連する語として広げるだけ）', () => {
    const t = createSynonymTable(searchTermEntries(loadSearchTerms()));
    const kindOf = (a: string, b: string) => t.expand(searchNormalize(a)).find((e) => e.n === searchNormalize(b))?.kind;
    const notSame: [string, string][] = [
      ['非常勤職員', '会計年度任用職員'], ['会計年度任用職員', '非常勤職員'], ['非常勤', '会計年度任用職員'],
      ['個人情報', '住民情報'], ['住民情報', '個人情報'],
      ['規程', '規則'], ['規則', '要綱'], ['要綱', '規定'], ['規定', '要領'], ['要領', '規程'],
      ['リモートワーク', '在宅ワーク'], ['在宅ワーク', 'リモートワーク'],
      ['VPN', 'リモートアクセス'], ['リモートアクセス', 'VPN'],
      ['予算', '財源'], ['財源', '予算'], ['上司', '管理職'], ['管理職', '上司'], ['評価', '人事評価'], ['人事評価', '評価'],
    ];
    for (const [a, b] of notSame) expect(kindOf(a, b), `${a} → ${b}`).not.toBe('same');
    // still widened where they were before (related, never the same)
    for (const [a, b] of [['個人情報', '住民情報'], ['規程', '規則'], ['予算', '財源'], ['上司', '管理職'], ['評価', '人事評価'], ['VPN', 'リモートアクセス']] as const) {
      expect(kindOf(a, b), `${a} → ${b}`).toMatch(/^(peer|oneWay)$/);
    }
  });

  it('実際の索引で：個人情報の検索は住民情報を「同じ意味」と言わず、在籍確認は在席確認と同じ意味と言う', () => {
    const s = createSearch(loadIndex());
    const personal = synonymNotice(s.query('個人情報'));
    expect(personal).not.toMatch(/同じ意味の『住民情報』|『住民情報』としても/);
    const vpn = synonymNotice(s.query('VPN'));
    expect(vpn).toContain('『VPN』に関連する語');
    expect(vpn).toContain('同じ意味の語ではありません');
    expect(synonymNotice(s.query('在籍確認'))).toContain('『在籍確認』と同じ意味の『在席確認』でも検索しました。');
  });

  it('「サボる」は勤務状況の語と結ばない', () => {
    const t = createSynonymTable(searchTermEntries(loadSearchTerms()));
    expect(t.expand('サボる').map((e) => e.label)).not.toContain('勤務状況');
    expect(t.expand('勤務状況').map((e) => e.label)).not.toContain('サボる');
    expect(loadSearchTerms().some((g) => g.words.includes('サボる') && g.words.includes('勤務状況'))).toBe(false);
  });

  it('「同じ意味」のグループはどれも、なぜ同じ意味と言えるかを note に書いている', () => {
    const same = loadSearchTerms().filter((g) => g.kind === 'same');
    expect(same.length).toBeGreaterThan(5);
    for (const g of same) expect(g.note?.length ?? 0, g.words.join('・')).toBeGreaterThan(5);
    expect(SearchTermsSchema.safeParse([{ kind: 'same', words: ['在席確認', '在籍確認'] }]).success).toBe(false);
    expect(SearchTermsSchema.safeParse([{ kind: 'same', words: ['在席確認', '在籍確認'], note: '書き誤り' }]).success).toBe(true);
    expect(SearchTermsSchema.safeParse([{ words: ['上司', '管理職'] }]).success).toBe(false);
  });
  it('一覧のどの語も、サイトのどこかの記録に出てくるか、ほかの語が出てくる（行き先のない語だけのグループはない）', () => {
    const index = loadIndex();
    const s = createSearch(index);
    const dead = loadSearchTerms().filter((g) => s.search(g.words[0]!).length === 0);
    expect(dead.map((g) => g.words.join('・'))).toEqual([]);
  });
  it('スキーマ：空白を含む語、1語だけのグループ、重複は読み込みで失敗する', () => {
    expect(SearchTermsSchema.safeParse([{ kind: 'related', words: ['在宅 勤務', '在宅'] }]).success).toBe(false);
    expect(SearchTermsSchema.safeParse([{ kind: 'related', words: ['在宅'] }]).success).toBe(false);
    expect(SearchTermsSchema.safeParse([{ kind: 'related', words: ['規程', '規程'] }]).success).toBe(false);
    expect(SearchTermsSchema.safeParse([{ kind: 'related', words: ['規程', '規則'], related: ['ルール'] }]).success).toBe(true);
    expect(SearchTermsSchema.safeParse([{ kind: 'same', words: ['在宅'], related: ['在宅勤務'], note: 'x' }]).success).toBe(false);
  });
});

describe('同義語による展開', () => {
  const t = createSynonymTable(TERMS);
  it('words どうしは双方向（same なら同じ意味、related なら関連する語）、related は一方向', () => {
    expect(t.expand('vpn').map((e) => [e.label, e.kind])).toEqual([['リモートアクセス', 'oneWay']]);
    expect(t.expand('リモートアクセス')).toEqual([]);
    expect(t.expand('予算').map((e) => [e.label, e.kind])).toEqual([['財源', 'peer'], ['経費', 'oneWay'], ['交付税', 'oneWay']]);
    expect(t.expand('在籍確認').map((e) => [e.label, e.kind, e.related])).toEqual([['在席確認', 'same', false]]);
    expect(t.expand('交付税')).toEqual([]);
  });
  it('一覧にない語や壊れた項目では何も足さない（例外にしない）', () => {
    const bad = createSynonymTable([{ w: ['在宅'] }, { w: 'x' as unknown as string[] }, null as unknown as { w: string[] }]);
    expect(bad.expand('在宅')).toEqual([]);
    expect(createSynonymTable(undefined).expand('vpn')).toEqual([]);
  });

  const s = createSearch(INDEX);
  it('「VPN」は本文にない語でも、リモートアクセスを含むページを見つけ、そのことを返す', () => {
    const o = s.query('VPN');
    expect(o.hits.map((h) => h.record.u)).toEqual(expect.arrayContaining(['/support/lgwan-pilot/', '/glossary/#remote-access']));
    expect(o.exact).toBe(true);
    expect(o.synonyms).toEqual([{ term: 'VPN', also: [], related: ['リモートアクセス'] }]);
    expect(synonymNotice(o)).toBe('『VPN』に関連する語『リモートアクセス』を含むページも表示しています（同じ意味の語ではありません）。');
  });
  it('「財源」は関連語の経費・交付税で支援策を見つける', () => {
    const o = s.query('財源');
    expect(o.hits.map((h) => h.record.u)).toContain('/support/special-grant/');
    expect(o.synonyms[0]?.related).toEqual(expect.arrayContaining(['経費']));
    expect(o.synonyms[0]?.also).toEqual([]);
  });
  it('語そのものを含む記録は、関連語だけを含む記録より上に来る', () => {
    const o = s.query('予算');
    expect(o.hits[0]?.record.u).toBe('/steps/8/');
    expect(o.hits.map((h) => h.record.u)).toContain('/support/special-grant/');
  });
  it('同義語で見つかった語も強調する', () => {
    const h = s.query('VPN').hits.find((x) => x.record.u === '/support/lgwan-pilot/')!;
    expect(h.snippet.filter((p) => p.mark).map((p) => p.text)).toContain('リモートアクセス');
  });
  it('一覧なし（記録の配列だけ）の検索では展開しない', () => {
    expect(createSearch(RECORDS).search('VPN')).toEqual([]);
  });
});

describe('長い問い合わせの分解と、含む部分の多さによる順位', () => {
  it('Intl.Segmenter がないときは文字種の切れ目で分ける（ひらがなは捨てる）', () => {
    expect(scriptRuns('テレワーク導入に係る費用の補助とVPN')).toEqual(['テレワーク', '導入', '係', '費用', '補助', 'VPN']);
    expect(queryParts('窓口の仕事が多くてテレワークは無理', false)).toEqual(['窓口', '仕事', '多', 'テレワーク', '無理']);
  });
  it('Intl.Segmenter では助詞を落として語に分ける', () => {
    if (typeof Intl.Segmenter !== 'function') return;
    expect(queryParts('在宅勤務の規程を作りたい')).toEqual(expect.arrayContaining(['規程']));
    expect(queryParts('在宅勤務の規程を作りたい')).not.toContain('を');
  });
  const s = createSearch(INDEX);
  it('全部を含む記録がないときは、何も返さないのではなく、含む部分の多い記録から並べる', () => {
    const o = s.query('窓口の仕事が多くてテレワークは無理');
    expect(o.partial).toBe(true);
    expect(o.hits[0]?.record.u).toBe('/data/#counter-work');
    expect(o.total).toBeGreaterThan(1);
    expect(statusText('窓口の仕事が多くてテレワークは無理', o)).toContain('一部の言葉を含むページ');
  });
  it('まれな部分を含む記録は、よくある部分だけを含む記録より上に来る', () => {
    const o = s.query('テレワークの予算措置と規程の見直しについて');
    expect(o.hits[0]?.record.u).toBe('/steps/8/');
  });
  it('全部を含む記録があれば、一部だけの記録は出さない（AND）', () => {
    const o = s.query('在席 確認');
    expect(o.partial).toBe(false);
    expect(o.hits.map((h) => h.record.u)).toEqual(['/guide/labor-management/#zaiseki']);
  });
});

describe('用語の意味の枠', () => {
  const names = glossaryNames(RECORDS);
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
    expect(definitionText(RECORDS[6]!)).toBe('庁舎の外から庁内のシステムに接続して使うことです。');
    expect(definitionText(RECORDS[0]!)).toBe('');
  });
  const s = createSearch(INDEX);
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

describe('並べ方の規則', () => {
  it('節が本文で指すサイト内のページ（用語集を除く）を索引に持つ', async () => {
    const { splitSections, siteLinks } = await import('../../src/lib/search/markdown');
    expect(siteLinks('「[実証実験](/support/lgwan-pilot/)」と[LGWAN](/glossary/#lgwan)、[ステップ6](/steps/6/#x)')).toEqual(['/support/lgwan-pilot/', '/steps/6/']);
    expect(splitSections('## 節\n\n[実証実験](/support/lgwan-pilot/)を参照')[0]?.links).toEqual(['/support/lgwan-pilot/']);
  });
  it('別のページを指し示す節は、そのページ自身も十分に一致するとき、そのページの下に並ぶ', () => {
    const recs: SearchRecord[] = [
      { t: 'リモートアクセスの節', p: 'x', u: '/steps/9/#remote', x: 'リモートアクセスは実証実験のページを。', l: ['/support/lgwan-pilot/'] },
      { t: '自治体テレワーク推進実証実験', p: 'y', u: '/support/lgwan-pilot/', x: 'リモートアクセスを可能とする実証実験。' },
      { t: 'リモートアクセスの例', p: 'z', u: '/steps/3/#remote', x: 'リモートアクセスの例。', l: ['/cases/kobe/'] },
      { t: '事例3　神戸市', p: 'w', u: '/cases/kobe/', x: 'リモートアクセスを使った事例。' },
    ];
    const us = createSearch(recs).search('リモートアクセス').map((h) => h.record.u);
    expect(us.indexOf('/support/lgwan-pilot/')).toBeLessThan(us.indexOf('/steps/9/#remote'));
    // a cited case is an example, not the explanation: it does not jump above the section
    expect(us.indexOf('/steps/3/#remote')).toBeLessThan(us.indexOf('/cases/kobe/'));
  });
  it('印刷用チェックリストは元のステップの表より下に並ぶ', () => {
    const recs: SearchRecord[] = [
      { t: '印刷用チェックリスト：説明会での説明項目例', p: 'x', u: '/checklists/step-04/', x: '説明会' },
      { t: '説明会での説明項目例', p: 'y', u: '/steps/4/#example-table', x: 'テレワークの概要' },
    ];
    expect(createSearch(recs).search('説明項目')[0]?.record.u).toBe('/steps/4/#example-table');
  });
  it('複数の語は、ページの要約と節に分かれていてもそのページに一致する', () => {
    const recs: SearchRecord[] = [
      { t: 'ステップ8', p: 'x', u: '/steps/8/', x: '規程の整備を含む推進方針。' },
      { t: '実施形態', p: 'x', u: '/steps/8/#form', x: 'テレワークの実施形態は選べるように。' },
    ];
    const o = createSearch(recs).query('テレワーク 規程');
    expect(o.partial).toBe(false);
    expect(o.hits.map((h) => h.record.u)).toEqual(['/steps/8/']);
  });
});
