/**
 * Ship what is tested: the index the site serves (dist/search-index.json) is exactly what
 * `buildSearchIndex` makes from content/ (records in the same order, the same synonym list), so the
 * golden set and the unit tests of the builder speak about the file users get; and every record
 * leads to a built page and an existing anchor.
 */
import { existsSync } from 'node:fs';
import { expect, it } from 'vitest';
import { loadIndex, shippedIndex } from '../search/load-content';
import { describeNeeds } from '../support/prerequisites';
import { indexSite, linkProblem } from '../support/site-links';

describeNeeds({ 'dist/ のビルド（npm run build）': existsSync('dist/search-index.json') })('配る検索の索引（dist/search-index.json）', () => {
  it('buildSearchIndex が content/ から作るものと同じ（記録の順・同義語まで）', () => {
    const shipped = shippedIndex();
    const built = loadIndex();
    expect(shipped.records.length).toBeGreaterThan(100);
    expect(shipped).toEqual(JSON.parse(JSON.stringify(built)));
  });

  it('どの記録も、ビルドされたページ（とページ内の id）を指す', () => {
    const site = indexSite('dist', '/');
    const broken = shippedIndex().records.flatMap((r) => {
      const p = linkProblem(site, new URL(r.u, 'http://site.test/'));
      return p ? [`${r.u}（${r.t}）: ${p}`] : [];
    });
    expect(broken, broken.join('\n')).toEqual([]);
  });
});
