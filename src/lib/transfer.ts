/**
 * Moving saved progress between browsers: one JSON file (「進捗をファイルに保存」) and, where
 * files cannot cross networks, a copyable text code. Import never writes: it returns the
 * state and a summary, and the caller asks the user before replacing anything.
 */
import { parseState, MAX_IMPORT_BYTES } from './storage';
import { SECTION_LABELS, type SavedState } from '../schemas/state/envelope';

/** The file's name: 「テレワーク推進ナビ_進捗_団体名_2026-11-21.json」. */
export function exportFileName(state: SavedState, today: string): string {
  const name = state.profile.name.replace(/[\\/:*?"<>|\s]+/g, '').slice(0, 30);
  return `テレワーク推進ナビ_進捗${name ? '_' + name : ''}_${today}.json`;
}

/** The exported file's text: the whole state with its format version and export time. */
export function exportState(state: SavedState, now: string): string {
  return JSON.stringify({ ...state, savedAt: now }, null, 2) + '\n';
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
  if (r.problem) {
    const detail = r.problem === 'invalid-section' ? r.message : r.message ?? '';
    return { ok: false, message: `このファイルは読み込めません。${detail}何も変更していません。` };
  }
  return { ok: true, state: r.state, summary: summarize(r.state) };
}

const CODE_PREFIX = 'TWN1-';

/** FNV-1a 32-bit, to catch a code that was cut or mistyped when copied. */
function checksum(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0');
}

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
  return `${CODE_PREFIX}${checksum(body)}-${body}`;
}

/** Reads a text code back; whitespace and line breaks added by mail or chat are ignored. */
export function decodeCode(code: string): ImportResult {
  const c = code.replace(/\s+/g, '');
  if (!c.startsWith(CODE_PREFIX)) return { ok: false, message: '復元コードの形式が違います。「TWN1-」で始まるコードを、最初から最後まで貼り付けてください。' };
  const rest = c.slice(CODE_PREFIX.length);
  const dash = rest.indexOf('-');
  const sum = rest.slice(0, dash);
  const body = rest.slice(dash + 1);
  if (dash < 0 || checksum(body) !== sum) return { ok: false, message: '復元コードが途中で切れているか、書き換わっています。コードを最初から最後までもう一度コピーしてください。' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(body));
  } catch {
    return { ok: false, message: '復元コードを読み取れませんでした。' };
  }
  return importState(text);
}

/** Japanese labels of the saved sections, re-exported for the import preview. */
export { SECTION_LABELS };
