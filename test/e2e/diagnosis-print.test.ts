/**
 * The self-diagnosis result sheet on paper, over a matrix of answer sets (size, kind, status,
 * concerns, answers, 団体名 blank / 100 characters): at most 2 A4 pages, no near-blank page
 * (a page with only a few lines, such as the tail of a source note), 「n / N」 and the 団体名 on
 * every page; with 「詳細も印刷する」 the details add at most 2 pages, under the same rules.
 * One browser for the whole matrix; each answer set enters through the site's own share link
 * (encodeShare) and 「この回答で置き換える」, as a user opening a colleague's link would.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, type Browser } from './support/browser';
import { startSite, type Site } from './support/site';
import { encodeShare } from '../../src/lib/diagnosis/share';
import { about, questions } from '../unit/support/diagnosis-fixture';

let site: Site;
let browser: Browser;
const dir = mkdtempSync(join(tmpdir(), 'diag-print-'));
beforeAll(async () => {
  site = await startSite();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(dir, { recursive: true, force: true });
});

type A = 'yes' | 'partial' | 'no' | 'unknown';
const LONG_NAME = '北海道〇〇郡△△町大字□□地区広域市町村圏事務組合テレワーク推進協議会'.repeat(3).slice(0, 100);
const ALL_CONCERNS = ['counter-work', 'security', 'field-work', 'personal-info', 'cost'];
const pattern = (p: A[]) => Object.fromEntries(questions.map((q, i) => [q.id, p[i % p.length]!]));

interface Case {
  label: string;
  kind: string;
  size: string;
  status: string;
  concerns: string[];
  answers: Record<string, A>;
  name: string;
}

const CASES: Case[] = [
  { label: '100名以下・懸念4つ・混在（issue 23 で3ページになった組）', kind: 'municipality', size: 'up-to-100', status: 'not-yet', concerns: ALL_CONCERNS.slice(0, 4), answers: pattern(['yes', 'partial', 'no', 'unknown']), name: 'テスト町' },
  { label: '100名以下・懸念5つ・全部わからない・100文字の団体名', kind: 'municipality', size: 'up-to-100', status: 'not-yet', concerns: ALL_CONCERNS, answers: pattern(['unknown']), name: LONG_NAME },
  { label: '100名以下・懸念なし・全部実施していない・団体名なし', kind: 'municipality', size: 'up-to-100', status: 'not-yet', concerns: [], answers: pattern(['no']), name: '' },
  { label: '101〜300名・懸念2つ・全部実施している', kind: 'municipality', size: 'from-101-to-300', status: 'adopted', concerns: ['security', 'cost'], answers: pattern(['yes']), name: 'テスト市' },
  { label: '101〜300名・懸念5つ・一部実施・100文字の団体名', kind: 'municipality', size: 'from-101-to-300', status: 'trial', concerns: ALL_CONCERNS, answers: pattern(['partial']), name: LONG_NAME },
  { label: '300名超・懸念なし・混在・団体名なし', kind: 'designated-city', size: 'over-300', status: 'trial', concerns: [], answers: pattern(['no', 'yes']), name: '' },
  { label: '300名超・懸念5つ・全部実施していない', kind: 'designated-city', size: 'over-300', status: 'not-yet', concerns: ALL_CONCERNS, answers: pattern(['no']), name: 'テスト政令市' },
  { label: '都道府県・懸念3つ・わからない多め・100文字の団体名', kind: 'prefecture', size: 'over-300', status: 'adopted', concerns: ['counter-work', 'field-work', 'personal-info'], answers: pattern(['unknown', 'unknown', 'partial']), name: LONG_NAME },
  { label: '都道府県・懸念1つ・全部一部実施・団体名なし', kind: 'prefecture', size: 'from-101-to-300', status: 'not-yet', concerns: ['personal-info'], answers: pattern(['partial']), name: '' },
  { label: '100名以下・導入済み・懸念5つ・全部実施している・100文字の団体名', kind: 'municipality', size: 'up-to-100', status: 'adopted', concerns: ALL_CONCERNS, answers: pattern(['yes']), name: LONG_NAME },
  { label: '指定都市・101〜300名・懸念4つ・実施していないとわからない', kind: 'designated-city', size: 'from-101-to-300', status: 'trial', concerns: ALL_CONCERNS.slice(1), answers: pattern(['no', 'unknown']), name: 'テスト区' },
  { label: '100名以下・試行中・懸念2つ・一部実施とわからない・団体名なし', kind: 'municipality', size: 'up-to-100', status: 'trial', concerns: ['counter-work', 'field-work'], answers: pattern(['partial', 'unknown']), name: '' },
  { label: '300名超・導入済み・懸念1つ・混在・100文字の団体名', kind: 'municipality', size: 'over-300', status: 'adopted', concerns: ['cost'], answers: pattern(['yes', 'no', 'partial']), name: LONG_NAME },
];

let n = 0;
/** Prints to A4: the page count and each page's text with spaces removed. */
async function print(page: Page): Promise<{ pages: number; texts: string[] }> {
  const file = join(dir, `sheet-${++n}.pdf`);
  await page.emulateMedia({ media: 'print' });
  writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  await page.emulateMedia({ media: 'screen' });
  // To look at the prints: DIAG_PDF_DIR=/some/dir keeps a copy of each PDF there.
  if (process.env['DIAG_PDF_DIR']) writeFileSync(join(process.env['DIAG_PDF_DIR'], `sheet-${n}.pdf`), readFileSync(file));
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:.*\(A4\)/);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  const texts = Array.from({ length: pages }, (_, i) => execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ''));
  return { pages, texts };
}

/** Every page: 「n / N」, the 団体名 (or 「団体名：」 when blank), and more than a few lines of text. */
function expectPages(c: Case, p: { pages: number; texts: string[] }, what: string) {
  p.texts.forEach((t, i) => {
    expect(t, `${what} ${i + 1}ページ目のページ番号`).toContain(`${i + 1}/${p.pages}`);
    expect(t, `${what} ${i + 1}ページ目の団体名`).toContain(c.name ? c.name : '団体名：');
    // A page with only the running header, the page number and a few lines is "near blank".
    const body = t.replace(c.name, '').replace(`${i + 1}/${p.pages}`, '');
    expect(body.length, `${what} ${i + 1}ページ目がほとんど空（${body.length}文字）: ${body.slice(0, 120)}`).toBeGreaterThan(350);
  });
}

describe('自己診断の結果シートの印刷（答えの組み合わせ）', () => {
  it.each(CASES)('$label：2ページ以内、詳細は2ページ以内で追加、各ページに「n / N」と団体名', async (c) => {
    const page = await browser.context.newPage();
    try {
      await page.goto(site.at('/diagnosis/') + '#' + encodeShare(questions, about, c.answers as never, { kind: c.kind, size: c.size, status: c.status, concerns: c.concerns }));
      await page.locator('.diag__shared').getByRole('button', { name: 'この回答で置き換える' }).click();
      await page.locator('#result').waitFor();
      await page.locator('input[name="org-name"]').fill(c.name);
      await page.locator('input[name="org-department"]').fill(c.name ? '総務課' : '');
      const sheet = await print(page);
      expect(sheet.pages, c.label).toBeLessThanOrEqual(2);
      expectPages(c, sheet, '結果シート');
      expect(sheet.texts[0]).toContain('結果シート');
      expect(sheet.texts.join('')).toContain('回答の一覧');
      expect(sheet.texts.join('')).not.toContain('懸念への手引きの答え');

      await page.locator('input[name="print-details"]').check();
      const more = await print(page);
      expect(more.pages, `${c.label}（詳細つき）`).toBeGreaterThan(sheet.pages);
      expect(more.pages - sheet.pages, `${c.label}（詳細のページ数）`).toBeLessThanOrEqual(2);
      expectPages(c, more, '詳細つき');
      // 詳細は結果シートの後のページから
      for (let i = 0; i < sheet.pages; i++) expect(more.texts[i]).not.toContain('懸念への手引きの答え');
      expect(more.texts.slice(sheet.pages).join('')).toContain('使える国の支援策');
    } finally {
      await page.close();
    }
  });
});
