/**
 * Every link and resource written into the built HTML, in both builds (dist/ at "/" and the
 * sub-path build), resolves to a file of the build, stays under the base path, and its fragment
 * names an id on the target page. Checked from the files, once per target: no server, no browser.
 * The links islands add at run time are checked by the crawl against the same index.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUBPATH_BUILD } from '../e2e/support/site';
import { describeNeeds } from '../support/prerequisites';
import { htmlLinks, indexSite, linkProblem } from '../support/site-links';

const ORIGIN = 'http://site.test';

describe('リンクの検査（部品）', () => {
  const index = { base: '/b/', files: new Set(['index.html', 'steps/index.html', '_astro/a.js']), ids: new Map([['steps/index.html', new Set(['s1'])], ['index.html', new Set<string>()]]) };
  it('ある・ない・基準パスの外・末尾の / なし・ない id を見分ける', () => {
    expect(linkProblem(index, new URL(`${ORIGIN}/b/steps/#s1`))).toBeNull();
    expect(linkProblem(index, new URL(`${ORIGIN}/b/`))).toBeNull();
    expect(linkProblem(index, new URL(`${ORIGIN}/b/_astro/a.js`))).toBeNull();
    expect(linkProblem(index, new URL(`${ORIGIN}/b/steps/#s2`))).toMatch(/id="s2"/);
    expect(linkProblem(index, new URL(`${ORIGIN}/b/nothing/`))).toBe('リンク切れです');
    expect(linkProblem(index, new URL(`${ORIGIN}/b/steps`))).toBe('末尾の / がありません');
    expect(linkProblem(index, new URL(`${ORIGIN}/steps/`))).toMatch(/基準パス/);
  });
  it('a・link・script・img の href・src を拾い、&amp; を戻す', () => {
    expect(htmlLinks('<a class="x" href="/a/?p=1&amp;q=2">x</a><link rel="icon" href="/f.svg"><script type="module" src="/_astro/a.js"></script><img alt="" src="i.png">')).toEqual(['/a/?p=1&q=2', '/f.svg', '/_astro/a.js', 'i.png']);
  });
});

for (const { dist, base } of [{ dist: 'dist', base: '/' }, SUBPATH_BUILD]) {
  describeNeeds({ [`${dist}/ のビルド`]: existsSync(`${dist}/index.html`) })(`リンク切れがない（${dist}/、基準パス ${base}）`, () => {
    it('すべてのページのすべてのサイト内リンク・資源が、ビルドのファイルと id に解決する', () => {
      const index = indexSite(dist, base);
      const problems: string[] = [];
      let checked = 0;
      for (const [file] of index.ids) {
        const pageUrl = new URL(`${ORIGIN}${base}${file.replace(/index\.html$/, '')}`);
        for (const raw of htmlLinks(readFileSync(join(dist, file), 'utf8'))) {
          const url = new URL(raw, pageUrl);
          if (url.origin !== ORIGIN) continue;
          checked += 1;
          const p = linkProblem(index, url);
          if (p) problems.push(`${base}${file} → ${raw}: ${p}`);
        }
      }
      expect(problems, problems.join('\n')).toEqual([]);
      expect(checked).toBeGreaterThan(500);
    });
  });
}
