/**
 * Sharing answers without a server: the answers in the URL fragment, compact, versioned and
 * checksummed. Format: `#d=1.<checksum>.<payload>`.
 * - payload: each answer as its question's permanent number and a letter (y 実施している,
 *   p 一部実施, n 実施していない, u わからない), e.g. `1y2p13n`; then each 「団体について」 answer as its
 *   question's upper-case code and its options' lower-case codes, e.g. `KcSaTaCbe`.
 * - checksum: FNV-1a (32 bit, base 36) of `1.<payload>`, to catch a link cut or edited in transit.
 * A link from an older question set keeps working: numbers the content no longer has are
 * ignored and counted, so the page can say so.
 */
import { checksum } from '../checksum';
import { SHARE_KEY, shareParam } from './share-key';
import type { AboutAnswers, AboutQuestion, Answer, Answers, DQuestion } from './types';

/** Version of the fragment format. */
export const SHARE_VERSION = '1';
/** The fragment's key (src/lib/diagnosis/share-key.ts). */
export { SHARE_KEY };

const LETTER: Record<Answer, string> = { yes: 'y', partial: 'p', no: 'n', unknown: 'u' };
const FROM_LETTER: Record<string, Answer> = { y: 'yes', p: 'partial', n: 'no', u: 'unknown' };

/** FNV-1a 32-bit checksum in base 36, unpadded (src/lib/checksum.ts). */
export { checksum };

/** The fragment (without '#') holding the answers and the 「団体について」 answers. */
export function encodeShare(questions: DQuestion[], aboutQs: AboutQuestion[], answers: Answers, about: AboutAnswers): string {
  let payload = '';
  for (const q of [...questions].sort((a, b) => a.n - b.n)) {
    const a = answers[q.id];
    if (a && LETTER[a]) payload += `${q.n}${LETTER[a]}`;
  }
  for (const pq of aboutQs) {
    const v = about[pq.id];
    const values = Array.isArray(v) ? v : typeof v === 'string' && v ? [v] : [];
    const codes = pq.options.filter((o) => values.includes(o.value)).map((o) => o.code).join('');
    if (codes) payload += pq.code + codes;
  }
  return `${SHARE_KEY}=${SHARE_VERSION}.${checksum(`${SHARE_VERSION}.${payload}`)}.${payload}`;
}

export type ShareResult =
  | { kind: 'none' }
  | { kind: 'error'; message: string }
  | { kind: 'ok'; answers: Answers; about: AboutAnswers; ignored: number; note?: string };

const TOKEN = /(\d{1,3})([ypnu])|([A-Z])([a-z]*)/gy;

/** Reads a fragment (with or without '#'); 'none' when it holds no shared answers. */
export function decodeShare(fragment: string, questions: DQuestion[], aboutQs: AboutQuestion[]): ShareResult {
  const param = shareParam(fragment);
  if (param === undefined) return { kind: 'none' };
  let value: string;
  try {
    value = decodeURIComponent(param.slice(SHARE_KEY.length + 1)).trim();
  } catch {
    value = '';
  }
  const parts = value.split('.');
  const tampered = { kind: 'error' as const, message: '共有リンクが途中で切れているか、書き換えられているため読み込めませんでした。リンクを最初から最後までもう一度コピーしてもらってください。いまの回答は変更していません。' };
  if (parts.length !== 3) return tampered;
  const [version, sum, payload] = parts as [string, string, string];
  if (version !== SHARE_VERSION) {
    return { kind: 'error', message: `この共有リンクは、このサイトが読めない形式（版${version.slice(0, 8) || '不明'}）で作られています。リンクを作った人に、最新のページでもう一度共有してもらってください。いまの回答は変更していません。` };
  }
  if (checksum(`${version}.${payload}`) !== sum) return tampered;

  const answers: Answers = {};
  const about: AboutAnswers = {};
  let ignored = 0;
  let pos = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(payload); m; m = TOKEN.exec(payload)) {
    pos = TOKEN.lastIndex;
    if (m[1] !== undefined) {
      const q = questions.find((x) => x.n === Number(m![1]));
      const a = FROM_LETTER[m[2]!];
      if (q && a) answers[q.id] = a;
      else ignored++;
    } else {
      const pq = aboutQs.find((x) => x.code === m![3]);
      if (!pq) {
        ignored++;
        continue;
      }
      const values: string[] = [];
      for (const c of m[4] ?? '') {
        const o = pq.options.find((x) => x.code === c);
        if (o) values.push(o.value);
        else ignored++;
      }
      if (values.length) about[pq.id] = pq.multiple ? values : values[0]!;
    }
  }
  if (pos !== payload.length) return tampered;
  const note = ignored > 0 ? `共有リンクの回答のうち${ignored}件は、現在の設問にないため読み込みませんでした（設問が変更された可能性があります）。` : undefined;
  return { kind: 'ok', answers, about, ignored, ...(note ? { note } : {}) };
}
