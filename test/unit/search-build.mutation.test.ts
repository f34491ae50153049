/**
 * The search index builder (src/lib/search/build.ts) on the real content: every collection the
 * site shows reaches the index, in reading order. The golden-set test only looks at the pages its
 * queries want, and turns a lost page into a skip outside `npm test`; these checks fail instead
 * (a builder that dropped all cases or all programs once passed unnoticed).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { buildSearchIndex, buildSearchRecords, searchTermEntries } from '../../src/lib/search/build';
import { caseHref, caseName, programHref, stepHref } from '../../src/lib/content-links';
import { loadContent, loadSearchTerms } from '../search/load-content';
import { createSearch } from '../../src/lib/search/engine';

const src = loadContent();
// Built before each test, not once at load: Stryker switches a mutant on before the test runs.
let records: ReturnType<typeof buildSearchRecords> = [];
let urls: string[] = [];
beforeEach(() => {
  records = buildSearchRecords(src);
  urls = records.map((r) => r.u);
});
const pageOf = (u: string): string => u.split('#')[0]!;
const firstAt = (prefix: string) => urls.findIndex((u) => u.startsWith(prefix));

describe('buildSearchRecords：実際のコンテンツから作る索引', () => {
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
