/**
 * Scripted checks for success criteria that the engines (axe, HTML_CodeSniffer) do not decide, on
 * one page of every template and on the tools' states. Each describe names its criterion; the
 * checklist on /about/accessibility/ (src/data/a11y-checklist.ts) points at these names.
 * - 1.4.12 テキストの間隔: WCAG's spacing (line-height 1.5, letter 0.12em, word 0.16em, paragraph
 *   2em) loses nothing: no clipped box, no horizontal scrolling (1280 px and 390 px);
 * - 1.4.10 リフロー at 320 px on every template and tool state, and with the text spacing on top
 *   on every tool state and the pages with file pickers (/steps/, /inventory/);
 * - 1.3.4 表示の向き: portrait and landscape show the same content;
 * - 1.4.13 ホバー又はフォーカスで表示されるコンテンツ: no CSS rule shows other content on hover/focus;
 * - one focus walk forward (Tab) and one back (Shift+Tab) per target, 1280 px and 390 px:
 *   2.1.1 / 2.1.2 every control reached, no trap, the walk ends in the footer; 2.4.7 every focus
 *   shows an indicator; 2.4.3 / 1.3.2 focus never goes back up the page or against the document
 *   order; 2.4.11 no focused element is off screen or entirely covered (sticky bars); 3.2.1 focus
 *   alone never navigates;
 * - 2.5.3 ラベルを含む名前: an aria-label/labelledby name contains the visible text;
 * - 1.4.11 非テキストのコントラスト: form field borders and the focus ring reach 3:1;
 * - 2.2.2 / 2.3.1: nothing moves, blinks or flashes (no running animation, no media);
 * The checks that need no browser (the built HTML of every page: 2.4.2, 3.2.3 / 3.2.4, 2.4.5, 2.4.4,
 * 1.2.x, 3.1.2; the source: 2.1.4, 2.5.1/2.5.2/2.5.4/2.5.7) are in test/dist/a11y-html.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, type Browser } from './support/browser';
import { startSite, sitemapPaths, type Site } from './support/site';
import { openReady, focusWalk, backwardJumps, type FocusWalk } from './support/keyboard';
import { layoutProblems } from './support/layout';
import { TOOL_STATES, enterState, type ToolState } from './support/states';
import { templatePages } from '../../scripts/lib/templates.mjs';
import { describeNeeds } from '../support/prerequisites';
import { criteriaPart } from './support/criteria-part';

/**
 * Which part of the checks this run registers. The file itself runs the 1280-px width;
 * a11y-criteria-390.test.ts and a11y-criteria-320.test.ts import
 * this file after setting the part (support/criteria-part.ts), so the three parts run as three files,
 * side by side, while every test and its name stay here (src/data/a11y-checklist.ts points at them).
 */
const PART = criteriaPart();
const dist = process.env['E2E_DIST'] ?? 'dist';
const base = process.env['E2E_BASE'] ?? '/';
const built = existsSync(join(dist, 'sitemap.xml'));
const allPaths: string[] = built ? sitemapPaths(dist, base) : [];
// The 404 page is not in the sitemap; its template is checked too.
const pages: string[] = built ? [...templatePages(allPaths), ...(existsSync(join(dist, '404.html')) ? ['/404.html'] : [])] : [];
/** Pages and tool states, as one list of "targets" to open */
type Target = { label: string; open(page: Page, site: Site): Promise<void> };
const targets: Target[] = [
  ...pages.map((p) => ({ label: p, open: (page: Page, site: Site) => openReady(page, site.at(p)) })),
  ...TOOL_STATES.map((s: ToolState) => ({ label: `${s.path}（${s.name}）`, open: (page: Page, site: Site) => enterState(page, s, site.at) })),
];

/** WCAG's text-spacing values (1.4.12), applied as a constructed style sheet (allowed under the CSP). */
const applyTextSpacing = (page: Page) =>
  page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return getComputedStyle(document.querySelector('main p') ?? document.body).letterSpacing;
  });

describeNeeds({ [`${dist}/ のビルド（npm run build）`]: built })('達成基準ごとのスクリプトによる確認', () => {
  let site: Site;
  beforeAll(async () => { site = await startSite(dist, base); });
  afterAll(async () => { await site?.close(); });

  // Each page and tool state is opened once per width, and every check runs on that one page in an
  // order that keeps them apart: reading checks first, then the focus walk, then the animation check
  // (seconds after load, so anything started late is running), and the text spacing last (it changes
  // the page's styles).
  describe.each([
    { width: 1280, height: 900, part: '1280' },
    { width: 390, height: 844, part: '390' },
  ].filter((v) => v.part === PART).map(({ width, height }) => ({ width, height })))('幅 $width px', (viewport) => {
    let browser: Browser;
    beforeAll(async () => { browser = await launch({ viewport }); });
    afterAll(async () => { await browser?.close(); });

    describe.each(targets)('$label', (t) => {
      let page: Page;
      beforeAll(async () => {
        page = await browser.context.newPage();
        await t.open(page, site);
      });
      afterAll(async () => { await page?.close(); });

      if (viewport.width >= 1280) {
        it('1.4.13 ホバー又はフォーカスで表示されるコンテンツ: ホバーやフォーカスで別の内容を出す CSS がない', async () => {
          const rules = await page.evaluate(() => {
            const out: string[] = [];
            const reveal = /^(display|visibility|opacity|clip|clip-path|max-height|height|transform|content)$/;
            const walk = (list: CSSRuleList) => {
              for (const r of Array.from(list)) {
                if (r instanceof CSSStyleRule) {
                  for (const sel of r.selectorText.split(',')) {
                    // ":hover"/":focus" on anything but the last compound selector reveals *other* content
                    // (".a:hover .tip", ".a:focus + .b"); on the last one it styles the trigger itself.
                    const m = /:(hover|focus|focus-within|focus-visible)\b/.exec(sel);
                    if (!m) continue;
                    const rest = sel.slice(m.index).replace(/^:[\w-]+(\([^)]*\))?/, '');
                    const styled = /[\s>+~]/.test(rest.trim() ? rest : '') || /:(focus-within)/.test(sel);
                    const props = Array.from(r.style).filter((p) => reveal.test(p));
                    if (styled && props.length) out.push(`${sel.trim()} { ${props.join(', ')} }`);
                  }
                } else if ('cssRules' in r) walk((r as CSSGroupingRule).cssRules);
              }
            };
            for (const s of Array.from(document.styleSheets)) walk(s.cssRules);
            return out;
          });
          expect(rules, `${t.label}: ホバー/フォーカスで別の内容を表示する規則（消せる・ホバーできる・消えないことを確かめること）`).toEqual([]);
        });

        it('2.5.3 ラベルを含む名前: aria-label / aria-labelledby の名前が見えている文字を含む', async () => {
          const bad = await page.evaluate(() => {
            const norm = (s: string) => s.normalize('NFKC').replace(/[\s　]+/g, '').toLowerCase();
            const out: string[] = [];
            // Controls only: a labelled region or list is named for what it holds, not by a visible label.
            const controls = 'a, button, summary, input, select, textarea, [role=button], [role=link], [role=checkbox], [role=radio], [role=tab], [role=switch], [role=menuitem], [role=option]';
            for (const el of Array.from(document.querySelectorAll(`:is(${controls}):is([aria-label], [aria-labelledby])`))) {
              const visible = norm((el as HTMLElement).innerText ?? '');
              if (!visible || (el as HTMLElement).offsetParent === null) continue;
              const lb = el.getAttribute('aria-labelledby');
              const name = lb ? lb.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : el.getAttribute('aria-label') ?? '';
              if (!norm(name).includes(visible)) out.push(`<${el.tagName.toLowerCase()}> 見える文字「${visible}」 名前「${name}」`);
            }
            return out;
          });
          expect(bad, `${t.label}: 名前が見える文字を含まない`).toEqual([]);
        });

        it('1.4.11 非テキストのコントラスト: 入力欄・ボタンの枠とフォーカスの輪郭が背景に対して 3:1 以上', async () => {
          const bad = await page.evaluate(() => {
            const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
            const lum = ([r, g, b]: number[]) => {
              const f = (v: number) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
              return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
            };
            const ratio = (a: string, b: string) => { const [x, y] = [lum(rgb(a)), lum(rgb(b))].sort((p, q) => q - p); return (x! + 0.05) / (y! + 0.05); };
            const bgOf = (el: Element | null): string => {
              for (let e = el; e; e = e.parentElement) {
                const c = getComputedStyle(e).backgroundColor;
                const a = rgb(c);
                if (a.length === 3 || (a.length === 4 && a[3]! > 0.5)) return c;
              }
              return 'rgb(255, 255, 255)';
            };
            const out: string[] = [];
            const fields = document.querySelectorAll('input:not([type=hidden]):not([type=radio]):not([type=checkbox]):not([type=file]), select, textarea, button, .button');
            for (const el of Array.from(fields)) {
              if ((el as HTMLElement).offsetParent === null) continue;
              const cs = getComputedStyle(el);
              const around = bgOf(el.parentElement);
              const border = parseFloat(cs.borderTopWidth) >= 1 && cs.borderTopStyle !== 'none' ? ratio(cs.borderTopColor, around) : 0;
              const fill = ratio(bgOf(el), around);
              // A control is seen by its border or by its own fill colour. Radio buttons, check boxes and
              // the file picker keep the browser's own look (the criterion's user-agent exception).
              if (border < 3 && fill < 3) out.push(`<${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}> 枠 ${border.toFixed(2)}:1 塗り ${fill.toFixed(2)}:1`);
            }
            const focus = getComputedStyle(document.documentElement).getPropertyValue('--color-focus').trim();
            if (focus) {
              const probe = document.createElement('span');
              probe.style.color = focus;
              document.body.append(probe);
              const c = getComputedStyle(probe).color;
              probe.remove();
              const r = ratio(c, bgOf(document.body));
              if (r < 3) out.push(`フォーカスの輪郭 ${c} ${r.toFixed(2)}:1`);
            }
            return out;
          });
          expect(bad, `${t.label}: 3:1 に満たない`).toEqual([]);
        });
      }

      // One walk forward and one back serve every focus criterion below (run when the first needs them).
      let walks: Promise<{ fwd: FocusWalk; back: FocusWalk; url: string; after: { url: string; pages: number }; pagesBefore: number }> | undefined;
      const walked = () =>
        (walks ??= (async () => {
          const url = page.url();
          const pagesBefore = browser.context.pages().length;
          const fwd = await focusWalk(page, 'Tab');
          // Back up from the end of the page: Shift+Tab is where a sticky bar at the top covers focus.
          // After the forward walk focus has left the last element; Shift+Tab comes back from the end.
          await page.evaluate(() => { if (document.activeElement !== document.body) (document.activeElement as HTMLElement | null)?.blur(); scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }); });
          const back = await focusWalk(page, 'Shift+Tab');
          return { fwd, back, url, pagesBefore, after: { url: page.url(), pages: browser.context.pages().length } };
        })());

      it('2.1.1 キーボード・2.1.2 キーボードトラップなし・2.4.7 フォーカスの可視化: Tab ですべてを巡り、どこでもフォーカスが見え、閉じ込められずにフッターまで進む', async () => {
        const { fwd } = await walked();
        const seq = fwd.stops;
        expect(fwd.trapped, `${t.label}: フォーカスが抜け出せない（${seq.slice(-5).map((f) => f.desc).join(' → ')}）`).toBe(false);
        expect(seq.length, `${t.label}: Tab で止まる所が少なすぎる`).toBeGreaterThan(3);
        expect(seq.filter((f) => !f.indicator).map((f) => f.desc), `${t.label}: フォーカスが見えない要素`).toEqual([]);
        expect(seq.some((f) => f.inFooter), `${t.label}: Tab でフッターのリンクまで届かない`).toBe(true);
        expect(seq.at(-1)?.inFooter, `${t.label}: 最後のフォーカスがフッターではない（${seq.at(-1)?.desc}）`).toBe(true);
      });

      it('2.4.3 フォーカス順序・1.3.2 意味のある順序: Tab で進むとき、フォーカスがページの上へ戻らない', async () => {
        const { fwd } = await walked();
        expect(backwardJumps(fwd.stops), `${t.label}: フォーカスが上へ戻る所`).toEqual([]);
      });

      it('2.4.11 フォーカスが隠されない・3.2.1 フォーカス時: Tab と Shift+Tab のどのフォーカスも隠れず、フォーカスだけでページが変わらない', async () => {
        const { fwd, back, url, after, pagesBefore } = await walked();
        const hidden = (w: FocusWalk) => w.stops.filter((f) => f.hidden).map((f) => `${f.desc}（${f.hidden}）`);
        expect(back.trapped, `${t.label}: Shift+Tab でフォーカスが抜け出せない`).toBe(false);
        expect(back.stops.length, `${t.label}: Shift+Tab で止まる所がない`).toBeGreaterThan(3);
        expect(hidden(fwd), `${t.label}: Tab で隠れたフォーカス`).toEqual([]);
        expect(hidden(back), `${t.label}: Shift+Tab で隠れたフォーカス`).toEqual([]);
        expect(after.url, `${t.label}: フォーカスの移動だけでページが変わった`).toBe(url);
        expect(after.pages, `${t.label}: フォーカスの移動だけで新しいウィンドウが開いた`).toBe(pagesBefore);
      });

      if (viewport.width >= 1280) {
        it('2.2.2 一時停止、停止及び非表示・2.3.1 せん光: 動きを減らす設定なしでも、読み込みから数秒後に動くもの・点滅・自動再生がない', async () => {
          const r = await page.evaluate(() => ({
            running: document.getAnimations().filter((a) => a.playState === 'running').map((a) => (a as CSSAnimation).animationName ?? 'transition'),
            media: document.querySelectorAll('video, audio, marquee, blink, iframe, embed, object').length,
          }));
          expect(r.running, `${t.label}: 動いているアニメーション`).toEqual([]);
          expect(r.media, `${t.label}: 動画・音声・埋め込み`).toBe(0);
        });
      }

      it('1.4.12 テキストの間隔: 間隔を広げても内容が切れず、横にスクロールしない', async () => {
        const ls = await applyTextSpacing(page);
        expect(parseFloat(ls), '文字の間隔が適用されていない').toBeGreaterThan(0);
        const p = await layoutProblems(page);
        // Page-wide horizontal scrolling on a phone is reflow's (1.4.10, tested at 320 px); here only at desktop width.
        if (viewport.width >= 1280) expect(p.overflow, `${t.label}: 横スクロール ${p.scrollWidth}px > ${p.width}px\n${p.wide.join('\n')}`).toBe(false);
        expect(p.clipped, `${t.label}: 内容が切れている`).toEqual([]);
      });
    });
  });

  // 320 px: every page template and tool state, each opened once: reflow first, then WCAG's text
  // spacing on top for the tool states and the pages with native file pickers (/steps/,
  // /inventory/: a file picker grows with letter spacing and must still fit).
  if (PART === '320') describe('幅 320px', () => {
    let browser: Browser;
    beforeAll(async () => { browser = await launch({ viewport: { width: 320, height: 640 } }); });
    afterAll(async () => { await browser?.close(); });

    const spacedPages = new Set(['/steps/', '/inventory/']);
    describe.each(targets)('$label', (t) => {
      let page: Page;
      beforeAll(async () => {
        page = await browser.context.newPage();
        await t.open(page, site);
      });
      afterAll(async () => { await page?.close(); });

      it('1.4.10 リフロー: ページが横にスクロールせず、切れた内容がない（表は自分の枠の中でスクロール）', async () => {
        const p = await layoutProblems(page);
        expect(p.overflow, `${t.label}: 横スクロール ${p.scrollWidth}px > ${p.width}px\n${p.wide.join('\n')}`).toBe(false);
        expect(p.clipped, `${t.label}: 内容が切れている`).toEqual([]);
      });

      if (!pages.includes(t.label) || spacedPages.has(t.label)) {
        it('1.4.10 リフロー・1.4.12 テキストの間隔: 幅 320px で間隔を広げても横にスクロールせず、内容が切れない', async () => {
          expect(parseFloat(await applyTextSpacing(page)), '文字の間隔が適用されていない').toBeGreaterThan(0);
          const p = await layoutProblems(page);
          expect(p.overflow, `${t.label}: 横スクロール ${p.scrollWidth}px > ${p.width}px\n${p.wide.join('\n')}`).toBe(false);
          expect(p.clipped, `${t.label}: 内容が切れている`).toEqual([]);
        });
      }
    });
  });

  if (PART === '320') describe('1280×900 のみ', () => {
    let browser: Browser;
    beforeAll(async () => { browser = await launch(); });
    afterAll(async () => { await browser?.close(); });

    it.each(pages)('1.3.4 表示の向き: %s は縦でも横でも同じ内容を表示する', async (path) => {
      const texts: number[] = [];
      for (const vp of [{ width: 390, height: 844 }, { width: 844, height: 390 }]) {
        const page = await browser.context.newPage();
        await page.setViewportSize(vp);
        await openReady(page, site.at(path));
        expect(await page.locator('h1').first().isVisible(), `${path} ${vp.width}×${vp.height}: h1 が見えない`).toBe(true);
        texts.push(await page.evaluate(() => (document.querySelector('main') as HTMLElement).innerText.replace(/\s+/g, '').length));
        await page.close();
      }
      expect(texts[1], `${path}: 横向きで内容の量が変わる`).toBe(texts[0]);
    });
  });

});
