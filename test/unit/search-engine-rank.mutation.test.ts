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
import { describe, expect, it } from 'vitest';
import { createSearch, recordWeight, type SiteSearch } from '../../src/lib/search/engine';
import type { SearchIndex, SearchRecord } from '../../src/lib/search/types';

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
