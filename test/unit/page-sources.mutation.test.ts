/** Which files make a page (src/lib/page-sources.ts) at its edges: odd paths and bad dates. */
import { describe, expect, it } from 'vitest';
import { newestDate, normalizeSitePath, pageSources } from '../../src/lib/page-sources';

describe('normalizeSitePath：末尾だけを見る', () => {
  it('.html と /index は末尾にあるときだけ落とす', () => {
    expect(normalizeSitePath('/guide/index')).toBe('/guide/');
    expect(normalizeSitePath('/guide/index.html')).toBe('/guide/');
    expect(normalizeSitePath('/a.html.bak')).toBe('/a.html.bak/');
    expect(normalizeSitePath('/indexes/')).toBe('/indexes/');
  });
});

describe('pageSources：一覧にないページ', () => {
  it('表示する内容のファイルを持たない（ひな形の候補だけ）', () => {
    expect(pageSources('/about/privacy/')).toStrictEqual({ templates: ['src/pages/about/privacy/index.astro', 'src/pages/about/privacy.astro'], content: [] });
  });
});

describe('newestDate：YYYY-MM-DD の形のものだけを比べる', () => {
  it('前後に文字がついた日付は使わない', () => {
    expect(newestDate(['2026-01-01', '2099-12-31 時点', '見出し2098-01-01'])).toBe('2026-01-01');
    expect(newestDate(['2099-12-31x'])).toBeUndefined();
  });
});
