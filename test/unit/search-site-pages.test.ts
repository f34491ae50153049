/**
 * The hand-described pages of the search index (SITE_PAGES in src/lib/search/build.ts): each
 * points to a page the site builds, says where it sits, and has words to be found by.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_PAGES } from '../../src/lib/search/build';
import { pageSources } from '../../src/lib/page-sources';

const root = resolve(import.meta.dirname, '../..');

describe('検索の索引：一覧ページと道具のページ', () => {
  it('どれもサイトにあるページを指し、アドレスは重ならない', () => {
    const broken = SITE_PAGES.filter((p) => !pageSources(p.url).templates.some((t) => existsSync(join(root, t)))).map((p) => p.url);
    expect(broken).toEqual([]);
    expect(new Set(SITE_PAGES.map((p) => p.url)).size).toBe(SITE_PAGES.length);
  });

  it('どれも「サイト」の場所にあり、見出しと説明文を持つ', () => {
    for (const p of SITE_PAGES) {
      expect(p.path, p.url).toBe('サイト');
      expect(p.title.trim().length, p.url).toBeGreaterThan(1);
      expect(p.text.trim().length, p.url).toBeGreaterThan(10);
      expect(p.text, p.url).toMatch(/。$/);
    }
  });

  it('主な道具と一覧は、その名前で見つかる（見出しかキーワードに名前がある）', () => {
    const want: [string, string][] = [
      ['/diagnosis/', '自己診断'],
      ['/inventory/', '業務の棚卸し'],
      ['/checklists/', 'チェックリスト'],
      ['/steps/', '10ステップ'],
      ['/cases/', '取組事例'],
      ['/support/', '国の支援策'],
      ['/glossary/', '用語集'],
      ['/data/', '導入率'],
      ['/pack/', '決裁'],
      ['/steps/plan/', '工程表'],
      ['/diagnosis/paper/', '紙'],
      ['/about/accessibility/', 'アクセシビリティ'],
    ];
    for (const [url, word] of want) {
      const p = SITE_PAGES.find((x) => x.url === url);
      expect(p, url).toBeDefined();
      expect(`${p!.title} ${p!.keywords ?? ''}`, url).toContain(word);
    }
  });
});
