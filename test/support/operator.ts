/**
 * The operator settings `npm test` builds the sub-path site with (scripts/test.mjs), so one build
 * per base path covers both footers: dist/ has no operator (the unofficial edition), dist-base/ has
 * this one. test/e2e/operator.test.ts checks both.
 */
export const TEST_OPERATOR = {
  SITE_OPERATOR: '〇〇県 総務部 デジタル推進課（試験用）',
  SITE_CONTACT: '内線 1234',
  SITE_CONTACT_URL: 'mailto:telework-test@example.jp',
} as const;
