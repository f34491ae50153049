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

/**
 * What the list added to the search, for each term found through it; '' when nothing. Words of
 * the same meaning: 「『在籍確認』と同じ意味の『在席確認』でも検索しました。」. Related words are
 * never called the same: 「『VPN』に関連する語『リモートアクセス』を含むページも表示しています（同じ意味の語ではありません）。」
 */
export function synonymNotice(o: Pick<SearchOutcome, 'synonyms'>): string {
  const list = (ws: string[]) => ws.map((a) => `『${a}』`).join('・');
  return o.synonyms
    .map((s) => {
      const same = s.also.length ? `『${s.term}』と同じ意味の${list(s.also)}でも検索しました。` : '';
      const related = s.related?.length ? `『${s.term}』に関連する語${list(s.related)}を含むページも表示しています（同じ意味の語ではありません）。` : '';
      return same + related;
    })
    .join('');
}

/** How many results to show after `shown`, and how many remain after that. */
export function nextPage(shown: number, total: number, size = PAGE_SIZE): { show: number; remaining: number } {
  const show = Math.min(total, Math.max(0, shown) + size);
  return { show, remaining: total - show };
}
