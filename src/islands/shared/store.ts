/**
 * The one saved-state store that every island on a page shares (tracker, profile, transfer,
 * diagnosis, inventory). A module singleton: islands on one page import the same chunk, so
 * they see one state. Rules:
 *
 * - Loads lazily in the browser on first use (never on the server): the first render of an
 *   island matches the server HTML (the empty state), then `useSavedState` re-renders with
 *   the saved one.
 * - Every update saves at once. Before writing, it reads what is stored and merges
 *   (`mergeStates`, newer step / section wins), so an edit made in another tab that this tab
 *   has not heard of yet is not overwritten.
 * - The `storage` event from another tab is merged in and flagged (`external`), so the page
 *   can say that it changed. A value this tab cannot read is left alone (not overwritten).
 * - Storage that throws leaves everything working in memory (`available: false`).
 * - Import replaces without merging (the user confirmed the replacement).
 *
 * Usage in an island:
 *   const [tracker, updateTracker, snap] = useSavedState('tracker');
 *   updateTracker((t) => setStatus(t, 'step-01', '完了', nowIso()), { completed: true });
 *   const [diag, updateDiag] = useSavedState('diagnosis');
 *   updateDiag((d) => ({ ...d, answers: { ...d.answers, q1: 'yes' }, updatedAt: nowIso() }));
 * Stamp the section's `updatedAt` on every edit (the cross-tab merge keeps the newer section,
 * per step for the tracker). Return the same object for "no change": nothing is saved.
 * Render the snapshot only after `snap.ready` if a control must not flash the empty state.
 */
import { useEffect, useState } from 'preact/hooks';
import { emptyState, loadState, mergeStates, parseState, saveState, STORAGE_KEY, type StorageLike } from '../../lib/storage';
import { dismissReminder, emptyExportMeta, EXPORT_META_KEY, noteChange, noteExport, parseExportMeta, type ExportMeta } from '../../lib/tracker';
import type { SavedState, SectionName } from '../../schemas/state/envelope';

export interface StoreSnapshot {
  state: SavedState;
  /** false on the server and before the saved state was read */
  ready: boolean;
  /** false when the browser's storage cannot be read or written: memory only */
  available: boolean;
  /** Message about unreadable saved data (with the backup key), from loading */
  loadMessage: string;
  backupKey: string;
  /** Message of the last failed save, '' when the last save worked */
  saveError: string;
  /** navigator.storage.persisted(): true, false, or null when unknown */
  persisted: boolean | null;
  /** ISO time when another tab's change was last merged in, '' if never (or acknowledged) */
  external: string;
  exportMeta: ExportMeta;
}

type Listener = (s: StoreSnapshot) => void;

const nowIso = () => new Date().toISOString();

function browserStorage(): StorageLike | null {
  try {
    // Reading window.localStorage itself throws when storage is disabled by policy.
    const s = window.localStorage;
    return s ?? null;
  } catch {
    return null;
  }
}

const comparable = (s: SavedState) => JSON.stringify({ ...s, savedAt: '' });

function initial(): StoreSnapshot {
  return { state: emptyState(), ready: false, available: true, loadMessage: '', backupKey: '', saveError: '', persisted: null, external: '', exportMeta: emptyExportMeta() };
}

let snap: StoreSnapshot = initial();
let storage: StorageLike | null = null;
let loaded = false;
const listeners = new Set<Listener>();

function emit(next: StoreSnapshot) {
  snap = next;
  for (const l of listeners) l(snap);
}

function readMeta(): ExportMeta {
  try {
    return parseExportMeta(storage ? storage.getItem(EXPORT_META_KEY) : null);
  } catch {
    return emptyExportMeta();
  }
}

function writeMeta(m: ExportMeta) {
  try {
    storage?.setItem(EXPORT_META_KEY, JSON.stringify(m));
  } catch {
    /* memory only: the reminder still works for this page */
  }
}

/** Reads what another tab (or this one) last stored, or null if unreadable. */
function readStored(): SavedState | null {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    if (!raw) return null;
    const r = parseState(JSON.parse(raw));
    return r.problem ? null : r.state;
  } catch {
    return null;
  }
}

function write(state: SavedState, merge: boolean): { state: SavedState; saveError: string } {
  let next = state;
  if (merge && snap.available) {
    const stored = readStored();
    if (stored && comparable(stored) !== comparable(next)) next = mergeStates(next, stored);
  }
  const now = nowIso();
  const r = saveState(storage, next, now);
  next = { ...next, savedAt: now };
  return { state: next, saveError: r.ok ? '' : r.message };
}

function onStorageEvent(e: StorageEvent) {
  if (e.key !== null && e.key !== STORAGE_KEY && e.key !== EXPORT_META_KEY) return;
  if (e.key === EXPORT_META_KEY) {
    emit({ ...snap, exportMeta: readMeta() });
    return;
  }
  // Cleared, or written in a form this tab cannot read (e.g. a newer version of the site in
  // another tab): keep ours in memory and leave the stored value alone.
  const theirs = e.newValue === null || e.key === null ? null : readStored();
  if (!theirs) return;
  if (comparable(theirs) === comparable(snap.state)) return;
  const merged = mergeStates(snap.state, theirs);
  let saveError = snap.saveError;
  if (comparable(merged) !== comparable(theirs)) saveError = saveState(storage, merged, nowIso()).ok ? '' : saveError;
  emit({ ...snap, state: merged, saveError, external: nowIso() });
}

/** Reads the saved state once (browser only). Safe to call many times. */
export function ensureLoaded(): StoreSnapshot {
  if (loaded || typeof window === 'undefined') return snap;
  loaded = true;
  storage = browserStorage();
  const r = loadState(storage, nowIso());
  snap = {
    ...snap,
    state: r.state,
    ready: true,
    available: r.available,
    loadMessage: r.problem || !r.available ? (r.message ?? '') : '',
    backupKey: r.backupKey ?? '',
    exportMeta: readMeta(),
  };
  window.addEventListener('storage', onStorageEvent);
  try {
    const p = navigator.storage?.persisted?.();
    p?.then((v) => emit({ ...snap, persisted: v })).catch(() => undefined);
  } catch {
    /* information only */
  }
  return snap;
}

/** The current snapshot. */
export const getSnapshot = (): StoreSnapshot => snap;

/** Calls `fn` on every change; returns the unsubscribe function. */
export function subscribe(fn: Listener): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

export interface UpdateOptions {
  /** Count as an edit for the export reminder (default true); text inputs count on commit only */
  count?: boolean;
  /** A step was just set to 完了 (triggers the export reminder) */
  completed?: boolean;
}

/** Changes one section and saves. Returns nothing if `fn` returns the same object. */
export function updateSection<K extends SectionName>(section: K, fn: (prev: SavedState[K]) => SavedState[K], opts: UpdateOptions = {}): void {
  ensureLoaded();
  const prev = snap.state[section];
  const next = fn(prev);
  if (next === prev) return;
  const w = write({ ...snap.state, [section]: next }, true);
  let exportMeta = snap.exportMeta;
  if (opts.count !== false || opts.completed) {
    exportMeta = noteChange(exportMeta, { completed: opts.completed === true });
    writeMeta(exportMeta);
  }
  emit({ ...snap, ...w, exportMeta });
}

/** Counts one edit for the export reminder (a text field committed on blur). */
export function countChange(): void {
  ensureLoaded();
  const exportMeta = noteChange(snap.exportMeta);
  writeMeta(exportMeta);
  emit({ ...snap, exportMeta });
}

/** Replaces everything (after an import the user confirmed). */
export function replaceState(state: SavedState): void {
  ensureLoaded();
  const w = write(state, false);
  const exportMeta = noteExport(snap.exportMeta, nowIso());
  writeMeta(exportMeta);
  emit({ ...snap, ...w, exportMeta, loadMessage: '', external: '' });
}

/** Records an export (resets the reminder). */
export function markExported(): void {
  ensureLoaded();
  const exportMeta = noteExport(snap.exportMeta, nowIso());
  writeMeta(exportMeta);
  emit({ ...snap, exportMeta });
}

/** Closes the export reminder until the next export. */
export function dismissExportReminder(): void {
  const exportMeta = dismissReminder(snap.exportMeta);
  writeMeta(exportMeta);
  emit({ ...snap, exportMeta });
}

/** Hides the "updated from another tab" notice. */
export function acknowledgeExternal(): void {
  emit({ ...snap, external: '' });
}

/** Preact hook: the whole snapshot, re-rendered on every change. */
export function useStore(): StoreSnapshot {
  const [s, set] = useState<StoreSnapshot>(initial);
  useEffect(() => {
    set(ensureLoaded());
    return subscribe(set);
  }, []);
  return s;
}

/** Preact hook: one section of the saved state, its updater, and the snapshot. */
export function useSavedState<K extends SectionName>(section: K): [SavedState[K], (fn: (prev: SavedState[K]) => SavedState[K], opts?: UpdateOptions) => void, StoreSnapshot] {
  const s = useStore();
  return [s.state[section], (fn, opts) => updateSection(section, fn, opts), s];
}
