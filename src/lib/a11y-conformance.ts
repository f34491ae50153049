/**
 * The 対応度 the accessibility page may state, decided from the 達成基準チェックリスト
 * (JIS X 8341-3:2016 and the 「ウェブコンテンツの JIS X 8341-3:2016 対応度表記ガイドライン」):
 * 「準拠」 only when every criterion of the target level is 適合 or 適用なし by the published test;
 * otherwise 「一部準拠」 (the test was done and published, some criteria fail).
 */
export type A11yResult = '適合' | '不適合' | '適用なし';

/** 「準拠」 if every row passes or does not apply, else 「一部準拠」. */
export function conformanceOf(rows: readonly { result: A11yResult }[]): '準拠' | '一部準拠' {
  if (rows.length === 0) throw new Error('達成基準の行がありません');
  return rows.every((r) => r.result !== '不適合') ? '準拠' : '一部準拠';
}

/** Criteria that fail, in the order given (for the statement's list of what is not met). */
export function failing<T extends { result: A11yResult }>(rows: readonly T[]): T[] {
  return rows.filter((r) => r.result === '不適合');
}
