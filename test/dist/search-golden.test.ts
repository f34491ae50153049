/**
 * Search quality on the real content: for the golden set (test/search/golden.ts) the right page
 * must come first for at least 90% of the queries, and within the first 3 for at least 90%; no
 * query may show nothing. Every width/kana variant must find exactly what its plain form finds.
 * The index is the one the site ships (dist/search-index.json, made by `buildSearchIndex`;
 * test/dist/search-index.test.ts holds that it equals the builder's output on content/), scored as
 * `npm run bench:search` scores it
 * (test/search/evaluate.ts: the definition box counts as the first result for a glossary entry).
 * A query whose target page is not in the index fails under `npm test` and CI (a lost page or
 * collection must not turn into skips); a direct vitest run skips it and reports it as skipped.
 */
import { describe, expect, it } from 'vitest';
import { createSearch } from '../../src/lib/search/engine';
import { GOLDEN, VARIANTS } from '../search/golden';
import { itNeeds } from '../support/prerequisites';
import { shippedIndex } from '../search/load-content';
import { answers, isEmpty, rankIn } from '../search/evaluate';

const index = shippedIndex();
const records = index.records;
const search = createSearch(index);
const indexed = (want: string) => records.some((r) => answers(r.u, want));
const rankOf = (q: string, want: string) => rankIn(search.query(q), want);
const ready = GOLDEN.filter((g) => indexed(g.want));
const list = (gs: typeof GOLDEN) => gs.map((m) => `${m.q}→${m.want}（${rankOf(m.q, m.want) + 1 || '圏外'}位）`).join('、');

describe('検索の品質（ゴールデンセット）', () => {
  it('ゴールデンセットは100件以上の問い合わせを持ち、うち30件以上が言い換え・長文・英略語・誤字', () => {
    expect(GOLDEN.length).toBeGreaterThanOrEqual(100);
    expect(GOLDEN.filter((g) => g.kind).length).toBeGreaterThanOrEqual(30);
    for (const kind of ['colloquial', 'long', 'abbr', 'typo'] as const) expect(GOLDEN.some((g) => g.kind === kind), kind).toBe(true);
  });

  it('問い合わせの重複はない', () => {
    expect(new Set(GOLDEN.map((g) => g.q)).size).toBe(GOLDEN.length);
  });

  it('対象ページが索引にある問い合わせの90%以上で、正しいページが1位に来る', () => {
    expect(ready.length).toBeGreaterThanOrEqual(Math.min(100, GOLDEN.length));
    const misses = ready.filter((g) => rankOf(g.q, g.want) !== 0);
    expect((ready.length - misses.length) / ready.length, `1位でない問い合わせ: ${list(misses)}`).toBeGreaterThanOrEqual(0.9);
  });

  it('対象ページが索引にある問い合わせの90%以上で、正しいページが上位3件に入る', () => {
    const misses = ready.filter((g) => {
      const r = rankOf(g.q, g.want);
      return r < 0 || r > 2;
    });
    expect((ready.length - misses.length) / ready.length, `上位3件に入らない問い合わせ: ${list(misses)}`).toBeGreaterThanOrEqual(0.9);
  });

  it('どの問い合わせも、何も表示しない結果にならない', () => {
    expect(GOLDEN.filter((g) => isEmpty(search.query(g.q))).map((g) => g.q)).toEqual([]);
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
