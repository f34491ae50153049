/**
 * The distributable package: `npm run package` zips the sub-path build (dist-base/ at /sub/path/),
 * the zip unpacks with a standard unzipper, holds README.txt with the set-up notes, the config
 * examples and the site; served from the unpacked folder under /sub/path/, the home page answers,
 * a path without its trailing slash redirects and an unknown path gets the 404 page; and with the
 * recommended response headers (scripts/lib/headers.mjs, as in docs/deploy.md) one page of every
 * template loads in Chromium without a CSP violation or console error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSite, sitemapPaths, SUBPATH_BUILD, type Site } from '../e2e/support/site';
import { closeSharedBrowser, launch, watch, type Browser } from '../e2e/support/browser';
import { SECURITY_HEADERS, nginxConfig, apacheHtaccess, iisWebConfig } from '../../scripts/lib/headers.mjs';
import { describeNeeds } from '../support/prerequisites';
import { templatePages } from '../../scripts/lib/templates.mjs';
import { indexSite, linkProblem } from '../support/site-links';

const { dist, base } = SUBPATH_BUILD;
const built = existsSync(join(dist, 'index.html'));
const python = ['python3', 'python'].find((p) => spawnSync(p, ['-c', 'import zipfile'], { stdio: 'ignore' }).status === 0);

describe('docs/deploy.md', () => {
  it('nginx・Apache・IIS の設定例が scripts/lib/headers.mjs と一致し、Clear-Site-Data を送らないよう警告している', () => {
    const doc = readFileSync('docs/deploy.md', 'utf8');
    for (const [name, text] of [['nginx', nginxConfig('/telework/')], ['Apache', apacheHtaccess('/telework/')], ['IIS', iisWebConfig('/telework/')]] as const) {
      expect(doc.includes(text.trim()), `${name} の設定例が headers.mjs の出力（基準パス /telework/）と違います。docs/deploy.md を更新してください`).toBe(true);
    }
    expect(doc).toMatch(/Clear-Site-Data/);
    expect(doc).toMatch(/frame-ancestors 'none'/);
  });
});

describeNeeds({ [`${dist}/ のビルド（SITE_BASE=${base} SITE_OUT_DIR=./${dist} npm run build）`]: built, 'python3（zipfile で展開）': !!python })(`配布用 zip（${base}）`, () => {
  let work: string;
  let zipPath: string;
  let site: Site;
  let browser: Browser;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'navi-package-'));
    const r = spawnSync(process.execPath, ['scripts/package.mjs', '--dist', dist, '--out', join(work, 'out')], { encoding: 'utf8', env: { ...process.env, SITE_BASE: base } });
    if (r.status !== 0) throw new Error(`npm run package に失敗: ${r.stderr}${r.stdout}`);
    const zips = readdirSync(join(work, 'out')).filter((f) => f.endsWith('.zip'));
    zipPath = join(work, 'out', zips[0]!);
    const x = spawnSync(python!, ['-c', 'import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; z.extractall(sys.argv[2])', zipPath, join(work, 'unpacked')], { encoding: 'utf8' });
    if (x.status !== 0) throw new Error(`展開に失敗: ${x.stderr}`);
    site = await startSite(join(work, 'unpacked', 'site'), base);
  });
  afterAll(async () => {
    await browser?.close();
    await closeSharedBrowser();
    await site?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('zip が1つでき、名前に日付と基準パスが入る', () => {
    expect(zipPath).toMatch(/telework-navi-\d{8}-sub_path\.zip$/);
  });

  it('README.txt に設置場所・ヘッダー・不要なもの・file:// が使えない理由が書いてある', () => {
    const readme = readFileSync(join(work, 'unpacked', 'README.txt'), 'utf8');
    expect(readme.charCodeAt(0)).toBe(0xfeff);
    expect(readme).toContain('\r\n');
    for (const phrase of [base, 'サーバー側のプログラム', 'データベースは不要', 'インターネットへの接続は不要', 'file://', 'localStorage', 'Clear-Site-Data', 'X-Content-Type-Options: nosniff', "frame-ancestors 'none'"]) {
      expect(readme, phrase).toContain(phrase);
    }
  });

  it('README.txt に運営者の設定（SITE_OPERATOR など）と、このビルドの運営者の表示（設定なし＝非公式版）が書いてある', () => {
    const readme = readFileSync(join(work, 'unpacked', 'README.txt'), 'utf8');
    for (const phrase of ['■ 運営者の表示', 'SITE_OPERATOR', 'SITE_CONTACT', 'SITE_CONTACT_URL', '最終更新']) expect(readme, phrase).toContain(phrase);
    const home = readFileSync(join(work, 'unpacked', 'site', 'index.html'), 'utf8');
    const set = home.includes('data-operator="set"');
    expect(readme).toContain(set ? '  運営者：' : '  設定なし（サイトは「運営者が設定されていない非公式版」と表示し');
  });

  it('設定例（nginx・Apache・IIS）が入っている', () => {
    for (const f of ['nginx.conf', 'apache.htaccess', 'web.config']) {
      expect(readFileSync(join(work, 'unpacked', 'config-examples', f), 'utf8')).toContain(`${base}404.html`);
    }
  });

  it('展開したサイトをサブパスで配信すると、トップページが表示され、末尾の / の転送と 404 が働く', async () => {
    const home = await fetch(site.at('/'));
    expect(home.status).toBe(200);
    const html = await home.text();
    expect(html).toContain('<html lang="ja"');
    expect(html).toContain(`href="${base}_astro/`);
    const noSlash = await fetch(site.at('/about'), { redirect: 'manual' });
    expect(noSlash.status).toBe(301);
    expect(noSlash.headers.get('location')).toBe(`${base}about/`);
    const missing = await fetch(site.at('/no-such-page/'));
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('ページが見つかりません');
  });

  it('推奨ヘッダーを付けて配信しても、各テンプレートのページで CSP 違反・エラー・外部通信・リンク切れがない', async () => {
    browser = await launch();
    await browser.context.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), ...SECURITY_HEADERS } });
    });
    const origin = new URL(site.url).origin;
    const pages = templatePages(sitemapPaths(join(work, 'unpacked', 'site'), base)) as string[];
    const index = indexSite(join(work, 'unpacked', 'site'), base);
    expect(pages.length).toBeGreaterThan(1);
    const problems: string[] = [];
    for (const path of pages) {
      const page = await browser.context.newPage();
      const w = watch(page, origin);
      const res = await page.goto(site.at(path), { waitUntil: 'load' });
      expect(res?.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
      // Every island hydrated (Astro removes `ssr` when it has), so their errors and links are in.
      await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((e) => !e.hasAttribute('ssr')));
      // The links on the page once its islands ran, against the unpacked files (the crawl does this for "/").
      const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
      for (const href of new Set(hrefs.filter((h) => h.startsWith(origin)))) {
        const p = linkProblem(index, new URL(href));
        if (p) problems.push(`${path} → ${href}: ${p}`);
      }
      await page.close();
      problems.push(...w.errors, ...w.offsite.map((u) => `${path}: 外部 ${u}`), ...w.failed.map((u) => `${path}: 失敗 ${u}`));
    }
    expect(problems).toEqual([]);
  });
});
