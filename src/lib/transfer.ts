/**
 * Moving saved progress between browsers: one JSON file (「進捗をファイルに保存」, pretty
 * JSON with a Japanese note on what each part is) and, where files cannot cross networks, a
 * copyable text code. Import never writes: it returns the state and a summary, and the caller
 * asks the user before replacing anything (the store then starts a new generation). Files of
 * format v1 and v2 are read; anything not fully valid is refused, naming the field.
 */
import { checksum } from './checksum';
import { parseState, MAX_IMPORT_BYTES } from './storage';
import type { SavedState } from '../schemas/state/envelope';

/** The note at the top of an exported file, for people who open it. Ignored on import. */
export const FILE_ABOUT =
  '自治体テレワーク推進ナビの進捗ファイル（形式 版2）。「ファイルから復元」で読み込めます。profile＝団体の情報、tracker＝10ステップの進捗、diagnosis＝自己診断の回答、inventory＝業務の棚卸し、plan＝導入工程表。';

/** The file's name: 「テレワーク推進ナビ_進捗_団体名_2026-11-21.json」. */
export function exportFileName(state: SavedState, today: string): string {
  const name = state.profile.name.replace(/[\\/:*?"<>|\s]+/g, '').slice(0, 30);
  return `テレワーク推進ナビ_進捗${name ? '_' + name : ''}_${today}.json`;
}

/** The exported file's text: the whole state with its format version, export time and a note. */
export function exportState(state: SavedState, now: string): string {
  const { format, version, ...rest } = state;
  return JSON.stringify({ format, version, about: FILE_ABOUT, ...rest, savedAt: now }, null, 2) + '\n';
}

export interface ImportSummary {
  name: string;
  department: string;
  savedAt: string;
  stepsDone: number;
  stepsStarted: number;
  answered: number;
  tasks: number;
}

export type ImportResult = { ok: true; state: SavedState; summary: ImportSummary } | { ok: false; message: string };

/** What a state holds, for the confirmation before replacing. */
export function summarize(state: SavedState): ImportSummary {
  const steps = Object.values(state.tracker.steps);
  return {
    name: state.profile.name,
    department: state.profile.department,
    savedAt: state.savedAt,
    stepsDone: steps.filter((s) => s.status === '完了').length,
    stepsStarted: steps.filter((s) => s.status === '進行中').length,
    answered: Object.keys(state.diagnosis.answers).length,
    tasks: state.inventory.tasks.length,
  };
}

const byteLength = (s: string) => new TextEncoder().encode(s).length;

/** Reads an exported file's text. Rejects, with a Japanese message, anything not fully valid. */
export function importState(text: string): ImportResult {
  if (byteLength(text) > MAX_IMPORT_BYTES) return { ok: false, message: 'ファイルが大きすぎます（1MBまで）。このサイトで書き出した進捗ファイルを選んでください。何も変更していません。' };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: 'ファイルを読み取れませんでした。このサイトで書き出した進捗ファイル（.json）ではないようです。何も変更していません。' };
  }
  const r = parseState(data);
  if (r.problem) return { ok: false, message: `このファイルは読み込めません。${r.message}何も変更していません。` };
  return { ok: true, state: r.state, summary: summarize(r.state) };
}

/** The code's scheme (not the state's format version, which is inside). */
const CODE_PREFIX = 'TWN1-';

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): Uint8Array {
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

/** A copyable text code holding the whole state (base64url of its JSON, with a checksum). */
export function encodeCode(state: SavedState, now: string): string {
  const body = toBase64Url(new TextEncoder().encode(JSON.stringify({ ...state, savedAt: now })));
  return `${CODE_PREFIX}${checksum(body, 7)}-${body}`;
}

/** Reads a text code back; whitespace and line breaks added by mail or chat are ignored. */
export function decodeCode(code: string): ImportResult {
  const c = code.replace(/\s+/g, '');
  if (!c.startsWith(CODE_PREFIX)) return { ok: false, message: '復元コードの形式が違います。「TWN1-」で始まるコードを、最初から最後まで貼り付けてください。' };
  const rest = c.slice(CODE_PREFIX.length);
  const dash = rest.indexOf('-');
  const sum = rest.slice(0, dash);
  const body = rest.slice(dash + 1);
  if (dash < 0 || checksum(body, 7) !== sum) return { ok: false, message: '復元コードが途中で切れているか、書き換わっています。コードを最初から最後までもう一度コピーしてください。' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(body));
  } catch {
    return { ok: false, message: '復元コードを読み取れませんでした。' };
  }
  return importState(text);
}
