/**
 * One place that names and links content: case names, chapter labels and hrefs, step, program
 * and level links, reference ids and the short document labels (手引き / 通知 / 別添1).
 * Pages, components and the search index ask these functions, so a label or a path is written
 * once. Hrefs are site paths without the base (`/steps/3/`); callers pass them through `url()`.
 * Pure: no astro:content here, so unit tests use plain objects.
 */
import type { SourceDoc, SourceRef } from '../schemas/common';

/** The short label of each source document, used in 出典 cells and one-line citations. */
export const DOC_LABELS: Readonly<Record<SourceDoc, string>> = { guide: '手引き', notice: '通知', annex1: '別添1' };

/** Short label of a source document: guide → 手引き, notice → 通知, annex1 → 別添1. */
export function docLabel(doc: SourceDoc): string {
  const label = DOC_LABELS[doc];
  if (!label) throw new Error(`出典の文書が不明です: ${String(doc)}`);
  return label;
}

/** 「手引き スライド5」: a source in one short line (the document's short label and where). */
export function sourceLabel(ref: Pick<SourceRef, 'doc' | 'pages'>): string {
  return `${docLabel(ref.doc)} ${ref.pages}`;
}

/**
 * The id of a reference. Astro's `reference()` gives `{ collection, id }`, content tests give
 * the id string; anything else is a broken reference and throws.
 */
export function refId(ref: unknown): string {
  if (typeof ref === 'string' && ref) return ref;
  if (ref && typeof ref === 'object' && 'id' in ref && typeof (ref as { id: unknown }).id === 'string') return (ref as { id: string }).id;
  throw new Error(`参照の形が不正です: ${JSON.stringify(ref)}`);
}

/** Like `refId`, but an absent reference (undefined or null) gives undefined. */
export function optionalRefId(ref: unknown): string | undefined {
  return ref === undefined || ref === null ? undefined : refId(ref);
}

/** "茨城県" for a prefecture, "兵庫県神戸市" / "長野県松本市①" for the others, as the guide heads them. */
export function caseName(c: { prefecture: string; municipality: string }): string {
  return c.prefecture === c.municipality ? c.municipality : `${c.prefecture}${c.municipality}`;
}

/** 「事例3 兵庫県神戸市」: a case with its number, for links. */
export function caseLabel(c: { number: number | string; prefecture: string; municipality: string }): string {
  return `事例${c.number} ${caseName(c)}`;
}

/** Site path of a case page. */
export const caseHref = (id: string): string => `/cases/${id}/`;

/** Minimal shape of a chapter entry (a content collection entry fits). */
export interface ChapterLike {
  id: string;
  data: { numeral: string; title: string; path?: string | undefined };
}

/** Label for a chapter in links: 「Ⅱ．テレワーク導入の進め方」 (no numeral: the title alone). */
export function chapterLabel(c: { numeral: string; title: string } | ChapterLike): string {
  const d = 'data' in c ? c.data : c;
  return d.numeral ? `${d.numeral}．${d.title}` : d.title;
}

/** Site path where a chapter is rendered: its own `path` (Ⅳ → /levels/) or /guide/<id>/. */
export function chapterHref(c: ChapterLike): string {
  return c.data.path ?? `/guide/${c.id}/`;
}

/** The step number of a step id (`step-03` → 3). */
export function stepNumber(id: string): number {
  const m = /^step-(\d{2})$/.exec(id);
  if (!m) throw new Error(`ステップの id が不正です: ${id}`);
  return Number(m[1]);
}

/** Site path of a step page (`/steps/3/`). */
export const stepHref = (n: number): string => `/steps/${n}/`;

/** 「ステップ3 環境整備（ハード面・ソフト面）」 (the number alone when the title is unknown). */
export function stepLabel(n: number, title?: string): string {
  return title ? `ステップ${n} ${title}` : `ステップ${n}`;
}

/** Site path of a support program page. */
export const programHref = (id: string): string => `/support/${id}/`;

/** Site path of the task-levels page (chapter Ⅳ). */
export const LEVELS_HREF = '/levels/';

const LEVEL_NUMERALS = ['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ'] as const;

/** 「Lv.Ⅲ（業務のレベル分け）」 for a level id `lv3`. */
export function levelLabel(id: string): string {
  const m = /^lv([1-4])$/.exec(id);
  if (!m) throw new Error(`レベルの id が不正です: ${id}`);
  return `Lv.${LEVEL_NUMERALS[Number(m[1]) - 1]}（業務のレベル分け）`;
}

/** What `resolveLink` needs to know about the content: ids with their titles. */
export interface LinkIndex {
  chapters: ChapterLike[];
  steps: { id: string; data: { title: string } }[];
  programs: { id: string; data: { name: string } }[];
  cases: { id: string; data: { number: number | string; prefecture: string; municipality: string } }[];
}

/** A link object in content: exactly one of step / chapter / program / level / case, and an optional anchor. */
export interface ContentLink {
  step?: unknown;
  chapter?: unknown;
  program?: unknown;
  level?: unknown;
  case?: unknown;
  anchor?: string | undefined;
}

/**
 * Href (site path, with `#anchor`) and words for a content link. Unknown ids throw, so a
 * broken link fails the build rather than the reader; no target gives undefined.
 */
export function resolveLink(link: ContentLink, index: LinkIndex): { href: string; label: string } | undefined {
  const hash = link.anchor ? `#${link.anchor}` : '';
  const find = <T extends { id: string }>(list: T[], id: string, what: string): T => {
    const e = list.find((x) => x.id === id);
    if (!e) throw new Error(`${what} "${id}" がありません`);
    return e;
  };
  const step = optionalRefId(link.step);
  if (step) {
    const n = stepNumber(step);
    return { href: stepHref(n) + hash, label: stepLabel(n, find(index.steps, step, 'ステップ').data.title) };
  }
  const chapter = optionalRefId(link.chapter);
  if (chapter) {
    const c = find(index.chapters, chapter, '章');
    return { href: chapterHref(c) + hash, label: chapterLabel(c) };
  }
  const program = optionalRefId(link.program);
  if (program) return { href: programHref(program) + hash, label: find(index.programs, program, '支援策').data.name };
  const level = optionalRefId(link.level);
  if (level) return { href: LEVELS_HREF + hash, label: levelLabel(level) };
  const kase = optionalRefId(link.case);
  if (kase) return { href: caseHref(kase) + hash, label: caseLabel(find(index.cases, kase, '事例').data) };
  return undefined;
}
