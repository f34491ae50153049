/**
 * What the search page says about an outcome, decided here so the island only renders it: the
 * status line (announced politely), the synonym notice and the paging of the result list.
 */
import type { SearchOutcome } from './engine';

/** Results shown at first and added by each 「さらに表示」. */
export const PAGE_SIZE = 20;

/** The status line for a finished search. */
export function statusText(q: string, o: Pick<SearchOutcome, 'total' | 'exact' | 'partial' | 'definition'>): string {
  const def = o.definition ? `用語「${o.definition.t}」の意味と、` : '';
  if (o.total === 0) return o.definition ? `「${q}」：用語「${o.definition.t}」の意味を表示しています。ほかに一致するページはありませんでした。` : `「${q}」に一致するページは見つかりませんでした。`;
  if (o.partial) return `「${q}」の言葉をすべて含むページはありません。${def}一部の言葉を含むページ ${o.total}件を、含む言葉の多い順に表示します。`;
  if (!o.exact) return `「${q}」にそのまま一致するページはありません。${def}近い言葉を含むページ：${o.total}件`;
  return `「${q}」の検索結果：${def}${o.total}件`;
}

/** 「『VPN』を『リモートアクセス』としても検索しました」 for each term found through the synonym list; '' when none. */
export function synonymNotice(o: Pick<SearchOutcome, 'synonyms'>): string {
  return o.synonyms.map((s) => `『${s.term}』を${s.also.map((a) => `『${a}』`).join('・')}としても検索しました。`).join('');
}

/** How many results to show after `shown`, and how many remain after that. */
export function nextPage(shown: number, total: number, size = PAGE_SIZE): { show: number; remaining: number } {
  const show = Math.min(total, Math.max(0, shown) + size);
  return { show, remaining: total - show };
}
