/**
 * Moving saved progress between browsers: one JSON file (「進捗をファイルに保存」, pretty
 * JSON with a Japanese note on what each part is) and, where files cannot cross networks, a
 * copyable text code. Import never writes: it returns the state and a summary, and the caller
 * asks the user before replacing anything (the store then starts a new generation). Files of
 * format v1 and v2 are read; anything not fully valid is refused, naming the field.
 */
import { unitLabel } from './handover';
import { checksum } from './checksum';
import { emptyState, maxRevision, parseState, sectionUnits, MAX_IMPORT_BYTES } from './storage';
import { IMPORT_STAMP_MAX, SECTION_NAMES, type SavedState } from '../schemas/state/envelope';

// Writing the file and merging two states are in state-file.ts (loaded on every tool page with the
// store and the export button); reading, checking and comparing files stay here, loaded with the
// restore part of the panel (src/islands/ondemand-transfer-tools.tsx).
import { mergeFiles } from './state-file';

// The checks an imported or merged file must pass: here, loaded with the restore part only.
/**
 * Most checklist ticks a file may hold in all (ticked in steps plus orphans): the site's own
 * reconciliation may move every tick of an item the content dropped to the orphans, whose
 * limit this is, so a file over it would be accepted and then refused on the next load.
 */
export const MAX_TICKS = 5000;

const num = (stamp: string) => parseInt(stamp, 10);

/** Every checklist tick a state holds (ticked in steps, and orphans). */
export const countTicks = (s: SavedState): number => s.tracker.orphans.length + Object.values(s.tracker.steps).reduce((n, p) => n + p.checked.length, 0);

/**
 * Why a valid state must still not be imported or merged ('' when it may): counters so high
 * that the next edit would leave the format, or more ticks than reconciliation can keep.
 */
export function importProblem(s: SavedState): string {
  const counters = [num(s.generation) || 0, maxRevision(s)];
  if (Math.max(...counters) > IMPORT_STAMP_MAX) return `変更の記録（番号 ${Math.max(...counters)}）が大きすぎます（${IMPORT_STAMP_MAX}まで）。このサイトで書き出したファイルではないか、書き換えられています。`;
  const ticks = countTicks(s);
  if (ticks > MAX_TICKS) return `チェックリストの印が${ticks}件あります（${MAX_TICKS}件まで）。`;
  return '';
}

/**
 * An imported file's stamps, renumbered 1, 2, 3… in their order (equal numbers stay equal, the
 * tab ids stay), and its generation set to '0': the restore gives it this browser's next
 * generation, and however large the file's numbers were, every later edit, export and
 * re-import stays far inside the format.
 */
export function compactStamps(s: SavedState): SavedState {
  const ranks = [...new Set(Object.values(s.revisions).map(num))].sort((a, b) => a - b);
  const revisions = Object.fromEntries(Object.entries(s.revisions).map(([k, r]) => [k, `${ranks.indexOf(num(r)) + 1}${r.slice(String(num(r)).length)}`]));
  return { ...s, generation: '0', revisions };
}

export interface ImportSummary {
  name: string;
  department: string;
  savedAt: string;
  stepsDone: number;
  stepsStarted: number;
  answered: number;
  tasks: number;
  /** Steps the file holds that the site does not have (kept, not counted) */
  unknownSteps: number;
  /** Answers to questions the site does not have (kept, not counted) */
  unknownAnswers: number;
}

/** What the site knows: its step ids and its question ids (to count only those). */
export interface Known {
  steps?: readonly string[];
  questions?: readonly string[];
}

export type ImportResult = { ok: true; state: SavedState; summary: ImportSummary } | { ok: false; message: string };

/** What a state holds, for the confirmation before replacing: only steps and questions the site knows are counted. */
export function summarize(state: SavedState, known: Known = {}): ImportSummary {
  const isStep = (id: string) => !known.steps || known.steps.includes(id);
  const isQuestion = (id: string) => !known.questions || known.questions.includes(id);
  const stepIds = Object.keys(state.tracker.steps);
  const steps = stepIds.filter(isStep).map((id) => state.tracker.steps[id]!);
  const answers = Object.keys(state.diagnosis.answers);
  return {
    name: state.profile.name,
    department: state.profile.department,
    savedAt: state.savedAt,
    stepsDone: steps.filter((s) => s.status === 'done').length,
    stepsStarted: steps.filter((s) => s.status === 'in-progress').length,
    answered: answers.filter(isQuestion).length,
    tasks: state.inventory.tasks.length,
    unknownSteps: stepIds.length - steps.length,
    unknownAnswers: answers.filter((q) => !isQuestion(q)).length,
  };
}

const byteLength = (s: string) => new TextEncoder().encode(s).length;

/** Reads an exported file's text. Rejects, with a Japanese message, anything not fully valid. */
export function importState(text: string, known: Known = {}): ImportResult {
  if (byteLength(text) > MAX_IMPORT_BYTES) return { ok: false, message: 'ファイルが大きすぎます（1MBまで）。このサイトで書き出した進捗ファイルを選んでください。何も変更していません。' };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: 'ファイルを読み取れませんでした。このサイトで書き出した進捗ファイル（.json）ではないようです。何も変更していません。' };
  }
  const r = parseState(data);
  const problem = r.problem ? r.message : importProblem(r.state);
  if (problem) return { ok: false, message: `このファイルは読み込めません。${problem}何も変更していません。` };
  const state = compactStamps(r.state);
  return { ok: true, state, summary: summarize(state, known) };
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
export function decodeCode(code: string, known: Known = {}): ImportResult {
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
  return importState(text, known);
}

/* ------------------------------------------------------------------------------------------
 * Merging a colleague's file (「合わせて読み込む」).
 * ---------------------------------------------------------------------------------------- */

/** What one unit becomes when merging: 'ours', 'theirs', or 'same' (both hold the same). */
export interface MergeRow {
  key: string;
  label: string;
  outcome: 'ours' | 'theirs' | 'same';
}

const unitJson = (v: unknown) => JSON.stringify(v) ?? '';

/** The units of a state with content, by key. */
function unitsOf(s: SavedState): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const name of SECTION_NAMES) if (s[name] !== undefined) for (const [k, v] of sectionUnits(name, s[name])) out.set(k, v);
  return out;
}

/** Before confirming a merge: what each unit holding anything becomes (ours, theirs, the same). */
export function mergePreview(ours: SavedState, theirs: SavedState): MergeRow[] {
  const merged = unitsOf(mergeFiles(ours, theirs));
  const mine = unitsOf(ours);
  const other = unitsOf(theirs);
  const blank = unitsOf(emptyState());
  const rows: MergeRow[] = [];
  const order = (k: string) => `${SECTION_NAMES.indexOf(k.split('.')[0] as never)}`.padStart(2, '0') + k;
  for (const key of [...new Set([...mine.keys(), ...other.keys()])].sort((x, y) => (order(x) < order(y) ? -1 : 1))) {
    const m = unitJson(merged.get(key));
    const same = unitJson(mine.get(key)) === unitJson(other.get(key));
    if (same && (mine.get(key) === undefined || unitJson(mine.get(key)) === unitJson(blank.get(key)))) continue;
    rows.push({ key, label: unitLabel(key), outcome: same ? 'same' : m === unitJson(mine.get(key)) ? 'ours' : 'theirs' });
  }
  return rows;
}

/** Checks a merge result the way an import is checked ('' when it may be used). */
export const mergeProblem = (merged: SavedState): string => importProblem(merged);
