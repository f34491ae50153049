/**
 * The 運営者 block in real Chromium, in the two builds `npm test` makes: dist/ (no operator
 * settings: an unofficial edition that names no person or office), and the sub-path build, made
 * with SITE_OPERATOR / SITE_CONTACT / SITE_CONTACT_URL (test/support/operator.ts): the footer and
 * /about/ name the operator.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, watch, axe, formatAxe, type Browser } from './support/browser';
import { startSite, SUBPATH_BUILD, type Site } from './support/site';
import { TEST_OPERATOR as OPERATOR } from '../support/operator';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The footer's and /about/'s operator text of a page, checked for errors and off-site requests. */
async function operatorText(site: Site, path: string) {
  const page = await browser.context.newPage();
  const w = watch(page, new URL(site.url).origin);
  await page.goto(site.at(path), { waitUntil: 'load' });
  const footer = await page.locator('footer .operator').innerText();
  const state = await page.locator('footer .operator').getAttribute('data-operator');
  const names = await page.locator('.operator__name').count();
  const about = path === '/about/' ? await page.locator('main .operator').innerText() : '';
  const updated = await page.locator('main .last-updated').innerText();
  const violations = path === '/about/' ? await axe(page) : [];
  await page.close();
  return { footer, state, names, about, updated, violations, w };
}

describe('運営者の設定なし（dist/）', () => {
  let site: Site;
  beforeAll(async () => {
    site = await startSite('dist', '/');
  });
  afterAll(async () => {
    await site?.close();
  });

  it.each(['/', '/about/', '/support/lgwan-pilot/'])('%s: 非公式版と表示し、意見の送り先を示し、人や部署の名前を出さない', async (path) => {
    const r = await operatorText(site, path);
    expect(r.state).toBe('unset');
    expect(r.footer).toContain('非公式版');
    expect(r.footer).toContain('このサイトを案内した庁内の担当部署');
    expect(r.names).toBe(0);
    expect(r.footer).not.toContain(OPERATOR.SITE_OPERATOR);
    expect(r.footer).toContain('総務省および各事業の窓口へ');
    expect(r.updated).toMatch(/^最終更新：令和\d+年（\d{4}年）\d+月\d+日$/);
    expect(r.w.errors.concat(r.w.offsite, r.w.failed)).toEqual([]);
    expect(r.violations, formatAxe(path, r.violations)).toEqual([]);
  });
});

describe(`運営者の設定あり（サブパスのビルド ${SUBPATH_BUILD.dist}/）`, () => {
  let site: Site;
  beforeAll(async () => {
    site = await startSite(SUBPATH_BUILD.dist, SUBPATH_BUILD.base);
  });
  afterAll(async () => {
    await site?.close();
  });

  it.each(['/', '/about/', '/data/'])('%s: フッターに運営者と問い合わせ先を表示する', async (path) => {
    const r = await operatorText(site, path);
    expect(r.state).toBe('set');
    expect(r.names).toBeGreaterThan(0);
    expect(r.footer).toContain(OPERATOR.SITE_OPERATOR);
    expect(r.footer).toContain(OPERATOR.SITE_CONTACT);
    expect(r.footer).toContain('telework-test@example.jp');
    expect(r.footer).not.toContain('非公式版');
    expect(r.footer).toContain('このサイトの表示・誤り・使い方について：上記の運営者へ');
    if (path === '/about/') expect(r.about).toContain(OPERATOR.SITE_OPERATOR);
    expect(r.w.errors.concat(r.w.offsite, r.w.failed)).toEqual([]);
    expect(r.violations, formatAxe(path, r.violations)).toEqual([]);
  });

  it('問い合わせ先のリンクは設定した mailto: のアドレス', async () => {
    const page = await browser.context.newPage();
    await page.goto(site.at('/about/'), { waitUntil: 'load' });
    expect(await page.locator('main .operator__contact-url').getAttribute('href')).toBe(OPERATOR.SITE_CONTACT_URL);
    await page.close();
  });
});
