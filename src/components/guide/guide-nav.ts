/** Reading order through the guide's chapters, shared by /guide/<id>/ and /levels/. */
import type { PageLink } from '../PrevNext.astro';

import { chapterHref, chapterLabel, type ChapterLike as LinkChapter } from '../../lib/content-links';

export interface ChapterLike extends LinkChapter {
  data: LinkChapter['data'] & { order: number };
}

/** Previous and next chapters in `order` (links go to each chapter's own path). */
export function chapterNeighbours(all: ChapterLike[], id: string): { prev?: PageLink; next?: PageLink } {
  const sorted = [...all].sort((a, b) => a.data.order - b.data.order);
  const i = sorted.findIndex((c) => c.id === id);
  const link = (c: ChapterLike | undefined): PageLink | undefined => (c ? { label: chapterLabel(c), href: chapterHref(c) } : undefined);
  const prev = link(i > 0 ? sorted[i - 1] : undefined);
  const next = link(i >= 0 ? sorted[i + 1] : undefined);
  return { ...(prev ? { prev } : {}), ...(next ? { next } : {}) };
}
