/**
 * Unit tests of src/lib/search/engine.ts.
 */
import { describe, expect, it } from 'vitest';
import { createSearch, recordWeight, type SiteSearch } from '../../../src/lib/search/engine';
import type { SearchRecord, SearchIndex, SearchTermEntry } from '../../../src/lib/search/types';
import { statusText } from '../../../src/lib/search/messages';
import { queryParts, scriptRuns } from '../../../src/lib/search/query';
import { show, SAMPLE_RECORDS, TERM_INDEX } from '../support/search-records';

{
describe('検索エンジン', () => {
  const s = createSearch(SAMPLE_RECORDS);
  const urls = (q: string) => s.search(q).map((h) => h.record.u);

  it('題名の語に一致するページを、題名の一部に一致する節より上にする', () => {
    expect(urls('試行')[0]).toBe('/steps/4/');
  });
  it('全角・ひらがな・半角カナでも同じ結果', () => {
    expect(urls('ｌｇｗａｎ')).toEqual(urls('LGWAN'));
    expect(urls('えるじーわん')).toEqual(urls('LGWAN'));
    expect(urls('てれわーくまねーじゃー')).toEqual(urls('テレワークマネージャー'));
    expect(urls('ﾃﾚﾜｰｸﾏﾈｰｼﾞｬ')).toEqual(urls('テレワークマネージャー'));
  });
  it('複数の語はすべてを含むものだけ（AND）。全部を含むものがなければ、一部を含むものを partial として返す', () => {
    expect(urls('規程 予算')).toEqual(['/steps/8/#example-table']);
    expect(s.query('規程 予算').partial).toBe(false);
    const some = s.query('規程 LGWAN');
    expect(some.partial).toBe(true);
    expect(some.hits.every((h) => /規程|LGWAN/.test(h.record.x + h.record.t))).toBe(true);
    expect(urls('規程 ガイゼン')).toEqual(['/steps/8/#example-table']);
  });
  it('題名の小さな誤りは近い一致として見つけ、exact=false で知らせる', () => {
    const r = s.query('テレワークマネジャー');
    expect(r.hits[0]?.record.u).toBe('/support/telework-manager/');
    expect(r.exact).toBe(false);
  });
  it('濁点の違う語には一致しない', () => {
    expect(urls('ガイゼン')).toEqual([]);
  });
  it('長すぎる問い合わせ・記号だけ・空文字でも例外を出さない', () => {
    expect(() => s.search('在席確認'.repeat(50))).not.toThrow();
    expect(s.search('')).toEqual([]);
    expect(s.search('　')).toEqual([]);
    expect(() => s.search('(((***[[[\\')).not.toThrow();
    expect(() => s.search('a'.repeat(33))).not.toThrow();
  });
  it('結果には題名と本文の強調部分が付く', () => {
    const h = s.search('在席確認')[0]!;
    expect(show(h.title)).toBe('[在席確認]・勤務状況の把握方法と特徴');
  });
  it('limit で件数を絞れる', () => {
    expect(s.search('ステップ', { limit: 1 })).toHaveLength(1);
  });
});
}

/**
 * The search engine's ranking (src/lib/search/engine.ts) on small hand-made record sets, one
 * rule per test: title > keywords > body > heading path; within a field, the stronger form of the
 * match first (whole title, whole word, start, inside); in the body, more mentions, a larger
 * share of a short text and a mention in the lead; a word as written above a related word; rare
 * words of a query counting more; a page above its sections on a tie and above other pages when
 * its sections use the words; a page a strong section points to just above that section; the
 * weights of glossary entries, printable checklists and case sections.
 * Records and the search are built inside each test: Stryker switches a mutant on before the
 * test runs, and code run at load time would not be credited to the test.
 */
{
/** A record with the given address, title and text (and optional keywords, place, links). */
function rec(u: string, t: string, x: string, more: Partial<SearchRecord> = {}): SearchRecord {
  return { t, p: more.p ?? 'サイト', u, x, ...more };
}
/** The addresses of the hits of a query, best first. */
const urls = (s: SiteSearch, q: string): string[] => s.search(q).map((h) => h.record.u);
/** Unrelated records, so that a word found in a few records is rare in the set. */
const filler = (n: number): SearchRecord[] => Array.from({ length: n }, (_, i) => rec(`/filler/${i}/`, `無関係${i}`, `ほかの話題${i}`));

describe('recordWeight：記録の種類による重み', () => {
  it('用語集の項目は半分、印刷用チェックリストは 0.8、事例の節は 0.85、それ以外は 1', () => {
    expect(recordWeight('/glossary/#lgwan')).toBe(0.5);
    expect(recordWeight('/checklists/step-01/')).toBe(0.8);
    expect(recordWeight('/cases/a/#lessons')).toBe(0.85);
    expect(recordWeight('/cases/kobe/#x')).toBe(0.85);
    expect(recordWeight('/steps/1/')).toBe(1);
  });
  it('チェックリストの一覧ページ、事例のページそのもの、事例でない節は重みを下げない', () => {
    expect(recordWeight('/checklists/')).toBe(1);
    expect(recordWeight('/cases/a/')).toBe(1);
    expect(recordWeight('/cases/')).toBe(1);
    expect(recordWeight('/cases//#x')).toBe(1);
    expect(recordWeight('/cases/a/b/#x')).toBe(1);
    expect(recordWeight('/guide/cases/a/#x')).toBe(1);
  });
  it('同じ一致なら、事例の節は手引きの節より下、印刷用チェックリストはステップのページより下', () => {
    const s = createSearch([
      rec('/cases/a/#lessons', '学べること', '体制づくりの進め方'),
      rec('/guide/x/#s', '進め方の節', '体制づくりの進め方'),
      rec('/checklists/step-01/', 'チェックリスト', '推進体制の構築'),
      rec('/steps/1/', 'ステップ1', '推進体制の構築'),
    ]);
    expect(urls(s, '体制づくり')).toEqual(['/guide/x/#s', '/cases/a/#lessons']);
    expect(urls(s, '推進体制')).toEqual(['/steps/1/', '/checklists/step-01/']);
  });
});

describe('題名とキーワードでの一致の強さ', () => {
  it('題名そのもの ＞ 題名の中の一語 ＞ 題名の書き出し ＞ 題名の途中', () => {
    const s = createSearch([
      rec('/inside/', 'zzabczz', '本文'),
      rec('/end/', 'zzzabc', '本文'),
      rec('/start/', 'abczzz', '本文'),
      rec('/word/', 'abc・手順', '本文'),
      rec('/whole/', 'abc', '本文'),
    ]);
    expect(urls(s, 'abc')).toEqual(['/whole/', '/word/', '/start/', '/inside/', '/end/']);
  });
  it('キーワードの一語に一致する記録は、キーワードの一部にだけ含む記録より上', () => {
    const s = createSearch([
      rec('/part/', 'ページ1', '本文', { k: 'abcdef ほか' }),
      rec('/whole/', 'ページ2', '本文', { k: 'ほか abc' }),
    ]);
    expect(urls(s, 'abc')).toEqual(['/whole/', '/part/']);
  });
  it('題名の語が本文にも出る記録が上、本文の書き出し（60字未満）に出るほうがさらに上', () => {
    const s = createSearch([
      rec('/none/', 'abc', 'x'.repeat(80)),
      rec('/at60/', 'abc', 'x'.repeat(60) + 'abc'),
      rec('/at59/', 'abc', 'x'.repeat(59) + 'abc' + 'x'),
      rec('/at0/', 'abc', 'abc' + 'x'.repeat(60)),
    ]);
    expect(urls(s, 'abc')).toEqual(['/at59/', '/at0/', '/at60/', '/none/']);
  });
  it('キーワードの一部に含む記録は、本文に4回出る記録より上（題名・キーワードは本文より強い）', () => {
    const s = createSearch([
      rec('/body/', '別のページ', 'abc abc abc abc'),
      rec('/keyword/', 'ページ', 'その他', { k: 'abcdef' }),
    ]);
    expect(urls(s, 'abc')).toEqual(['/keyword/', '/body/']);
  });
  it('本文にしかない記録は、見出しの場所（p）にしかない記録より上。場所だけでも見つかる', () => {
    const s = createSearch([
      rec('/path/', '節', 'その他', { p: '手引き › abc' }),
      rec('/body/', '節', 'ここにabcがある'),
    ]);
    expect(urls(s, 'abc')).toEqual(['/body/', '/path/']);
  });
});

describe('本文での一致の強さ', () => {
  it('本文に多く出るほど上（5回まで数える）', () => {
    const body = (n: number) => Array.from({ length: 6 }, (_, i) => (i < n ? 'abc' : 'zzz')).join(' ') + ' ' + 'y'.repeat(200);
    const s = createSearch([1, 2, 3, 4, 5].map((n) => rec(`/n${n}/`, `記録${n}`, body(n))));
    expect(urls(s, 'abc')).toEqual(['/n5/', '/n4/', '/n3/', '/n2/', '/n1/']);
  });
  it('5回を超えて出ても、それ以上は上がらない（同点なら並びの順）', () => {
    const body = (n: number) => Array.from({ length: 7 }, (_, i) => (i < n ? 'abc' : 'zzz')).join(' ');
    const s = createSearch([rec('/five/', '記録5', body(5)), rec('/six/', '記録6', body(6))]);
    expect(urls(s, 'abc')).toEqual(['/five/', '/six/']);
  });
  it('同じ回数なら、短い本文（語の占める割合が大きい）ほうが上', () => {
    const s = createSearch([rec('/long/', '長い', 'abc' + 'y'.repeat(300)), rec('/short/', '短い', 'abc' + 'y'.repeat(7))]);
    expect(urls(s, 'abc')).toEqual(['/short/', '/long/']);
  });
  it('2回出る記録は、1回だけの短い記録より上', () => {
    const term = 'abcdefghij';
    const s = createSearch([rec('/once/', '一回', term), rec('/twice/', '二回', `${term} ${term} zzzzzzz`)]);
    expect(urls(s, term)).toEqual(['/twice/', '/once/']);
  });
  it('書き出し（60字未満）に出る記録は、それより後に出る同じ長さの記録より上', () => {
    const s = createSearch([
      rec('/at60/', '後', 'y'.repeat(60) + 'abc' + 'y'.repeat(20)),
      rec('/at59/', '前', 'y'.repeat(59) + 'abc' + 'y'.repeat(21)),
    ]);
    expect(urls(s, 'abc')).toEqual(['/at59/', '/at60/']);
  });
});

describe('書いたとおりの語と、同義語・関連語', () => {
  const terms = () => [{ w: ['予算', '財源'], r: ['経費', '交付税'] }];
  it('書いたとおりの語が本文にある記録は、関連語が題名にあるだけの記録より上', () => {
    const index: SearchIndex = {
      records: [rec('/related/', '経費', 'その他の説明'), rec('/direct/', '説明', '予算の説明です。' + 'y'.repeat(300))],
      terms: terms(),
    };
    expect(urls(createSearch(index), '予算')).toEqual(['/direct/', '/related/']);
  });
  it('関連語を二つとも含む節は、一つだけの節より上', () => {
    const index: SearchIndex = {
      records: [rec('/one/#s', '節1', '経費の説明。その他。'), rec('/two/#s', '節2', '経費の説明。交付税。')],
      terms: terms(),
    };
    expect(urls(createSearch(index), '予算')).toEqual(['/two/#s', '/one/#s']);
  });
});

describe('複数の語の問い合わせ', () => {
  it('まれな語の強い一致は、よくある語の強い一致より重い', () => {
    const s = createSearch([
      rec('/common-title/', 'aaaa', 'bbbb'),
      rec('/rare-title/', 'bbbb', 'aaaa'),
      ...Array.from({ length: 8 }, (_, i) => rec(`/c${i}/`, `記録${i}`, 'aaaa')),
    ]);
    // aaaa is in ten records, bbbb in two: the same title match counts more for bbbb
    expect(urls(s, 'aaaa bbbb').slice(0, 2)).toEqual(['/rare-title/', '/common-title/']);
  });
  it('ページは、自分の本文にない語も節にあれば弱く一致する。節での一致が強いほど上', () => {
    const s = createSearch([
      rec('/weak/', 'ページ弱', 'alpha の説明'),
      rec('/weak/#s', '節', 'その他', { p: 'ページ弱 › beta' }),
      rec('/strong/', 'ページ強', 'alpha の説明'),
      rec('/strong/#s', 'beta', 'その他'),
      rec('/both/', 'alpha', 'beta'),
    ]);
    expect(urls(s, 'alpha beta')).toEqual(['/both/', '/strong/', '/weak/']);
  });
  it('ページ自身の一致より節の一致のほうが強ければ、節の一致で数える', () => {
    const s = createSearch([
      rec('/own/', 'ページ1', 'alpha の説明', { p: 'beta' }),
      rec('/own/#s', 'betaの節', 'その他'),
      rec('/via/', 'ページ2', 'alpha の説明', { p: 'beta' }),
      rec('/via/#s', 'beta', 'その他'),
    ]);
    expect(urls(s, 'alpha beta')).toEqual(['/via/', '/own/']);
  });
  it('同義語で節に一致したページも弱く一致し、その同義語をお知らせに出す', () => {
    const s = createSearch({
      records: [rec('/p/', 'ページ', 'alpha の説明'), rec('/p/#s', '節', 'リモートアクセスの手順'), rec('/q/', 'ページ2', 'alpha の説明')],
      terms: [{ w: ['VPN', 'リモートアクセス'] }],
    });
    const r = s.query('alpha vpn');
    expect(r.hits.map((h) => h.record.u)).toEqual(['/p/']);
    expect(r.synonyms).toEqual([{ term: 'VPN', also: [], related: ['リモートアクセス'] }]);
  });
  it('一語の問い合わせでは、節にしかない語でページは出ない（節が出る）', () => {
    const s = createSearch([rec('/p/', 'ページ', '概要'), rec('/p/#s', '節', 'beta の説明')]);
    expect(urls(s, 'beta')).toEqual(['/p/#s']);
  });
});

describe('ページと節の並び', () => {
  it('同じ一致なら、ページは（一致しないページの）節より上', () => {
    const s = createSearch([rec('/b/#s', '同じ題', '同じ本文'), rec('/b/', '別のページ', '概要'), rec('/a/', '同じ題', '同じ本文')]);
    expect(urls(s, '同じ本文')).toEqual(['/a/', '/b/#s']);
  });
  it('節でもその語を使うページは、節で使わないページより上。節の一致が強いほど上がる', () => {
    const s = createSearch([
      rec('/none/', 'ページ0', 'abc の説明'),
      rec('/none/#s', '節', 'その他'),
      rec('/weak/', 'ページ1', 'abc の説明'),
      rec('/weak/#s', '節', 'その他', { p: 'abc' }),
      rec('/strong/', 'ページ2', 'abc の説明'),
      rec('/strong/#s', 'abc', 'その他'),
    ]);
    expect(urls(s, 'abc')).toEqual(['/strong/#s', '/strong/', '/weak/', '/none/', '/weak/#s']);
  });
  it('ページの一致がわずかに弱くても、ほかのページの節より上（ページに 0.5 の上乗せ。語のまれさで広がらない）', () => {
    const s = createSearch([
      rec('/b/#s', '節', 'abc' + 'y'.repeat(10)),
      rec('/b/', '別のページ', '概要'),
      rec('/a/', 'ページ', 'abc' + 'y'.repeat(200)),
      ...filler(8),
    ]);
    expect(urls(s, 'abc')).toEqual(['/a/', '/b/#s']);
  });
  it('同じアドレスの記録が二つあれば、先の記録が節のページ', () => {
    const s = createSearch([rec('/a/', 'ページ', 'abc の説明'), rec('/a/', 'ページ', 'abc の説明'), rec('/a/#s', 'abc', 'その他')]);
    expect(s.search('abc').map((h) => s.records.indexOf(h.record))).toEqual([2, 0, 1]);
  });
  it('ページのない節も、ページの一致しない節も、節だけで出る（ページは出ない）', () => {
    const s = createSearch([rec('/orphan/#s', '節1', 'abc'), rec('/p/', 'ページ', '概要'), rec('/p/#s', '節2', 'abc')]);
    expect(urls(s, 'abc').sort()).toEqual(['/orphan/#s', '/p/#s']);
  });
  it('同点は記録の並びの順（部分一致で、後の語にだけ一致した記録も）', () => {
    const s = createSearch([rec('/a/', '同じ', '本文'), rec('/b/', '同じ', '本文'), rec('/c/', '同じ', '本文')]);
    expect(urls(s, '同じ')).toEqual(['/a/', '/b/', '/c/']);
    const p = createSearch([rec('/def/', 'def', '本文'), rec('/abc/', 'abc', '本文')]);
    expect(p.query('abc def').partial).toBe(true);
    expect(urls(p, 'abc def')).toEqual(['/def/', '/abc/']);
  });
});

describe('節が指す手引きのページ（l）', () => {
  it('強い節が指すページは、自身もそこそこ（節の半分以上）一致するなら、その節のすぐ上に来る', () => {
    const records = (l?: string[]) => [
      rec('/mid/', 'abc 中くらい', 'abc'),
      rec('/target/', 'abcの実証実験', '概要'),
      rec('/sec/#s', 'abc', 'abc abc', l ? { l } : {}),
    ];
    expect(urls(createSearch(records()), 'abc')).toEqual(['/sec/#s', '/mid/', '/target/']);
    expect(urls(createSearch(records(['/target/'])), 'abc')).toEqual(['/target/', '/sec/#s', '/mid/']);
  });
  it('指されたページの一致が節の半分に満たなければ、上げない', () => {
    const s = createSearch([
      rec('/mid/', 'abc 中くらい', 'abc'),
      rec('/target/', '実証実験', 'abc を使う'),
      rec('/sec/#s', 'abc', 'abc abc', { l: ['/target/'] }),
    ]);
    expect(urls(s, 'abc')).toEqual(['/sec/#s', '/mid/', '/target/']);
  });
  it('指されたページが問い合わせに一致しなければ、結果に加えない。事例へのリンクでは上げない', () => {
    const s = createSearch([
      rec('/target/', '実証実験', '概要'),
      rec('/cases/a/', 'abcの事例', '概要'),
      rec('/sec/#s', 'abc', 'abc abc', { l: ['/target/', '/cases/a/', '/missing/'] }),
    ]);
    expect(urls(s, 'abc')).toEqual(['/sec/#s', '/cases/a/']);
  });
  it('同じ強さのページを指しても、指されたページは上がらない', () => {
    const s = createSearch([rec('/a/', 'abc', '本文', { l: ['/b/'] }), rec('/b/', 'abc', '本文')]);
    expect(urls(s, 'abc')).toEqual(['/a/', '/b/']);
  });
  it('複数の節が指すときは、ページが半分以上に届く節のうち最も強い節のすぐ上', () => {
    const s = createSearch([
      rec('/low/#s', 'xabc', 'abc', { l: ['/target/'] }),
      rec('/target/', '実証実験', 'abc を使う'),
      rec('/high/#s', 'abc', 'abc abc', { l: ['/target/'] }),
    ]);
    expect(urls(s, 'abc')).toEqual(['/high/#s', '/target/', '/low/#s']);
  });
});
}

/**
 * What the search engine (src/lib/search/engine.ts) finds, on small hand-made record sets:
 * every term (AND), near matches (typos) only where nothing is found as written, a query written
 * without spaces split into words only when the whole is not found, question words and
 * one-letter parts dropped, the partial OR ranking, the synonym notice, the definition box,
 * `total` against `limit`, and no exception on a damaged index.
 * The ranking rules are the tests above in this file.
 * Records and the search are built inside each test: Stryker switches a mutant on before the
 * test runs, and code run at load time would not be credited to the test.
 */
{
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
}

/**
 * The search's understanding of officers' words: the synonym list (content/search-terms.yaml
 * and its schema), the expansion of query terms, the ranking of long queries by how many of
 * their parts a record matches, the definition box's choice, and the page's messages.
 */
{

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
  const s = createSearch(TERM_INDEX);
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

describe('並べ方の規則', () => {
  it('節が本文で指すサイト内のページ（用語集を除く）を索引に持つ', async () => {
    const { splitSections, siteLinks } = await import('../../../src/lib/search/markdown');
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
}
