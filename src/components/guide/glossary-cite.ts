/** The glossary's short citation of a term's source: 「手引き スライド12「…」」, 「通知 別添1「…」」. */
import type { SourceRef } from '../../schemas/common';

const DOC_SHORT: Record<SourceRef['doc'], string> = { guide: '手引き', notice: '通知', annex1: '通知 別添1' };

/** 別添1's `pages` is 「別添1」 itself: it is said once (「通知 別添1」, never 「通知 別添1 別添1」). */
export function glossaryCite(s: SourceRef): string {
  const doc = DOC_SHORT[s.doc];
  const where = doc.endsWith(s.pages) ? doc : `${doc} ${s.pages}`;
  return `${where}${s.section ? `「${s.section}」` : ''}`;
}
