/**
 * Unit tests of src/lib/search/build.ts.
 */
import { describe, expect, it, beforeEach } from 'vitest';
import fc from 'fast-check';
import { buildSearchRecords, type SearchSource, buildSearchIndex, searchTermEntries, SITE_PAGES } from '../../../src/lib/search/build';
import { caseHref, caseName, programHref, stepHref } from '../../../src/lib/content-links';
import { loadContent, loadSearchTerms } from '../../search/load-content';
import { createSearch } from '../../../src/lib/search/engine';
import type { SearchRecord } from '../../../src/lib/search/types';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pageSources } from '../../../src/lib/page-sources';

{
describe('索引の組み立て', () => {
  const source: SearchSource = {
    chapters: [{ id: 'process', data: { numeral: 'Ⅱ', title: '進め方', order: 2, summary: '要約' }, body: '前置き\n\n## 体制\n\n本文\n\n#### 細目\n\n細かい本文', headings: [{ depth: 2, slug: 'taisei', text: '体制' }, { depth: 4, slug: 'x', text: '細目' }] }],
    steps: [{ id: 'step-01', data: { number: 1, phase: '推進体制', title: '推進体制の構築', summary: '要約1', checklist: { id: 'step-01' } }, body: '## 節\n\n本文' }],
    checklists: [{ id: 'step-01', data: { title: '表', step: 1, kind: 'table', groups: [{ heading: '見出し', items: [{ text: '項目' }] }] } }],
    levels: [{ id: 'lv1', data: { number: 1, numeral: 'Ⅰ', title: 'やさしい業務', description: '説明', taskTypes: [{ id: 'a', name: '資料作成業務', examples: ['会議議事録作成', { text: '親', items: ['子'] }] }] } }],
    cases: [],
    programs: [],
    survey: [],
    concerns: [],
    glossary: [{ id: 'lgwan', data: { term: 'LGWAN', reading: 'えるじーわん', aliases: ['総合行政ネットワーク'], definition: '定義' } }],
    pages: [],
  };
  const recs = buildSearchRecords(source);
  const byUrl = (u: string) => recs.filter((r) => r.u === u);

  it('章は本文の見出しごとに、Astro の見出し id をアンカーにする', () => {
    expect(byUrl('/guide/process/#taisei')[0]).toMatchObject({ t: '体制', p: '手引き › Ⅱ．進め方', x: '本文 細目 細かい本文' });
    expect(byUrl('/guide/process/')[0]?.x).toBe('要約 前置き');
  });
  it('見出し id が手元にないときは同じ規則で作る', () => {
    expect(byUrl('/steps/1/#節')).toHaveLength(1);
  });
  it('ステップの表の項目はステップのページの #example-table に入れる', () => {
    expect(byUrl('/steps/1/#example-table')[0]?.x).toBe('見出し 項目');
    expect(byUrl('/checklists/step-01/')[0]?.t).toBe('印刷用チェックリスト：表');
  });
  it('業務類型ごとの記録はレベルのアンカーを指す', () => {
    expect(recs.find((r) => r.t === '資料作成業務')).toMatchObject({ u: '/levels/#lv1', x: '会議議事録作成 親 子' });
  });
  it('用語は読みと別名をキーワードに持つ', () => {
    expect(byUrl('/glossary/#lgwan')[0]).toMatchObject({ t: 'LGWAN', k: 'えるじーわん 総合行政ネットワーク', x: '定義' });
  });
});
}

/**
 * The search index builder (src/lib/search/build.ts) on the real content: every collection the
 * site shows reaches the index, in reading order. The golden-set test only looks at the pages its
 * queries want, and turns a lost page into a skip outside `npm test`; these checks fail instead
 * (a builder that dropped all cases or all programs once passed unnoticed).
 */
{
const src = loadContent();
// Built before each test, not once at load: Stryker switches a mutant on before the test runs.
let records: ReturnType<typeof buildSearchRecords> = [];
let urls: string[] = [];

const pageOf = (u: string): string => u.split('#')[0]!;
const firstAt = (prefix: string) => urls.findIndex((u) => u.startsWith(prefix));

describe('buildSearchRecords：実際のコンテンツから作る索引', () => {
  beforeEach(() => {
    records = buildSearchRecords(src);
    urls = records.map((r) => r.u);
  });

  it('取組事例のすべてが「事例N　団体名」の見出しで索引に入る', () => {
    expect(src.cases.length).toBeGreaterThanOrEqual(8);
    for (const c of src.cases) {
      const top = records.find((r) => r.u === caseHref(c.id));
      expect(top, c.id).toBeDefined();
      expect(top!.t).toBe(`事例${c.data.number}　${caseName(c.data)}`);
      expect(top!.p).toBe('取組事例');
      for (const theme of c.data.themes) expect(top!.k, `${c.id} のテーマ ${theme}`).toContain(theme);
    }
  });

  it('国の支援策のすべてが名称の見出しで索引に入り、略称をキーワードに持つ', () => {
    expect(src.programs.length).toBeGreaterThan(0);
    for (const p of src.programs) {
      const top = records.find((r) => r.u === programHref(p.id));
      expect(top, p.id).toBeDefined();
      expect(top!.t).toBe(p.data.name);
      expect(top!.p).toBe('国の支援策');
      expect(top!.k).toContain(p.data.shortName);
    }
  });

  it('10ステップ・章・レベル・チェックリスト・調査・理由への答え・用語のどれも欠けない', () => {
    for (const s of src.steps) expect(urls, `ステップ${s.data.number}`).toContain(stepHref(s.data.number));
    for (const l of src.levels) expect(urls.filter((u) => u === `/levels/#${l.id}`).length, l.id).toBe(1 + l.data.taskTypes.length);
    for (const c of src.checklists) expect(urls, c.id).toContain(`/checklists/${c.id}/`);
    for (const c of src.concerns) expect(urls, c.id).toContain(`/data/#${c.id}`);
    for (const g of src.glossary) expect(urls, g.id).toContain(`/glossary/#${g.id}`);
    expect(records.filter((r) => r.p.startsWith('データ') && r.p.endsWith('取組状況調査'))).toHaveLength(src.survey.length);
    expect(src.chapters.every((c) => records.some((r) => r.p === '手引き' && r.t.includes(c.data.title)))).toBe(true);
  });

  it('読む順に並ぶ：サイトのページ、手引き、レベル、ステップ、チェックリスト、事例、支援策、データ、用語集', () => {
    const order = ['/levels/#', '/steps/', '/checklists/', '/cases/', '/support/', '/data/#', '/glossary/#'].map((p) =>
      urls.findIndex((u, i) => u.startsWith(p) && records[i]!.p !== 'サイト'),
    );
    for (const at of order) expect(at).toBeGreaterThan(0);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(records[0]!.p).toBe('サイト');
    expect(firstAt('/glossary/#')).toBeGreaterThan(firstAt('/support/'));
  });

  it('事例と支援策は内容の order 順に並ぶ', () => {
    const casePages = [...new Set(urls.filter((u) => u.startsWith('/cases/') && u !== '/cases/').map(pageOf))];
    const byOrder = [...src.cases].sort((a, b) => a.data.order - b.data.order).map((c) => caseHref(c.id));
    expect(casePages.filter((u) => byOrder.includes(u))).toEqual(byOrder);
    const programPages = [...new Set(urls.map(pageOf).filter((u) => src.programs.some((p) => programHref(p.id) === u)))];
    expect(programPages).toEqual([...src.programs].sort((a, b) => a.data.order - b.data.order).map((p) => programHref(p.id)));
  });

  it('空のキーワードは k を持たない（索引のJSONを小さく保つ）', () => {
    expect(records.some((r) => 'k' in r && !r.k)).toBe(false);
  });

  it('事例名や支援策の名称で検索すると、そのページが最初に出る', () => {
    const search = createSearch(buildSearchIndex(src, loadSearchTerms()));
    for (const p of src.programs) expect(pageOf(search.query(p.data.name).hits[0]!.record.u), p.id).toBe(programHref(p.id));
    for (const c of src.cases) expect(search.query(c.data.municipality).hits.map((h) => pageOf(h.record.u)), c.id).toContain(caseHref(c.id));
  });
});

describe('searchTermEntries：同義語の一覧', () => {
  beforeEach(() => {
    records = buildSearchRecords(src);
    urls = records.map((r) => r.u);
  });

  it('関連語があるときだけ r を持ち、注記は落とす', () => {
    expect(searchTermEntries([{ words: ['a', 'b'], related: ['c'] }, { words: ['d'], related: [] }, { words: ['e'] }])).toEqual([
      { w: ['a', 'b'], r: ['c'] },
      { w: ['d'] },
      { w: ['e'] },
    ]);
  });

  it('索引は記録と同義語の両方を持つ', () => {
    const index = buildSearchIndex(src, [{ words: ['テレワーク', 'リモートワーク'] }]);
    expect(index.records).toEqual(records);
    expect(index.terms).toEqual([{ w: ['テレワーク', 'リモートワーク'] }]);
  });
});
}

/**
 * The search index builder (src/lib/search/build.ts) on a small hand-made source, record by
 * record: which title, place (「手引き › …」), address, keywords and text each part of the content
 * becomes. The real-content checks (buildSearchRecords on content/, above) prove nothing is lost; these
 * state the exact shape, so a builder that drops a field, a link or a heading id fails here.
 */
{
/** The source, built anew for each test (Stryker switches a mutant on before the test runs). */
function source(): SearchSource {
  return {
    pages: [
      { title: 'ページP', path: 'サイト', url: '/p/', keywords: 'Pの鍵', text: 'Pの本文' },
      { title: 'ページQ', path: 'サイト', url: '/q/', text: 'Qの本文' },
    ],
    // out of order on purpose: the builder sorts by `order`
    chapters: [
      {
        id: 'two',
        data: { numeral: 'Ⅱ', title: '進め方', order: 2, summary: '二の要約' },
        body: [
          'まえがき [ステップ](/steps/3/) と [この章](/guide/two/#x)',
          '',
          '## 体制',
          '体制の本文',
          '',
          '### 推進体制',
          '詳細 [事例](/cases/a/)',
          '',
          '#### 深い',
          '深い本文 [事例](/cases/a/) [支援](/support/p/)',
          '',
          '## 体制',
          '二つ目',
        ].join('\n'),
        headings: [
          { depth: 2, slug: 'taisei', text: '体制' },
          { depth: 3, slug: 'suishin', text: '推進 体制' },
          { depth: 2, slug: 'taisei-again', text: '体制' },
        ],
      },
      { id: 'one', data: { numeral: '', title: '業務の整理', order: 1, summary: '一の要約', path: '/levels/' }, body: '' },
    ],
    levels: [
      {
        id: 'lv2',
        data: {
          number: 2,
          numeral: 'Ⅱ',
          title: '二の段',
          description: '説明2',
          taskTypes: [{ id: 't', name: '類型A', examples: ['例1', { text: '例2', items: ['項1', '項2'] }], tips: ['コツ'] }],
          sharedTips: ['共通'],
          points: ['ポイント'],
          forms: ['在宅勤務'],
        },
      },
      { id: 'lv1', data: { number: 1, numeral: 'Ⅰ', title: '一の段', description: '説明1', taskTypes: [{ id: 'u', name: '類型B', examples: [{ text: '例3' }] }] } },
    ],
    steps: [
      { id: 'step-02', data: { number: 2, phase: '準備', title: '計画', summary: '要約2', checklist: { id: 'cl-text' } }, body: '' },
      {
        id: 'step-01',
        data: { number: 1, phase: '準備', title: '体制', summary: '要約1', checklist: 'cl-table' },
        body: ['#### 最初', '最初の本文', '', '## 役割', '役割の本文', '', '## 役割', '再び'].join('\n'),
      },
    ],
    checklists: [
      {
        id: 'cl-text',
        data: { title: '文の名', step: 2, kind: 'text', groups: [{ heading: '見出し', items: [{ text: '文1', detail: '文の詳細' }] }, { items: [{ text: '文2' }] }] },
      },
      {
        id: 'cl-table',
        data: {
          title: '表の名',
          step: 1,
          kind: 'table',
          intro: 'はじめに',
          notes: ['注1'],
          groups: [
            {
              heading: '群',
              items: [
                { text: '項目', detail: '詳細', children: [{ text: '子', detail: '子の詳細' }, { text: '子2' }] },
                { text: '項目2' },
              ],
            },
          ],
        },
      },
    ],
    cases: [
      { id: 'b', data: { number: '2', order: 2, municipality: '茨城県', prefecture: '茨城県', subtitle: '副題B', themes: ['テーマ'], points: ['点B'] }, body: '' },
      {
        id: 'a',
        data: {
          number: '1',
          order: 1,
          municipality: '神戸市',
          prefecture: '兵庫県',
          kind: '政令市',
          kindNote: '注',
          subtitle: '副題A',
          themes: ['t1', 't2'],
          forms: ['モバイル'],
          points: ['点1', '点2'],
        },
        body: '',
      },
    ],
    programs: [
      { id: 'pb', data: { name: '名B', shortName: '略B', order: 2, operator: '運営B', target: '対象B', content: '内容B', cost: '費用B', period: '期間B' }, body: '' },
      {
        id: 'pa',
        data: {
          name: '名A',
          shortName: '略A',
          order: 1,
          guideBox: '囲み',
          operator: '運営A',
          summary: '概要A',
          target: '対象A',
          content: '内容A',
          cost: '費用A',
          period: '期間A',
          facts: [{ label: '事実', items: ['f1', 'f2'] }],
          contacts: [{ office: '窓口', note: '窓口の注記' }],
        },
        body: '本文A',
      },
    ],
    survey: [
      { id: 'adoption', data: { kind: 'bar', title: '導入状況', baseLabel: '基数', rows: [{ label: 'r1' }], categories: [{ label: 'c1' }], items: [{ label: 'i1' }], notes: ['n1'] } },
      { id: 'misc', data: { kind: 'table', title: 'その他の表' } },
    ],
    concerns: [
      { id: 'security', data: { rank: 2, label: '情報の不安', shortLabel: 'セキュリティ', answers: [{ title: '答えの題', text: '答え' }, { text: '答え2' }] } },
      { id: 'work', data: { rank: 1, label: '業務の不安', shortLabel: '業務', lead: '前置き', answers: [] } },
    ],
    glossary: [
      {
        id: 'lgwan',
        data: { term: 'LGWAN', reading: 'えるじーわん', aliases: ['総合行政ネットワーク'], definition: '  行政の\n ネットワーク ', mentions: [{ text: '言及' }] },
      },
    ],
  };
}

const SEP = ' › ';

/** Every record the source above gives, in order, written out by hand. */
const EXPECTED: SearchRecord[] = [
  // the hand-described pages, first; no `k` when there are no keywords
  { t: 'ページP', p: 'サイト', u: '/p/', x: 'Pの本文', k: 'Pの鍵' },
  { t: 'ページQ', p: 'サイト', u: '/q/', x: 'Qの本文' },
  // chapters by order; the chapter rendered at /levels/ gets the level words; no numeral → title alone
  { t: '業務の整理', p: '手引き', u: '/levels/', x: '一の要約', k: '業務のレベル分け レベル分け 対象業務' },
  // the text before the first heading joins the page record; a link to the page itself is left out
  { t: 'Ⅱ．進め方', p: '手引き', u: '/guide/two/', x: '二の要約 まえがき ステップ と この章', l: ['/steps/3/'] },
  // Astro's heading ids, matched in order by text (spaces ignored)
  { t: '体制', p: `手引き${SEP}Ⅱ．進め方`, u: '/guide/two/#taisei', x: '体制の本文' },
  // a depth-3 heading sits under its depth-2 heading; a depth-4 heading folds into it, links once each
  { t: '推進体制', p: `手引き${SEP}Ⅱ．進め方${SEP}体制`, u: '/guide/two/#suishin', x: '詳細 事例 深い 深い本文 事例 支援', l: ['/cases/a/', '/support/p/'] },
  // the second heading of the same text takes the next rendered id, not the first again
  { t: '体制', p: `手引き${SEP}Ⅱ．進め方`, u: '/guide/two/#taisei-again', x: '二つ目' },
  // levels by number, each followed by its task types; the path names the levels chapter
  { t: 'Lv.Ⅰ　一の段', p: `手引き${SEP}業務の整理`, u: '/levels/#lv1', k: '業務のレベル分け レベル1', x: '説明1' },
  { t: '類型B', p: `手引き${SEP}業務の整理${SEP}Lv.Ⅰ`, u: '/levels/#lv1', k: '業務類型', x: '例3' },
  { t: 'Lv.Ⅱ　二の段', p: `手引き${SEP}業務の整理`, u: '/levels/#lv2', k: '業務のレベル分け レベル2 在宅勤務', x: '説明2 共通 ポイント' },
  { t: '類型A', p: `手引き${SEP}業務の整理${SEP}Lv.Ⅱ`, u: '/levels/#lv2', k: '業務類型', x: '例1 例2 項1 項2 コツ' },
  // steps by number; without rendered headings the ids follow github-slugger (a repeat gets -1)
  { t: 'ステップ1　体制', p: '10ステップ', u: '/steps/1/', x: '要約1', k: '準備 ステップ1' },
  // a depth-4 heading before any other heading is a record of its own
  { t: '最初', p: `10ステップ${SEP}ステップ1　体制`, u: '/steps/1/#最初', x: '最初の本文' },
  { t: '役割', p: `10ステップ${SEP}ステップ1　体制`, u: '/steps/1/#役割', x: '役割の本文' },
  { t: '役割', p: `10ステップ${SEP}ステップ1　体制`, u: '/steps/1/#役割-1', x: '再び' },
  // a table checklist's items are indexed once, with its step page's table
  { t: '表の名', p: `10ステップ${SEP}ステップ1　体制`, u: '/steps/1/#example-table', x: 'はじめに 注1 群 項目 詳細 子 子の詳細 子2 項目2' },
  // a step whose checklist is text-kind has no table record
  { t: 'ステップ2　計画', p: '10ステップ', u: '/steps/2/', x: '要約2', k: '準備 ステップ2' },
  // printable checklists by step: a table list's record has its intro only, a text list its items (no details)
  { t: '印刷用チェックリスト：表の名', p: `チェックリスト${SEP}ステップ1`, u: '/checklists/cl-table/', k: 'チェックリスト 印刷', x: 'はじめに' },
  { t: '印刷用チェックリスト：文の名', p: `チェックリスト${SEP}ステップ2`, u: '/checklists/cl-text/', k: 'チェックリスト 印刷', x: '見出し 文1 文2' },
  // cases by order: 「事例N　団体名」 (a prefecture once), themes and forms as keywords
  { t: '事例1　兵庫県神戸市', p: '取組事例', u: '/cases/a/', x: '副題A 点1 点2', k: '政令市 注 t1 t2 モバイル' },
  { t: '事例2　茨城県', p: '取組事例', u: '/cases/b/', x: '副題B 点B', k: 'テーマ' },
  // programs by order: every fact and contact office is searchable, then the body
  { t: '名A', p: '国の支援策', u: '/support/pa/', x: '概要A 運営A 対象A 内容A 費用A 期間A 事実 f1 f2 窓口 本文A', k: '略A 囲み' },
  { t: '名B', p: '国の支援策', u: '/support/pb/', x: '運営B 対象B 内容B 費用B 期間B', k: '略B' },
  // survey tables in source order, with the words people call the figure
  { t: '導入状況', p: `データ${SEP}取組状況調査`, u: '/data/#adoption', k: '調査 統計 自治体 導入率', x: '基数 r1 c1 i1 n1' },
  { t: 'その他の表', p: `データ${SEP}取組状況調査`, u: '/data/#misc', k: '調査 統計 自治体', x: '' },
  // the guide's answers to the reasons for not adopting, by rank
  { t: '業務の不安', p: `データ${SEP}導入していない理由への手引きの答え`, u: '/data/#work', k: '業務', x: '前置き' },
  { t: '情報の不安', p: `データ${SEP}導入していない理由への手引きの答え`, u: '/data/#security', k: 'セキュリティ', x: '答えの題 答え 答え2' },
  // glossary: the definition with its spaces squashed comes first; n is its length
  { t: 'LGWAN', p: '用語集', u: '/glossary/#lgwan', k: 'えるじーわん 総合行政ネットワーク', x: '行政の ネットワーク 言及', n: 10 },
];

describe('buildSearchRecords：小さな内容から作る索引（記録ごと）', () => {
  it('内容の各部分が決まった見出し・場所・アドレス・キーワード・本文の記録になる', () => {
    expect(buildSearchRecords(source())).toStrictEqual(EXPECTED);
  });

  it('記録ごとに比べても同じ（どこが違うかを示すため）', () => {
    const records = buildSearchRecords(source());
    EXPECTED.forEach((want, i) => expect(records[i], `${i}: ${want.t}`).toStrictEqual(want));
    expect(records).toHaveLength(EXPECTED.length);
  });

  it('レベル分けの章がないときは「業務のレベル分け」を場所に使う', () => {
    const src = source();
    src.chapters = src.chapters.filter((c) => c.data.path !== '/levels/');
    const levels = buildSearchRecords(src).filter((r) => r.u.startsWith('/levels/#'));
    expect(levels.map((r) => r.p)).toEqual([
      `手引き${SEP}業務のレベル分け`,
      `手引き${SEP}業務のレベル分け${SEP}Lv.Ⅰ`,
      `手引き${SEP}業務のレベル分け`,
      `手引き${SEP}業務のレベル分け${SEP}Lv.Ⅱ`,
    ]);
  });

  it('pages を渡さないときはサイトの一覧ページ（SITE_PAGES）が先頭に入る', () => {
    const src = source();
    delete src.pages;
    const records = buildSearchRecords(src);
    expect(records.slice(0, SITE_PAGES.length)).toStrictEqual(
      SITE_PAGES.map((p) => ({ t: p.title, p: p.path, u: p.url, x: p.text, ...(p.keywords ? { k: p.keywords } : {}) })),
    );
    expect(records[SITE_PAGES.length]!.p).toBe('手引き');
  });

  it('本文の見出しが Astro の見出しと合わないときは同じ規則で id を作る', () => {
    const src = source();
    src.chapters[0]!.headings = [{ depth: 2, slug: 'other', text: '別の見出し' }];
    const urls = buildSearchRecords(src).filter((r) => r.u.startsWith('/guide/two/#')).map((r) => r.u);
    expect(urls).toEqual(['/guide/two/#体制', '/guide/two/#推進体制', '/guide/two/#体制-1']);
  });

  it('チェックリストが見つからないステップにも表の記録は作らない', () => {
    const src = source();
    src.steps[1]!.data.checklist = 'no-such-list';
    const records = buildSearchRecords(src);
    expect(records.some((r) => r.u === '/steps/1/#example-table')).toBe(false);
    expect(records.filter((r) => r.u.startsWith('/checklists/'))).toHaveLength(2);
  });

  it('性質：内容の集まりがどの順で渡されても同じ索引になり、各集まりは決まった順（番号・order・rank、なければ id）に並ぶ', () => {
    // ids that sort against the numbers, so every sort by number / order / rank has to move something
    const variant = (): SearchSource => {
      const src = source();
      const rename = (list: { id: string }[], ...ids: string[]) => ids.forEach((id, i) => (list[i]!.id = id));
      rename(src.levels, 'a-lv2', 'b-lv1');
      rename(src.steps, 'a-step-02', 'b-step-01');
      rename(src.checklists, 'a-cl-text', 'z-cl-table');
      src.steps[0]!.data.checklist = { id: 'a-cl-text' };
      src.steps[1]!.data.checklist = 'z-cl-table';
      rename(src.cases, 'a-case2', 'b-case1');
      rename(src.programs, 'a-pb', 'b-pa');
      rename(src.concerns, 'a-security', 'b-work');
      rename(src.chapters, 'a-two', 'b-one');
      // two records that only their ids order
      src.glossary = [{ id: 'z-lgwan', data: { term: 'LGWAN', reading: 'えるじーわん', definition: '行政のネットワーク' } }, { id: 'a-bcp', data: { term: 'BCP', reading: 'びーしーぴー', definition: '業務継続計画' } }];
      src.survey = [{ id: 'z-misc', data: { kind: 'table', title: 'その他の表' } }, { id: 'a-adoption', data: { kind: 'bar', title: '導入状況' } }];
      return src;
    };
    const want = buildSearchRecords(variant());
    const titles = (records: SearchRecord[], prefix: string) => records.filter((r) => r.u.startsWith(prefix) && !r.u.includes('#example-table')).map((r) => r.t);
    expect(titles(want, '/levels/#')).toEqual(['Lv.Ⅰ　一の段', '類型B', 'Lv.Ⅱ　二の段', '類型A']);
    expect(want.findIndex((r) => r.t === '業務の整理')).toBeLessThan(want.findIndex((r) => r.t === 'Ⅱ．進め方'));
    expect(titles(want, '/steps/').filter((t) => !t.includes('役割') && t !== '最初')).toEqual(['ステップ1　体制', 'ステップ2　計画']);
    expect(titles(want, '/checklists/')).toEqual(['印刷用チェックリスト：表の名', '印刷用チェックリスト：文の名']);
    expect(titles(want, '/data/#')).toEqual(['導入状況', 'その他の表', '業務の不安', '情報の不安']);
    expect(titles(want, '/cases/')[0]).toContain('神戸市');
    expect(titles(want, '/support/')[0]).toBe('名A');
    expect(titles(want, '/glossary/')).toEqual(['BCP', 'LGWAN']);
    const keys = ['chapters', 'levels', 'steps', 'checklists', 'cases', 'programs', 'survey', 'concerns', 'glossary'] as const;
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: keys.length, maxLength: keys.length }), (seeds) => {
        const src = variant() as unknown as Record<string, unknown[]>;
        keys.forEach((k, i) => {
          const list = src[k]!;
          // a rotation and, for odd seeds, a reversal: every order of two items, and many of more
          const n = list.length;
          const rotated = list.map((_, j) => list[(j + seeds[i]!) % n]!);
          src[k] = seeds[i]! % 2 ? rotated.reverse() : rotated;
        });
        // the pages keep the order they are given (the site's menu order)
        expect(buildSearchRecords(src as unknown as SearchSource)).toStrictEqual(want);
      }),
      { numRuns: 40 },
    );
  });

  it('buildSearchIndex は同じ記録と同義語を持つ', () => {
    const index = buildSearchIndex(source(), [{ words: ['在宅勤務', '在宅'], related: ['テレワーク'] }]);
    expect(index.records).toStrictEqual(EXPECTED);
    expect(index.terms).toStrictEqual([{ w: ['在宅勤務', '在宅'], r: ['テレワーク'] }]);
  });
});
}

/**
 * The hand-described pages of the search index (SITE_PAGES in src/lib/search/build.ts): each
 * points to a page the site builds, says where it sits, and has words to be found by.
 */
{
const root = resolve(import.meta.dirname, '../../..');

describe('検索の索引：一覧ページと道具のページ', () => {
  it('どれもサイトにあるページを指し、アドレスは重ならない', () => {
    const broken = SITE_PAGES.filter((p) => !pageSources(p.url).templates.some((t) => existsSync(join(root, t)))).map((p) => p.url);
    expect(broken).toEqual([]);
    expect(new Set(SITE_PAGES.map((p) => p.url)).size).toBe(SITE_PAGES.length);
  });

  it('どれも「サイト」の場所にあり、見出しと説明文を持つ', () => {
    for (const p of SITE_PAGES) {
      expect(p.path, p.url).toBe('サイト');
      expect(p.title.trim().length, p.url).toBeGreaterThan(1);
      expect(p.text.trim().length, p.url).toBeGreaterThan(10);
      expect(p.text, p.url).toMatch(/。$/);
    }
  });

  it('主な道具と一覧は、その名前で見つかる（見出しかキーワードに名前がある）', () => {
    const want: [string, string][] = [
      ['/diagnosis/', '自己診断'],
      ['/inventory/', '業務の棚卸し'],
      ['/checklists/', 'チェックリスト'],
      ['/steps/', '10ステップ'],
      ['/cases/', '取組事例'],
      ['/support/', '国の支援策'],
      ['/glossary/', '用語集'],
      ['/data/', '導入率'],
      ['/pack/', '決裁'],
      ['/steps/plan/', '工程表'],
      ['/diagnosis/paper/', '紙'],
      ['/about/accessibility/', 'アクセシビリティ'],
    ];
    for (const [url, word] of want) {
      const p = SITE_PAGES.find((x) => x.url === url);
      expect(p, url).toBeDefined();
      expect(`${p!.title} ${p!.keywords ?? ''}`, url).toContain(word);
    }
  });
});
}
