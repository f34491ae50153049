/**
 * The one storage layer for everything the site saves (tracker, diagnosis, inventory,
 * profile). Pure: the Storage object is passed in, so tests use a Map-backed fake.
 *
 * Rules:
 * - every read is validated (zod/mini) and migrated to the current version;
 * - data that cannot be read (corrupt JSON, a future or unknown version, a foreign format)
 *   is never dropped: the raw text is copied under a backup key first and the user is told
 *   in Japanese how to recover it;
 * - a section that fails validation is set aside on its own; the other sections are kept;
 * - storage that throws (disabled, private mode, quota) leaves the page working in memory.
 */
import { SavedStateSchema, SECTION_LABELS, SECTION_NAMES, SECTION_SCHEMAS, STATE_FORMAT, STATE_VERSION, type SavedState, type SectionName } from '../schemas/state/envelope';
import { emptyProfile } from '../schemas/state/profile';
import { emptyTracker } from '../schemas/state/tracker';
import { emptyDiagnosis } from '../schemas/state/diagnosis';
import { emptyInventory } from '../schemas/state/inventory';
import { emptyPlan } from '../schemas/state/plan';

/** The localStorage key of the saved state (versioned with the format). */
export const STORAGE_KEY = 'telework-navi:state:v1';
/** Prefix of the keys under which unreadable data is kept aside. */
export const BACKUP_KEY_PREFIX = 'telework-navi:backup:';
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
    profile: emptyProfile(),
    tracker: emptyTracker(),
    diagnosis: emptyDiagnosis(),
    inventory: emptyInventory(),
    plan: emptyPlan(),
  };
}

/**
 * Migrations from older versions, keyed by the version they upgrade from. Each takes the
 * parsed JSON of that version and returns the next version's shape. None yet: version 1
 * is the first released format.
 */
export const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

export type ReadProblem = 'corrupt' | 'foreign' | 'future' | 'invalid-section' | 'invalid';

export interface ParseResult {
  /** The usable state (possibly partly reset) */
  state: SavedState;
  /** Set when something could not be used; the raw text should be kept aside */
  problem?: ReadProblem;
  /** Plain Japanese message for the user */
  message?: string;
  /** Sections that were reset because they were invalid */
  resetSections: SectionName[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Validates and migrates parsed JSON into a state, keeping every section that is valid. */
export function parseState(data: unknown, now = ''): ParseResult {
  if (!isRecord(data) || data['format'] !== STATE_FORMAT) {
    return { state: emptyState(now), problem: 'foreign', message: 'このサイトの保存形式ではないデータです。', resetSections: [] };
  }
  let obj: Record<string, unknown> = data;
  let version = obj['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { state: emptyState(now), problem: 'invalid', message: '保存データの形式の版が読み取れません。', resetSections: [] };
  }
  if (version > STATE_VERSION) {
    return {
      state: emptyState(now),
      problem: 'future',
      message: `保存データはこのサイトより新しい形式（版${version}）で書かれています。サイトが更新されていない可能性があります。`,
      resetSections: [],
    };
  }
  while (version < STATE_VERSION) {
    const migrate = MIGRATIONS[version];
    if (!migrate) return { state: emptyState(now), problem: 'invalid', message: `版${version}の保存データは読み込めません。`, resetSections: [] };
    obj = migrate(obj);
    version = obj['version'];
    if (typeof version !== 'number') return { state: emptyState(now), problem: 'invalid', message: '保存データを新しい形式に変換できませんでした。', resetSections: [] };
  }
  // The 導入工程表 section came after version 1 was released: a saved value without it gets the empty plan.
  if (obj['plan'] === undefined) obj = { ...obj, plan: emptyPlan() };
  const whole = SavedStateSchema.safeParse(obj);
  if (whole.success) return { state: whole.data, resetSections: [] };

  // Keep what can be kept: validate section by section.
  const state = emptyState(typeof obj['savedAt'] === 'string' ? obj['savedAt'] : now);
  const resetSections: SectionName[] = [];
  for (const name of SECTION_NAMES) {
    const r = SECTION_SCHEMAS[name].safeParse(obj[name]);
    if (r.success) (state as Record<SectionName, unknown>)[name] = r.data;
    else if (obj[name] !== undefined) resetSections.push(name);
  }
  const extra = Object.keys(obj).filter((k) => !['format', 'version', 'savedAt', ...SECTION_NAMES].includes(k));
  if (resetSections.length === 0 && extra.length === 0) return { state, resetSections };
  const parts = [
    resetSections.length ? `「${resetSections.map((s) => SECTION_LABELS[s]).join('」「')}」の内容が正しくないため読み込めませんでした。` : '',
    extra.length ? `想定していない項目（${extra.slice(0, 5).join('、')}）が含まれていました。` : '',
  ];
  return { state, problem: 'invalid-section', message: parts.join(''), resetSections };
}

export interface LoadResult extends ParseResult {
  /** false when storage threw on read: the page works in memory only */
  available: boolean;
  /** Key under which the unreadable raw text was kept, if any */
  backupKey?: string;
}

/** Makes a backup key that does not collide with an existing one. */
export function backupKeyFor(storage: StorageLike, now: string): string {
  const stamp = (now || 'unknown').replace(/[^0-9A-Za-z]/g, '');
  let key = BACKUP_KEY_PREFIX + stamp;
  for (let i = 2; safeGet(storage, key) !== null; i++) key = `${BACKUP_KEY_PREFIX}${stamp}-${i}`;
  return key;
}

function safeGet(storage: StorageLike, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

/**
 * Reads the saved state. Never throws: unreadable data is copied under a backup key (the
 * original key is left as it was until the next save overwrites it with a good state).
 */
export function loadState(storage: StorageLike | null, now: string): LoadResult {
  let raw: string | null;
  try {
    if (!storage) throw new Error('no storage');
    raw = storage.getItem(STORAGE_KEY);
  } catch {
    return {
      state: emptyState(now),
      available: false,
      resetSections: [],
      message: 'このブラウザでは入力内容を保存できません（保存機能が無効か、プライベートモードの可能性があります）。入力はこのページを閉じると消えます。「進捗をファイルに保存」で書き出してください。',
    };
  }
  if (raw === null) return { state: emptyState(now), available: true, resetSections: [] };
  let data: unknown;
  let result: ParseResult;
  try {
    data = JSON.parse(raw);
    result = parseState(data, now);
  } catch {
    result = { state: emptyState(now), problem: 'corrupt', message: '保存データが壊れていて読み込めませんでした。', resetSections: [] };
  }
  if (!result.problem) return { ...result, available: true };
  const backupKey = backupKeyFor(storage!, now);
  let kept = true;
  try {
    storage!.setItem(backupKey, raw);
  } catch {
    kept = false;
  }
  const recovery = kept
    ? `元のデータは消さずにブラウザ内に退避しました（キー: ${backupKey}）。以前に書き出した進捗ファイルがあれば「ファイルから復元」で戻せます。`
    : '元のデータを退避する領域がないため、保存データはそのまま残しています。以前に書き出した進捗ファイルがあれば「ファイルから復元」で戻せます。';
  return { ...result, available: true, ...(kept ? { backupKey } : {}), message: `${result.message ?? ''}${recovery}` };
}

export type SaveResult = { ok: true } | { ok: false; reason: 'unavailable' | 'quota'; message: string };

/** Writes the state (stamping savedAt). Never throws. */
export function saveState(storage: StorageLike | null, state: SavedState, now: string): SaveResult {
  const value = JSON.stringify({ ...state, savedAt: now });
  try {
    if (!storage) throw new Error('no storage');
    storage.setItem(STORAGE_KEY, value);
    return { ok: true };
  } catch (e) {
    const quota = e instanceof Error && /quota/i.test(e.name + e.message);
    return {
      ok: false,
      reason: quota ? 'quota' : 'unavailable',
      message: quota
        ? 'ブラウザの保存容量が足りないため保存できませんでした。「進捗をファイルに保存」で書き出してください。'
        : 'このブラウザでは保存できませんでした。入力はこのページを閉じると消えます。「進捗をファイルに保存」で書き出してください。',
    };
  }
}

/** Keys of the backups kept aside, newest last. */
export function listBackups(storage: StorageLike | null): string[] {
  const keys: string[] = [];
  try {
    if (!storage) return keys;
    for (let i = 0; i < storage.length; i++) {
      const k = storage.key(i);
      if (k && k.startsWith(BACKUP_KEY_PREFIX)) keys.push(k);
    }
  } catch {
    return keys;
  }
  return keys.sort();
}

const newer = (a: string, b: string) => (a || '') >= (b || '');

/**
 * Merges the state another tab saved with this tab's, so that concurrent edits in two tabs
 * are both kept: per step for the tracker, per section elsewhere; the newer updatedAt wins.
 */
export function mergeStates(mine: SavedState, theirs: SavedState): SavedState {
  const steps = { ...theirs.tracker.steps };
  for (const [id, p] of Object.entries(mine.tracker.steps)) {
    const t = steps[id];
    if (!t || newer(p.updatedAt, t.updatedAt)) steps[id] = p;
  }
  const orphanKey = (o: { step: string; item: string }) => `${o.step}\u0000${o.item}`;
  const orphans = [...new Map([...theirs.tracker.orphans, ...mine.tracker.orphans].map((o) => [orphanKey(o), o])).values()];
  return {
    ...mine,
    savedAt: newer(mine.savedAt, theirs.savedAt) ? mine.savedAt : theirs.savedAt,
    profile: newer(mine.profile.updatedAt, theirs.profile.updatedAt) ? mine.profile : theirs.profile,
    tracker: { steps, orphans },
    diagnosis: newer(mine.diagnosis.updatedAt, theirs.diagnosis.updatedAt) ? mine.diagnosis : theirs.diagnosis,
    inventory: newer(mine.inventory.updatedAt, theirs.inventory.updatedAt) ? mine.inventory : theirs.inventory,
    plan: newer(mine.plan.updatedAt, theirs.plan.updatedAt) ? mine.plan : theirs.plan,
  };
}
