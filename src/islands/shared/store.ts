/**
 * The one thin binding between the islands and the saved-state store (src/lib/saved-store.ts).
 * The only code in src/islands that touches window.localStorage, the `storage` event and
 * navigator.storage. One store per page (a module singleton: islands on a page share this
 * chunk), created lazily in the browser; on the server every island renders the empty state.
 *
 * Usage in an island:
 *   const [tracker, updateTracker, snap] = useSavedState('tracker');
 *   updateTracker((t) => setStatus(t, 'step-01', '完了', nowIso()), { completed: true });
 *   const [diag, updateDiag] = useSavedState('diagnosis');
 *   updateDiag((d) => ({ ...d, answers: { ...d.answers, q1: 'yes' }, updatedAt: nowIso() }));
 *   updateDiag(() => emptyDiagnosis(), { reset: true });   // 「最初からやり直す」: a new generation
 * Return the same object for "no change": nothing is saved. The store stamps revisions itself
 * (`updatedAt` is for display only). Show `snap.saveError` where the user types, and
 * `snap.generationNotice` when another tab restored. Render after `snap.ready` if a control
 * must not flash the empty state.
 */
import { useEffect, useState } from 'preact/hooks';
import { createSavedStore, initialSnapshot, type SavedStore, type StoreSnapshot, type UpdateOptions } from '../../lib/saved-store';
import type { SavedState, SectionName } from '../../schemas/state/envelope';

export type { StoreSnapshot, UpdateOptions };

let store: SavedStore | null = null;
const SERVER = initialSnapshot();

function get(): SavedStore | null {
  if (store || typeof window === 'undefined') return store;
  let storage: Storage | null = null;
  try {
    // Reading window.localStorage itself throws when storage is disabled by policy.
    storage = window.localStorage;
  } catch {
    /* memory only */
  }
  const s = createSavedStore({ storage, now: () => new Date().toISOString(), tabId: Math.random().toString(36).slice(2, 12) });
  store = s;
  s.load();
  window.addEventListener('storage', (e) => s.receive(e.key));
  try {
    navigator.storage
      ?.persisted?.()
      .then(s.setPersisted)
      .catch(() => undefined);
  } catch {
    /* information only */
  }
  return s;
}

/** Reads the saved state once (browser only). Safe to call many times. */
export const ensureLoaded = (): StoreSnapshot => get()?.getSnapshot() ?? SERVER;
/** The current snapshot. */
export const getSnapshot = ensureLoaded;

/** Calls `fn` on every change; returns the unsubscribe function. */
export const subscribe = (fn: (s: StoreSnapshot) => void): (() => void) => get()?.subscribe(fn) ?? (() => undefined);

/** Changes one section and saves (see UpdateOptions). */
export function updateSection<K extends SectionName>(section: K, fn: (prev: SavedState[K]) => SavedState[K], opts?: UpdateOptions): void {
  get()?.update(section, fn, opts);
}

/** Counts one edit for the export reminder (a text field committed on blur). */
export const countChange = (): void => get()?.countChange();
/** Replaces everything (after an import the user confirmed): a new generation. */
export const replaceState = (state: SavedState): void => get()?.replace(state);
/** Records an export (resets the reminder). */
export const markExported = (): void => get()?.markExported();
/** Closes the export reminder until the next export. */
export const dismissExportReminder = (): void => get()?.dismissReminder();
/** Hides the notices about another tab's changes or restore. */
export const acknowledgeExternal = (): void => get()?.acknowledge();
/** After the unreadable data was downloaded: overwrite it and save again. */
export const releaseUnreadable = (): void => get()?.releaseUnreadable();

/** Saves text as a file through a Blob URL (exports, and unreadable data kept as a file). */
export function downloadText(name: string, text: string, type: string): void {
  const href = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/** Preact hook: the whole snapshot, re-rendered on every change. */
export function useStore(): StoreSnapshot {
  const [s, set] = useState<StoreSnapshot>(SERVER);
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
