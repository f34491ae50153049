/**
 * The source documents' extracted text (sources/ in this repository; sources/README.md names the
 * documents, their dates and the terms they are reused under), with the look-alike radicals mapped
 * to ordinary kanji, for faithfulness tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalizeJa } from '../../src/lib/normalize';

/** The folder of the extracted source texts, inside the repository. */
export const SOURCE_DIR = fileURLToPath(new URL('../../sources/', import.meta.url));
const GUIDE = SOURCE_DIR + 'guide.txt';
const NOTICE = SOURCE_DIR + 'notice.txt';

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
