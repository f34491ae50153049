/**
 * Saved state in real Chromium, one test per scenario of issues 11 and 24: what several open tabs,
 * clocks that disagree, a nearly full storage and a storage that throws do to the user's data.
 * Each test asserts what is stored and what every tab shows after a reload.
 *
 * Needs the diagnosis and inventory islands on the shared store hook (useSavedState): the
 * restore scenario with /inventory/ and /diagnosis/, the 団体名 scenario and the diagnosis
 * save-error scenario exercise them.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { axe, formatAxe, launch, watch, type Browser } from './support/browser';
import { formatHtmlcs, htmlcs } from './support/htmlcs';

/** Sets a step to 完了: with open items the tracker asks once (issue 15), so confirm it. */
async function complete(page: Page, radio: string): Promise<void> {
  await page.click(`label[for="${radio.slice(1)}"]`);
  // No question when every item is ticked: then the radio is already checked. Wait for either state.
  await page.waitForFunction((id) => !!document.getElementById(id)?.matches(':checked') || !!document.querySelector('[data-confirm-complete] button'), radio.slice(1));
  const confirm = page.locator('[data-confirm-complete] button').first();
  if (await confirm.count()) await confirm.click();
  await expect.poll(() => page.locator(radio).isChecked()).toBe(true);
}
import { startSite, type Site } from './support/site';
import { openTransferTools } from './support/transfer';
import { encodeShare } from '../../src/lib/diagnosis/share';
import { about, questions } from '../unit/support/diagnosis-fixture';

const KEY = 'telework-navi:state:v1';
const BACKUP = 'telework-navi:backup:';
let site: Site;
let browser: Browser;
let dir: string;

beforeAll(async () => {
  site = await startSite();
  dir = mkdtempSync(join(tmpdir(), 'navi-saved-state-'));
});
afterEach(async () => {
  await browser?.close();
});
afterAll(async () => {
  await site?.close();
});

/** A fresh browser with an empty localStorage for the site. */
async function fresh(): Promise<BrowserContext> {
  browser = await launch();
  return browser.context;
}

async function open(ctx: BrowserContext, path: string): Promise<Page> {
  const page = await ctx.newPage();
  await page.goto(site.at(path), { waitUntil: 'load' });
  if (path.startsWith('/steps/')) await page.waitForSelector('[data-ready="true"]');
  if (path === '/inventory/') await page.locator('#inv-dept').waitFor();
  if (path === '/diagnosis/') await page.waitForSelector('[data-diagnosis][data-ready="true"]');
  return page;
}
async function reload(page: Page, path: string) {
  await page.reload({ waitUntil: 'load' });
  if (path.startsWith('/steps/')) await page.waitForSelector('[data-ready="true"]');
  if (path === '/inventory/') await page.locator('#inv-dept').waitFor();
  if (path === '/diagnosis/') await page.waitForSelector('[data-diagnosis][data-ready="true"]');
}
const stored = async (page: Page) => JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY)) ?? 'null');

let exports = 0;
async function exportFile(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export]')]);
  const path = join(dir, `export-${++exports}.json`);
  await download.saveAs(path);
  return path;
}
async function restore(page: Page, file: string) {
  await openTransferTools(page);
  await page.setInputFiles('[data-import-file]', file);
  await page.click('[data-confirm-replace]');
  await expect.poll(() => page.textContent('[data-transfer-message]')).toContain('復元しました');
}
/** Types into a field and commits it (change event), as a user does. */
async function type(page: Page, selector: string, text: string) {
  await page.fill(selector, text);
  await page.locator(selector).blur();
}

describe('復元と、開いているほかのタブ', () => {
  /** Progress, an export of it, then newer edits the restore must undo. */
  async function beforeRestore(ctx: BrowserContext) {
    const steps = await open(ctx, '/steps/');
    await type(steps, '#profile-name', '復元前町');
    await steps.check('#status-step-03-1'); // 進行中
    const file = await exportFile(steps);
    await type(steps, '#profile-name', '書き出し後の町');
    await complete(steps, '#status-step-03-2'); // 完了
    await steps.check('#status-step-04-1');
    return { steps, file };
  }

  it('/steps/ で復元した後、開いていた /steps/3/ で編集しても、復元前の内容は戻らない', async () => {
    const ctx = await fresh();
    const { steps, file } = await beforeRestore(ctx);
    const step3 = await open(ctx, '/steps/3/');
    expect(await step3.isChecked('#status-step-03-2')).toBe(true);
    await restore(steps, file);
    await expect.poll(() => step3.isChecked('#status-step-03-1')).toBe(true);
    expect(await step3.textContent('[data-notice="generation"]')).toContain('別のタブ');
    expect(formatAxe('/steps/3/（復元のお知らせ）', await axe(step3))).toBe('');
    await type(step3, '#memo-step-03', '復元後のメモ');
    await complete(step3, '#status-step-03-2');
    await expect.poll(async () => (await stored(steps))?.tracker.steps['step-03']?.memo).toBe('復元後のメモ');

    const s = await stored(steps);
    expect(s.profile.name).toBe('復元前町');
    expect(s.tracker.steps['step-03']).toMatchObject({ status: 'done', memo: '復元後のメモ' });
    expect(s.tracker.steps['step-04']).toBeUndefined();
    expect(s.generation).toMatch(/\.restore$/);
    for (const [page, path] of [[steps, '/steps/'], [step3, '/steps/3/']] as const) await reload(page, path);
    expect(await steps.inputValue('#profile-name')).toBe('復元前町');
    expect(await steps.isChecked('#status-step-03-2')).toBe(true);
    expect(await steps.isChecked('#status-step-04-0')).toBe(true);
    expect(await step3.inputValue('#memo-step-03')).toBe('復元後のメモ');
  });

  it('/steps/ で復元した後、開いていた /steps/3/・/inventory/・/diagnosis/ を使っても、復元は元に戻らない', async () => {
    const ctx = await fresh();
    const { steps, file } = await beforeRestore(ctx);
    const step3 = await open(ctx, '/steps/3/');
    const inventory = await open(ctx, '/inventory/');
    const diagnosis = await open(ctx, '/diagnosis/');
    await restore(steps, file);
    await expect.poll(() => step3.isChecked('#status-step-03-1')).toBe(true);
    for (const p of [inventory, diagnosis]) await expect.poll(() => p.locator('[data-page-notice]').innerText()).toContain('復元されました');
    await type(step3, '#owner-step-03', '情報政策係');
    await type(inventory, '#inv-dept', '総務課');
    await diagnosis.locator('input[name="q-leadership"]').first().check();
    await expect.poll(async () => {
      const x = await stored(steps);
      return [x?.tracker.steps['step-03']?.owner, x?.inventory.department, Object.keys(x?.diagnosis.answers ?? {}).length];
    }).toEqual(['情報政策係', '総務課', 1]);

    const s = await stored(steps);
    expect(s.profile.name).toBe('復元前町');
    expect(s.tracker.steps['step-03']).toMatchObject({ status: 'in-progress', owner: '情報政策係' });
    expect(s.tracker.steps['step-04']).toBeUndefined();
    expect(s.inventory.department).toBe('総務課');
    expect(Object.keys(s.diagnosis.answers)).toEqual(['leadership']);
    const pages = [[steps, '/steps/'], [step3, '/steps/3/'], [inventory, '/inventory/'], [diagnosis, '/diagnosis/']] as const;
    for (const [page, path] of pages) await reload(page, path);
    expect(await steps.inputValue('#profile-name')).toBe('復元前町');
    expect(await steps.isChecked('#status-step-03-1')).toBe(true);
    expect(await step3.inputValue('#owner-step-03')).toBe('情報政策係');
    expect(await inventory.inputValue('#inv-dept')).toBe('総務課');
    expect(await diagnosis.locator('input[name="q-leadership"]').first().isChecked()).toBe(true);
    expect((await stored(steps)).profile.name).toBe('復元前町');
  });
});

describe('時計のずれ', () => {
  it('10分進んだ時刻の入ったファイルを復元した後の編集（状況・担当・団体名）が保存され、戻らない', async () => {
    const ctx = await fresh();
    const steps = await open(ctx, '/steps/');
    await type(steps, '#profile-name', '〇〇町');
    await complete(steps, '#status-step-01-2');
    const text = readFileSync(await exportFile(steps), 'utf8');
    const ahead = new Date((await steps.evaluate(() => Date.now())) + 10 * 60_000).toISOString(); // the page's (fixed) clock
    const file = join(dir, 'ahead.json');
    writeFileSync(file, text.replace(/"(savedAt|updatedAt)": "[^"]+"/g, `"$1": "${ahead}"`));
    const other = await open(ctx, '/steps/');
    await restore(steps, file);
    await steps.check('#status-step-01-1'); // 進行中
    await steps.click('[data-step-id="step-01"] summary');
    await type(steps, '#owner-step-01', '企画課');
    await type(steps, '#profile-name', '△△町');
    await expect.poll(() => other.isChecked('#status-step-01-1')).toBe(true);
    expect(await steps.isChecked('#status-step-01-1')).toBe(true);
    const s = await stored(steps);
    expect(s.tracker.steps['step-01']).toMatchObject({ status: 'in-progress', owner: '企画課' });
    expect(s.profile.name).toBe('△△町');
    for (const page of [steps, other]) {
      await reload(page, '/steps/');
      expect(await page.isChecked('#status-step-01-1')).toBe(true);
      expect(await page.inputValue('#owner-step-01')).toBe('企画課');
      expect(await page.inputValue('#profile-name')).toBe('△△町');
    }
  });

  it('このPCの時計が2時間戻った後の編集が保存され、ほかのタブとの合併で戻らない', async () => {
    const ctx = await fresh();
    const steps = await open(ctx, '/steps/');
    await complete(steps, '#status-step-02-2'); // 完了（正しい時刻で）
    await type(steps, '#profile-name', '〇〇町');
    const other = await open(ctx, '/steps/3/');
    // The context's clock was installed at launch (TEST_NOW); set it back two hours from the page's time.
    await steps.clock.setSystemTime((await steps.evaluate(() => Date.now())) - 2 * 3600_000); // the page's clock
    await steps.check('#status-step-02-1'); // 進行中（2時間前の時刻で）
    await type(steps, '#profile-name', '△△町');
    await other.check('#status-step-03-1');
    await expect.poll(async () => (await stored(steps))?.tracker.steps['step-03']?.status).toBe('in-progress');
    await steps.check('#status-step-05-1');
    expect(await steps.isChecked('#status-step-02-1')).toBe(true);
    const s = await stored(steps);
    expect(s.tracker.steps['step-02'].status).toBe('in-progress');
    expect(s.tracker.steps['step-03'].status).toBe('in-progress');
    expect(s.tracker.steps['step-05'].status).toBe('in-progress');
    expect(s.profile.name).toBe('△△町');
    await reload(other, '/steps/3/');
    await reload(steps, '/steps/');
    expect(await steps.isChecked('#status-step-02-1')).toBe(true);
    expect(await steps.inputValue('#profile-name')).toBe('△△町');
    expect(await other.isChecked('#status-step-03-1')).toBe(true);
  });
});

describe('団体名', () => {
  it('/steps/ で入力した団体名は、別のタブで自己診断に答えても消えない', async () => {
    const ctx = await fresh();
    const diagnosis = await open(ctx, '/diagnosis/');
    const steps = await open(ctx, '/steps/');
    await type(steps, '#profile-name', '〇〇町');
    await type(steps, '#profile-department', '総務課');
    await diagnosis.locator('input[name="q-leadership"]').first().check();
    await diagnosis.locator('input[name="q-project-team"]').first().check();
    await expect.poll(async () => Object.keys((await stored(steps))?.diagnosis.answers ?? {}).length).toBe(2);
    const s = await stored(steps);
    expect(s.profile).toMatchObject({ name: '〇〇町', department: '総務課' });
    expect(Object.keys(s.diagnosis.answers).sort()).toEqual(['leadership', 'project-team']);
    await reload(steps, '/steps/');
    await reload(diagnosis, '/diagnosis/');
    expect(await steps.inputValue('#profile-name')).toBe('〇〇町');
    expect(await diagnosis.locator('input[name="q-project-team"]').first().isChecked()).toBe(true);
  });
});

describe('島が動き出す前の操作', () => {
  /** Opens `path` with the site's scripts held back until `release` is called: the page as a slow PC shows it before its islands take over. */
  async function openHeld(ctx: BrowserContext, path: string) {
    const page = await ctx.newPage();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    await page.route(/\/_astro\/.*\.js$/, async (route) => {
      await gate;
      await route.continue();
    });
    await page.goto(site.at(path), { waitUntil: 'domcontentloaded' });
    expect(await page.locator('astro-island[ssr]').count()).toBeGreaterThan(0);
    return { page, release };
  }

  it('読み込み中に選んだ答え・状況と入力した団体名は、島が動き出した後も残り、保存される（保存済みの文字は上書きしない）', async () => {
    const ctx = await fresh();
    // A saved 担当課 that the page does not show until its island runs.
    const seed = await open(ctx, '/steps/');
    await type(seed, '#profile-department', '総務課');
    await seed.close();

    const d = await openHeld(ctx, '/diagnosis/');
    await d.page.locator('input[name="p-kind"]').nth(2).check();
    await d.page.locator('input[name="q-leadership"][value="partial"]').check();
    d.release();
    await d.page.waitForSelector('[data-diagnosis][data-ready="true"]');
    await expect.poll(async () => (await stored(d.page))?.diagnosis?.answers?.leadership).toBe('partial');
    expect(Object.values((await stored(d.page)).diagnosis.about)).toHaveLength(1);
    expect(await d.page.locator('input[name="p-kind"]').nth(2).isChecked()).toBe(true);
    expect(await d.page.locator('input[name="q-leadership"][value="partial"]').isChecked()).toBe(true);

    const t = await openHeld(ctx, '/steps/');
    await t.page.fill('#profile-name', '〇〇町');
    await t.page.fill('#profile-department', '人事課');
    await t.page.check('#status-step-02-1');
    t.release();
    await t.page.waitForSelector('[data-tracker][data-ready="true"]');
    await expect.poll(async () => (await stored(t.page))?.profile?.name).toBe('〇〇町');
    await expect.poll(async () => (await stored(t.page))?.tracker?.steps?.['step-02']?.status).toBe('in-progress');
    expect(await t.page.inputValue('#profile-name')).toBe('〇〇町');
    expect(await t.page.isChecked('#status-step-02-1')).toBe(true);
    // The saved 担当課 stays: the field only looked empty while the page was loading.
    expect(await t.page.inputValue('#profile-department')).toBe('総務課');
    expect((await stored(t.page)).profile.department).toBe('総務課');
  });
});

describe('保存できないとき', () => {
  it('容量がほぼいっぱいで読めないデータがあると、上書きせず、メモリ上で動くと伝え、元のデータを渡す', async () => {
    const ctx = await fresh();
    const raw = '{"format":"telework-navi","version":2,"savedAt":"壊れた' + 'データ'.repeat(20_000);
    const setup = await ctx.newPage();
    await setup.goto(site.at('/'));
    await setup.evaluate(([k, v]) => {
      localStorage.clear();
      localStorage.setItem(k!, v!);
    }, [KEY, raw] as const);
    await setup.close();
    await committed(ctx, 1);
    // Fill the origin's quota, leaving less room than a copy of the unreadable data needs.
    expect(await fillQuota(ctx)).toBeGreaterThan(2);

    const page = await open(ctx, '/steps/');
    const w = watch(page, new URL(site.url).origin);
    const notice = await page.textContent('[data-notice="unavailable"]');
    expect(notice).toContain('保存しないで動いています');
    expect(notice).toContain('上書きせず');
    await complete(page, '#status-step-01-2');
    await type(page, '#profile-name', '〇〇町');
    expect(await page.textContent('[data-progress-text]')).toContain('10ステップ中1ステップ完了');
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(raw);
    const backups = await page.evaluate((p) => Object.keys(localStorage).filter((k) => k.startsWith(p)), BACKUP);
    expect(backups).toEqual([]);
    expect(formatAxe('/steps/（保存しないで動いている）', await axe(page))).toBe('');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-download-unreadable]')]);
    const saved = join(dir, 'unreadable.txt');
    await download.saveAs(saved);
    expect(readFileSync(saved, 'utf8')).toBe(raw);
    expect(await page.locator('[data-release-unreadable]').count()).toBe(1);
    await reload(page, '/steps/');
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(raw);
    expect(await page.textContent('[data-notice="unavailable"]')).toContain('上書きせず');
    expect(w.errors, w.errors.join('\n')).toEqual([]);
  });

  it('自己診断の結果シートの団体名・担当課、共有リンクの適用が保存できないと、その場で知らせる', async () => {
    // 共有リンク（全問「実施していない」）: the site's own encoder (the link the result's 「共有リンクを作る」 makes; test/e2e/diagnosis.test.ts makes one there)
    const link = site.at('/diagnosis/') + '#' + encodeShare(questions, about, Object.fromEntries(questions.map((q) => [q.id, 'no'])), {});
    expect(link).toMatch(/#d=1\./);

    const ctx = await fresh();
    // 団体名「試験町」や「実施していない」の回答を含む値の保存だけが、容量不足で失敗する
    await ctx.addInitScript(() => {
      const set = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k: string, v: string) {
        if (v.includes('試験町') || v.includes('"leadership":"no"')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return set.call(this, k, v);
      };
    });
    const page = await open(ctx, '/diagnosis/');
    for (const name of await questionNames(page)) await page.locator(`input[name="${name}"][value="yes"]`).check();
    await page.getByRole('button', { name: '結果を見る' }).click();
    expect(await page.locator('body').innerText()).not.toContain('保存できませんでした');
    await page.locator('input[name="org-name"]').fill('試験町');
    await expect.poll(() => page.locator('body').innerText()).toContain('保存できませんでした');
    expect(JSON.stringify(await stored(page))).not.toContain('試験町');

    // 回答のない新しいブラウザで共有リンクを開き、「この回答で置き換える」で適用する
    const other = await launch();
    try {
      await other.context.addInitScript(() => {
        const set = Storage.prototype.setItem;
        Storage.prototype.setItem = function (k: string, v: string) {
          if (v.includes('"leadership":"no"')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return set.call(this, k, v);
        };
      });
      const p = await other.context.newPage();
      await p.goto(link);
      // 共有された結果は読み取り専用で先に出る（issue 15）。置き換えを選んだときに保存する
      await p.getByRole('button', { name: 'この回答で置き換える' }).click();
      await expect.poll(() => p.locator('body').innerText()).toContain('保存できませんでした');
      expect(await p.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
    } finally {
      await other.close();
    }
  });
});

/** The names of the diagnosis question radio groups (q-…). */
const questionNames = (page: Page) => page.locator('fieldset.diag__q input[type=radio][name^="q-"]').evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLInputElement).name))]);

/* ------------------------------------------------------------------------------------------
 * Issue 24: every failure where the user is, undo, merge, and what an import may hold.
 * ---------------------------------------------------------------------------------------- */

/** Waits long enough for a loaded 2-core machine (vitest's default is 1 s). */
const T24 = '2026-06-01T00:00:00.000Z';
/** A state file as the site writes it (format v2), with the given changes. */
function stateFile(name: string, patch: (s: Record<string, any>) => void): string {
  const s: Record<string, any> = {
    format: 'telework-navi', version: 2, savedAt: T24, generation: '0', revisions: {},
    profile: { name: '', department: '', updatedAt: '' }, tracker: { steps: {}, orphans: [] },
    diagnosis: { answers: {}, profile: {}, updatedAt: '' }, inventory: { department: '', tasks: [], updatedAt: '' },
    plan: { start: '', target: '', steps: {}, updatedAt: '' },
  };
  patch(s);
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify(s));
  return path;
}
const stepOf = (memo: string, status = '進行中') => ({ status, checked: [], owner: '', due: '', memo, updatedAt: T24 });
async function choose(page: Page, file: string) {
  await openTransferTools(page);
  await page.setInputFiles('[data-import-file]', file);
}

describe('issue 24：失敗はその場で、復元は元に戻せ、同僚のファイルは合わせられる', () => {
  it('メモの保存が失敗すると、メモのすぐ下に知らせ（alert）、団体名の下には出さない', async () => {
    const ctx = await fresh();
    await ctx.addInitScript(() => {
      const set = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k: string, v: string) {
        if (v.includes('失敗するメモ')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return set.call(this, k, v);
      };
    });
    const page = await open(ctx, '/steps/3/');
    const memo = page.locator('textarea[id*="memo"]').first();
    await memo.fill('失敗するメモ');
    await memo.blur();
    const near = page.locator('[data-save-error-near]');
    await expect.poll(() => near.isVisible()).toBe(true);
    expect(await near.getAttribute('role')).toBe('alert');
    expect(await near.textContent()).toContain('保存できませんでした');
    const m = (await memo.boundingBox())!;
    const n = (await near.boundingBox())!;
    expect(n.y).toBeGreaterThanOrEqual(m.y + m.height - 1);
    expect(n.y).toBeLessThan(m.y + m.height + 40);
    expect(await memo.getAttribute('aria-describedby')).toContain('save-error-near');
  });

  it('置き換えて復元の後に「元に戻す」で前の状態に戻り、前の状態はバックアップの一覧に時刻つきで残る', async () => {
    const ctx = await fresh();
    const page = await open(ctx, '/steps/');
    await type(page, '#profile-name', '元の町');
    await expect.poll(async () => (await stored(page))?.profile.name).toBe('元の町');
    await choose(page, stateFile('other', (s) => (s.profile.name = '復元町')));
    await page.click('[data-confirm-replace]');
    await expect.poll(async () => (await stored(page))?.profile.name).toBe('復元町');
    const list = page.locator('[data-backups] li');
    await expect.poll(() => list.count()).toBe(1);
    expect(await list.first().textContent()).toContain('復元・合わせた読み込みの前の状態');
    expect(await list.first().textContent()).toContain('元の町');
    await page.click('[data-undo]');
    await expect.poll(async () => (await stored(page))?.profile.name).toBe('元の町');
    expect(formatAxe('/steps/（元に戻した後）', await axe(page))).toBe('');
  });

  it('同僚のファイルを合わせて読み込む：確認で項目ごとの結果（今の内容・読み込む内容）を示し、両方残す', async () => {
    const ctx = await fresh();
    const page = await open(ctx, '/steps/');
    await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, JSON.stringify({
      format: 'telework-navi', version: 2, savedAt: T24, generation: '0', revisions: { 'tracker.step-01': '5.me' },
      profile: { name: '', department: '', updatedAt: '' }, tracker: { steps: { 'step-01': stepOf('人事のメモ') }, orphans: [] },
      diagnosis: { answers: {}, profile: {}, updatedAt: '' }, inventory: { department: '', tasks: [], updatedAt: '' }, plan: { start: '', target: '', steps: {}, updatedAt: '' },
    })] as const);
    await reload(page, '/steps/');
    await choose(page, stateFile('colleague', (s) => {
      s.tracker.steps['step-01'] = stepOf('情報政策のメモ');
      s.tracker.steps['step-02'] = stepOf('端末の調達');
      s.revisions = { 'tracker.step-01': '3.it', 'tracker.step-02': '4.it' };
    }));
    const preview = page.locator('[data-merge-preview]');
    await preview.waitFor();
    expect(await preview.locator('tr', { hasText: 'ステップ1の進捗' }).textContent()).toContain('今の内容を残す');
    expect(await preview.locator('tr', { hasText: 'ステップ2の進捗' }).textContent()).toContain('読み込む内容にする');
    expect(formatAxe('/steps/（合わせて読み込む確認）', await axe(page))).toBe('');
    await page.click('[data-confirm-merge]');
    await expect.poll(async () => (await stored(page))?.tracker.steps['step-02']?.memo).toBe('端末の調達');
    expect((await stored(page)).tracker.steps['step-01'].memo).toBe('人事のメモ');
    expect(await page.locator('[data-undo]').count()).toBe(1);
  });

  it('作られた世代 999999999・内容にない印 5,010 件のファイルは、理由を示して読み込まない', async () => {
    const ctx = await fresh();
    const page = await open(ctx, '/steps/');
    await choose(page, stateFile('crafted', (s) => (s.generation = '999999999.zz.restore')));
    await expect.poll(() => page.textContent('[data-transfer-message]')).toContain('変更の記録');
    await choose(page, stateFile('crafted-revision', (s) => ((s.profile.name = '作られた町'), (s.revisions = { profile: '999999999.zz' }))));
    await expect.poll(() => page.textContent('[data-transfer-message]')).toContain('番号 999999999');
    await choose(page, stateFile('orphans', (s) => {
      s.tracker.orphans = Array.from({ length: 4990 }, (_, i) => ({ step: 'step-01', item: `old-${i}` }));
      s.tracker.steps['step-02'] = { ...stepOf(''), checked: Array.from({ length: 20 }, (_, i) => `gone-${i}`) };
    }));
    await expect.poll(() => page.textContent('[data-transfer-message]')).toContain('5010件');
    expect(await page.locator('[data-import-confirm]').count()).toBe(0);
    expect(await stored(page)).toBeNull();
  });

  it('同じ id の業務・改ページ（U+000C）入りの団体名・知らないステップ40件のファイル：確認は知っているものだけ数え、id は付け直し、制御文字は除く', async () => {
    const ctx = await fresh();
    const page = await open(ctx, '/steps/');
    await choose(page, stateFile('dupes', (s) => {
      s.profile.name = '〇〇\u000C町';
      const row = { id: 't1', name: 'A', unit: '', memo: '', override: '' };
      s.inventory.tasks = [row, { ...row, name: 'B' }];
      for (let i = 1; i <= 40; i++) s.tracker.steps[`step-${String(i).padStart(2, '0')}`] = stepOf('', '完了');
    }));
    const confirm = page.locator('[data-import-confirm]');
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain('10ステップ（');
    expect(await confirm.textContent()).not.toContain('40ステップ');
    await page.click('[data-confirm-replace]');
    await expect.poll(async () => (await stored(page))?.profile.name).toBe('〇〇町');
    const ids = (await stored(page)).inventory.tasks.map((t: { id: string }) => t.id);
    expect(new Set(ids).size).toBe(2);
    // (8) 削除 on one of the two removes that one only.
    const inventory = await open(ctx, '/inventory/');
    await inventory.locator(`#inv-del-${ids[0]}`).click();
    await expect.poll(async () => (await stored(inventory))?.inventory.tasks.map((t: { name: string }) => t.name)).toEqual(['B']);
    await type(page, '#profile-name', '△△\u000C村');
    await expect.poll(async () => (await stored(page))?.profile.name).toBe('△△村');
  });

  it('時計が 10000 年でも、次の読み込みで進捗がまるごと拒まれない', async () => {
    const ctx = await fresh();
    await ctx.clock.setSystemTime(new Date(Date.UTC(10000, 0, 1))); // the page's clock
    const page = await open(ctx, '/steps/');
    await type(page, '#profile-name', '未来町');
    await complete(page, '#status-step-01-2');
    await expect.poll(async () => (await stored(page))?.tracker.steps['step-01']?.status).toBe('done');
    expect((await stored(page)).tracker.steps['step-01'].updatedAt).toBe('9999-12-31T23:59:59.999Z');
    await reload(page, '/steps/');
    expect(await page.locator('[data-notice="load-problem"]').count()).toBe(0);
    expect(await page.isChecked('#status-step-01-2')).toBe(true);
  });

  it('別のタブでの復元を、/inventory/・/diagnosis/・/pack/ のタブも知らせる', async () => {
    const ctx = await fresh();
    const pages = await Promise.all(['/inventory/', '/diagnosis/', '/pack/'].map((p) => open(ctx, p)));
    const steps = await open(ctx, '/steps/');
    await choose(steps, stateFile('restore-all', (s) => (s.profile.name = '切替町')));
    await steps.click('[data-confirm-replace]');
    for (const p of pages) await expect.poll(() => p.locator('[data-page-notice]').innerText()).toContain('復元されました');
  });

  it('読めない値（期限 2026-02-30）は、/pack/ の文書（印刷にも出る）で読めなかった部分とバックアップがあることを示し、「保存とバックアップ」で保存・削除できる', async () => {
    const ctx = await fresh();
    const setup = await open(ctx, '/');
    await setup.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, JSON.stringify({
      format: 'telework-navi', version: 2, savedAt: T24, generation: '0', revisions: {},
      profile: { name: '〇〇町', department: '', updatedAt: '' }, tracker: { steps: { 'step-01': { ...stepOf(''), due: '2026-02-30' } }, orphans: [] },
      diagnosis: { answers: {}, profile: {}, updatedAt: '' }, inventory: { department: '', tasks: [], updatedAt: '' }, plan: { start: '', target: '', steps: {}, updatedAt: '' },
    })] as const);
    await committed(ctx, await setup.evaluate(() => localStorage.length));
    const page = await open(ctx, '/pack/');
    // The printed document itself says which part could not be read and that a backup exists.
    const problem = page.locator('[data-pack-doc] [data-saved-data-problem]');
    await expect.poll(() => problem.innerText().catch((e) => String(e))).toContain('保存データの一部を読み込めませんでした');
    expect(await problem.innerText()).toMatch(/進捗|10ステップ/);
    expect(await problem.innerText()).toMatch(/バックアップ/);
    await openTransferTools(page);
    const item = page.locator('[data-backups] li');
    await expect.poll(() => page.locator('[data-backups]').innerText().catch((e) => String(e))).toContain('読み込めなかった');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.textContent()).toContain('読み込めなかった保存データ');
    await item.locator('[data-delete-backup]').click();
    await page.click('[data-delete-backup-confirm]');
    await expect.poll(() => item.count()).toBe(0);
  });
});

describe('更新はいつも保存されている値から（issue 21 の4）', () => {
  it('/diagnosis/ の二つのタブ：A の回答がまだ届いていない B で別の設問に答えても、A の回答は消えない', async () => {
    const ctx = await fresh();
    // A tab whose `hold` flag is set does not hear other tabs' writes yet (its storage events are held back).
    await ctx.addInitScript(() => {
      const add = window.addEventListener.bind(window);
      window.addEventListener = ((type: string, fn: EventListener, o?: AddEventListenerOptions) =>
        add(type, type === 'storage' ? (e: Event) => void ((window as unknown as { hold?: boolean }).hold || fn(e)) : fn, o)) as typeof window.addEventListener;
    });
    const a = await open(ctx, '/diagnosis/');
    const b = await open(ctx, '/diagnosis/');
    await b.evaluate(() => void ((window as unknown as { hold?: boolean }).hold = true));
    await a.locator('input[name="q-leadership"][value="yes"]').check();
    await a.locator('input[name="p-kind"]').first().check();
    await expect.poll(async () => (await stored(a))?.diagnosis.answers.leadership).toBe('yes');
    expect(await b.locator('input[name="q-leadership"][value="yes"]').isChecked()).toBe(false);
    await b.locator('input[name="q-project-team"][value="no"]').check();
    await expect.poll(async () => (await stored(b))?.diagnosis.answers['project-team']).toBe('no');
    const s = await stored(b);
    expect(s.diagnosis.answers.leadership).toBe('yes');
    expect(Object.keys(s.diagnosis.about)).toContain('kind');
    // B shows what it stored: A's answer too.
    await expect.poll(() => b.locator('input[name="q-leadership"][value="yes"]').isChecked()).toBe(true);
  });
});

describe('作業者名と引き継ぎメモ', () => {
  it('作業者名を一度入れると、変えた項目に名前が付き、パネルと決裁パック（印刷）の引き継ぎメモに出る；同僚のファイルを合わせると相手の名前がその項目についてくる', async () => {
    const ctx = await fresh();
    const page = await open(ctx, '/steps/');
    await type(page, '#profile-name', '名前より前の町');
    // The field and the note are in the panel's restore/backup part, which loads when opened.
    await openTransferTools(page);
    const note = page.locator('.transfer__handover');
    await note.locator('summary').click();
    await page.locator('[data-author]').waitFor();
    await expect.poll(() => page.locator('[data-author]').isEnabled()).toBe(true);
    await page.fill('[data-author]', ' 人事課\u000C 山田 ');
    await page.locator('[data-author]').blur();
    await expect.poll(() => page.inputValue('[data-author]')).toBe('人事課 山田');
    expect(await page.locator('#saved-author-status').textContent()).toContain('人事課 山田');
    await type(page, '#profile-department', '人事課');
    await expect.poll(async () => (await stored(page))?.authors).toEqual({ profile: '人事課 山田' });
    await choose(page, stateFile('colleague-named', (s) => {
      s.tracker.steps['step-02'] = stepOf('端末の調達');
      s.revisions = { 'tracker.step-02': '4.it' };
      s.authors = { 'tracker.step-02': '情報政策課 佐藤' };
    }));
    await page.locator('[data-merge-preview]').waitFor();
    await page.click('[data-confirm-merge]');
    await expect.poll(async () => (await stored(page))?.authors).toEqual({ profile: '人事課 山田', 'tracker.step-02': '情報政策課 佐藤' });
    await expect.poll(() => note.innerText()).toContain('団体の情報（人事課 山田）');
    expect(await note.innerText()).toContain('ステップ2の進捗（情報政策課 佐藤）');
    expect(formatAxe('/steps/（作業者名と引き継ぎメモ）', await axe(page))).toBe('');
    const h = await htmlcs(page);
    expect(h, formatHtmlcs('/steps/（作業者名と引き継ぎメモ）', h)).toEqual([]);

    const pack = await open(ctx, '/pack/');
    const printed = pack.locator('[data-pack-handover]');
    await expect.poll(() => printed.innerText().catch((e) => String(e))).toContain('ステップ2の進捗（情報政策課 佐藤）');
    await pack.emulateMedia({ media: 'print' });
    expect(await printed.isVisible()).toBe(true);
    expect(await printed.innerText()).toContain('団体の情報（人事課 山田）');
    expect(await printed.innerText()).not.toMatch(/ブラウザ|\bit\b/);
  });
});

/* ------------------------------------------------------------------------------------------
 * Issue 24's findings, each as its own scenario (docs/quality.md maps finding → test).
 * ---------------------------------------------------------------------------------------- */

/** Every write whose value contains `window.failOn` throws QuotaExceededError (set it from the test). */
async function failWhenAsked(ctx: BrowserContext) {
  await ctx.addInitScript(() => {
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k: string, v: string) {
      const m = (window as unknown as { failOn?: string }).failOn;
      if (m && v.includes(m)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return set.call(this, k, v);
    };
  });
}
const failOn = (page: Page, marker: string) => page.evaluate((m) => void ((window as unknown as { failOn?: string }).failOn = m), marker);

/** The failed save is shown right below `control`, inside the viewport, as an alert the control points to. */
async function shownBeside(page: Page, control: ReturnType<Page['locator']>) {
  const near = page.locator('[data-save-error-near]');
  await expect.poll(() => near.isVisible()).toBe(true);
  expect(await near.getAttribute('role')).toBe('alert');
  expect(await near.textContent()).toContain('保存できませんでした');
  // Both boxes read in one frame, once the page has stopped moving (a smooth scroll may bring the
  // message into view): two separate reads during a scroll compare different scroll positions.
  const boxes = () =>
    control.evaluate((el) => {
      const r = (e: Element) => { const b = e.getBoundingClientRect(); return { y: b.y, height: b.height }; };
      return { c: r(el), n: r(document.querySelector('[data-save-error-near]')!), scroll: scrollY };
    });
  let last = JSON.stringify(await boxes());
  await expect.poll(async () => { const now = JSON.stringify(await boxes()); const same = now === last; last = now; return same; }).toBe(true);
  const { c, n } = JSON.parse(last) as { c: { y: number; height: number }; n: { y: number; height: number } };
  const view = page.viewportSize()!;
  expect(n.y, 'below the control').toBeGreaterThanOrEqual(c.y + c.height - 1);
  expect(n.y, 'right below the control').toBeLessThan(c.y + c.height + 40);
  expect(n.y >= 0 && n.y + n.height <= view.height, `inside the viewport (${n.y}–${n.y + n.height} of ${view.height})`).toBe(true);
  expect(await control.getAttribute('aria-describedby')).toContain('save-error-near');
}

/** Unreadable stored data, then `backups` distinct backups already kept, optionally storage filled to the brim. */
async function seed(ctx: BrowserContext, raw: string, backups: number, fill: boolean) {
  const setup = await ctx.newPage();
  await setup.goto(site.at('/'));
  const keys = await setup.evaluate(([k, v, prefix, n]) => {
    localStorage.clear();
    for (let i = 0; i < Number(n); i++) localStorage.setItem(`${prefix}old${i}`, `{"kept":${i}}`);
    localStorage.setItem(k!, v!);
    return localStorage.length;
  }, [KEY, raw, BACKUP, String(backups)] as const);
  await setup.close();
  await committed(ctx, keys);
  if (fill) await fillQuota(ctx);
}

/**
 * Fills the origin's localStorage to the brim as every new page of `ctx` sees it, and returns the
 * number of keys. Chromium's browser process may take a page's writes late, or refuse some a page
 * accepted (its own count of the quota), so one page's "full" is not yet the store's: rounds of
 * fresh pages keep filling until one of them finds no room at all.
 */
async function fillQuota(ctx: BrowserContext): Promise<number> {
  for (let round = 0; round < 20; round++) {
    const page = await ctx.newPage();
    await page.goto(site.at('/'));
    const [before, after] = await page.evaluate((r) => {
      const seen = localStorage.length;
      let i = 0;
      for (let size = 1 << 20; size >= 1024; size >>= 1) {
        try {
          for (;;) localStorage.setItem(`fill-${r}-${i++}`, 'x'.repeat(size));
        } catch {
          /* next, smaller size */
        }
      }
      return [seen, localStorage.length];
    }, round);
    await page.close();
    if (after === before) return after;
  }
  throw new Error('localStorage never settled full in 20 rounds of fresh pages');
}

/**
 * Chromium commits a page's localStorage writes to the browser process in the background; a page
 * opened right after may still see part of them (on a loaded machine, a storage that is not yet
 * full). Waits until a new page of the context sees all `keys` keys.
 */
async function committed(ctx: BrowserContext, keys: number): Promise<void> {
  const probe = await ctx.newPage();
  await probe.goto(site.at('/'));
  await expect.poll(() => probe.evaluate(() => localStorage.length)).toBe(keys);
  await probe.close();
}

describe('issue 24 の指摘ごとの場面', () => {
  it('(1) /diagnosis/ で回答の保存が失敗すると、変えた設問のすぐ下（画面の中）に alert で知らせる', async () => {
    const ctx = await fresh();
    await failWhenAsked(ctx);
    const page = await open(ctx, '/diagnosis/');
    const last = (await questionNames(page)).at(-1)!;
    await failOn(page, '"answers"');
    const radio = page.locator(`input[name="${last}"][value="no"]`);
    await radio.check();
    await shownBeside(page, radio);
    expect(await stored(page)).toBeNull();
  });

  it('(1) /inventory/ で30件目の業務の回答の保存が失敗すると、その欄のすぐ下（画面の中）に alert で知らせる', async () => {
    const ctx = await fresh();
    await failWhenAsked(ctx);
    const page = await open(ctx, '/inventory/');
    await page.fill('#inv-paste', Array.from({ length: 30 }, (_, i) => `書類の整理${i + 1}`).join('\n'));
    await page.getByRole('button', { name: 'まとめて追加' }).click();
    await expect.poll(async () => (await stored(page))?.inventory.tasks.length).toBe(30);
    await failOn(page, '"tasks"');
    const select = page.locator('.inv-table .inv-row').last().locator('select[id^="q-info-"]');
    // As a user does: scroll to the row, then choose (selectOption alone does not scroll).
    await select.scrollIntoViewIfNeeded();
    await select.focus();
    await select.selectOption('unknown');
    await shownBeside(page, select);
    expect((await stored(page)).inventory.tasks.every((t: { answers?: unknown }) => !JSON.stringify(t).includes('unknown'))).toBe(true);
  });

  for (const path of ['/diagnosis/', '/inventory/'] as const) {
    it(`(5) ${path} で「保存しないで動いています」のとき、知らせが名前を挙げる保存ボタンがそのページにあり、元のデータと今の入力を渡す`, async () => {
      const ctx = await fresh();
      const raw = '{"format":"telework-navi","version":2,"savedAt":"壊れた' + 'データ'.repeat(20_000);
      await seed(ctx, raw, 0, true);
      const page = await open(ctx, path);
      await expect.poll(() => page.locator('body').innerText()).toContain('保存しないで動いています');
      const text = await page.locator('body').innerText();
      for (const name of ['元のデータをファイルに保存', 'すべての入力をファイルに保存']) {
        expect(text).toContain(`「${name}」`);
        await expect.poll(() => page.getByRole('button', { name }).first().isVisible()).toBe(true);
      }
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '元のデータをファイルに保存' }).first().click()]);
      const file = join(dir, `unreadable-${path.replaceAll('/', '')}.txt`);
      await download.saveAs(file);
      expect(readFileSync(file, 'utf8')).toBe(raw);
      expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(raw);
    });
  }

  it('(5) バックアップが5件あっても、後から読めない値が来たとき、/diagnosis/ も /inventory/ も保存しないモードにならない', async () => {
    const ctx = await fresh();
    const raw = '{"format":"telework-navi","version":2,"savedAt":"壊れた"}';
    await seed(ctx, raw, 5, false);
    const diagnosis = await open(ctx, '/diagnosis/');
    await expect.poll(() => diagnosis.locator('body').innerText()).toContain('バックアップ');
    expect(await diagnosis.locator('body').innerText()).not.toContain('保存しないで動いています');
    await diagnosis.locator('input[name="q-leadership"][value="yes"]').check();
    await expect.poll(async () => (await stored(diagnosis))?.diagnosis.answers.leadership).toBe('yes');
    const kept = await diagnosis.evaluate((p) => Object.keys(localStorage).filter((k) => k.startsWith(p)).map((k) => localStorage.getItem(k)), BACKUP);
    expect(kept).toContain(raw);
    expect(kept.length).toBeLessThanOrEqual(5);
    const inventory = await open(ctx, '/inventory/');
    expect(await inventory.locator('body').innerText()).not.toContain('保存しないで動いています');
    await type(inventory, '#inv-dept', '人事課');
    await expect.poll(async () => (await stored(inventory))?.inventory.department).toBe('人事課');
  });

  it('容量が残り約300文字：短い入力は保存され、入らない入力はメモのすぐ下で知らせ、保存済みの内容は何も失われない', async () => {
    const ctx = await fresh();
    const page = await open(ctx, '/steps/3/');
    const memo = page.locator('textarea[id*="memo"]').first();
    await memo.fill('最初のメモ');
    await memo.blur();
    await expect.poll(async () => (await stored(page))?.tracker.steps['step-03']?.memo).toBe('最初のメモ');
    const before = await stored(page);
    // Fill the origin's storage with junk, leaving about 300 characters of room.
    const junk = await page.evaluate(() => {
      localStorage.setItem('room', 'x'.repeat(296));
      let i = 0;
      for (let size = 1 << 20; size >= 1; size >>= 1) {
        try {
          for (;;) localStorage.setItem(`junk-${i++}`, 'x'.repeat(size));
        } catch {
          /* next, smaller size */
        }
      }
      localStorage.removeItem('room');
      return Object.keys(localStorage).filter((k) => k.startsWith('junk-')).length;
    });
    expect(junk).toBeGreaterThan(1);
    await memo.fill('最初のメモ。追記');
    await memo.blur();
    await expect.poll(async () => (await stored(page))?.tracker.steps['step-03']?.memo).toBe('最初のメモ。追記');
    await memo.fill('入らない長いメモ'.repeat(100));
    await memo.blur();
    await shownBeside(page, memo);
    expect(await page.locator('[data-save-error-near]').textContent()).toContain('保存容量が足りない');
    const after = await stored(page);
    expect(after.tracker.steps['step-03'].memo).toBe('最初のメモ。追記');
    expect({ ...after, savedAt: '', tracker: null, revisions: null }).toEqual({ ...before, savedAt: '', tracker: null, revisions: null });
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('junk-')).length)).toBe(junk);
    await reload(page, '/steps/3/');
    expect(await page.locator('textarea[id*="memo"]').first().inputValue()).toBe('最初のメモ。追記');
  });
});

describe('工程表も保存されている値から', () => {
  it('/steps/plan/ の二つのタブ：A の変更がまだ届いていない B で別のステップの月を変えても、A の変更は消えない', async () => {
    const ctx = await fresh();
    await ctx.addInitScript(() => {
      const add = window.addEventListener.bind(window);
      window.addEventListener = ((type: string, fn: EventListener, o?: AddEventListenerOptions) =>
        add(type, type === 'storage' ? (e: Event) => void ((window as unknown as { hold?: boolean }).hold || fn(e)) : fn, o)) as typeof window.addEventListener;
    });
    const open = async () => {
      const p = await ctx.newPage();
      await p.goto(site.at('/steps/plan/'));
      // A value typed before the island has read the saved state is not kept: wait for it (a fresh clone failed here once, 12-06).
      await p.waitForSelector('[data-plan-editor][data-ready="true"]');
      return p;
    };
    const a = await open();
    await a.fill('#plan-start', '2026-06');
    await a.fill('#plan-target', '2027-04');
    await a.locator('#plan-step-02-end').waitFor();
    const b = await open();
    await b.locator('#plan-step-02-end').waitFor();
    await b.evaluate(() => void ((window as unknown as { hold?: boolean }).hold = true));
    /** One month after the step's end, as YYYY-MM. */
    const later = async (p: Page, id: string) => {
      const [y, m] = (await p.inputValue(`#plan-${id}-end`)).split('-').map(Number);
      return m === 12 ? `${y! + 1}-01` : `${y}-${String(m! + 1).padStart(2, '0')}`;
    };
    const endA = await later(a, 'step-01');
    await a.fill('#plan-step-01-end', endA);
    await expect.poll(async () => (await stored(a))?.plan.steps['step-01']?.end).toBe(endA);
    const endB = await later(b, 'step-02');
    await b.fill('#plan-step-02-end', endB);
    await expect.poll(async () => (await stored(b))?.plan.steps['step-02']?.end).toBe(endB);
    expect((await stored(b)).plan.steps['step-01']?.end).toBe(endA);
  });
});
