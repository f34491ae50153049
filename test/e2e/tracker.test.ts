/**
 * The step tracker in real Chromium against the built site: keyboard use, persistence across
 * reloads and browser restarts, every storage fault of issue 5 (corrupt / future data, content
 * that changed, storage that throws, two tabs), markup in text fields, print to A4, axe in
 * empty / partly filled / complete states, no-JS, and the page's JS budget.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { axe, formatAxe, launch, watch, type Browser } from './support/browser';
import { startSite, type Site } from './support/site';
import { jsBudget } from '../../scripts/lib/budgets.mjs';

const KEY = 'telework-navi:state:v1';
const BACKUP = 'telework-navi:backup:';

let site: Site;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  site = await startSite();
  origin = new URL(site.url).origin;
  browser = await launch();
});
// A page left open by a failed test would go on syncing through the storage event.
afterEach(async () => {
  for (const p of browser.context.pages()) await p.close();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens a tracker page and waits until the island has read the saved state. */
async function open(page: Page, path = '/steps/') {
  await page.goto(site.at(path), { waitUntil: 'load' });
  await page.waitForSelector('[data-ready="true"]');
}

/** Puts raw text under the state key before the tracker page loads. */
async function seed(page: Page, raw: string | null) {
  await page.goto(site.at('/'), { waitUntil: 'load' });
  await page.evaluate(([k, v]) => {
    localStorage.clear();
    if (v !== null) localStorage.setItem(k!, v);
  }, [KEY, raw] as const);
}

const stored = (page: Page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), KEY);

const state = (steps: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({
  format: 'telework-navi',
  version: 2,
  savedAt: '2026-11-21T09:00:00.000Z',
  generation: '0',
  revisions: {},
  profile: { name: '', department: '', updatedAt: '' },
  tracker: { steps, orphans: [] },
  diagnosis: { answers: {}, profile: {}, updatedAt: '' },
  inventory: { department: '', tasks: [], updatedAt: '' },
  plan: { start: '', target: '', steps: {}, updatedAt: '' },
  ...extra,
});
const step = (p: Record<string, unknown> = {}) => ({ status: '未着手', checked: [], owner: '', due: '', memo: '', updatedAt: '2026-11-21T09:00:00.000Z', ...p });

/** Sets step N to 完了 through the UI, answering the one question about open items. */
async function complete(page: Page, n: number) {
  const sid = `step-${String(n).padStart(2, '0')}`;
  await page.click(`label[for="status-${sid}-2"]`);
  await page.click(`[data-step-id="${sid}"] [data-confirm-complete] button >> nth=0`);
  await expect.poll(() => page.isChecked(`#status-${sid}-2`)).toBe(true);
}

/** The first checklist item id of step N on the page. */
const firstItem = (page: Page, n: number) => page.$eval(`[data-step-id="step-${String(n).padStart(2, '0')}"] [data-step-checklist] input[type=checkbox]`, (e) => (e as HTMLInputElement).value);

describe('進捗の記録（キーボードだけで）', () => {
  it('状況を矢印キーで選び、詳細を開いて担当・期限・メモを入れ、項目にスペースでチェックできる', async () => {
    const page = await browser.context.newPage();
    const w = watch(page, origin);
    await seed(page, null);
    await open(page);
    // Tab から到達したのと同じ状態：ステップ1の状況の最初のラジオボタンにフォーカス
    await page.focus('#status-step-01-0');
    await page.keyboard.press('ArrowRight'); // 進行中
    await expect.poll(() => page.isChecked('#status-step-01-1')).toBe(true);
    await page.keyboard.press('Tab'); // → 詳細の summary
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('総務課 山田');
    await page.keyboard.press('Tab');
    // 期限（日付欄）は区画ごとに Tab で移る。区画の並びはブラウザの言語で変わるので、ここでは通り抜けるだけ
    for (let i = 0; i < 4 && (await page.evaluate(() => document.activeElement?.id)) !== 'memo-step-01'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('memo-step-01');
    await page.keyboard.type('首長に報告済み');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    const item = await firstItem(page, 1);
    const s = await stored(page);
    expect(s.tracker.steps['step-01']).toMatchObject({ status: 'in-progress', owner: '総務課 山田', memo: '首長に報告済み', checked: [item] });
    expect(await page.textContent('[data-progress-text]')).toContain('10ステップ中0ステップ完了');
    expect(await page.textContent('[data-step-id="step-01"] [data-step-state]')).toContain('進行中');
    await page.close();
    expect(w.errors, w.errors.join('\n')).toEqual([]);
  });

  it('再読み込み、ブラウザを閉じて開き直しても残り、ステップのページにも同じ内容が出る', async () => {
    const b1 = await launch({ persistent: true });
    let page = await b1.context.newPage();
    await open(page);
    await complete(page, 2);
    await page.click('[data-step-id="step-02"] summary');
    const item = await firstItem(page, 2);
    await page.check(`#chk-${item}`);
    await page.reload();
    await page.waitForSelector('[data-ready="true"]');
    expect(await page.isChecked('#status-step-02-2')).toBe(true);
    expect(await page.isChecked(`#chk-${item}`)).toBe(true);
    await b1.close({ keepProfile: true });

    const b2 = await launch({ profileDir: b1.profileDir });
    page = await b2.context.newPage();
    await open(page);
    expect(await page.isChecked('#status-step-02-2')).toBe(true);
    expect(await page.textContent('[data-progress-text]')).toContain('10ステップ中1ステップ完了');
    await open(page, '/steps/2/');
    expect(await page.isChecked('#status-step-02-2')).toBe(true);
    expect(await page.isChecked(`#chk-${item}`)).toBe(true);
    // ステップのページでの変更は一覧にも反映される
    await page.check('#status-step-02-1');
    await open(page);
    expect(await page.isChecked('#status-step-02-1')).toBe(true);
    await b2.close();
  });
});

describe('保存データの障害で何も失わない', () => {
  it.each([
    ['壊れたJSON', '{"format":"telework-navi",', '壊れて'],
    ['新しい版のデータ', JSON.stringify({ ...state({ 'step-01': step({ status: '完了' }) }), version: 99 }), '版99'],
  ])('%s: 退避して知らせ、ページは使える', async (_l, raw, text) => {
    const page = await browser.context.newPage();
    const w = watch(page, origin);
    await seed(page, raw);
    await open(page);
    const msg = await page.textContent('[data-notice="load-problem"]');
    expect(msg).toContain(text);
    expect(msg).toContain(BACKUP);
    const backups = await page.evaluate((p) => Object.keys(localStorage).filter((k) => k.startsWith(p)).map((k) => localStorage.getItem(k)), BACKUP);
    expect(backups).toEqual([raw]);
    await page.check('#status-step-03-1');
    expect((await stored(page)).tracker.steps['step-03'].status).toBe('in-progress');
    await page.close();
    expect(w.errors, w.errors.join('\n')).toEqual([]);
  });

  it('内容にない項目・ステップの保存は消さずに表示し、印刷にも出る', async () => {
    const page = await browser.context.newPage();
    await seed(page, JSON.stringify(state({ 'step-01': step({ status: '進行中', checked: ['s01-removed-item'] }), 'step-11': step({ status: '進行中', memo: '旧ステップのメモ' }) })));
    await open(page);
    const box = await page.textContent('[data-orphans]');
    expect(box).toContain('s01-removed-item');
    expect(box).toContain('ステップ11');
    expect(box).toContain('旧ステップのメモ');
    await expect.poll(async () => (await stored(page)).tracker.orphans).toEqual([{ step: 'step-01', item: 's01-removed-item' }]);
    const s = await stored(page);
    expect(s.tracker.steps['step-11'].memo).toBe('旧ステップのメモ');
    expect(s.tracker.steps['step-01'].status).toBe('in-progress');
    await page.goto(site.at('/pack/?parts=progress'));
    await page.waitForSelector('[data-pack][data-ready="true"]');
    expect(await page.textContent('[data-progress-report]')).toContain('s01-removed-item');
    await open(page, '/steps/1/');
    expect(await page.textContent('[data-step-panel] [data-orphans]')).toContain('s01-removed-item');
    await page.close();
  });

  it('localStorage が例外を投げても、メモリ上で動き、警告を出し、書き出せる', async () => {
    const b = await launch();
    await b.context.addInitScript(() => {
      Storage.prototype.getItem = () => { throw new DOMException('denied', 'SecurityError'); };
      Storage.prototype.setItem = () => { throw new DOMException('denied', 'SecurityError'); };
    });
    const page = await b.context.newPage();
    const w = watch(page, origin);
    await open(page);
    expect(await page.textContent('[data-notice="unavailable"]')).toContain('保存できません');
    await complete(page, 1);
    expect(await page.textContent('[data-progress-text]')).toContain('10ステップ中1ステップ完了');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export]')]);
    const file = join(mkdtempSync(join(tmpdir(), 'navi-dl-')), 'x.json');
    await download.saveAs(file);
    const data = JSON.parse(readFileSync(file, 'utf8'));
    expect(data.format).toBe('telework-navi');
    expect(data.tracker.steps['step-01'].status).toBe('done');
    await page.close();
    await b.close();
    expect(w.errors, w.errors.join('\n')).toEqual([]);
  });

  it('2つのタブで別々のステップを編集しても、両方残り、反映を知らせる', async () => {
    const a = await browser.context.newPage();
    const b = await browser.context.newPage();
    await seed(a, null);
    await open(a);
    await open(b);
    await a.check('#status-step-04-1');
    await complete(b, 5);
    await a.click('[data-step-id="step-06"] summary');
    await a.fill('#owner-step-06', 'タブAの担当');
    await expect.poll(() => b.isChecked('#status-step-04-1')).toBe(true);
    await expect.poll(() => a.isChecked('#status-step-05-2')).toBe(true);
    await expect.poll(() => b.inputValue('#owner-step-06')).toBe('タブAの担当');
    expect(await b.textContent('[data-notice="external"]')).toContain('別のタブ');
    const s = await stored(a);
    expect(s.tracker.steps['step-04'].status).toBe('in-progress');
    expect(s.tracker.steps['step-05'].status).toBe('done');
    expect(s.tracker.steps['step-06'].owner).toBe('タブAの担当');
    await a.reload();
    await a.waitForSelector('[data-ready="true"]');
    expect(await a.isChecked('#status-step-05-2')).toBe(true);
    await a.close();
    await b.close();
  });
});

describe('入力した文字は文字として表示する', () => {
  it('メモや団体名のマークアップは実行も解釈もされない', async () => {
    const page = await browser.context.newPage();
    let dialogs = 0;
    page.on('dialog', async (d) => { dialogs++; await d.dismiss(); });
    const evil = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    await seed(page, JSON.stringify(state({ 'step-01': step({ memo: evil, owner: evil }) }, { profile: { name: evil, department: '', updatedAt: '' } })));
    await open(page);
    await page.click('[data-step-id="step-01"] summary');
    expect(await page.inputValue('#memo-step-01')).toBe(evil);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.textContent('[data-step-id="step-01"] [data-step-state]')).toContain(evil);
    await page.click('[data-step-id="step-02"] summary');
    await page.fill('#memo-step-02', '<b onmouseover=alert(3)>太字</b>');
    expect(await page.locator('main b').count()).toBe(0);
    await page.goto(site.at('/pack/?parts=progress'));
    await page.waitForSelector('[data-pack][data-ready="true"]');
    expect(await page.textContent('[data-progress-report]')).toContain(evil);
    expect(await page.textContent('[data-pack-org]')).toBe(evil);
    expect(await page.locator('main img, main b').count()).toBe(0);
    expect(dialogs).toBe(0);
    await page.close();
  });
});

describe('警告する進捗管理（issue 15）', () => {
  it('期限が利用者の今日より前の「未着手・進行中」に「期限切れ」が付き、完了にすると消える。日付は和暦と西暦', async () => {
    const page = await browser.context.newPage();
    await seed(page, null);
    await open(page);
    await page.check('#status-step-04-1');
    await page.click('[data-step-id="step-04"] summary');
    await page.fill('#due-step-04', '2020-04-01');
    const state4 = '[data-step-id="step-04"] [data-step-state]';
    expect(await page.textContent(state4)).toContain('期限切れ');
    expect(await page.textContent(state4)).toContain('令和2年（2020年）4月1日');
    expect(await page.getAttribute('[data-step-id="step-04"]', 'data-overdue')).toBe('true');
    // 今日（利用者の日付）の期限はまだ期限切れではない
    const today = await page.evaluate(() => { const d = new Date(/* the page's clock, fixed at TEST_NOW */); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`; });
    await page.fill('#due-step-04', today);
    expect(await page.textContent(state4)).not.toContain('期限切れ');
    await page.fill('#due-step-04', '2020-04-01');
    await complete(page, 4);
    expect(await page.textContent(state4)).not.toContain('期限切れ');
    expect(await page.textContent(state4)).toMatch(/完了（未済\d+項目のまま完了）/);
    await page.close();
  });

  it('未済の項目があるのに完了を選ぶと一度だけ聞き（フォーカスは「完了」に残る）、「やめる」なら状況もフォーカスも元に戻る', async () => {
    const page = await browser.context.newPage();
    await seed(page, null);
    await open(page);
    await page.check('#status-step-06-1');
    // 矢印キーで「完了」へ: 質問はグループの後に出て読み上げられ、フォーカスは動かない（3.2.2）
    await page.focus('#status-step-06-1');
    await page.keyboard.press('ArrowRight');
    const box = page.locator('[data-step-id="step-06"] [data-confirm-complete]');
    await expect.poll(() => box.count()).toBe(1);
    expect(await box.textContent()).toMatch(/未済の項目が\d+項目あります/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('status-step-06-2');
    expect(await page.isChecked('#status-step-06-2')).toBe(true);
    expect(await page.getAttribute('#status-step-06-ask', 'role')).toBe('status');
    expect(await page.getAttribute('#status-step-06-2', 'aria-describedby')).toBe('status-step-06-ask');
    expect((await stored(page)).tracker.steps['step-06'].status).toBe('in-progress'); // 答えるまで保存しない
    // Tab で質問のボタンへ進み、「やめる」
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('未済のまま完了にする');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // やめる
    expect(await box.count()).toBe(0);
    expect(await page.isChecked('#status-step-06-1')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('status-step-06-1');
    expect((await stored(page)).tracker.steps['step-06'].status).toBe('in-progress');
    // 「完了」を通り過ぎて「対象外」へ進めば、質問は消え「対象外」が保存される（途中で止められない）
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => box.count()).toBe(1);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => box.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('status-step-06-3');
    await expect.poll(async () => (await stored(page)).tracker.steps['step-06'].status).toBe('excluded');
    // 「未済のまま完了にする」なら未済のまま完了が保存され、フォーカスは「完了」に戻る
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => box.count()).toBe(1);
    await page.getByRole('button', { name: '未済のまま完了にする' }).click();
    await expect.poll(async () => (await stored(page)).tracker.steps['step-06'].status).toBe('done');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('status-step-06-2');
    expect(await page.textContent('[data-step-id="step-06"] [data-step-state]')).toMatch(/完了（未済\d+項目のまま完了）/);
    // すべての項目にチェックがあれば聞かずに完了にする
    await page.click('[data-step-id="step-07"] summary');
    for (const c of await page.locator('[data-step-id="step-07"] [data-step-checklist] input[type=checkbox]').all()) await c.check();
    await page.check('#status-step-07-2');
    expect(await page.locator('[data-step-id="step-07"] [data-confirm-complete]').count()).toBe(0);
    expect((await stored(page)).tracker.steps['step-07'].status).toBe('done');
    await page.close();
  });

  it('チェック項目の数は開かずに見え、詳細の開閉ボタンとその部分の名前はステップごとに違う', async () => {
    const page = await browser.context.newPage();
    await seed(page, null);
    await open(page);
    const summaries = await page.locator('.tracker-step__details > summary').allTextContents();
    expect(summaries.length).toBe(10);
    expect(new Set(summaries).size).toBe(10);
    for (const t of summaries) expect(t).toMatch(/\d+項目中\d+項目済み/);
    expect(summaries[0]).toContain('推進体制の構築');
    // 開閉の部分（details、役割は group）にもステップごとに違う名前がある（名前のない group が10個並ばない）
    const groups = await page.locator('.tracker-step__details').evaluateAll((els) => els.map((el) => el.getAttribute('aria-labelledby')).map((id) => (id ? document.getElementById(id)?.textContent ?? '' : '')));
    expect(new Set(groups).size).toBe(10);
    for (let n = 1; n <= 10; n++) expect(await page.getByRole('group', { name: new RegExp(`^ステップ${n}「[^」]+」の\\s*担当・期限・メモとチェックリスト`) }).count(), `ステップ${n}`).toBe(1);
    // 団体名・担当課はページの先頭（進み具合より前）
    const order = await page.evaluate(() => {
      const a = document.querySelector('#profile-name')!;
      const b = document.querySelector('[data-progress-text]')!;
      return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
    await page.close();
  });

  it('工程表があれば、期限を入れていないステップは終了月の末日が期限になり、ずれていれば知らせる', async () => {
    const page = await browser.context.newPage();
    await seed(page, JSON.stringify(state({}, { plan: { start: '2026-04', target: '2027-10', steps: {}, updatedAt: '2026-11-21T09:00:00.000Z' } })));
    await open(page);
    expect(await page.textContent('[data-step-id="step-01"] [data-step-state]')).toContain('期限：令和8年（2026年）5月31日（工程表から）');
    await page.click('[data-step-id="step-01"] summary');
    expect(await page.textContent('#due-hint-step-01')).toContain('空欄のときはこの月の末日が期限');
    await page.fill('#due-step-01', '2026-08-31');
    expect(await page.textContent('#due-hint-step-01')).toContain('違う月');
    expect(await page.textContent('[data-step-id="step-01"] [data-step-state]')).toContain('期限：令和8年（2026年）8月31日');
    await page.close();
  });
});

describe('印刷（A4）', () => {
  const pdfText = async (page: Page) => {
    const dir = mkdtempSync(join(tmpdir(), 'navi-pdf-'));
    const file = join(dir, 'report.pdf');
    writeFileSync(file, await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true }));
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  };

  it('進捗報告（決裁パックの進捗だけ）に団体名・日付・各ステップの状況・担当・期限（和暦と西暦）が出て、未済の項目は選んだときだけ', async () => {
    const page = await browser.context.newPage();
    await seed(page, null);
    await open(page);
    await page.fill('#profile-name', '〇〇町');
    await page.fill('#profile-department', '総務課');
    await complete(page, 1);
    await page.click('[data-step-id="step-01"] summary');
    await page.fill('#owner-step-01', '企画係');
    await page.fill('#due-step-01', '2027-03-31');
    const item = await firstItem(page, 2);
    await page.click('[data-step-id="step-02"] summary');
    const itemText = (await page.textContent(`label[for="chk-${item}"]`))!.trim();
    await page.click('[data-print-report]');
    await page.waitForSelector('[data-pack][data-ready="true"]');
    await page.emulateMedia({ media: 'print' });
    let text = (await pdfText(page)).replace(/\s+/g, '');
    for (const t of ['10ステップの進捗', '〇〇町', '総務課', '起案日', '10ステップ中1ステップ完了', '企画係', '令和9年（2027年）3月31日', '（未済5）', '未着手']) expect(text).toContain(t);
    expect(text).not.toContain('［未］');
    expect(text).not.toContain('進捗をファイルに保存');
    await page.emulateMedia({ media: 'screen' });
    await page.check('input[name="part-details"]');
    await page.emulateMedia({ media: 'print' });
    text = (await pdfText(page)).replace(/\s+/g, '');
    expect(text).toContain(`［未］${itemText.replace(/\s+/g, '').slice(0, 12)}`);
    await page.close();
  });

  it('ステップのページのチェックリストだけを印刷できる', async () => {
    const page = await browser.context.newPage();
    await open(page, '/steps/3/');
    const item = await page.$eval('[data-step-checklist] input[type=checkbox]', (e) => (e as HTMLInputElement).value);
    const itemText = (await page.textContent(`label[for="chk-${item}"]`))!.replace(/\s+/g, '');
    await page.evaluate(() => { document.body.dataset['printScope'] = 'step-panel'; });
    await page.emulateMedia({ media: 'print' });
    const text = (await pdfText(page)).replace(/\s+/g, '');
    expect(text).toContain('ステップ3のチェックリスト');
    expect(text).toContain(itemText.slice(0, 12));
    expect(text).not.toContain('関連するページ');
    await page.close();
  });
});

describe('アクセシビリティ（axe）', () => {
  const openAll = (page: Page) => page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  const full = () => {
    const steps: Record<string, unknown> = {};
    for (let i = 1; i <= 10; i++) steps[`step-${String(i).padStart(2, '0')}`] = step({ status: i === 10 ? '対象外' : '完了', owner: '総務課', due: '2027-03-31', memo: 'メモ' });
    return state(steps, { profile: { name: '〇〇町', department: '総務課', updatedAt: '' } });
  };
  it.each([
    ['空', null],
    ['一部入力', JSON.stringify(state({ 'step-01': step({ status: '進行中', owner: '総務課' }), 'step-02': step({ status: '完了' }) }))],
    ['すべて完了', JSON.stringify(full())],
  ])('%s の状態で違反がない（/steps/ と /steps/1/）', async (_l, raw) => {
    const page = await browser.context.newPage();
    await seed(page, raw);
    for (const path of ['/steps/', '/steps/1/']) {
      await open(page, path);
      await openAll(page);
      const v = await axe(page);
      expect(v, formatAxe(path, v)).toEqual([]);
    }
    await page.close();
  });
});

describe('JavaScript なし・JS の量', () => {
  it('JavaScript が無効でも一覧とステップのページにチェックリストがある', async () => {
    const b = await launch({ javaScriptEnabled: false });
    const page = await b.context.newPage();
    await page.goto(site.at('/steps/'));
    expect(await page.locator('[data-step-checklist] input[type=checkbox]').count()).toBeGreaterThan(20);
    expect(await page.locator('input[type=radio]').count()).toBe(40);
    expect(await page.textContent('noscript')).toContain('保存されません');
    await page.goto(site.at('/steps/4/'));
    expect(await page.locator('[data-step-checklist] input[type=checkbox]').count()).toBeGreaterThan(0);
    await page.check('[data-step-checklist] input[type=checkbox] >> nth=0');
    await b.close();
  });

  it('/steps/ でブラウザが実際に読み込む JavaScript（gzip）が scripts/lib/budgets.mjs の予算以内', async () => {
    const page = await browser.context.newPage();
    const bodies: Promise<Buffer>[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script' || r.url().endsWith('.js')) bodies.push(r.body());
    });
    await open(page);
    await page.waitForLoadState('networkidle');
    const inline = await page.$$eval('script:not([src])', (ss) => ss.map((s) => s.textContent ?? ''));
    const files = await Promise.all(bodies);
    const total = [...files, ...inline.map((s) => Buffer.from(s))].reduce((n, b) => n + gzipSync(b).length, 0);
    expect(files.length).toBeGreaterThan(0);
    expect(total, `JS合計 ${total} バイト（gzip）`).toBeLessThanOrEqual(jsBudget('/steps/'));
    await page.close();
  });
});
