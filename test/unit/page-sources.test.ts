import { describe, expect, it } from 'vitest';
import { newestDate, normalizeSitePath, pageSources } from '../../src/lib/page-sources';

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
