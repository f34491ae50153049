/**
 * Builds the search records from plain content data (what `getCollection` returns, or the
 * content files parsed in Node), so the site endpoint and the tests share one builder.
 */
import { splitSections, slugify } from './markdown';
import type { SearchIndex, SearchRecord, SearchTermEntry } from './types';
import { caseHref, caseName, chapterHref, chapterLabel, programHref, stepHref } from '../content-links';

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
export const SITE_PAGES: SitePage[] = [
  { title: '手引きを読む', path: 'サイト', url: '/guide/', keywords: '目次 章', text: '手引きの各章（意義と3つの形態、Ⅰ〜Ⅵ）の一覧。' },
  { title: '10ステップ', path: 'サイト', url: '/steps/', keywords: '導入ステップ 進め方 進捗', text: 'テレワーク導入の10ステップの一覧と、取組の進み具合の記録。推進体制、試行実施、本格実施。' },
  { title: 'チェックリスト', path: 'サイト', url: '/checklists/', keywords: '印刷 A4', text: '10ステップごとのチェックリストの一覧。印刷して使えます。' },
  { title: '自己診断', path: 'サイト', url: '/diagnosis/', keywords: '診断 セルフチェック', text: '自分の団体のテレワーク導入の状況を診断し、次に取り組むことを確かめます。' },
  { title: '自己診断（紙で回答する版）', path: 'サイト', url: '/diagnosis/paper/', keywords: '診断 紙 印刷 手で採点', text: '自己診断を紙に印刷して回答し、手で採点するための版。' },
  { title: '導入工程表', path: 'サイト', url: '/steps/plan/', keywords: '工程表 スケジュール ガントチャート 計画 印刷', text: '取組の開始月と本格実施の月から、10ステップを月ごとの工程表にします。A4横1枚で印刷できます。' },
  { title: '決裁パック', path: 'サイト', url: '/pack/', keywords: '決裁 起案 伺い 決裁欄 庁議 添付 印刷 資料 Word ワード', text: '首長の決裁を受ける起案（件名・趣旨・決裁を求める事項・経費と財源・今後の予定・決裁欄）に、自己診断の結果・導入工程表・10ステップの進捗・業務の棚卸しを添付してA4で印刷し、Wordでも保存します。' },
  { title: '業務の棚卸し', path: 'サイト', url: '/inventory/', keywords: '棚卸 業務の洗い出し レベル分け', text: '担当している業務を書き出し、テレワークの対象にできるかをレベル分けで整理します。' },
  { title: '取組事例', path: 'サイト', url: '/cases/', keywords: '事例 先進事例', text: '手引きが紹介する8つの取組事例の一覧。形態、団体の種類、テーマで探せます。' },
  { title: '国の支援策', path: 'サイト', url: '/support/', keywords: '支援 補助', text: 'テレワークマネージャー相談事業、特別交付税措置、自治体テレワーク推進実証実験、説明会。' },
  { title: 'データ：自治体のテレワーク取組状況', path: 'サイト', url: '/data/', keywords: '調査 統計 導入率 取組状況', text: '地方公共団体におけるテレワークの取組状況調査（令和3年10月1日現在）の結果。' },
  { title: '用語集', path: 'サイト', url: '/glossary/', keywords: '用語 意味', text: '手引きと通知に出てくる用語の説明。' },
  { title: 'このサイトについて', path: 'サイト', url: '/about/', keywords: '出典 非公式', text: 'このサイトの目的、出典、作成方針。' },
  { title: 'アクセシビリティ', path: 'サイト', url: '/about/accessibility/', keywords: 'ウェブアクセシビリティ JIS X 8341-3 方針 試験結果', text: 'このサイトのウェブアクセシビリティ方針と、達成基準ごとの試験の結果。' },
];

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
export function buildSearchRecords(src: SearchSource): SearchRecord[] {
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

/** The synonym groups of content/search-terms.yaml as the index carries them (notes dropped). */
export function searchTermEntries(groups: { words: string[]; related?: string[] | undefined }[]): SearchTermEntry[] {
  return groups.map((g) => (g.related?.length ? { w: [...g.words], r: [...g.related] } : { w: [...g.words] }));
}

/** The whole index: the records and the synonym list the engine expands queries with. */
export function buildSearchIndex(src: SearchSource, groups: { words: string[]; related?: string[] | undefined }[]): SearchIndex {
  return { records: buildSearchRecords(src), terms: searchTermEntries(groups) };
}
