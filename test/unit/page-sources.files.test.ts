/**
 * The 「最終更新」 sources (src/lib/page-sources.ts) against the repository: for every page
 * template under src/pages, the files pageSources names exist, and a page that reads content
 * (a collection, a content loader, src/data) names the content it reads, so its date moves when
 * that content changes (the accessibility page's date is the date of its checklist).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageSources } from '../../src/lib/page-sources';

const root = resolve(import.meta.dirname, '../..');
const pagesDir = join(root, 'src/pages');

/** A real id for a dynamic route: the first entry of the content folder it renders. */
const DYNAMIC_DIRS: Record<string, string> = { cases: 'content/cases', checklists: 'content/checklists', guide: 'content/chapters', support: 'content/programs' };
function sampleId(rel: string): string {
  const dir = DYNAMIC_DIRS[rel.split('/')[0]!];
  if (!dir) throw new Error(`動的なページの内容のフォルダが分かりません: ${rel}`);
  return readdirSync(join(root, dir)).sort()[0]!.replace(/\.(mdx|yaml)$/, '');
}

/** Every .astro template under src/pages, as [file, site path] (dynamic routes get a sample id). */
function templates(): [string, string][] {
  const out: [string, string][] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.astro')) {
        const rel = relative(pagesDir, full).replace(/\\/g, '/').replace(/\.astro$/, '');
        const path = `/${rel.replace(/(^|\/)index$/, '')}/`.replace(/\/+/g, '/');
        out.push([`src/pages/${rel}.astro`, path.replace('[n]', '3').replace(/\[[a-z]+\]/, () => sampleId(rel))]);
      }
    }
  };
  walk(pagesDir);
  return out.sort();
}

/** A template that reads content: a collection, the diagnosis loader, or a data module. */
const readsContent = (source: string) => /getCollection\(|getEntry\(|loadDiagnosisContent|from '\.\.\/(\.\.\/)?data\//.test(source);

describe('最終更新の元になるファイル', () => {
  it('どのページのひな形も、pageSources の候補に入っている', () => {
    const missing = templates().filter(([file, path]) => !pageSources(path).templates.includes(file));
    expect(missing).toEqual([]);
  });

  it('pageSources が挙げる内容のファイル・フォルダはすべてある', () => {
    const missing = templates().flatMap(([, path]) => pageSources(path).content.filter((f) => !existsSync(join(root, f))).map((f) => `${path}: ${f}`));
    expect(missing).toEqual([]);
  });

  it('内容を読むページ（一覧・道具・データ）は、読む内容のファイルを挙げている', () => {
    const silent = templates()
      .filter(([file, path]) => !/\[/.test(file) && path !== '/404/' && readsContent(readFileSync(join(root, file), 'utf8')))
      .filter(([, path]) => pageSources(path).content.length === 0)
      .map(([, path]) => path);
    expect(silent).toEqual([]);
  });

  it('アクセシビリティのページの日付は、達成基準のチェックリストの変更で動く', () => {
    expect(pageSources('/about/accessibility/').content).toContain('src/data/a11y-checklist.ts');
  });
});
