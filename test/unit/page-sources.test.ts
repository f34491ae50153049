/**

 *
 * The 「最終更新」 sources (src/lib/page-sources.ts) against the repository: for every page
 * template under src/pages, the files pageSources names exist, and a page that reads content
 * (a collection, a content loader, src/data) names the content it reads, so its date moves when
 * that content changes (the accessibility page's date is the date of its checklist).
 */
import { describe, expect, it } from 'vitest';
import { newestDate, normalizeSitePath, pageSources } from '../../src/lib/page-sources';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

// ── formerly page-sources.test.ts
{
describe('ページを作るファイル（最終更新の元）', () => {
  it('固定のページ：ひな形の候補と表示する内容のファイル', () => {
    expect(pageSources('/')).toEqual({ templates: ['src/pages/index.astro', 'src/pages.astro'], content: ['content/survey.yaml', 'content/later-figures.yaml'] });
    expect(pageSources('/data/').content).toContain('content/later-figures.yaml');
    expect(pageSources('/about/accessibility/').templates).toEqual(['src/pages/about/accessibility/index.astro', 'src/pages/about/accessibility.astro']);
    expect(pageSources('/404').templates).toContain('src/pages/404.astro');
  });
  it('動的なページ：[param] のひな形と、その id の内容ファイル', () => {
    expect(pageSources('/steps/3/')).toEqual({ templates: ['src/pages/steps/[n].astro'], content: ['content/steps/step-03.mdx', 'content/checklists/step-03.yaml'] });
    expect(pageSources('/steps/10/').content[0]).toBe('content/steps/step-10.mdx');
    expect(pageSources('/guide/basics/')).toEqual({ templates: ['src/pages/guide/[chapter].astro'], content: ['content/chapters/basics.mdx'] });
    expect(pageSources('/cases/kobe/').content).toEqual(['content/cases/kobe.mdx']);
    expect(pageSources('/support/briefing/').content).toEqual(['content/programs/briefing.mdx']);
    expect(pageSources('/checklists/step-04/').content).toEqual(['content/checklists/step-04.yaml']);
  });
  it('一覧ページは動的なページと取り違えない（/diagnosis/paper/ は固定のページ）', () => {
    expect(pageSources('/diagnosis/paper/').templates[1]).toBe('src/pages/diagnosis/paper.astro');
    expect(pageSources('/steps/').templates[0]).toBe('src/pages/steps/index.astro');
  });
  it('パスの正規化と、いちばん新しい日付', () => {
    expect(normalizeSitePath('/404.html')).toBe('/404/');
    expect(normalizeSitePath('data')).toBe('/data/');
    expect(newestDate(['2026-01-02', undefined, '2026-11-30', '2025-12-31', 'bad'])).toBe('2026-11-30');
    expect(newestDate([])).toBeUndefined();
  });
});
}

// ── formerly page-sources.mutation.test.ts
{
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
}

// ── formerly page-sources.files.test.ts
{
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
}
