/** Reading order through the guide's chapters, shared by /guide/<id>/ and /levels/. */
import type { PageLink } from '../PrevNext.astro';

export interface ChapterLike {
  id: string;
  data: { numeral: string; title: string; order: number; path?: string | undefined };
}

/** Site path (without base) where a chapter is rendered. */
export const chapterHref = (c: ChapterLike): string => c.data.path ?? `/guide/${c.id}/`;

/** Label for a chapter in links: 「Ⅱ．テレワーク導入の進め方」. */
export const chapterLabel = (c: ChapterLike): string => `${c.data.numeral ? `${c.data.numeral}．` : ''}${c.data.title}`;

/** Previous and next chapters in `order` (links go to each chapter's own path). */
export function chapterNeighbours(all: ChapterLike[], id: string): { prev?: PageLink; next?: PageLink } {
  const sorted = [...all].sort((a, b) => a.data.order - b.data.order);
  const i = sorted.findIndex((c) => c.id === id);
  const link = (c: ChapterLike | undefined): PageLink | undefined => (c ? { label: chapterLabel(c), href: chapterHref(c) } : undefined);
  const prev = link(i > 0 ? sorted[i - 1] : undefined);
  const next = link(i >= 0 ? sorted[i + 1] : undefined);
  return { ...(prev ? { prev } : {}), ...(next ? { next } : {}) };
}
