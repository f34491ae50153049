/**
 * Builds the search records from plain content data (what `getCollection` returns, or the
 * content files parsed in Node), so the site endpoint and the tests share one builder.
 */
import { splitSections, slugify } from './markdown';
import type { SearchIndex, SearchRecord, SearchTermEntry } from './types';
import { caseHref, caseName, chapterHref, chapterLabel, programHref, stepHref } from '../content-links';
import { ROUTES } from '../routes';

/** A rendered heading as Astro reports it (`render(entry).headings`). */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** An MDX entry: id, frontmatter, raw body and (at build time) Astro's headings. */
export interface MdxEntry<D> {
  id: string;
  data: D;
  body?: string | undefined;
  headings?: Heading[] | undefined;
}

/** A YAML entry: id and data. */
export interface DataEntry<D> {
  id: string;
  data: D;
}

type Example = string | { text: string; items?: string[] | undefined };
type Text = string | undefined;

/** The content the index is built from (only the fields the index uses). */
export interface SearchSource {
  chapters: MdxEntry<{ numeral: string; title: string; order: number; summary: string; path?: Text }>[];
  steps: MdxEntry<{ number: number; phase: string; title: string; summary: string; checklist: string | { id: string } }>[];
  checklists: DataEntry<{
    title: string;
    step: number;
    kind: string;
    intro?: Text;
    notes?: string[] | undefined;
    groups: { heading?: Text; items: { text: string; detail?: Text; children?: { text: string; detail?: Text }[] | undefined }[] }[];
  }>[];
  levels: DataEntry<{
    number: number;
    numeral: string;
    title: string;
    description: string;
    tipsHeading?: Text;
    taskTypes: { id: string; name: string; examples: Example[]; tips?: string[] | undefined }[];
    sharedTips?: string[] | undefined;
    points?: string[] | undefined;
    forms?: string[] | undefined;
  }>[];
  cases: MdxEntry<{ number: string; order: number; municipality: string; prefecture: string; kind?: Text; kindNote?: Text; subtitle: string; themes: string[]; forms?: string[] | undefined; points: string[] }>[];
  programs: MdxEntry<{
    name: string;
    shortName: string;
    order: number;
    guideBox?: Text;
    operator: string;
    summary?: Text;
    target: string;
    content: string;
    cost: string;
    period: string;
    facts?: { label: string; items: string[] }[] | undefined;
    contacts?: { office: string; note?: Text }[] | undefined;
  }>[];
  survey: DataEntry<{ kind: string; title: string; baseLabel?: Text; notes?: string[] | undefined; rows?: { label: string }[] | undefined; categories?: { label: string }[] | undefined; items?: { label: string }[] | undefined }>[];
  concerns: DataEntry<{ rank: number; label: string; shortLabel: string; lead?: Text; answers: { title?: Text; text: string }[] }>[];
  glossary: DataEntry<{ term: string; reading: string; aliases?: string[] | undefined; definition: string; mentions?: { text: string }[] | undefined }>[];
  /** Pages without a collection of their own (lists, tools); defaults to SITE_PAGES */
  pages?: SitePage[] | undefined;
}

/** A page of the site described by hand (list pages and tools). */
export interface SitePage {
  title: string;
  path: string;
  url: string;
  keywords?: string;
  text: string;
}

/** List pages and tools, so that 「チェックリスト」「自己診断」 find their page. */
export const SITE_PAGES: SitePage[] = ROUTES.flatMap((r) =>
  r.search ? [{ title: r.title, path: 'サイト', url: r.path, ...(r.search.keywords ? { keywords: r.search.keywords } : {}), text: r.search.text }] : [],
);

/**
 * The collections in the order of their ids, whatever order the reader gave them in (Astro's
 * collections and the tests' reader of content/ differ), so the same content always makes the same
 * index, record for record.
 */
function inIdOrder(src: SearchSource): SearchSource {
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const out: Record<string, unknown> = { ...src };
  for (const [k, v] of Object.entries(src)) if (k !== 'pages' && Array.isArray(v)) out[k] = [...(v as { id: string }[])].sort(byId);
  return out as unknown as SearchSource;
}

const SEP = ' › ';
const join = (...parts: (string | undefined | false)[]) => parts.filter(Boolean).join(' ');
const exampleText = (e: Example) => (typeof e === 'string' ? e : join(e.text, ...(e.items ?? [])));
const squash = (s: string) => s.replace(/\s+/g, '');
const byOrder = <T extends { data: { order: number } }>(a: T, b: T) => a.data.order - b.data.order;

/** Words for a survey table that its labels do not contain (what people call the figure). */
const DATA_KEYWORDS: Record<string, string> = { adoption: '導入率', 'usage-rate': '利用状況', reasons: '未導入' };

/** Anchors of the /data/ page's sections, by survey table id. */
const DATA_ANCHORS: Record<string, string> = { adoption: 'adoption', forms: 'forms', 'part-time': 'part-time', 'able-share': 'able-share', 'usage-rate': 'usage-rate', reasons: 'reasons' };

/**
 * One record for the page (its summary and the text before the first heading) and one per
 * heading of depth 2–3 (deeper headings fold into their parent), with Astro's heading ids.
 */
function mdxRecords(entry: MdxEntry<unknown>, page: { title: string; path: string; url: string; lead: string; keywords?: string }): SearchRecord[] {
  const sections = splitSections(entry.body ?? '');
  const out: SearchRecord[] = [];
  const pageRec: SearchRecord = { t: page.title, p: page.path, u: page.url, x: page.lead };
  if (page.keywords) pageRec.k = page.keywords;
  out.push(pageRec);
  const seen = new Map<string, number>();
  const headings = entry.headings;
  let hi = 0;
  let h2: string | undefined;
  let current: SearchRecord | undefined;
  const addLinks = (r: SearchRecord, links: string[] | undefined) => {
    const own = page.url;
    const more = (links ?? []).filter((l) => l !== own && !(r.l ?? []).includes(l));
    if (more.length) r.l = [...(r.l ?? []), ...more];
  };
  for (const s of sections) {
    if (s.depth === 0) {
      pageRec.x = join(pageRec.x, s.text);
      addLinks(pageRec, s.links);
      continue;
    }
    // Astro's heading ids where we have them (matched in order by text), else the same rule
    const fallback = slugify(s.heading, seen);
    const at = headings ? headings.findIndex((h, i) => i >= hi && squash(h.text) === squash(s.heading)) : -1;
    if (at >= 0) hi = at + 1;
    const slug = at >= 0 ? headings![at]!.slug : fallback;
    if (s.depth > 3 && current) {
      current.x = join(current.x, s.heading, s.text);
      addLinks(current, s.links);
      continue;
    }
    if (s.depth === 2) h2 = s.heading;
    current = { t: s.heading, p: [page.path, page.title, s.depth === 3 ? h2 : undefined].filter(Boolean).join(SEP), u: `${page.url}#${slug}`, x: s.text };
    addLinks(current, s.links);
    out.push(current);
  }
  return out;
}

/** Builds every record of the site index, pages first, in reading order. */
export function buildSearchRecords(source: SearchSource): SearchRecord[] {
  const src = inIdOrder(source);
  const out: SearchRecord[] = [];
  const push = (r: SearchRecord) => {
    if (!r.k) delete r.k;
    out.push(r);
  };

  for (const p of src.pages ?? SITE_PAGES) push({ t: p.title, p: p.path, u: p.url, x: p.text, ...(p.keywords ? { k: p.keywords } : {}) });

  for (const c of [...src.chapters].sort(byOrder)) {
    const url = chapterHref(c);
    const keywords = c.data.path === '/levels/' ? '業務のレベル分け レベル分け 対象業務' : undefined;
    for (const r of mdxRecords(c, { title: chapterLabel(c.data), path: '手引き', url, lead: c.data.summary, ...(keywords ? { keywords } : {}) })) push(r);
  }

  const levels = [...src.levels].sort((a, b) => a.data.number - b.data.number);
  const levelsChapter = src.chapters.find((c) => c.data.path === '/levels/');
  const levelsPath = ['手引き', levelsChapter ? chapterLabel(levelsChapter.data) : '業務のレベル分け'].join(SEP);
  for (const l of levels) {
    const d = l.data;
    const title = `Lv.${d.numeral}　${d.title}`;
    push({ t: title, p: levelsPath, u: `/levels/#${l.id}`, k: join('業務のレベル分け', `レベル${d.number}`, ...(d.forms ?? [])), x: join(d.description, ...(d.sharedTips ?? []), ...(d.points ?? [])) });
    for (const t of d.taskTypes)
      push({ t: t.name, p: [levelsPath, `Lv.${d.numeral}`].join(SEP), u: `/levels/#${l.id}`, k: '業務類型', x: join(...t.examples.map(exampleText), ...(t.tips ?? [])) });
  }

  const checklists = new Map(src.checklists.map((c) => [c.id, c]));
  for (const s of [...src.steps].sort((a, b) => a.data.number - b.data.number)) {
    const d = s.data;
    const url = stepHref(d.number);
    const title = `ステップ${d.number}　${d.title}`;
    for (const r of mdxRecords(s, { title, path: '10ステップ', url, lead: d.summary, keywords: join(d.phase, `ステップ${d.number}`) })) push(r);
    const cl = checklists.get(typeof d.checklist === 'string' ? d.checklist : d.checklist.id);
    if (cl && cl.data.kind !== 'text') {
      push({
        t: cl.data.title,
        p: ['10ステップ', title].join(SEP),
        u: `${url}#example-table`,
        x: join(
          cl.data.intro,
          ...(cl.data.notes ?? []),
          ...cl.data.groups.flatMap((g) => [g.heading, ...g.items.flatMap((i) => [i.text, i.detail, ...(i.children ?? []).flatMap((c) => [c.text, c.detail])])]),
        ),
      });
    }
  }
  for (const c of [...src.checklists].sort((a, b) => a.data.step - b.data.step)) {
    const d = c.data;
    // the items are indexed once, with the step page's table; text-kind lists appear only here
    const items = d.kind === 'text' ? d.groups.flatMap((g) => [g.heading, ...g.items.map((i) => i.text)]) : [];
    push({ t: `印刷用チェックリスト：${d.title}`, p: `チェックリスト${SEP}ステップ${d.step}`, u: `/checklists/${c.id}/`, k: 'チェックリスト 印刷', x: join(d.intro, ...items) });
  }

  for (const c of [...src.cases].sort(byOrder)) {
    const d = c.data;
    const name = caseName(d);
    for (const r of mdxRecords(c, {
      title: `事例${d.number}　${name}`,
      path: '取組事例',
      url: caseHref(c.id),
      lead: join(d.subtitle, ...d.points),
      keywords: join(d.kind, d.kindNote, ...d.themes, ...(d.forms ?? [])),
    }))
      push(r);
  }

  for (const p of [...src.programs].sort(byOrder)) {
    const d = p.data;
    const facts = (d.facts ?? []).flatMap((f) => [f.label, ...f.items]);
    for (const r of mdxRecords(p, {
      title: d.name,
      path: '国の支援策',
      url: programHref(p.id),
      lead: join(d.summary, d.operator, d.target, d.content, d.cost, d.period, ...facts, ...(d.contacts ?? []).map((c) => c.office)),
      keywords: join(d.shortName, d.guideBox),
    }))
      push(r);
  }

  for (const s of src.survey) {
    const d = s.data;
    const labels = [...(d.rows ?? []), ...(d.categories ?? []), ...(d.items ?? [])].map((x) => x.label);
    push({ t: d.title, p: `データ${SEP}取組状況調査`, u: `/data/#${DATA_ANCHORS[s.id] ?? s.id}`, k: join('調査 統計 自治体', DATA_KEYWORDS[s.id]), x: join(d.baseLabel, ...labels, ...(d.notes ?? [])) });
  }
  for (const c of [...src.concerns].sort((a, b) => a.data.rank - b.data.rank)) {
    const d = c.data;
    push({ t: d.label, p: `データ${SEP}導入していない理由への手引きの答え`, u: `/data/#${c.id}`, k: d.shortLabel, x: join(d.lead, ...d.answers.flatMap((a) => [a.title, a.text])) });
  }

  for (const g of src.glossary) {
    const d = g.data;
    const definition = d.definition.replace(/\s+/g, ' ').trim();
    push({ t: d.term, p: '用語集', u: `/glossary/#${g.id}`, k: join(d.reading, ...(d.aliases ?? [])), x: join(definition, ...(d.mentions ?? []).map((m) => m.text)), n: definition.length });
  }
  return out;
}

/** A group of content/search-terms.yaml as the builder reads it (kind: same = 同じ意味; anything else = 関連する語). */
export interface TermGroupInput {
  kind?: string | undefined;
  words: string[];
  related?: string[] | undefined;
}

/** The synonym groups of content/search-terms.yaml as the index carries them (notes dropped). */
export function searchTermEntries(groups: TermGroupInput[]): SearchTermEntry[] {
  return groups.map((g) => ({ w: [...g.words], ...(g.related?.length ? { r: [...g.related] } : {}), ...(g.kind === 'same' ? { s: 1 as const } : {}) }));
}

/** The whole index: the records and the synonym list the engine expands queries with. */
export function buildSearchIndex(src: SearchSource, groups: TermGroupInput[]): SearchIndex {
  return { records: buildSearchRecords(src), terms: searchTermEntries(groups) };
}
