/**
 * Search quality on the real content: the golden set (test/search/golden.ts) must find the right
 * page in the top 3 for at least 90% of its queries, and every width/kana variant must find
 * exactly what its plain form finds. The index is built from content/ by the same builder as
 * the site's /search-index.json. A query whose target page is not in the index fails under
 * `npm test` and CI (a lost page or collection must not turn into skips); a direct vitest run
 * skips it and reports it as skipped.
 */
import { describe, expect, it } from 'vitest';
import { buildSearchRecords } from '../../src/lib/search/build';
import { createSearch } from '../../src/lib/search/engine';
import { GOLDEN, VARIANTS } from '../search/golden';
import { loadContent } from '../search/load-content';
import { itNeeds } from '../support/prerequisites';

const records = buildSearchRecords(loadContent());
const search = createSearch(records);
const found = (u: string, want: string) => (want.includes('#') ? u === want : u.split('#')[0] === want);
const indexed = (want: string) => records.some((r) => found(r.u, want));
const rankOf = (q: string, want: string) => search.search(q).findIndex((h) => found(h.record.u, want));
const ready = GOLDEN.filter((g) => indexed(g.want));

describe('検索の品質（ゴールデンセット）', () => {
  it('ゴールデンセットは40件以上の問い合わせを持つ', () => {
    expect(GOLDEN.length).toBeGreaterThanOrEqual(40);
  });

  it('対象ページが索引にある問い合わせの90%以上で、正しいページが上位3件に入る', () => {
    expect(ready.length).toBeGreaterThanOrEqual(Math.min(40, GOLDEN.length));
    const misses = ready.filter((g) => {
      const r = rankOf(g.q, g.want);
      return r < 0 || r > 2;
    });
    const share = (ready.length - misses.length) / ready.length;
    expect(share, `上位3件に入らない問い合わせ: ${misses.map((m) => `${m.q}→${m.want}（${rankOf(m.q, m.want) + 1}位）`).join('、')}`).toBeGreaterThanOrEqual(0.9);
  });

  for (const g of GOLDEN) {
    itNeeds({ [`索引に ${g.want} がある`]: indexed(g.want) })(`「${g.q}」で ${g.want} が見つかる（${g.why}）`, () => {
      expect(rankOf(g.q, g.want)).toBeGreaterThanOrEqual(0);
    });
  }

  it.each(VARIANTS)('表記ゆれ「%s」は「%s」と同じ結果になる', (variant, plain) => {
    const plainUrls = search.search(plain).map((h) => h.record.u);
    expect(plainUrls.length).toBeGreaterThan(0);
    expect(search.search(variant).map((h) => h.record.u)).toEqual(plainUrls);
  });

  it('索引の本文の正規化（位置の対応つき）は検索の正規化と一致する', async () => {
    const { normalizeWithMap, searchNormalize } = await import('../../src/lib/normalize');
    const bad = records.flatMap((r) => [r.t, r.x, r.k ?? '', r.p]).filter((s) => normalizeWithMap(s).text.trim() !== searchNormalize(s));
    expect(bad.slice(0, 3)).toEqual([]);
  });
});
