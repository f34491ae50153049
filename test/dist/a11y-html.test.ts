/**
 * Success criteria decided from the built HTML of every page and from the source, with no browser
 * (the scripted checks that need one are in test/e2e/a11y-criteria.test.ts; the checklist on
 * /about/accessibility/, src/data/a11y-checklist.ts, points at both by test name):
 * - 2.4.2 unique titles, 3.2.3 / 3.2.4 the same header navigation in the same order, 2.4.5 more
 *   than one way (navigation, search, breadcrumbs), 2.4.4 no link named only 「こちら」「ここ」「詳しくは」,
 *   1.2.x no audio or video, 3.1.2 English phrases (the glossary's expansions) marked lang="en",
 *   and the accessibility page's scope lists every page of the sitemap;
 * - on the source: 2.1.4 no single-character key shortcut, 2.5.1/2.5.2/2.5.4/2.5.7 no path,
 *   down-event, motion or drag handler.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sitemapPaths } from '../e2e/support/site';
import { describeNeeds } from '../support/prerequisites';

const dist = 'dist';
const built = existsSync(join(dist, 'sitemap.xml'));
const allPaths: string[] = built ? sitemapPaths(dist, '/') : [];

describeNeeds({ [`${dist}/ のビルド（npm run build）`]: built })('達成基準ごとの確認（ビルドした HTML とソース）', () => {
  describe('ビルドした全ページの HTML', () => {
    const html = new Map(allPaths.map((p) => [p, readFileSync(join(dist, p.split('?')[0]!.replace(/^\//, ''), 'index.html'), 'utf8')]));
    const titleOf = (h: string) => /<title>([^<]*)<\/title>/.exec(h)?.[1] ?? '';
    const navOf = (h: string) => /<nav[^>]*aria-label="メインメニュー"[^>]*>([\s\S]*?)<\/nav>/.exec(h)?.[1]?.match(/<a [^>]*>[^<]*/g)?.map((a) => a.replace(/<a [^>]*>/, '')) ?? [];

    it('2.4.2 ページタイトル: どのページも空でない、ほかと重ならない <title> を持ち、h1 の言葉を含む', () => {
      const titles = [...html.entries()].map(([p, h]) => ({ p, t: titleOf(h), h1: /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(h)?.[1]?.replace(/<[^>]+>/g, '').trim() ?? '' }));
      expect(titles.filter((x) => !x.t).map((x) => x.p)).toEqual([]);
      const dup = titles.filter((x, i) => titles.findIndex((y) => y.t === x.t) !== i).map((x) => `${x.p}: ${x.t}`);
      expect(dup, '同じタイトルのページ').toEqual([]);
      expect(titles.filter((x) => x.p !== '/' && !x.t.includes(x.h1)).map((x) => `${x.p}: ${x.t} ／ h1 ${x.h1}`)).toEqual([]);
    });

    it('3.2.3 一貫したナビゲーション・3.2.4 一貫した識別性: どのページもヘッダーのメニューが同じ項目を同じ順で持つ', () => {
      const first = navOf(html.get('/')!);
      expect(first.length).toBeGreaterThan(4);
      const differ = [...html.entries()].filter(([, h]) => navOf(h).join('|') !== first.join('|')).map(([p, h]) => `${p}: ${navOf(h).join('・')}`);
      expect(differ).toEqual([]);
    });

    it('2.4.5 複数の手段: どのページにもメニューとサイト内検索があり、トップ以外はパンくずで上の階層へ戻れる', () => {
      const missing = [...html.entries()].flatMap(([p, h]) => [
        ...(navOf(h).length ? [] : [`${p}: メニューがない`]),
        ...(/<form[^>]*role="search"|<search[\s>]/.test(h) ? [] : [`${p}: 検索フォームがない`]),
        ...(p === '/' || /aria-label="現在位置"/.test(h) ? [] : [`${p}: パンくずがない`]),
      ]);
      expect(missing).toEqual([]);
    });

    it('2.4.4 リンクの目的: 「こちら」「ここ」「詳しくは」だけのリンクがない', () => {
      const vague = [...html.entries()].flatMap(([p, h]) => [...h.matchAll(/<a [^>]*>\s*(こちら|ここ|詳しくは|詳細|クリック)\s*<\/a>/g)].map((m) => `${p}: ${m[1]}`));
      expect(vague).toEqual([]);
    });

    it('/about/accessibility/ の対象範囲に、サイトマップのすべてのページが載っている', () => {
      const h = html.get('/about/accessibility/') ?? '';
      const list = h.slice(h.indexOf('class="a11y-scope'));
      const listed = [...list.slice(0, list.indexOf('</ul>')).matchAll(/>(\/[^<]*)<\/a>/g)].map((m) => m[1]);
      expect(listed.sort()).toEqual([...allPaths].sort());
    });

    it('3.1.2 一部分の言語: 英語の語句（2語以上）は lang="en" の要素の中にあり、用語集の英語の正式名には lang="en" が付いている', () => {
      // Proper names of standards and tools (WCAG 3.1.2 exempts proper names) on /about/accessibility/.
      const names = new Set(['JIS X', 'Nu HTML Checker', 'CDP Accessibility', 'CSS px', 'Internet Explorer']);
      const unmarked: string[] = [];
      let marked = 0;
      for (const [p, h] of html) {
        const body = h.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, '');
        marked += [...body.matchAll(/<span lang="en"[^>]*>([^<]+)<\/span>/g)].length;
        const text = body.replace(/<span lang="en"[^>]*>[^<]+<\/span>/g, ' ').replace(/<[^>]+>/g, '\n');
        for (const m of text.matchAll(/[A-Za-z][A-Za-z'’-]*(?:[ \u00A0][A-Za-z][A-Za-z'’-]*)+/g)) if (!names.has(m[0])) unmarked.push(`${p}: ${m[0]}`);
      }
      expect(unmarked, 'lang="en" のない英語の語句').toEqual([]);
      expect(html.get('/glossary/')).toMatch(/<span lang="en"[^>]*>Local Government Wide Area Network<\/span>/);
      expect(marked).toBeGreaterThanOrEqual(4);
    });

    it('1.2.1〜1.2.5 時間依存メディア・1.4.2 音声の制御: 音声・動画・埋め込みがない（適用なしの根拠）', () => {
      const media = [...html.entries()].filter(([, h]) => /<(video|audio|iframe|embed|object)[\s>]/.test(h)).map(([p]) => p);
      expect(media).toEqual([]);
    });
  });

  describe('ソース', () => {
    const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => { const p = join(dir, f); return statSync(p).isDirectory() ? files(p) : /\.(tsx?|astro)$/.test(p) ? [p] : []; });
    // Code that runs in the page (the checklist data in src/data only describes these checks).
    const src = ['src/islands', 'src/components', 'src/layouts', 'src/pages', 'src/lib'].flatMap(files).map((f) => ({ f, text: readFileSync(f, 'utf8') }));

    it('2.1.4 文字キーのショートカット: 修飾キーなしの1文字のキーに反応する処理がない（accesskey もない）', () => {
      const hits = src.flatMap(({ f, text }) => [
        // A keyboard event's key (e.key, ev.key, event.key), not other objects' `key` fields
        // (the search engine's fuse.js match keys, e.g. m.key === 't' for the title field).
        ...[...text.matchAll(/\b(?:e|ev|evt|event|keyEvent)\.key\s*===?\s*'([^']{1})'/g)].map((m) => `${f}: key '${m[1]}'`),
        ...(/accesskey/i.test(text) ? [`${f}: accesskey`] : []),
      ]);
      expect(hits).toEqual([]);
    });

    it('2.5.1 / 2.5.2 / 2.5.4 / 2.5.7: 複数の指・押した瞬間・端末の動き・ドラッグに反応する処理がない', () => {
      const re = /on(Pointer|Mouse)Down|on(Touch)(Start|Move)|touchstart|pointerdown|mousedown|devicemotion|deviceorientation|draggable|onDrag|dragstart|gesture/i;
      expect(src.filter(({ text }) => re.test(text)).map(({ f }) => f)).toEqual([]);
    });
  });
});
