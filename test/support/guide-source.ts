/**
 * The source documents' extracted text (../shared/source/, beside the checkout in CI), with
 * the look-alike radicals mapped to ordinary kanji, for faithfulness tests. Where ../shared is
 * absent (a clone on its own) the tests that use it fail under `npm test` and CI, and are
 * skipped only in a direct vitest run (test/support/prerequisites.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalizeJa } from '../../src/lib/normalize';

const SHARED = fileURLToPath(new URL('../../../shared/source/', import.meta.url));
const GUIDE = SHARED + '000_bde12bf6eebcfdcd.txt';
const NOTICE = SHARED + '003_78fac8d072f5913e.txt';

export const hasSources = existsSync(GUIDE) && existsSync(NOTICE);

/** Maps U+2E80–U+2FDF radicals to their kanji (NFKC per character plus the three NFKC misses). */
export function mapRadicals(text: string): string {
  return text.replace(/[\u2E80-\u2FDF]/g, (c) => normalizeJa(c)).replace(/\uFE13/g, '：');
}

/** The guide's text, radicals mapped, whitespace removed (for "appears verbatim" checks). */
export const guideFlat = (): string => mapRadicals(readFileSync(GUIDE, 'utf8')).replace(/\s+/g, '');
/** The notice's text, whitespace removed. */
export const noticeFlat = (): string => readFileSync(NOTICE, 'utf8').replace(/\s+/g, '');
/** The guide's text with radicals mapped (line breaks kept). */
export const guideText = (): string => mapRadicals(readFileSync(GUIDE, 'utf8'));
