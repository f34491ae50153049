/**
 * The sources of a support program as the 起案 cites them (build time only: /pack/ hands the
 * result to its island, so the page does not load the source list).
 */
import type { SourceRef } from '../schemas/common';

/** 「手引き スライド11、通知 記3（4）」: the places a program's facts come from, by document. */
export function programCite(sources: readonly SourceRef[]): string {
  const byDoc = new Map<SourceRef['doc'], string[]>();
  for (const s of sources) {
    const list = byDoc.get(s.doc) ?? byDoc.set(s.doc, []).get(s.doc)!;
    for (const pages of s.pages.split('・')) if (!list.some((p) => p.normalize('NFKC') === pages.normalize('NFKC'))) list.push(pages);
  }
  const name = { guide: '手引き', notice: '通知', annex1: '通知の別添1' } as const;
  return `${[...byDoc].map(([doc, pages]) => `${name[doc]} ${pages.join('・')}`).join('、')}`;
}
