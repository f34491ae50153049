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
import { AUTHOR_MAX, AuthorsSchema, GenerationSchema, RevisionsSchema, SECTION_LABELS, SECTION_NAMES, SECTION_SCHEMAS, STAMP_MAX, STATE_FORMAT, STATE_VERSION, type SavedState, type SectionName } from '../schemas/state/envelope';
import { DATE_TIME, MAX_TIME, MIN_TIME, SINGLE_LINE_KEYS } from '../schemas/state/common';
import { checksum } from './checksum';
import type { Issue } from '../schemas/state/check';
import { emptyProfile } from '../schemas/state/profile';
import { emptyTracker, V2_STATUSES, type TrackerState } from '../schemas/state/tracker';
import { emptyDiagnosis } from '../schemas/state/diagnosis';
import { emptyInventory } from '../schemas/state/inventory';
import { emptyPlan } from '../schemas/state/plan';

/** The localStorage key of the saved state. Unchanged since v1, so a v1 value is found and migrated in place. */
export const STORAGE_KEY = 'telework-navi:state:v1';
/** Prefix of the keys under which unreadable data is kept aside (the rest of the key is its hash). */
export const BACKUP_KEY_PREFIX = 'telework-navi:backup:';
/** Key of this browser's 作業者名 (who the user said they are; recorded with each unit they change). */
export const AUTHOR_KEY = 'telework-navi:author:v1';
/** Key of the backups' index: when each was kept and why ({ [key]: { at, kind } }). */
export const BACKUP_INDEX_KEY = 'telework-navi:backups:v1';
/** Most backups kept at once (distinct contents); the oldest goes first (a replaced state before unreadable data). */
export const MAX_BACKUPS = 5;
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

/** v2 → v3: each step's status from the Japanese word to its code; anything else is left for validation to refuse. */
function v3Tracker(t: unknown): unknown {
  if (!isRecord(t) || !isRecord(t['steps'])) return t;
  // A status that is not one of the four words (a number, an object, '__proto__') is no own key: left as it is.
  const code = (p: unknown) => (isRecord(p) && Object.hasOwn(V2_STATUSES, p['status'] as string) ? { ...p, status: V2_STATUSES[p['status'] as string] } : p);
  return { ...t, steps: Object.fromEntries(Object.entries(t['steps']).map(([id, p]) => [id, code(p)])) };
}

/** v2 → v3: the diagnosis's 「団体について」 answers, `profile` → `about` (the same place in the object). */
function v3Diagnosis(d: unknown): unknown {
  if (!isRecord(d) || !Object.hasOwn(d, 'profile') || Object.hasOwn(d, 'about')) return d;
  return Object.fromEntries(Object.entries(d).map(([k, v]) => [k === 'profile' ? 'about' : k, v]));
}

/**
 * Migrations, keyed by the version they upgrade from; each returns the next version's shape.
 * Run on everything read: localStorage, imported and merged files, backups.
 * v1 → v2: first generation, no revisions yet (given after validation), an empty plan.
 * v2 → v3: names with one meaning — step statuses as codes, the diagnosis's `profile` → `about`.
 */
export const MIGRATIONS: Record<number, (old: Obj) => Obj> = {
  1: (o) => ({ ...o, version: 2, generation: '0', revisions: {}, plan: emptyPlan() }),
  2: (o) => ({ ...o, version: 3, tracker: v3Tracker(o['tracker']), diagnosis: v3Diagnosis(o['diagnosis']) }),
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
const TOP = ['format', 'version', 'savedAt', 'about', 'authors', ...Object.keys(PARTS)];

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
  for (const name of SECTION_NAMES) if (state[name] !== undefined) (state as Obj)[name] = cleanSection(state[name]);
  // v1 had no revisions; a unit with content must still beat the empty state of a new tab.
  if (freshRevisions) state.revisions = baseRevisions(state);
  if (obj['authors'] !== undefined) {
    // The site records a name only with a revision it stamps; names of revisions not read go with them.
    const a = AuthorsSchema.safeParse(obj['authors']);
    const kept = a.success && !freshRevisions ? Object.entries(a.data).filter(([k]) => state.revisions[k]) : [];
    if (!a.success || (!freshRevisions && kept.length < Object.keys(a.data).length)) notes.push('「作業者名の記録」の内容が正しくないため読み込めませんでした。');
    if (kept.length) state.authors = Object.fromEntries(kept);
  }
  return notes.length ? { state, problem: 'invalid-section', message: notes.join(''), resetSections } : { state, resetSections };
}

/* ------------------------------------------------------------------------------------------
 * What the site writes: the same rules on load, import and every store write.
 * ---------------------------------------------------------------------------------------- */

const CONTROL_MULTI = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029]/g;
const CONTROL_SINGLE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;

/** Renames repeated `id`s in a list of records (「t1」「t1」 → 「t1」「t1~2」), keeping the first. */
export function uniqueIds<T>(list: T[]): T[] {
  if (!list.some((x) => isRecord(x) && typeof x['id'] === 'string')) return list;
  const seen = new Set<string>();
  return list.map((x) => {
    if (!isRecord(x) || typeof x['id'] !== 'string') return x;
    let id = x['id'];
    if (seen.has(id)) {
      let n = 2;
      while (seen.has(`${id.slice(0, 58)}~${n}`)) n++;
      id = `${id.slice(0, 58)}~${n}`;
    }
    seen.add(id);
    return id === x['id'] ? x : ({ ...x, id } as T);
  });
}

/**
 * A section as the site writes it: control characters stripped (tabs and line breaks too in
 * the single-line fields of SINGLE_LINE_KEYS), repeated ids in lists renumbered. Idempotent.
 */
export function cleanSection<T>(value: T, key = ''): T {
  if (typeof value === 'string') return value.replace(SINGLE_LINE_KEYS.has(key) ? CONTROL_SINGLE : CONTROL_MULTI, '') as T;
  if (Array.isArray(value)) return uniqueIds(value.map((x) => cleanSection(x, key))) as T;
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, x]) => [k, cleanSection(x, k)])) as T;
  return value;
}

/** A 作業者名 as the site stores it: one line, control characters stripped, trimmed, at most AUTHOR_MAX characters. */
export function cleanAuthor(name: string): string {
  return [...name.replace(CONTROL_SINGLE, '').trim()].slice(0, AUTHOR_MAX).join('').trim();
}

/** A time the format can hold: a clock before 1900 gives 1900, after 9999 gives the end of 9999. */
export function boundedTime(iso: string): string {
  if (DATE_TIME.test(iso)) return iso;
  if (iso.startsWith('+')) return MAX_TIME;
  if (iso.startsWith('-') || /^\d{4}-/.test(iso)) return iso < '1900' ? MIN_TIME : MAX_TIME;
  return '';
}

/* ------------------------------------------------------------------------------------------
 * Merge units, revisions and generations.
 * ---------------------------------------------------------------------------------------- */

const json = (v: unknown) => JSON.stringify(v) ?? '';
/** Orders two texts by code unit (no locale). */
export const cmpText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
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
      const takeA = (compareStamps(ra ?? '0', rb ?? '0') || cmpText(json(ua.get(k)), json(ub.get(k))) || cmpText(a.authors?.[k] ?? '', b.authors?.[k] ?? '')) >= 0;
      const r = takeA ? ra : rb;
      if (r) out.revisions[k] = r;
      // The name follows the unit that wins.
      const who = (takeA ? a : b).authors?.[k];
      if (who) (out.authors ??= {})[k] = who;
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

/** A unit's content without its display time (a change of `updatedAt` alone is no change). */
function unitText(v: unknown): string {
  if (!isRecord(v)) return json(v);
  const { updatedAt: _u, ...rest } = v;
  if (isRecord(rest['p'])) {
    const { updatedAt: _p, ...p } = rest['p'];
    return json({ ...rest, p });
  }
  return json(rest);
}

const withTime = <T>(v: T, now: string): T => (isRecord(v) && 'updatedAt' in v ? ({ ...v, updatedAt: now } as T) : v);

/**
 * Stamps a new revision (highest seen + 1, this tab's id, never above STAMP_MAX) on every unit
 * of `section` whose content differs between `before` and `after`, and, given `now`, its
 * `updatedAt`, and the 作業者名 `author` (none: the unit's earlier name is removed). A unit whose `updatedAt` alone differs keeps its old value; nothing changed at
 * all returns `before` itself. Islands never stamp: the store does it here.
 */
export function stampChanges<K extends SectionName>(before: SavedState, after: SavedState, section: K, tab: string, now = '', author = ''): SavedState {
  const ub = sectionUnits(section, before[section]);
  const ua = sectionUnits(section, after[section]);
  const stamp = `${Math.min(maxRevision(before) + 1, STAMP_MAX)}.${tab}`;
  const revisions = { ...after.revisions };
  const changed = new Set<string>();
  for (const k of new Set([...ub.keys(), ...ua.keys()])) if (unitText(ub.get(k)) !== unitText(ua.get(k))) changed.add(k);
  if (!changed.size) return before;
  for (const k of changed) revisions[k] = stamp;
  // Each changed unit records who changed it; without a name, an earlier name is not kept on it.
  const { authors: had, ...rest } = after;
  const authors = { ...had };
  for (const k of changed) if (author) authors[k] = author; else delete authors[k];
  const named = Object.keys(authors).length ? { authors } : {};
  let value = after[section];
  if (section === 'tracker') {
    const t = after.tracker;
    const steps = { ...t.steps };
    for (const id of Object.keys(steps)) {
      const k = `tracker.${id}`;
      if (changed.has(k)) steps[id] = now ? withTime(steps[id]!, now) : steps[id]!;
      else if (before.tracker.steps[id]) steps[id] = before.tracker.steps[id]!;
    }
    value = { ...t, steps } as SavedState[K];
  } else if (now) value = withTime(value, now);
  return { ...rest, ...named, revisions, [section]: value } as SavedState;
}

/** The next generation after `current` (and after an imported file's own). */
export const nextGeneration = (current: string, tab: string, why: 'restore' | 'reset', other = '0'): string => `${Math.min(Math.max(num(current), num(other)) + 1, STAMP_MAX)}.${tab}.${why}`;

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

/** Why a backup was kept: data that could not be read, or the state a restore or merge replaced. */
export type BackupKind = 'unreadable' | 'replaced';
export interface BackupEntry {
  key: string;
  /** ISO time it was kept ('' for backups from before the index) */
  at: string;
  kind: BackupKind;
  raw: string;
}
/** The backups' index: when each was kept and why. */
export type BackupIndex = Record<string, { at: string; kind: BackupKind }>;

/** The backups' index as stored (entries that are not backups' dropped); {} when unreadable. */
export function readIndex(storage: StorageLike): BackupIndex {
  try {
    const v: unknown = JSON.parse(storage.getItem(BACKUP_INDEX_KEY) ?? '{}');
    if (!isRecord(v)) return {};
    const out: BackupIndex = {};
    for (const [k, e] of Object.entries(v)) {
      if (!k.startsWith(BACKUP_KEY_PREFIX) || !isRecord(e)) continue;
      const at = typeof e['at'] === 'string' && DATE_TIME.test(e['at']) ? e['at'] : '';
      out[k] = { at, kind: e['kind'] === 'replaced' ? 'replaced' : 'unreadable' };
    }
    return out;
  } catch {
    return {};
  }
}

/**
 * Copies raw text aside, once per distinct content (exact duplicates are removed), at most
 * MAX_BACKUPS in all: when full, the oldest backup of a replaced state goes first, then the
 * oldest of all. Returns the key holding it, or null when it could not be kept (storage
 * refused or full): then the original must not be overwritten.
 */
export function keepAside(storage: StorageLike, raw: string, kind: BackupKind = 'unreadable', at = ''): string | null {
  try {
    const index = readIndex(storage);
    const held = new Map<string, string>();
    for (const k of listBackups(storage)) {
      const v = storage.getItem(k);
      if (v === null) continue;
      if (held.has(v)) storage.removeItem(k), delete index[k];
      else held.set(v, k);
    }
    const found = held.get(raw);
    if (found) return found;
    const key = BACKUP_KEY_PREFIX + checksum(raw, 7) + raw.length.toString(36);
    if (storage.getItem(key) !== null) return null;
    const order = (k: string) => `${index[k]?.kind === 'replaced' ? 0 : 1}${index[k]?.at ?? ''}`;
    const keys = [...held.values()].sort((x, y) => cmpText(order(x), order(y)));
    while (keys.length >= MAX_BACKUPS) {
      const victim = keys.shift()!;
      storage.removeItem(victim);
      delete index[victim];
    }
    storage.setItem(key, raw);
    index[key] = { at: boundedTime(at), kind };
    try {
      storage.setItem(BACKUP_INDEX_KEY, JSON.stringify(index));
    } catch {
      /* the backup is kept; only its time is not */
    }
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
export const UNAVAILABLE_MESSAGE = 'このブラウザでは入力内容を保存できません（保存機能が無効か、プライベートモードの可能性があります）。入力はこのページを閉じると消えます。「すべての入力をファイルに保存」で書き出してください。';

/** Reads a stored value; unreadable data is kept aside first (or, if that fails, left untouched). */
export function readRaw(storage: StorageLike, raw: string, now: string): LoadResult {
  let r: ParseResult;
  try {
    r = parseState(JSON.parse(raw), now);
  } catch {
    r = { state: emptyState(now), problem: 'corrupt', message: '保存データが壊れていて読み込めませんでした。', resetSections: [] };
  }
  if (!r.problem) return { ...r, available: true };
  const backupKey = keepAside(storage, raw, 'unreadable', now);
  return backupKey
    ? { ...r, available: true, backupKey, message: `${r.message}元のデータは消さずに、このブラウザ内にバックアップ（「${backupKey}」）として残しました。「保存とバックアップ」の一覧から、ファイルに保存したり、戻したりできます。` }
    : {
        ...r,
        available: false,
        unreadable: raw,
        message: `${r.message}元のデータを退避する場所がブラウザにないため、元のデータは上書きせずにそのまま残し、このページは保存しないで動いています（入力はページを閉じると消えます）。「元のデータをファイルに保存」で元のデータを書き出し、「すべての入力をファイルに保存」で今の入力も書き出してください（どちらのボタンもこのお知らせと「保存とバックアップ」にあります）。`,
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
  const raw = JSON.stringify({ ...state, savedAt: boundedTime(now) });
  try {
    storage!.setItem(STORAGE_KEY, raw);
    return { ok: true, raw };
  } catch (e) {
    const quota = e instanceof Error && /quota/i.test(e.name + e.message);
    return {
      ok: false,
      reason: quota ? 'quota' : 'unavailable',
      message: quota
        ? 'ブラウザの保存容量が足りないため、この変更を保存できませんでした。「すべての入力をファイルに保存」で書き出してください。'
        : 'このブラウザでは保存できませんでした。入力はこのページを閉じると消えます。「すべての入力をファイルに保存」で書き出してください。',
    };
  }
}
