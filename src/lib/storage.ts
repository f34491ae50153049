/**
 * The saved state's format and algebra, pure (the Storage object is passed in, so tests use a
 * Map-backed fake). The store that uses it is src/lib/saved-store.ts.
 *
 * - Read: every value is validated (src/schemas/state: ISO datetimes, real 期限 dates, no
 *   unknown key at any depth, `__proto__` included) and migrated to the current version (v1 → v2). A
 *   section that fails is set aside on its own, with a message that names the field.
 * - Merge (`mergeStates`): a newer generation wins whole; within one generation each merge
 *   unit keeps the higher revision (ties: the larger tab id, then the larger JSON text), so the
 *   merge is commutative, associative and idempotent and no clock is involved.
 * - Backups (`keepAside`): data that cannot be read is copied under a key holding its hash,
 *   once per distinct content, at most MAX_BACKUPS in all; when that is impossible the caller
 *   must not overwrite it.
 */
import { GenerationSchema, RevisionsSchema, SECTION_LABELS, SECTION_NAMES, SECTION_SCHEMAS, STATE_FORMAT, STATE_VERSION, type SavedState, type SectionName } from '../schemas/state/envelope';
import { DATE_TIME } from '../schemas/state/common';
import { checksum } from './checksum';
import type { Issue } from '../schemas/state/check';
import { emptyProfile } from '../schemas/state/profile';
import { emptyTracker, type TrackerState } from '../schemas/state/tracker';
import { emptyDiagnosis } from '../schemas/state/diagnosis';
import { emptyInventory } from '../schemas/state/inventory';
import { emptyPlan } from '../schemas/state/plan';

/** The localStorage key of the saved state. Unchanged since v1, so a v1 value is found and migrated in place. */
export const STORAGE_KEY = 'telework-navi:state:v1';
/** Prefix of the keys under which unreadable data is kept aside (the rest of the key is its hash). */
export const BACKUP_KEY_PREFIX = 'telework-navi:backup:';
/** Most backups kept at once (distinct contents). */
export const MAX_BACKUPS = 3;
/** Largest import accepted, in bytes of text. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

/** The subset of the Web Storage API this module uses. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length: number;
  key(index: number): string | null;
}


/** A fresh, empty state. */
export function emptyState(now = ''): SavedState {
  return {
    format: STATE_FORMAT,
    version: STATE_VERSION,
    savedAt: now,
    generation: '0',
    revisions: {},
    profile: emptyProfile(),
    tracker: emptyTracker(),
    diagnosis: emptyDiagnosis(),
    inventory: emptyInventory(),
    plan: emptyPlan(),
  };
}

type Obj = Record<string, unknown>;
const isRecord = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Migrations, keyed by the version they upgrade from; each returns the next version's shape.
 * v1 → v2: first generation, no revisions yet (given after validation), an empty plan.
 */
export const MIGRATIONS: Record<number, (old: Obj) => Obj> = {
  1: (o) => ({ ...o, version: 2, generation: '0', revisions: {}, plan: emptyPlan() }),
};

export type ReadProblem = 'corrupt' | 'foreign' | 'future' | 'invalid-section' | 'invalid';

export interface ParseResult {
  /** The usable state (possibly partly reset) */
  state: SavedState;
  /** Set when something could not be used; the raw text should be kept aside */
  problem?: ReadProblem;
  /** Plain Japanese message for the user, naming the field that was refused */
  message?: string;
  /** Sections that were reset because they were invalid */
  resetSections: SectionName[];
}

/** 「想定していない項目「tracker.steps.step-01.x」」 / 「「tracker.steps.step-01.due」の値（…）」 */
function describe(i: Issue, prefix: string): string {
  const path = [prefix, ...i.path].join('.');
  return i.keys ? `想定していない項目「${path}.${i.keys[0]}」` : `「${path}」の値（${i.message}）`;
}

const PARTS = { generation: GenerationSchema, revisions: RevisionsSchema, ...SECTION_SCHEMAS } as const;
const LABELS: Record<keyof typeof PARTS, string> = { generation: '復元の記録', revisions: '変更の記録', ...SECTION_LABELS };
const TOP = ['format', 'version', 'savedAt', 'about', ...Object.keys(PARTS)];

/**
 * Validates and migrates parsed JSON into a state, keeping every part that is valid. Any
 * problem is reported (`problem`, `message`): an import refuses the whole file then, a load
 * keeps the valid sections and sets the raw text aside.
 */
export function parseState(data: unknown, now = ''): ParseResult {
  const fail = (problem: ReadProblem, message: string): ParseResult => ({ state: emptyState(now), problem, message, resetSections: [] });
  if (!isRecord(data) || data['format'] !== STATE_FORMAT) return fail('foreign', 'このサイトの保存形式ではないデータです。');
  let obj: Obj = data;
  const from = obj['version'];
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) return fail('invalid', '保存データの形式の版が読み取れません。');
  if (from > STATE_VERSION) return fail('future', `保存データはこのサイトより新しい形式（版${from}）で書かれています。サイトが更新されていない可能性があります。`);
  for (let v = from; v < STATE_VERSION; v++) obj = MIGRATIONS[v]!(obj);

  const state = emptyState(now);
  const notes: string[] = [];
  const resetSections: SectionName[] = [];
  let freshRevisions = from < 2;
  for (const [name, schema] of Object.entries(PARTS) as [keyof typeof PARTS, (typeof PARTS)[keyof typeof PARTS]][]) {
    const r = schema.safeParse(obj[name]);
    if (r.success) (state as Obj)[name] = r.data;
    else {
      if (name === 'revisions') freshRevisions = true;
      if (name in SECTION_SCHEMAS) resetSections.push(name as SectionName);
      notes.push(`「${LABELS[name]}」の内容が正しくないため読み込めませんでした（${describe(r.error.issues[0]!, name)}）。`);
    }
  }
  const saved = obj['savedAt'];
  if (typeof saved === 'string' && DATE_TIME.test(saved)) state.savedAt = saved;
  else notes.push(`保存日時「savedAt」が日時ではありません。`);
  const about = obj['about'];
  const extra = Object.keys(obj).filter((k) => !TOP.includes(k));
  if (about !== undefined && (typeof about !== 'string' || about.length > 1000)) extra.push('about');
  if (extra.length) notes.push(`想定していない項目（${extra.slice(0, 5).join('、')}）が含まれていました。`);
  // v1 had no revisions; a unit with content must still beat the empty state of a new tab.
  if (freshRevisions) state.revisions = baseRevisions(state);
  return notes.length ? { state, problem: 'invalid-section', message: notes.join(''), resetSections } : { state, resetSections };
}

/* ------------------------------------------------------------------------------------------
 * Merge units, revisions and generations.
 * ---------------------------------------------------------------------------------------- */

const json = (v: unknown) => JSON.stringify(v) ?? '';
const cmpText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const num = (stamp: string) => parseInt(stamp, 10);

/** Orders revisions ('n.tab') and generations ('n.tab.why'): by number, then as text. */
export const compareStamps = (a: string, b: string): number => num(a) - num(b) || cmpText(a, b);

/** A tracker step's unit: its progress (absent if never touched) and its orphaned ticks. */
interface StepUnit { p?: TrackerState['steps'][string]; o: string[] }

/** The merge units of one section, by unit key (see UNIT_KEY in the envelope schema). */
export function sectionUnits<K extends SectionName>(name: K, value: SavedState[K]): Map<string, unknown> {
  if (name !== 'tracker') return new Map([[name, value]]);
  const t = value as TrackerState;
  const units = new Map<string, StepUnit>();
  const unit = (id: string) => units.get(`tracker.${id}`) ?? units.set(`tracker.${id}`, { o: [] }).get(`tracker.${id}`)!;
  for (const [id, p] of Object.entries(t.steps)) unit(id).p = p;
  for (const o of t.orphans) unit(o.step).o.push(o.item);
  return units;
}

function joinUnits<K extends SectionName>(name: K, units: Map<string, unknown>): SavedState[K] {
  if (name !== 'tracker') return units.get(name) as SavedState[K];
  const t: TrackerState = { steps: {}, orphans: [] };
  for (const key of [...units.keys()].sort()) {
    const u = units.get(key) as StepUnit | undefined;
    const id = key.slice('tracker.'.length);
    if (u?.p) t.steps[id] = u.p;
    for (const item of u?.o ?? []) t.orphans.push({ step: id, item });
  }
  return t as SavedState[K];
}

/** Revision 1 (tab '') for every unit: data from before revisions existed. */
function baseRevisions(s: SavedState): SavedState['revisions'] {
  const out: SavedState['revisions'] = {};
  for (const name of SECTION_NAMES) for (const k of sectionUnits(name, s[name]).keys()) out[k] = '1.';
  return out;
}

/** The highest revision number in a state. */
export const maxRevision = (s: SavedState): number => Math.max(0, ...Object.values(s.revisions).map(num));

/**
 * Merges two states: the newer generation wins whole; otherwise each unit keeps the version
 * with the higher revision. Commutative, associative and idempotent (property-tested).
 */
export function mergeStates(a: SavedState, b: SavedState): SavedState {
  const g = compareStamps(a.generation, b.generation);
  if (g) return g > 0 ? a : b;
  const out: SavedState = { ...emptyState(a.savedAt > b.savedAt ? a.savedAt : b.savedAt), generation: a.generation };
  for (const name of SECTION_NAMES) {
    const ua = sectionUnits(name, a[name]);
    const ub = sectionUnits(name, b[name]);
    const own = (k: string) => k === name || k.startsWith(name + '.');
    const keys = new Set([...ua.keys(), ...ub.keys(), ...Object.keys(a.revisions).filter(own), ...Object.keys(b.revisions).filter(own)]);
    const picked = new Map<string, unknown>();
    for (const k of keys) {
      const ra = a.revisions[k];
      const rb = b.revisions[k];
      const takeA = (compareStamps(ra ?? '0', rb ?? '0') || cmpText(json(ua.get(k)), json(ub.get(k)))) >= 0;
      const r = takeA ? ra : rb;
      if (r) out.revisions[k] = r;
      picked.set(k, (takeA ? ua : ub).get(k));
    }
    (out as Obj)[name] = joinUnits(name, picked);
  }
  return out;
}

/** Is `a` ahead of `b` anywhere (a newer generation, or a unit with a higher revision)? */
export function isAhead(a: SavedState, b: SavedState): boolean {
  const g = compareStamps(a.generation, b.generation);
  return g > 0 || (g === 0 && Object.entries(a.revisions).some(([k, r]) => compareStamps(r, b.revisions[k] ?? '0') > 0));
}

/**
 * Stamps a new revision (highest seen + 1, this tab's id) on every unit of `section` whose
 * value differs between `before` and `after`. Islands never stamp: the store does it here.
 */
export function stampChanges<K extends SectionName>(before: SavedState, after: SavedState, section: K, tab: string): SavedState {
  const ub = sectionUnits(section, before[section]);
  const ua = sectionUnits(section, after[section]);
  const stamp = `${maxRevision(before) + 1}.${tab}`;
  const revisions = { ...after.revisions };
  for (const k of new Set([...ub.keys(), ...ua.keys()])) if (json(ub.get(k)) !== json(ua.get(k))) revisions[k] = stamp;
  return { ...after, revisions };
}

/** The next generation after `current` (and after an imported file's own). */
export const nextGeneration = (current: string, tab: string, why: 'restore' | 'reset', other = '0'): string => `${Math.max(num(current), num(other)) + 1}.${tab}.${why}`;

/* ------------------------------------------------------------------------------------------
 * Reading, backups and writing.
 * ---------------------------------------------------------------------------------------- */

/** Keys of the backups kept aside, sorted. */
export function listBackups(storage: StorageLike): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i);
    if (k?.startsWith(BACKUP_KEY_PREFIX)) keys.push(k);
  }
  return keys.sort();
}

/**
 * Copies unreadable raw text aside, once per distinct content (exact duplicates left by older
 * versions are removed), at most MAX_BACKUPS in all. Returns the key holding it, or null when
 * it could not be kept (no room, storage refused): then the original must not be overwritten.
 */
export function keepAside(storage: StorageLike, raw: string): string | null {
  try {
    const held = new Map<string, string>();
    for (const k of listBackups(storage)) {
      const v = storage.getItem(k);
      if (v === null) continue;
      if (held.has(v)) storage.removeItem(k);
      else held.set(v, k);
    }
    const found = held.get(raw);
    if (found) return found;
    const key = BACKUP_KEY_PREFIX + checksum(raw, 7) + raw.length.toString(36);
    if (held.size >= MAX_BACKUPS || storage.getItem(key) !== null) return null;
    storage.setItem(key, raw);
    return key;
  } catch {
    return null;
  }
}

export interface LoadResult extends ParseResult {
  /** false: the page must work in memory only (storage refused, or unreadable data could not be kept aside) */
  available: boolean;
  /** Key under which the unreadable raw text was kept, if any */
  backupKey?: string;
  /** The unreadable raw text that could not be kept aside (offer it as a download) */
  unreadable?: string;
  /** The stored text that was read (null: nothing stored) */
  raw?: string | null;
}

/** The message when storage cannot be used at all. */
export const UNAVAILABLE_MESSAGE = 'このブラウザでは入力内容を保存できません（保存機能が無効か、プライベートモードの可能性があります）。入力はこのページを閉じると消えます。「進捗をファイルに保存」で書き出してください。';

/** Reads a stored value; unreadable data is kept aside first (or, if that fails, left untouched). */
export function readRaw(storage: StorageLike, raw: string, now: string): LoadResult {
  let r: ParseResult;
  try {
    r = parseState(JSON.parse(raw), now);
  } catch {
    r = { state: emptyState(now), problem: 'corrupt', message: '保存データが壊れていて読み込めませんでした。', resetSections: [] };
  }
  if (!r.problem) return { ...r, available: true };
  const backupKey = keepAside(storage, raw);
  return backupKey
    ? { ...r, available: true, backupKey, message: `${r.message}元のデータは消さずに、このブラウザ内に「${backupKey}」という名前で退避しました。以前に書き出した進捗ファイルがあれば「ファイルから復元」で戻せます。` }
    : {
        ...r,
        available: false,
        unreadable: raw,
        message: `${r.message}元のデータを退避する場所がブラウザにないため、元のデータは上書きせずにそのまま残し、このページは保存しないで動いています（入力はページを閉じると消えます）。「元のデータをファイルに保存」で元のデータを書き出し、「進捗をファイルに保存」で今の入力も書き出してください。`,
      };
}

/** Reads the saved state. Never throws. */
export function loadState(storage: StorageLike | null, now: string): LoadResult {
  let raw: string | null;
  try {
    raw = storage!.getItem(STORAGE_KEY);
  } catch {
    return { state: emptyState(now), available: false, resetSections: [], message: UNAVAILABLE_MESSAGE };
  }
  return raw === null ? { state: emptyState(now), available: true, resetSections: [], raw } : { ...readRaw(storage!, raw, now), raw };
}

export type SaveResult = { ok: true; raw: string } | { ok: false; reason: 'unavailable' | 'quota'; message: string };

/** Writes the state (stamping savedAt). Never throws. */
export function saveState(storage: StorageLike | null, state: SavedState, now: string): SaveResult {
  const raw = JSON.stringify({ ...state, savedAt: now });
  try {
    storage!.setItem(STORAGE_KEY, raw);
    return { ok: true, raw };
  } catch (e) {
    const quota = e instanceof Error && /quota/i.test(e.name + e.message);
    return {
      ok: false,
      reason: quota ? 'quota' : 'unavailable',
      message: quota
        ? 'ブラウザの保存容量が足りないため、この変更を保存できませんでした。「進捗をファイルに保存」で書き出してください。'
        : 'このブラウザでは保存できませんでした。入力はこのページを閉じると消えます。「進捗をファイルに保存」で書き出してください。',
    };
  }
}
