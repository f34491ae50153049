/**
 * 保存とバックアップ: the restore/backup part (「ファイルからの復元・合わせた読み込み・バックアップ」)
 * loads on demand when its <details> opens (src/islands/TransferPanel.tsx). Tests that import a
 * file, use the text code or read the backups open it first, as a user does.
 */
import type { Page } from 'playwright-core';

/** Opens the restore/backup part (if it is not open yet) and waits until it has loaded. */
export async function openTransferTools(page: Page): Promise<void> {
  const details = page.locator('[data-transfer-details]');
  await details.waitFor();
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('> summary').click();
  await page.locator('[data-transfer-tools]').waitFor();
}
