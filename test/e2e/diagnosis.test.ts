import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSite, type Site } from './support/site';
import { axe, formatAxe, launch, watch, type Browser } from './support/browser';
import { encodeShare } from '../../src/lib/diagnosis/share';
import { about, questions } from '../unit/support/diagnosis-fixture';

const STORAGE_KEY = 'telework-navi:state:v1';
/** Hydration and saving can take a few seconds on a busy machine. */
let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

const progress = (page: Page) => page.locator('#diag-progress').innerText();
const activeName = (page: Page) => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? '');
const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? document.activeElement?.tagName ?? '');
const saved = (page: Page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), STORAGE_KEY);
/** A share link built by the site's own encoder (the fragment is all that matters). */
const linkFor = (answers: Record<string, string>, ab: Record<string, string | string[]> = {}) => site.at('/diagnosis/') + '#' + encodeShare(questions, about, answers as never, ab);

/** Presses Tab until focus is in the radio/checkbox group `name` (bounded). */
async function tabTo(page: Page, name: string | RegExp) {
  for (let i = 0; i < 200; i++) {
    const n = await activeName(page);
    if (typeof name === 'string' ? n === name : name.test(n)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab で ${String(name)} に届きませんでした`);
}

/** Answers everything by keyboard: 団体について (市区町村, 100名以下, 未導入, concerns セキュリティ・コスト), then even questions 実施している, odd 一部実施. */
async function answerAllByKeyboard(page: Page) {
  await page.locator('body').focus();
  await tabTo(page, 'p-kind');
  await page.keyboard.press('ArrowRight'); // 指定都市
  await page.keyboard.press('ArrowRight'); // 市区町村
  await tabTo(page, 'p-size');
  await page.keyboard.press('Space'); // 100名以下
  await tabTo(page, 'p-status');
  await page.keyboard.press('Space'); // 未導入
  await tabTo(page, 'p-concerns');
  await page.keyboard.press('Tab'); // → セキュリティ
  await page.keyboard.press('Space');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab'); // → コスト
  await page.keyboard.press('Space');
  const names = await page.locator('fieldset.diag__q input[type=radio][name^="q-"]').evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLInputElement).name))]);
  for (const [i, name] of names.entries()) {
    await tabTo(page, name);
    await page.keyboard.press(i % 2 === 0 ? 'Space' : 'ArrowRight');
  }
  return names.length;
}

async function submitByKeyboard(page: Page) {
  for (let i = 0; i < 100; i++) {
    const text = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText ?? '');
    if (text === '結果を見る') break;
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
}

/** Prints the page to A4 and returns the page count and each page's text (pdftotext -layout). */
async function printA4(page: Page, name: string): Promise<{ pages: number; text: string[]; dir: string }> {
  await page.emulateMedia({ media: 'print' });
  const dir = mkdtempSync(join(tmpdir(), 'diag-pdf-'));
  const pdf = join(dir, `${name}.pdf`);
  writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:.*\(A4\)/);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  const text = Array.from({ length: pages }, (_, i) => execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }));
  // Rendered as images too, so a blank or broken page would show (looked at by hand while building).
  execFileSync('pdftoppm', ['-png', '-r', '30', pdf, join(dir, name)]);
  return { pages, text, dir };
}

describe('自己診断（/diagnosis/）', () => {
  let browser: Browser;
  let shareLink = '';
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('キーボードだけで全問に答え、結果を見られる（途中・結果の状態で axe 違反なし）', async () => {
    const page = await browser.context.newPage();
    const w = watch(page, site.url);
    await page.goto(site.at('/diagnosis/'));
    await page.waitForSelector('[data-diagnosis][data-ready="true"]');
    expect(formatAxe('開始', await axe(page))).toBe('');
    expect(await progress(page)).toContain('0 / 25 問');

    // 未回答のまま結果を求めると、未回答の設問をリンクつきで挙げ、各設問にもエラーを結びつける
    await page.getByRole('button', { name: '結果を見る' }).click();
    const missing = page.locator('.diag__missing');
    await expect.poll(() => missing.innerText()).toContain('まだ回答していない設問が25問');
    expect(await missing.locator('a[href="#q-leadership"]').count()).toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('diag__missing'))).toBe(true);
    const lead = page.locator('#q-leadership');
    expect(await lead.getAttribute('aria-invalid')).toBe('true');
    const described = await lead.getAttribute('aria-describedby');
    expect(await page.locator(`#${described}`).innerText()).toContain('まだ回答していません');
    expect(formatAxe('未回答', await axe(page))).toBe('');

    const n = await answerAllByKeyboard(page);
    expect(n).toBe(25);
    expect(await progress(page)).toContain('25 / 25 問');
    expect(await lead.getAttribute('aria-invalid')).toBeNull();
    expect(formatAxe('途中', await axe(page))).toBe('');
    await submitByKeyboard(page);
    const result = page.locator('#result');
    await result.waitFor();
    const text = await result.innerText();
    expect(text).toContain('合計 76点');
    expect(text).toContain('素点 76点');
    expect(text).toContain('試行から本格実施へ進む段階');
    expect(text).toMatch(/ステップ1「推進体制の構築」\s*のあたり/);
    expect(text).toContain('21.7%'); // 100名以下の市区町村
    expect(text).toContain('同じ規模の団体との比較（令和3年（2021年）10月1日現在）');
    expect(text).toContain('通知の別添1');
    expect(text).toContain('職員数の区分での比較は令和3年の調査の数値です');
    expect(text).toContain('前年（令和2年（2020年）10月1日現在）は7.7%（38団体）でした');
    // the difference is the site's arithmetic, labelled as such (別添1 prints no difference)
    expect(text).toContain('前年との差（当サイトによる計算：令和3年の団体数 − 令和2年の団体数。規模区分の構成が年で変わるため目安）：+69団体（導入率は+14.0ポイント）');
    expect(text).not.toContain('新たに導入');
    // the later series names the document of each year
    expect(text).toContain('出典：令和2年・令和3年は通知の別添1');
    expect(text).toContain('情報セキュリティの確保に不安がある'); // 懸念への答え
    expect(text).toContain('特別交付税措置');
    expect(text).not.toContain('の情報の情報');
    expect(text).toContain('時点の情報。最新の状況は');
    expect(await result.locator('ol.diag__actions > li').count()).toBe(3);
    expect(await result.locator('svg[role=img]').count()).toBe(1);
    await expect.poll(() => activeId(page)).toBe('result-heading');
    expect(formatAxe('結果', await axe(page))).toBe('');

    // 共有リンクを作る
    await page.getByRole('button', { name: '共有リンクを作る' }).click();
    shareLink = await page.locator('.diag__share-url input').inputValue();
    expect(shareLink).toMatch(/#d=1\./);

    // 再読み込みで回答と結果が戻る
    await page.reload();
    await page.locator('#result').waitFor();
    expect(await page.locator('input[type=radio][name^="q-"]:checked').count()).toBe(25);
    expect(await page.locator('#result').innerText()).toContain('合計 76点');
    expect(w.errors).toEqual([]);
    expect(w.offsite).toEqual([]);
    expect(w.failed).toEqual([]);
    await page.close();
  });

  it('マウスで「結果を見る」を押しても、結果のまわりにフォーカスの枠が出ない（見出しにフォーカス）', async () => {
    const page = await browser.context.newPage();
    await page.goto(site.at('/diagnosis/'));
    await page.locator('#result').waitFor();
    await page.getByRole('button', { name: '結果を見る' }).click();
    await expect.poll(() => activeId(page)).toBe('result-heading');
    const box = await page.evaluate(() => {
      const h = document.activeElement as HTMLElement;
      const r = document.getElementById('result')!;
      return { visible: h.matches(':focus-visible'), heading: getComputedStyle(h).outlineStyle, result: getComputedStyle(r).outlineStyle };
    });
    expect(box).toEqual({ visible: false, heading: 'none', result: 'none' });
    await page.close();
  });

  it('共有リンクを新しいプロファイルで開く: ほかの人の結果を先に読み取り専用で見せ、押すまで保存しない', async () => {
    const other = await launch();
    try {
      const page = await other.context.newPage();
      const w = watch(page, site.url);
      await page.goto(shareLink);
      const shared = page.locator('.diag__shared');
      await shared.waitFor();
      await expect.poll(() => activeId(page)).toBe('shared-heading');
      // フォームより前（ページの上）にある
      expect(await page.evaluate(() => !!(document.querySelector('.diag__shared')!.compareDocumentPosition(document.querySelector('#diagnosis-form')!) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
      const text = await shared.innerText();
      expect(text).toContain('共有された診断結果（ほかの人の回答）');
      expect(text).toContain('読み取り専用');
      expect(text).toContain('合計 76点');
      expect(text).toContain('このブラウザにはまだあなたの回答がありません');
      expect(await shared.getByRole('button', { name: '自分の回答と比べる' }).count()).toBe(0);
      expect(await page.locator('input[type=radio][name^="q-"]:checked').count()).toBe(0);
      expect((await saved(page))?.diagnosis?.answers ?? {}).toEqual({});
      expect(await page.locator('#result').count()).toBe(0);
      expect(formatAxe('共有された結果', await axe(page))).toBe('');
      // 受け取った人がそのまま印刷すると、共有された結果だけが（空のフォームなしで）A4 2ページに収まる
      const sheet = await printA4(page, 'shared');
      rmSync(sheet.dir, { recursive: true, force: true });
      expect(sheet.pages).toBeLessThanOrEqual(2);
      expect(sheet.text[0]).toContain('共有された診断結果（ほかの人の回答）');
      expect(sheet.text.join('\n')).not.toContain('比較と支援策・事例の選定に使います'); // フォームの文
      await page.emulateMedia({ media: 'screen' });

      await shared.getByRole('button', { name: 'この回答で置き換える' }).click();
      await page.locator('#result').waitFor();
      expect(await page.locator('.diag__shared').count()).toBe(0);
      await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('diag__applied'))).toBe(true);
      expect(await page.locator('.diag__applied').innerText()).toContain('共有リンクの回答（25問）で置き換えました');
      expect(await page.locator('#result').innerText()).toContain('合計 76点');
      expect(new URL(page.url()).hash).toBe('');
      expect(await page.locator('input[name="p-kind"]:checked').inputValue()).toBe('municipality');
      expect(Object.keys((await saved(page)).diagnosis.answers)).toHaveLength(25);
      expect(w.errors).toEqual([]);
      expect(w.offsite).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('別の回答があるプロファイルで開く: 領域ごとに並べて比べられ、置き換えるまで自分の回答は残る', async () => {
    const other = await launch();
    try {
      const page = await other.context.newPage();
      await page.goto(site.at('/diagnosis/'));
      await page.waitForSelector('[data-diagnosis][data-ready="true"]');
      for (const name of await page.locator('input[type=radio][name^="q-"][value="no"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).name))) {
        await page.locator(`input[name="${name}"][value="no"]`).check();
      }
      await page.locator('input[name="q-leadership"][value="yes"]').check();
      const mine = (await saved(page)).diagnosis.answers;
      await page.goto(shareLink); // 同じページでフラグメントだけが変わる（hashchange）
      const shared = page.locator('.diag__shared');
      await shared.waitFor();
      await expect.poll(() => activeId(page)).toBe('shared-heading');
      expect(await shared.innerText()).toContain('あなたの回答（25問）は消え');
      const compare = shared.getByRole('button', { name: '自分の回答と比べる' });
      expect(await compare.getAttribute('aria-pressed')).toBe('false');
      await compare.click();
      expect(await compare.getAttribute('aria-pressed')).toBe('true');
      const table = shared.locator('.diag__compare-table');
      await table.waitFor();
      await expect.poll(() => activeId(page)).toBe('shared-areas'); // 変わった表へフォーカス
      expect(await table.locator('tbody tr').count()).toBe(1 + 7); // 合計 + 7領域
      const total = await table.locator('tbody tr').first().innerText();
      expect(total).toMatch(/合計\s+76点\s+4点\s+−72/);
      expect(await shared.locator('.diag__differences').innerText()).toMatch(/^回答が違う設問：問2、問3、問4、.*問25$/);
      expect(formatAxe('比較', await axe(page))).toBe('');
      // 比べただけでは何も変わらない
      expect((await saved(page)).diagnosis.answers).toEqual(mine);
      expect(await page.locator('input[name="q-leadership"][value="yes"]').isChecked()).toBe(true);

      await shared.getByRole('button', { name: 'この回答で置き換える' }).click();
      await page.locator('#result').waitFor();
      expect(await page.locator('#result').innerText()).toContain('合計 76点');
      expect((await saved(page)).diagnosis.answers).not.toEqual(mine);
      expect(new URL(page.url()).hash).toBe('');
    } finally {
      await other.close();
    }
  });

  it('共有された結果を閉じると、自分の回答はそのままでフォーカスはページの中に残る', async () => {
    const page = await browser.context.newPage();
    await page.goto(linkFor({ leadership: 'no' }));
    const shared = page.locator('.diag__shared');
    await shared.waitFor();
    await shared.getByRole('button', { name: '共有された結果を閉じる' }).click();
    expect(await page.locator('.diag__shared').count()).toBe(0);
    await expect.poll(() => activeId(page)).toBe('result-heading');
    expect(await page.locator('#result').innerText()).toContain('合計 76点');
    expect(new URL(page.url()).hash).toBe('');
    await page.close();
  });

  it('書き換えられた共有リンクは、はっきりしたメッセージを出し、回答を変えない', async () => {
    const page = await browser.context.newPage();
    const w = watch(page, site.url);
    const tampered = shareLink.replace(/(\d)y/, '$1n');
    expect(tampered).not.toBe(shareLink);
    await page.goto(tampered);
    await expect.poll(() => page.locator('.diag__notices').innerText()).toContain('書き換えられている');
    expect(await page.locator('.diag__shared').count()).toBe(0);
    expect(await page.locator('#result').innerText()).toContain('合計 76点');
    expect(w.errors).toEqual([]);
    await page.close();
  });

  it('最初からやり直す: フォーカスは「やめる」→「最初からやり直す」→ 消したあとは「団体について」（body に落ちない）', async () => {
    const page = await browser.context.newPage();
    await page.goto(site.at('/diagnosis/'));
    await page.locator('#result').waitFor();
    await page.getByRole('button', { name: '最初からやり直す' }).click();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement).innerText)).toBe('やめる');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement).innerText)).toBe('最初からやり直す');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: '消してやり直す' }).click();
    await expect.poll(() => activeId(page)).toBe('profile-heading');
    expect(await page.locator('.diag__notices').innerText()).toContain('回答をすべて消しました');
    expect(await progress(page)).toContain('0 / 25 問');
    expect((await saved(page)).diagnosis.answers).toEqual({});
    await page.close();
  });

  it('固定表示の「N / 25 問」バーが、Shift+Tab でフォーカスした選択肢を隠さない（WCAG 2.4.11）', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 600 });
    await page.goto(site.at('/diagnosis/'));
    await page.waitForSelector('[data-diagnosis][data-ready="true"]');
    // スクロールの余白（scroll-padding / scroll-margin）がバーの高さ以上あること: 古いブラウザでも隠れない
    const room = await page.evaluate(() => {
      const bar = document.getElementById('diag-progress')!.getBoundingClientRect().height;
      const pad = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop);
      const margin = parseFloat(getComputedStyle(document.querySelector('.diag__q input')!).scrollMarginTop);
      return { bar, pad, margin };
    });
    expect(room.pad).toBeGreaterThanOrEqual(room.bar);
    expect(room.margin).toBeGreaterThanOrEqual(room.bar);
    // 毎回、いまの要素をバーのすぐ下に置いてから Shift+Tab: 1つ前の要素はバーの裏にある
    await page.locator('input[type=radio][name^="q-"]').last().focus();
    let checked = 0;
    for (let i = 0; i < 30; i++) {
      await page.evaluate(() => {
        const bar = document.getElementById('diag-progress')!.getBoundingClientRect();
        window.scrollBy(0, document.activeElement!.getBoundingClientRect().top - bar.bottom - 4);
      });
      await page.keyboard.press('Shift+Tab');
      const r = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return { tag: el.tagName, top: el.getBoundingClientRect().top, barBottom: document.getElementById('diag-progress')!.getBoundingClientRect().bottom };
      });
      if (r.tag !== 'INPUT' && r.tag !== 'SUMMARY') continue;
      checked++;
      expect(r.top, `Shift+Tab ${i + 1}回目`).toBeGreaterThanOrEqual(r.barBottom);
    }
    expect(checked).toBeGreaterThan(20);
    await page.close();
  });

  it('壊れた保存データ: メッセージを出し、退避し、ページは使える', async () => {
    const page = await browser.context.newPage();
    await page.goto(site.at('/diagnosis/'));
    await page.evaluate((k) => localStorage.setItem(k, '{"format":"telework-navi",'), STORAGE_KEY);
    await page.reload();
    await expect.poll(() => page.locator('.diag__notices').innerText()).toContain('壊れていて');
    expect(await progress(page)).toContain('0 / 25 問');
    await page.locator('input[name="q-leadership"][value="yes"]').check();
    expect(await progress(page)).toContain('1 / 25 問');
    const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('telework-navi:backup:')));
    expect(backups.length).toBeGreaterThan(0);
    expect(formatAxe('壊れたデータ', await axe(page))).toBe('');
    await page.close();
  });

  it('例外を投げるストレージ: 警告を出し、メモリ上で回答・結果表示ができる', async () => {
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('denied', 'SecurityError');
        },
      });
    });
    const w = watch(page, site.url);
    await page.goto(site.at('/diagnosis/'));
    await expect.poll(() => page.locator('.diag__notices').innerText()).toContain('保存できません');
    for (const name of await page.locator('input[type=radio][name^="q-"][value="partial"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).name))) {
      await page.locator(`input[name="${name}"][value="partial"]`).check();
    }
    await page.getByRole('button', { name: '結果を見る' }).click();
    await page.locator('#result').waitFor();
    expect(await page.locator('#result').innerText()).toContain('合計 50点');
    expect(w.errors).toEqual([]);
    await page.close();
  });

  it('保存に失敗するストレージ: 回答・団体名・担当課・共有リンクの置き換えのたびに、その場所で知らせる', async () => {
    const other = await launch();
    try {
      const page = await other.context.newPage();
      await page.addInitScript(() => {
        Storage.prototype.setItem = function () {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      });
      await page.goto(linkFor(Object.fromEntries(questions.map((q) => [q.id, 'yes']))));
      const shared = page.locator('.diag__shared');
      await shared.waitFor();
      await shared.getByRole('button', { name: 'この回答で置き換える' }).click();
      const applied = page.locator('.diag__applied');
      await expect.poll(() => applied.innerText()).toMatch(/保存容量が足りないため.*保存できませんでした/);
      await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('diag__applied'))).toBe(true);

      await page.locator('input[name="org-name"]').fill('テスト町');
      const err = page.locator('#org-save-error');
      await expect.poll(() => err.innerText()).toContain('保存できませんでした');
      expect(await page.locator('input[name="org-name"]').getAttribute('aria-describedby')).toBe('org-save-error');
      expect(await page.locator('input[name="org-name"]').getAttribute('aria-invalid')).toBe('true');
      await page.locator('input[name="org-department"]').fill('総務課');
      expect(await page.locator('input[name="org-department"]').getAttribute('aria-describedby')).toBe('org-save-error');

      await page.locator('input[name="q-leadership"][value="no"]').check();
      await expect.poll(() => page.locator('#diagnosis-form [role=alert]').last().innerText()).toContain('保存できませんでした');
      expect(await page.locator('#org-save-error').count()).toBe(0); // 知らせは今いる場所に出る
    } finally {
      await other.close();
    }
  });

  it('診断日は利用者の地域の日付（日本時間 8:30 は UTC ではまだ前日）', async () => {
    const tokyo = await launch({ timezoneId: 'Asia/Tokyo' });
    try {
      const page = await tokyo.context.newPage();
      await page.clock.setFixedTime(new Date('2026-11-30T23:30:00Z'));
      await page.goto(linkFor(Object.fromEntries(questions.map((q) => [q.id, 'yes']))));
      await page.locator('.diag__shared').getByRole('button', { name: 'この回答で置き換える' }).click();
      await page.locator('#result').waitFor();
      expect(await page.locator('#result').innerText()).toContain('診断日：令和8年（2026年）12月1日');
    } finally {
      await tokyo.close();
    }
  });

  it('印刷: 結果シートはA4で2ページ（1枚目に要点、2枚目に回答の一覧）。詳細は選んだときだけ3ページ目から', async () => {
    const fresh = await launch();
    const dirs: string[] = [];
    try {
      const page = await fresh.context.newPage();
      await page.goto(shareLink);
      await page.locator('.diag__shared').getByRole('button', { name: 'この回答で置き換える' }).click();
      await page.locator('#result').waitFor();
      await page.locator('input[name="org-name"]').fill('テスト県テスト郡テスト町');
      await page.locator('input[name="org-department"]').fill('総務課');
      await page.getByRole('button', { name: '結果を見る' }).click(); // 見出しにフォーカスした状態で印刷
      const sheet = await printA4(page, 'result');
      dirs.push(sheet.dir);
      expect(sheet.pages).toBe(2);
      const [p1, p2] = sheet.text as [string, string];
      expect(p1).toContain('結果シート');
      expect(p1).toContain('団体名：テスト県テスト郡テスト町');
      expect(p1).toContain('担当課：総務課');
      expect(p1).toMatch(/診断日：令和\d+年（\d{4}年）\d+月\d+日/);
      expect(p1).toContain('76点');
      expect(p1).toContain('素点 76点');
      expect(p1).toContain('いまの位置');
      expect(p1).toContain('次にすること');
      expect(p1).toContain('令和3年（2021年）10月1日現在');
      expect(p1).toContain('別添1');
      expect(p1).not.toContain('懸念への手引きの答え');
      expect(p1).not.toContain('結果を見る');
      expect(p2).toContain('回答の一覧');
      expect(p2).toContain('首長がテレワーク導入に向けたリーダーシップ');
      // 問10以降の番号が「1」「0」に折り返さない
      expect(p2).toMatch(/^\s*10\s+試行に使う環境/m);
      expect(p2).toMatch(/^\s*25\s+環境整備の経費/m);
      expect(p2).toContain('総務省の刊行物ではありません');

      await page.emulateMedia({ media: 'screen' });
      await page.locator('input[name="print-details"]').check();
      const more = await printA4(page, 'details');
      dirs.push(more.dir);
      expect(more.pages).toBeGreaterThanOrEqual(3);
      expect(more.text[0]).not.toContain('懸念への手引きの答え');
      expect(more.text[1]).not.toContain('懸念への手引きの答え');
      expect(more.text[2]).toContain('懸念への手引きの答え');
      expect(more.text.join('\n')).toContain('使える国の支援策');
      expect(more.text.join('\n')).not.toContain('の情報の情報');
    } finally {
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
      await fresh.close();
    }
  });

  it('印刷: 一部実施2問・わからない23問の0点は、素点と「わからない」の減点で0点になったことを紙にも書く', async () => {
    const fresh = await launch();
    let dir = '';
    try {
      const page = await fresh.context.newPage();
      await page.goto(linkFor(Object.fromEntries(questions.map((q, i) => [q.id, i < 2 ? 'partial' : 'unknown']))));
      await page.locator('.diag__shared').getByRole('button', { name: 'この回答で置き換える' }).click();
      await page.locator('#result').waitFor();
      const screen = await page.locator('#result').innerText();
      expect(screen).toContain('合計 0点');
      expect(screen).toContain('素点 −19点');
      expect(screen).toContain('減点がなければ4点');
      const sheet = await printA4(page, 'zero');
      dir = sheet.dir;
      expect(sheet.pages).toBeLessThanOrEqual(2);
      expect(sheet.text[0]).toContain('素点がマイナス（−19点）');
      expect(sheet.text[0]).toContain('減点がなければ4点');
    } finally {
      if (dir) rmSync(dir, { recursive: true, force: true });
      await fresh.close();
    }
  });
});

describe('JavaScript なしの自己診断', () => {
  it('全設問が読め、紙で回答する版（採点方法つき）は4ページ以内で、表の見出しだけがページ末に残らない', async () => {
    const b = await launch({ javaScriptEnabled: false });
    let dir = '';
    try {
      const page = await b.context.newPage();
      await page.goto(site.at('/diagnosis/'));
      expect(await page.locator('fieldset.diag__q legend').count()).toBe(29); // 25問 + 団体について4問
      expect(await page.locator('input[type=radio][name="q-leadership"]').count()).toBe(4);
      const paper = page.locator('a', { hasText: '紙で回答して手で採点できる版' }).first();
      await paper.click();
      await page.waitForURL(/\/diagnosis\/paper\/$/);
      const text = await page.locator('main').innerText();
      expect(text).toContain('採点方法');
      expect(text).toContain('「実施している」4点');
      expect(text).toContain('いまの位置（ステップ）の求め方');
      expect(await page.locator('table.paper-table tbody tr').count()).toBeGreaterThanOrEqual(25 + 4 + 10);
      const sheet = await printA4(page, 'paper');
      dir = sheet.dir;
      expect(sheet.pages).toBeLessThanOrEqual(4);
      expect(sheet.text.join('\n')).toContain('採点方法');
      for (const n of [1, 10, 25]) expect(sheet.text.join('\n')).toMatch(new RegExp(`^\\s*${n}★?\\s+\\S`, 'm'));
      // どのページも、設問表の見出し行のあとに少なくとも1行の設問がある
      for (const [i, pageText] of sheet.text.entries()) {
        const lines = pageText.split('\n').filter((l) => l.trim());
        lines.forEach((l, j) => {
          if (!/^\s*問\s+設問/.test(l)) return;
          const after = lines.slice(j + 1).find((x) => /^\s*\d+★?\s/.test(x));
          expect(after, `${i + 1}ページ目の「${l.trim()}」のあとに設問がない`).toBeDefined();
        });
      }
    } finally {
      if (dir) rmSync(dir, { recursive: true, force: true });
      await b.close();
    }
  });
});
