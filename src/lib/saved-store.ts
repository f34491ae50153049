/**
 * The one saved-state store, framework-free and pure: storage, clock and tab id are passed
 * in, so two instances over one fake storage are two tabs in a unit test. The island hook
 * (src/islands/shared/store.ts) makes one instance per page and feeds it `storage` events.
 *
 * - load(): reads and validates the stored value (storage.ts `loadState` rules: migrate v1,
 *   keep unreadable data aside, or run in memory when it cannot be kept aside).
 * - update(section, fn): first folds in what is stored now (another tab may have written, or
 *   restored), then applies `fn`, stamps a new revision on every merge unit it changed, and
 *   writes. A failed write is kept in `saveError` until a write works.
 * - replace(state): an import or restore code. Starts a new generation, which every other tab
 *   adopts whole as soon as it reads it (and says so); no tab can write an older one back.
 * - receive(key): a `storage` event. Merges, tells the user (`external` or `generationNotice`),
 *   and writes back only what this tab holds that storage lacks.
 * - The export reminder's count lives under its own key and is re-read before each count, so
 *   edits from every tool and tab add up.
 * - The store stamps `updatedAt` of every unit it sees changed (islands need not), with a clock
 *   kept inside 1900–9999, and cleans what it writes (storage.ts `cleanSection`).
 * - Typed text (`typing`) is throttled when a `schedule` is given: the first change is written
 *   at once, later ones at most every WRITE_INTERVAL ms; `flush()` (blur, pagehide) writes what
 *   is pending, and any other change writes everything at once.
 * - The 作業者名 (`setAuthor`) lives under its own key, shared by every tab of this browser; each
 *   unit a write changes records it (storage.ts `stampChanges`), and it travels with the unit.
 * - A restore, a merge or an undo first keeps the state it replaces as a backup (and in memory),
 *   so 「元に戻す」 is offered right after (`undo()`).
 */
import { AUTHOR_KEY, BACKUP_INDEX_KEY, cleanAuthor, BACKUP_KEY_PREFIX, boundedTime, cleanSection, compareStamps, isAhead, keepAside, loadState, mergeStates, nextGeneration, readRaw, saveState, stampChanges, STORAGE_KEY, emptyState, type LoadResult, type StorageLike } from './storage';
import { mergeFiles } from './state-file';
import { dismissReminder, emptyExportMeta, EXPORT_META_KEY, noteChange, noteExport, parseExportMeta, type ExportMeta } from './export-meta';
import { SECTION_LABELS, type SavedState, type SectionName } from '../schemas/state/envelope';

export interface StoreSnapshot {
  state: SavedState;
  /** false on the server and before the saved state was read */
  ready: boolean;
  /** false when this page works in memory only (storage refused, or unreadable data could not be kept aside) */
  available: boolean;
  /** Message about saved data that could not be read (with the backup key), or about memory-only work */
  loadMessage: string;
  backupKey: string;
  /** Message of the last failed save, '' when the last save worked */
  saveError: string;
  /** navigator.storage.persisted(): true, false, or null when unknown */
  persisted: boolean | null;
  /** ISO time when another tab's edits were last merged in, '' if never (or acknowledged) */
  external: string;
  /** Set when another tab restored or reset (a newer generation was adopted): what to tell the user */
  generationNotice: string;
  /** Unreadable stored text that could not be kept aside (offered as a download), '' normally */
  unreadable: string;
  exportMeta: ExportMeta;
  /** After a restore or merge: what 「元に戻す」 brings back (the backup's key, '' if it is in memory only) */
  undo: { key: string; at: string } | null;
  /** Changes whenever the list of backups may have changed (re-read it: src/lib/kept-backups.ts) */
  backupsVersion: number;
  /** Sections that could not be read and are shown empty (their raw data is in a backup) */
  resetSections: SectionName[];
  /** This browser's 作業者名 ('' when not given): recorded with every unit this page changes */
  author: string;
}

export interface UpdateOptions {
  /** Count as an edit for the export reminder (default true); text inputs count on commit only */
  count?: boolean;
  /** A step was just set to 完了 (triggers the export reminder) */
  completed?: boolean;
  /** Start a new generation with the result (「最初からやり直す」): other tabs adopt it whole */
  reset?: boolean;
  /** Text being typed: written at most every WRITE_INTERVAL ms (and on flush); other changes are written at once */
  typing?: boolean;
}

export interface SavedStoreOptions {
  storage: StorageLike | null;
  /** ISO time now (display stamps only; nothing is ordered by it) */
  now: () => string;
  /** This tab's id: lower-case letters and digits, at most 16 */
  tabId: string;
  /** Runs `fn` after `ms` (setTimeout in the browser). Without it every change is written at once. */
  schedule?: (fn: () => void, ms: number) => void;
}

/** The shortest time between two writes of typed text, in ms. */
export const WRITE_INTERVAL = 300;

/** The snapshot before anything was read (server render, first client render). */
export const initialSnapshot = (): StoreSnapshot => ({
  state: emptyState(),
  ready: false,
  available: true,
  loadMessage: '',
  backupKey: '',
  saveError: '',
  persisted: null,
  external: '',
  generationNotice: '',
  unreadable: '',
  exportMeta: emptyExportMeta(),
  undo: null,
  backupsVersion: 0,
  resetSections: [],
  author: '',
});

/**
 * What a page or a print must say when saved data could not be read ('' when all was read):
 * which parts are shown empty, and that the original is kept as a backup (or must be saved).
 */
export function unreadNotice(s: Pick<StoreSnapshot, 'ready' | 'loadMessage' | 'resetSections' | 'backupKey' | 'available' | 'unreadable'>): string {
  if (!s.ready || !s.loadMessage || (s.available && !s.backupKey)) return '';
  const parts = s.resetSections.map((n) => `「${SECTION_LABELS[n]}」`).join('');
  const what = parts ? `保存されていた${parts}を読み込めなかったため、この部分は空として表示しています。` : '保存されていたデータの一部を読み込めませんでした。';
  return s.backupKey
    ? `${what}元のデータはこのブラウザにバックアップとして残っています（「保存とバックアップ」の一覧）。`
    : `${what}元のデータは上書きせずに残してあります。「保存とバックアップ」で元のデータとすべての入力をファイルに保存してください。`;
}

const ADOPTED = {
  restore: '別のタブ（またはウィンドウ）で進捗が復元されました。この画面も復元後の内容に切り替えました（この画面の復元前の内容は使いません）。',
  reset: '別のタブ（またはウィンドウ）で「最初からやり直す」が選ばれたため、この画面もその後の内容に切り替えました。',
};
/** saveError while the page works in memory only. */
export const NOT_SAVED = 'この変更はブラウザに保存されていません（このページは保存しないで動いています）。ページを閉じる前に「すべての入力をファイルに保存」で書き出してください。';

export type SavedStore = ReturnType<typeof createSavedStore>;

/** Creates the store over the given storage (see the module comment). */
export function createSavedStore({ storage, now: clock, tabId, schedule }: SavedStoreOptions) {
  const now = () => boundedTime(clock());
  let snap = initialSnapshot();
  /** The stored text this tab last read or wrote: unchanged storage is not parsed again */
  let lastRaw: string | null = null;
  const listeners = new Set<(s: StoreSnapshot) => void>();
  const set = (patch: Partial<StoreSnapshot>) => {
    if (!Object.keys(patch).length) return;
    snap = { ...snap, ...patch };
    for (const l of listeners) l(snap);
  };

  const readMeta = (): ExportMeta => {
    try {
      return parseExportMeta(storage!.getItem(EXPORT_META_KEY));
    } catch {
      return snap.exportMeta;
    }
  };
  /** Re-reads the reminder's bookkeeping, changes it and writes it back (memory only if storage refuses). */
  const meta = (f: (m: ExportMeta) => ExportMeta): ExportMeta => {
    const m = f(readMeta());
    try {
      storage!.setItem(EXPORT_META_KEY, JSON.stringify(m));
    } catch {
      /* the reminder still works for this page */
    }
    return m;
  };

  const readAuthor = (): string => {
    try {
      return cleanAuthor(storage!.getItem(AUTHOR_KEY) ?? '');
    } catch {
      return snap.author;
    }
  };

  const problem = (r: LoadResult): Partial<StoreSnapshot> =>
    r.available
      ? { backupKey: r.backupKey ?? '', loadMessage: r.message ?? '', resetSections: r.resetSections, backupsVersion: snap.backupsVersion + 1 }
      : { available: false, unreadable: r.unreadable ?? '', loadMessage: r.message ?? '', resetSections: r.resetSections };

  /** A change waits for the end of the interval (throttled writes) */
  let dirty = false;
  let cooling = false;
  /** The state the last restore or merge replaced (for 「元に戻す」) */
  let undoState: SavedState | null = null;
  const coolDown = () => {
    cooling = true;
    schedule!(() => {
      cooling = false;
      if (dirty) flush(), coolDown();
    }, WRITE_INTERVAL);
  };
  /** Writes now, or later when a write happened less than WRITE_INTERVAL ago. */
  function writeSoon(state: SavedState): Partial<StoreSnapshot> {
    if (!schedule) return write(state);
    if (cooling) {
      dirty = true;
      return { state };
    }
    coolDown();
    return write(state);
  }

  /** Writes a state (unless memory only); returns the snapshot fields that change. */
  function write(state: SavedState): Partial<StoreSnapshot> {
    dirty = false;
    const at = now();
    if (!snap.available) return { state: { ...state, savedAt: at }, saveError: NOT_SAVED };
    const r = saveState(storage, state, at);
    if (r.ok) lastRaw = r.raw;
    return { state: { ...state, savedAt: at }, saveError: r.ok ? '' : r.message };
  }

  /**
   * Folds what is stored now into memory: a newer generation is adopted whole, the same one
   * merged unit by unit. Unreadable data is kept aside (or the page goes memory-only).
   */
  function absorb(): { patch: Partial<StoreSnapshot>; theirs?: SavedState } {
    let raw: string | null;
    try {
      raw = storage!.getItem(STORAGE_KEY);
    } catch {
      return { patch: {} };
    }
    // Cleared by another tab or by the user: keep ours; the next write stores it again.
    if (raw === lastRaw || raw === null || !snap.available) return { patch: {} };
    lastRaw = raw;
    const r = readRaw(storage!, raw, now());
    // At once, so that a write in this same call sees a memory-only page and leaves the data alone.
    if (r.problem) return set(problem(r)), { patch: {} };
    const mine = snap.state;
    if (compareStamps(r.state.generation, mine.generation) > 0) {
      return { patch: { state: r.state, generationNotice: ADOPTED[r.state.generation.endsWith('reset') ? 'reset' : 'restore'], external: '' }, theirs: r.state };
    }
    return { patch: { state: mergeStates(mine, r.state), ...(isAhead(r.state, mine) ? { external: now() } : {}) }, theirs: r.state };
  }

  function load(): StoreSnapshot {
    if (snap.ready) return snap;
    const r = loadState(storage, now());
    lastRaw = r.raw ?? null;
    set({ ready: true, state: r.state, exportMeta: readMeta(), author: readAuthor(), ...(r.problem || !r.available ? problem(r) : {}) });
    return snap;
  }

  /**
   * Changes one section and saves. `fn` always receives the stored value (another tab's
   * writes folded in first). Nothing happens if `fn` returns the same object, or a value that
   * differs only in `updatedAt`: the store stamps times and revisions itself.
   */
  function update<K extends SectionName>(section: K, fn: (prev: SavedState[K]) => SavedState[K], opts: UpdateOptions = {}): void {
    load();
    const { patch } = absorb();
    const base = patch.state ?? snap.state;
    const prev = base[section];
    const next = fn(prev);
    if (next === prev) {
      set(patch);
      return;
    }
    let state = stampChanges(base, { ...base, [section]: cleanSection(next) }, section, tabId, now(), snap.author);
    if (opts.reset) state = { ...state, generation: nextGeneration(state.generation, tabId, 'reset') };
    else if (state === base) return set(patch);
    const counted = opts.count !== false || opts.completed;
    set({ ...patch, ...(opts.typing ? writeSoon(state) : write(state)), ...(counted ? { exportMeta: meta((m) => noteChange(m, { completed: opts.completed === true })) } : {}) });
  }

  /** Writes a change still waiting for its interval (blur, pagehide). */
  function flush(): void {
    if (!dirty) return;
    const { patch } = absorb();
    set({ ...patch, ...write(patch.state ?? snap.state) });
  }

  /**
   * Replaces everything (an import, merge or undo the user confirmed): a new generation. The
   * state replaced is first kept as a backup (and in memory) for 「元に戻す」.
   */
  function replace(incoming: SavedState, why: 'restore' | 'undo' = 'restore'): void {
    load();
    const { patch } = absorb();
    const current = patch.state ?? snap.state;
    const at = now();
    const key = snap.available ? (keepAside(storage!, JSON.stringify({ ...current, savedAt: at }), 'replaced', at) ?? '') : '';
    undoState = why === 'undo' ? null : current;
    const state = { ...incoming, generation: nextGeneration(current.generation, tabId, 'restore', incoming.generation) };
    set({
      ...patch,
      ...write(state),
      exportMeta: meta((m) => noteExport(m, at)),
      external: '',
      generationNotice: '',
      undo: undoState ? { key, at } : null,
      backupsVersion: snap.backupsVersion + 1,
      ...(snap.available ? { loadMessage: '', resetSections: [] } : {}),
    });
  }

  /** Merges a colleague's file into what is stored now (storage.ts rules), as a restore. */
  function merge(theirs: SavedState): void {
    load();
    const { patch } = absorb();
    if (patch.state) set(patch);
    replace(mergeFiles(snap.state, theirs));
  }

  /** 「元に戻す」: brings back the state the last restore or merge replaced. */
  function undo(): boolean {
    if (!undoState) return false;
    replace(undoState, 'undo');
    return true;
  }

  /** A `storage` event for `key` (null: storage was cleared). */
  function receive(key: string | null): void {
    if (!snap.ready) return;
    if (key === EXPORT_META_KEY) return set({ exportMeta: readMeta() });
    if (key === AUTHOR_KEY) return set({ author: readAuthor() });
    if (key === BACKUP_INDEX_KEY || key?.startsWith(BACKUP_KEY_PREFIX)) return set({ backupsVersion: snap.backupsVersion + 1 });
    if (key !== STORAGE_KEY) return;
    const { patch, theirs } = absorb();
    // This tab holds something storage lacks (a write that failed or lost a race): store it.
    set(patch.state && theirs && isAhead(patch.state, theirs) ? { ...patch, ...write(patch.state) } : patch);
  }

  /** After the user downloaded the unreadable data: overwrite it and save again. */
  function releaseUnreadable(): void {
    if (!snap.unreadable) return;
    snap = { ...snap, available: true, unreadable: '', loadMessage: '', resetSections: [] };
    set(write(snap.state));
  }

  return {
    getSnapshot: () => snap,
    subscribe(fn: (s: StoreSnapshot) => void): () => void {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    load,
    update,
    flush,
    replace: (incoming: SavedState) => replace(incoming),
    merge,
    undo,
    /** The storage holding the backups, null when the page works in memory only (src/lib/kept-backups.ts lists, restores and deletes them). */
    backupStorage: (): StorageLike | null => (snap.available ? storage : null),
    /** After a backup was deleted: the list is read again. */
    backupsChanged: () => set({ backupsVersion: snap.backupsVersion + 1 }),
    receive,
    releaseUnreadable,
    /** Counts one edit for the export reminder (a text field committed on blur). */
    countChange: () => set({ exportMeta: meta((m) => noteChange(m)) }),
    /** Records an export (resets the reminder). */
    markExported: () => set({ exportMeta: meta((m) => noteExport(m, now())) }),
    /** Closes the export reminder until the next export. */
    dismissReminder: () => set({ exportMeta: meta(dismissReminder) }),
    /** Hides the notices about another tab's changes. */
    acknowledge: () => set({ external: '', generationNotice: '' }),
    setPersisted: (persisted: boolean | null) => set({ persisted }),
    /**
     * Sets this browser's 作業者名 (cleaned: one line, bounded); '' forgets it. Kept in memory
     * when storage refuses. Returns the name as stored.
     */
    setAuthor(name: string): string {
      load();
      const author = cleanAuthor(name);
      try {
        if (author) storage!.setItem(AUTHOR_KEY, author);
        else storage!.removeItem(AUTHOR_KEY);
      } catch {
        /* this page still records it */
      }
      set({ author });
      return author;
    },
  };
}
