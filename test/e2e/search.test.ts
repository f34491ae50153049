/**
 * Site search in real Chromium against the built site: the header's plain form on a content
 * page, results on /search/, following a result, a shared URL, keyboard only, Back restoring
 * the previous query, a query that looks like HTML, no-JS fallback, axe on results and on the
 * empty state, and the page's JavaScript budget; the synonym notice, the definition box, a long
 * sentence, 「さらに表示」 with focus, and the two search landmarks' names.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { axe, formatAxe, launch, watch, type Browser, type Watch } from './support/browser';
import { startSite, type Site } from './support/site';

let site: Site;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  site = await startSite();
  browser = await launch();
  origin = new URL(site.url).origin;
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** A new page with its watcher. */
async function open(): Promise<{ page: Page; w: Watch }> {
  const page = await browser.context.newPage();
  return { page, w: watch(page, origin) };
}
const clean = (w: Watch) => expect([...w.errors, ...w.offsite, ...w.failed]).toEqual([]);
const results = (page: Page) => page.locator('.search-results a.search-result__link');
const status = (page: Page) => page.locator('.search-status');
/** The first search on a page fetches and prepares the index: give it time on a busy machine. */

describe('サイト内検索', () => {
  it('本文ページのヘッダーの検索欄から検索し、結果をたどれる', async () => {
    const { page, w } = await open();
    await page.goto(site.at('/steps/1/'));
    await page.fill('#site-search-q', '在席確認');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await expect.poll(() => results(page).count()).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('q')).toBe('在席確認');
    expect(await status(page).textContent()).toMatch(/「在席確認」の検索結果：\d+件/);
    expect(await page.locator('.search-results mark').first().textContent()).toBe('在席確認');
    const first = results(page).first();
    const href = (await first.getAttribute('href'))!;
    await first.click();
    await page.waitForURL((u) => u.pathname === href.split('#')[0]);
    const hash = new URL(page.url()).hash.slice(1);
    if (hash) expect(await page.locator(`[id="${decodeURIComponent(hash)}"]`).count()).toBe(1);
    clean(w);
    await page.close();
  });

  it('/search/?q=交付税 を直接開くと結果が出る（共有できる URL）', async () => {
    const { page, w } = await open();
    await page.goto(site.at('/search/?q=' + encodeURIComponent('交付税')));
    await expect.poll(() => results(page).count()).toBeGreaterThan(0);
    expect(await page.inputValue('#search-page-q')).toBe('交付税');
    expect(await page.inputValue('#site-search-q')).toBe('交付税');
    expect(await page.title()).toMatch(/^「交付税」の検索結果/);
    const v = await axe(page);
    expect(v, formatAxe(page.url(), v)).toEqual([]);
    clean(w);
    await page.close();
  });

  it('キーボードだけで検索し、矢印キーとTabで結果を移動して開ける', async () => {
    const { page, w } = await open();
    await page.goto(site.at('/search/'));
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.id)) === 'search-page-q') break;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-page-q');
    await page.keyboard.type('LGWAN');
    await page.keyboard.press('Enter');
    await expect.poll(() => results(page).count()).toBeGreaterThan(2);
    const focusedHref = () => page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href'));
    await page.keyboard.press('ArrowDown');
    expect(await focusedHref()).toBe(await results(page).nth(0).getAttribute('href'));
    await page.keyboard.press('ArrowDown');
    expect(await focusedHref()).toBe(await results(page).nth(1).getAttribute('href'));
    await page.keyboard.press('ArrowUp');
    expect(await focusedHref()).toBe(await results(page).nth(0).getAttribute('href'));
    // Tab leaves the list the usual way (no trap)
    await page.keyboard.press('Tab');
    expect(await focusedHref()).toBe(await results(page).nth(1).getAttribute('href'));
    const target = (await focusedHref())!;
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === target.split('#')[0]);
    clean(w);
    await page.close();
  });

  it('戻るボタンで前の検索語と結果に戻る', async () => {
    const { page, w } = await open();
    await page.goto(site.at('/search/?q=' + encodeURIComponent('推進体制')));
    await expect.poll(() => status(page).textContent()).toMatch(/「推進体制」の検索結果/);
    await page.fill('#search-page-q', 'LGWAN');
    await page.press('#search-page-q', 'Enter');
    await expect.poll(() => status(page).textContent()).toMatch(/「LGWAN」の検索結果/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('LGWAN');
    await page.goBack();
    await expect.poll(() => status(page).textContent()).toMatch(/「推進体制」の検索結果/);
    expect(await page.inputValue('#search-page-q')).toBe('推進体制');
    await page.goForward();
    await expect.poll(() => status(page).textContent()).toMatch(/「LGWAN」の検索結果/);
    clean(w);
    await page.close();
  });

  it('見つからないときは候補とよく読まれるページを示し、axe の違反がない', async () => {
    const { page, w } = await open();
    await page.goto(site.at('/search/?q=' + encodeURIComponent('ぬるぽがっ')));
    await expect.poll(() => status(page).textContent()).toMatch(/見つかりませんでした/);
    expect(await page.locator('.search-empty a').count()).toBeGreaterThan(0);
    const v = await axe(page);
    expect(v, formatAxe(page.url(), v)).toEqual([]);
    clean(w);
    await page.close();
  });

  it('HTML のような検索語は文字として表示し、実行しない', async () => {
    const { page, w } = await open();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const q = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    await page.goto(site.at('/search/?q=' + encodeURIComponent(q)));
    await expect.poll(() => status(page).textContent()).toContain('<script>alert(1)</script>');
    expect(await page.$$eval('script', (ss) => ss.filter((s) => (s.textContent ?? '').includes('alert(')).length)).toBe(0);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(await page.inputValue('#search-page-q')).toBe(q);
    clean(w);
    await page.close();
  });

  it('「VPN」は関連する語（同じ意味ではない）で探したことを知らせ、リモートアクセスの結果を出す', async () => {
    const { page, w } = await open();
    await page.goto(site.at('/search/?q=VPN'));
    await expect.poll(() => results(page).count()).toBeGreaterThan(0);
    expect(await page.locator('.search-synonyms').textContent()).toContain('『VPN』に関連する語『リモートアクセス』');
    expect(await page.locator('.search-results mark').allTextContents()).toContain('リモートアクセス');
    clean(w);
    await page.close();
  });

  it('用語を名指すと、用語の意味の枠が結果の上に出て、一覧の先頭は用語集の項目ではない', async () => {
    const { page, w } = await open();
    await page.goto(site.at('/search/?q=LGWAN'));
    await expect.poll(() => results(page).count()).toBeGreaterThan(0);
    const box = page.locator('.search-definition');
    expect(await box.locator('h2').textContent()).toBe('用語の意味：LGWAN');
    expect(await box.locator('p').first().textContent()).toContain('総合行政ネットワーク');
    expect(await box.locator('a').getAttribute('href')).toMatch(/\/glossary\/#lgwan$/);
    expect(await results(page).first().getAttribute('href')).not.toMatch(/\/glossary\/#lgwan$/);
    // the box comes before the list in the page (and so in reading and Tab order)
    expect(await page.evaluate(() => {
      const b = document.querySelector('.search-definition');
      const l = document.querySelector('.search-results');
      return !!b && !!l && !!(b.compareDocumentPosition(l) & Node.DOCUMENT_POSITION_FOLLOWING);
    })).toBe(true);
    const v = await axe(page);
    expect(v, formatAxe(page.url(), v)).toEqual([]);
    clean(w);
    await page.close();
  });

  it('長い文の問い合わせでも結果を出し、一部の言葉で探したことを知らせる', async () => {
    const { page, w } = await open();
    await page.goto(site.at('/search/?q=' + encodeURIComponent('窓口の仕事が多くてテレワークは無理')));
    await expect.poll(() => results(page).count()).toBeGreaterThan(0);
    expect(await status(page).textContent()).toContain('一部の言葉を含むページ');
    expect(await results(page).first().getAttribute('href')).toMatch(/\/data\/#counter-work$/);
    clean(w);
    await page.close();
  });

  it('結果が多いときは件数を示して20件ずつ表示し、「さらに表示」で足した最初の結果にフォーカスが移る', async () => {
    const { page, w } = await open();
    await page.goto(site.at('/search/?q=' + encodeURIComponent('テレワーク')));
    await expect.poll(() => results(page).count()).toBe(20);
    const total = Number(/(\d+)件/.exec((await status(page).textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(40);
    const more = page.locator('.search-more button');
    expect(await more.textContent()).toContain(`全${total}件中20件を表示中`);
    await more.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => results(page).count()).toBe(40);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(await results(page).nth(20).getAttribute('href'));
    while ((await page.locator('.search-more button').count()) > 0) await page.locator('.search-more button').click();
    expect(await results(page).count()).toBe(total);
    clean(w);
    await page.close();
  });

  it('検索のランドマークは2つとも、見える言葉で別々の名前を持つ', async () => {
    const { page, w } = await open();
    await page.goto(site.at('/search/?q=' + encodeURIComponent('交付税')));
    await expect.poll(() => results(page).count()).toBeGreaterThan(0);
    const names = await page.$$eval('[role="search"]', (forms) =>
      forms.map((f) => (f.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' ').trim()),
    );
    expect(names).toEqual(['サイト内検索', '調べたい言葉']);
    clean(w);
    await page.close();
  });

  it('索引は検索ページでだけ読み込み、検索ページの JavaScript は gzip で 25 KB 以下', async () => {
    const content = await browser.context.newPage();
    const fetched: string[] = [];
    content.on('request', (r) => fetched.push(r.url()));
    // A content-only page (the /steps/ pages carry the tracker island since it landed).
    await content.goto(site.at('/guide/basics/'), { waitUntil: 'load' });
    expect(fetched.filter((u) => u.includes('search-index.json'))).toEqual([]);
    expect(fetched.filter((u) => u.endsWith('.js'))).toEqual([]);
    await content.close();

    const page = await browser.context.newPage();
    const js: Promise<number>[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') js.push(r.body().then((b) => gzipSync(b, { level: 9 }).length));
    });
    let index = 0;
    page.on('response', (r) => {
      if (r.url().includes('search-index.json')) index++;
    });
    await page.goto(site.at('/search/?q=' + encodeURIComponent('交付税')), { waitUntil: 'networkidle' });
    const inline = await page.$$eval('script:not([src])', (ss) => ss.map((s) => s.textContent ?? '').join('\n'));
    const total = (await Promise.all(js)).reduce((a, b) => a + b, 0) + gzipSync(inline, { level: 9 }).length;
    expect(index).toBe(1);
    expect(total, `検索ページの JavaScript: gzip ${total} バイト`).toBeLessThanOrEqual(25 * 1024);
    await page.close();
  });
});

describe('サイト内検索：結果が出るときにページがずれない', () => {
  it.each([
    [412, 823],
    [1350, 940],
  ])('幅%ipx：/search/?q= を開いて結果が出るまで、見えている要素が動かない（layout shift の合計 < 0.01）', async (width, height) => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height });
    await page.addInitScript(() => {
      const w = window as unknown as { __shift: number };
      w.__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__shift += (e as PerformanceEntry & { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(site.at('/search/?q=' + encodeURIComponent('テレワーク')));
    await expect.poll(() => results(page).count()).toBeGreaterThan(0);
    // Two frames after the results: a shift they caused has been painted and reported by then.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
    expect(shift).toBeLessThan(0.01);
    // the idle hints and the main sections give way to the results
    expect(await page.locator('.search-sections').count()).toBe(0);
    await page.close();
  });
});

describe('サイト内検索（JavaScript なし）', () => {
  let noJs: Browser;
  beforeAll(async () => {
    noJs = await launch({ javaScriptEnabled: false });
  });
  afterAll(async () => {
    await noJs?.close();
  });

  it('フォーム・説明・主なページへのリンクがあり、壊れたページにならない', async () => {
    const page = await noJs.context.newPage();
    await page.goto(site.at('/search/?q=' + encodeURIComponent('交付税')));
    expect(await page.locator('form[role="search"] input[name="q"]').count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('noscript').count()).toBe(1);
    expect(await page.locator('.search-sections a').count()).toBeGreaterThan(0);
    // the header form submits to the search page with a plain GET
    await page.fill('#site-search-q', 'LGWAN');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(/\/search\/\?q=LGWAN/);
    expect(await page.locator('h1').textContent()).toBe('サイト内検索');
    await page.close();
  });
});
