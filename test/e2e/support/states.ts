/**
 * The tools' states the crawl checks beside the plain pages (axe + HTML_CodeSniffer): each one
 * opens a tool and drives it, through its visible controls, into a state that only exists after
 * use. Adding a state is one entry in TOOL_STATES. `ready` waits for the state and fails with a
 * readable message if the tool did not get there.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openReady } from './keyboard';
import { openTransferTools } from './transfer';

export interface ToolState {
  /** What the state is, in Japanese (shown in test names and on /about/accessibility/) */
  name: string;
  /** Site path the state starts from */
  path: string;
  /** Drives the opened page into the state; `at` turns a site path into a URL */
  setup(page: Page, at: (path: string) => string): Promise<void>;
}

const scratch = () => mkdtempSync(join(tmpdir(), 'navi-state-'));

/** Checks the first option of each of the 25 questions of the self-diagnosis. */
async function answerDiagnosis(page: Page): Promise<void> {
  const names = await page.locator('fieldset.diag__q input[type=radio][name^="q-"]').evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLInputElement).name))]);
  if (names.length < 25) throw new Error(`/diagnosis/ の設問（ラジオボタンの組）が ${names.length} 組しかありません`);
  for (const n of names) await page.locator(`input[type=radio][name="${n}"]`).first().check();
}

/** Fills the progress tracker on /steps/: profile, two statuses, one step's 担当・期限・メモ and one item. */
async function fillTracker(page: Page): Promise<void> {
  await page.waitForSelector('[data-tracker][data-ready="true"]');
  await page.fill('#profile-name', '〇〇町');
  await page.fill('#profile-department', '総務課');
  // 未済の項目がある「完了」は一度確認される（issue 15）: 「未済のまま完了にする」で答える
  await page.click('label[for="status-step-01-2"]');
  await page.locator('[data-confirm-complete] button').first().click();
  await page.check('#status-step-03-1');
  await page.click('[data-step-id="step-03"] summary');
  await page.fill('#owner-step-03', '情報政策係');
  await page.fill('#due-step-03', '2027-01-15');
  await page.fill('#memo-step-03', '庁内の説明会の日程を調整する');
  const item = await page.$eval('[data-step-id="step-03"] [data-step-checklist] input[type=checkbox]', (e) => (e as HTMLInputElement).value);
  await page.check(`#chk-${item}`);
}

const TEN_TASKS = ['議事録の作成', '住民票の交付', '税務システムでの課税処理', '工事現場の確認', '庁舎の清掃', '予算書の作成', '窓口での相談対応', '例規の改正案の作成', '広報紙の原稿作成', '会議資料の作成'];

export const TOOL_STATES: ToolState[] = [
  {
    name: '自己診断: 全問に答えた結果',
    path: '/diagnosis/',
    async setup(page) {
      await answerDiagnosis(page);
      await page.getByRole('button', { name: '結果を見る' }).click();
      await page.locator('#result').waitFor();
    },
  },
  {
    name: '自己診断: 未回答のまま「結果を見る」を押したとき',
    path: '/diagnosis/',
    async setup(page) {
      await page.getByRole('button', { name: '結果を見る' }).click();
      await page.waitForFunction(() => document.activeElement !== document.body);
    },
  },
  {
    name: '進捗管理: 入力済み（/steps/）',
    path: '/steps/',
    setup: fillTracker,
  },
  {
    name: '進捗管理: 未済の項目があるステップで「完了」を選び、確認を出したところ',
    path: '/steps/',
    async setup(page) {
      await page.waitForSelector('[data-tracker][data-ready="true"]');
      await page.focus('#status-step-02-0');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.locator('[data-step-id="step-02"] [data-confirm-complete]').waitFor();
    },
  },
  {
    name: '進捗管理: 入力済みのステップのページ（/steps/3/）',
    path: '/steps/3/',
    async setup(page, at) {
      await openReady(page, at('/steps/'));
      await fillTracker(page);
      await openReady(page, at('/steps/3/'));
      await page.waitForSelector('[data-step-panel][data-ready="true"]');
      await page.waitForFunction(() => document.querySelector('[data-step-panel]')?.textContent?.includes('情報政策係'));
    },
  },
  {
    name: '進捗管理: 書き出したファイルを読み込み、上書きの確認を出したところ',
    path: '/steps/',
    async setup(page) {
      await fillTracker(page);
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export]')]);
      const file = join(scratch(), 'progress.json');
      await download.saveAs(file);
      await openTransferTools(page);
      await page.setInputFiles('[data-import-file]', file);
      await page.locator('[data-import-confirm]').waitFor();
    },
  },
  {
    name: '保存とバックアップ: 開いた復元・バックアップの部分を読み込めなかったとき（/diagnosis/）',
    path: '/diagnosis/',
    async setup(page) {
      // The part loads on demand; a dropped connection (ERR_ABORTED) shows the error and the retry button.
      await page.route(/\/ondemand-transfer-tools\.[\w-]+\.js(\?.*)?$/, (route) => route.abort('aborted'));
      await page.click('[data-transfer-details] > summary');
      await page.locator('[data-transfer-load-error] [data-transfer-retry]').waitFor();
    },
  },
  {
    name: '業務の棚卸し: 10件の業務を追加した一覧',
    path: '/inventory/',
    async setup(page) {
      await page.fill('#inv-paste', TEN_TASKS.join('\n'));
      await page.getByRole('button', { name: 'まとめて追加' }).click();
      await page.waitForFunction(() => document.querySelectorAll('.inv-table .inv-row').length === 10);
    },
  },
  {
    name: '業務の棚卸し: CSV の読み込みの確認',
    path: '/inventory/',
    async setup(page) {
      const file = join(scratch(), 'tasks.csv');
      writeFileSync(file, '\uFEFF業務名,所属,メモ,提案レベル,採用レベル,理由,工夫\r\n議事録の作成,総務課,,Lv.Ⅰ,,,\r\n庁舎の清掃,,,未分類,Lv.Ⅱ,,\r\n');
      await page.setInputFiles('#inv-file', file);
      await page.locator('.inv-preview').waitFor();
    },
  },
  {
    name: '業務の棚卸し: 列の違う CSV を選んだときの誤りの表示',
    path: '/inventory/',
    async setup(page) {
      const file = join(scratch(), 'wrong.csv');
      writeFileSync(file, '名前,課\r\n議事録,総務課\r\n');
      await page.setInputFiles('#inv-file', file);
      await page.locator('#inv-file[aria-invalid="true"]').waitFor();
      await page.locator('#inv-file-err').waitFor();
    },
  },
  {
    name: '導入工程表: 開始月と本格実施の月を入れた月の表',
    path: '/steps/plan/',
    async setup(page) {
      await page.waitForSelector('[data-plan-editor][data-ready="true"]');
      await page.fill('#plan-start', '2026-04');
      await page.fill('#plan-target', '2027-10');
      await page.waitForFunction(() => JSON.parse(localStorage.getItem('telework-navi:state:v1') ?? '{}').plan?.target === '2027-10');
    },
  },
  {
    name: '決裁パック: 進捗と棚卸しを入力した後の見本',
    path: '/pack/',
    async setup(page, at) {
      await openReady(page, at('/steps/'));
      await fillTracker(page);
      await openReady(page, at('/inventory/'));
      await page.fill('#inv-paste', TEN_TASKS.join('\n'));
      await page.getByRole('button', { name: 'まとめて追加' }).click();
      await page.waitForFunction(() => document.querySelectorAll('.inv-table .inv-row').length === 10);
      await openReady(page, at('/pack/'));
      await page.waitForSelector('[data-pack][data-ready="true"]');
      await page.waitForFunction(() => document.querySelector('[data-pack-doc]')?.textContent?.includes('〇〇町'));
    },
  },
  {
    name: '検索: 結果がある（「テレワーク」）',
    path: '/search/?q=' + encodeURIComponent('テレワーク'),
    async setup(page) {
      await page.waitForFunction(() => document.querySelectorAll('main a[href*="/"]').length > 10);
    },
  },
  {
    name: '検索: 見つからない',
    path: '/search/?q=' + encodeURIComponent('ほげふがぴよ'),
    async setup(page) {
      await page.waitForFunction(() => /見つかりません|見つかりませんでした|一致する/.test(document.querySelector('main')?.textContent ?? ''));
    },
  },
];

/** Opens a fresh page at the state's path (storage cleared) and drives it into the state. */
export async function enterState(page: Page, state: ToolState, at: (path: string) => string): Promise<void> {
  await page.goto(at('/'));
  await page.evaluate(() => localStorage.clear());
  await openReady(page, at(state.path));
  try {
    await state.setup(page, at);
  } catch (e) {
    throw new Error(`状態「${state.name}」（${state.path}）に入れませんでした: ${(e as Error).message}`);
  }
}
