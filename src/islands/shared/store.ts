/**
 * The one thin binding between the islands and the saved-state store (src/lib/saved-store.ts).
 * The only code in src/islands that touches window.localStorage (derivedStorage hands it to the
 * inventory's level cache, src/lib/inventory/level-cache.ts), the `storage` event and
 * navigator.storage. One store per page (a module singleton: islands on a page share this
 * chunk), created lazily in the browser; on the server every island renders the empty state.
 *
 * Usage in an island:
 *   const [tracker, updateTracker, snap] = useSavedState('tracker');
 *   updateTracker((t) => setStatus(t, 'step-01', 'done', nowIso()), { completed: true });
 *   const [diag, updateDiag] = useSavedState('diagnosis');
 *   updateDiag((d) => ({ ...d, answers: { ...d.answers, q1: 'yes' } }));
 *   updateDiag(() => emptyDiagnosis(), { reset: true });   // 「最初からやり直す」: a new generation
 * Return the same object for "no change": nothing is saved. The store stamps revisions and
 * `updatedAt` itself (an island need not). Writes are throttled (at most every 300 ms) and
 * flushed on blur and on `pagehide`, so typing costs little and nothing is lost on close.
 * A failed save is shown beside the control the user last changed (and announced); a restore
 * in another tab is announced at the top of every page (pages with StorageNotice show it there).
 * Render after `snap.ready` if a control must not flash the empty state.
 */
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { createSavedStore, initialSnapshot, type SavedStore, type StoreSnapshot, type UpdateOptions } from '../../lib/saved-store';
import type { SavedState, SectionName } from '../../schemas/state/envelope';
import type { StorageLike } from '../../lib/storage';

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
  const s = createSavedStore({ storage, now: () => new Date().toISOString(), tabId: Math.random().toString(36).slice(2, 12), schedule: (fn, ms) => void setTimeout(fn, ms) });
  store = s;
  s.load();
  window.addEventListener('storage', (e) => s.receive(e.key));
  // Nothing typed is lost: pending writes go out when a field loses focus and when the page goes away.
  window.addEventListener('pagehide', () => s.flush());
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && s.flush());
  document.addEventListener('focusout', () => s.flush());
  watchPage(s);
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
/** The store's current snapshot (loading the store the first time). */
export const getSnapshot = (): StoreSnapshot => get()?.getSnapshot() ?? SERVER;
/** The current snapshot. */

/** Calls `fn` on every change; returns the unsubscribe function. */
export const subscribe = (fn: (s: StoreSnapshot) => void): (() => void) => get()?.subscribe(fn) ?? (() => undefined);

/**
 * The `input` event being dispatched right now, if any: a capturing listener notes it before the
 * island's handler runs and forgets it once the dispatch is over (a microtask later).
 */
let dispatching: Event | undefined;
let listening = false;
function currentInput(): Event | undefined {
  if (typeof document === 'undefined') return undefined;
  if (!listening) {
    listening = true;
    document.addEventListener(
      'input',
      (ev) => {
        dispatching = ev;
        queueMicrotask(() => {
          if (dispatching === ev) dispatching = undefined;
        });
      },
      true,
    );
  }
  return dispatching;
}
currentInput(); // listen from the start, so the first keystroke is seen as typing too

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
const checkable = (el: Control): el is HTMLInputElement => el.type === 'radio' || el.type === 'checkbox';

/** Changes one section and saves (see UpdateOptions). */
export function updateSection<K extends SectionName>(section: K, fn: (prev: SavedState[K]) => SavedState[K], opts?: UpdateOptions): void {
  // Typing (an `input` event in a text field) is throttled; clicks, choices and commits write at once.
  const e = currentInput();
  const t = e?.type === 'input' ? e.target : null;
  const typing = t instanceof HTMLTextAreaElement || (t instanceof HTMLInputElement && !checkable(t as Control) && t.type !== 'file');
  get()?.update(section, fn, typing ? { ...opts, typing: true } : opts);
}

/** Counts one edit for the export reminder (a text field committed on blur); writes what is pending. */
export const countChange = (): void => (get()?.flush(), get()?.countChange());
/** Replaces everything (after an import the user confirmed): a new generation; the state replaced is kept as a backup. */
export const replaceState = (state: SavedState): void => get()?.replace(state);
/** Merges a colleague's file into what is stored (after the user confirmed the preview). */
export const mergeState = (state: SavedState): void => get()?.merge(state);
/** 「元に戻す」 after a restore or merge. */
export const undoReplace = (): boolean => get()?.undo() ?? false;
/** The page's store, null on the server: the backups list (src/lib/kept-backups.ts, loaded on demand) works on it. */
export const pageStore = (): SavedStore | null => get();
/** The page's storage for what is derived from the saved state (the inventory's level cache), null when the page works in memory only. */
export const derivedStorage = (): StorageLike | null => get()?.backupStorage() ?? null;
/** Sets this browser's 作業者名 (recorded with every unit changed from now on); returns it as stored. */
export const setAuthor = (name: string): string => get()?.setAuthor(name) ?? '';
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
  downloadBlob(name, new Blob([text], { type }));
}

/** Saves a Blob as a file (the Word 起案, the Excel workbook, the exports). */
export function downloadBlob(name: string, blob: Blob): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/**
 * Choices and typing made before an island took over are kept. On a slow PC the page is usable a
 * second or more before its script has run; the island's first render with the saved state would
 * then reset what the user chose. So the controls the user changed inside islands not yet hydrated
 * (`astro-island[ssr]`; changed = differs from what the HTML said) are noted when this module
 * loads and when an island hydrates, and after the saved state is shown they are replayed through
 * the island's own handlers (`input` and `change` events), as if made again. A text field that
 * the saved state fills keeps the saved text: typing into a field that only looked empty does not
 * overwrite what was saved.
 */
const early = new Map<Control, string | boolean>();
function noteEarlyEdits(): void {
  if (typeof document === 'undefined') return;
  for (const el of document.querySelectorAll<Control>('astro-island[ssr] :is(input:not([type=file]), select, textarea)'))
    if (!early.has(el) && (checkable(el) ? el.checked !== el.defaultChecked : el instanceof HTMLSelectElement ? [...el.options].some((o) => o.selected !== o.defaultSelected) : el.value !== el.defaultValue)) early.set(el, checkable(el) ? el.checked : el.value);
}
noteEarlyEdits();
function replayEarlyEdits(): void {
  // Called once the render with the saved state is committed; the timer lets Astro mark the island hydrated first.
  setTimeout(() => {
    for (const [el, want] of early) {
      if (el.closest('astro-island[ssr]')) continue; // its island has not taken over yet
      early.delete(el); // once hydrated, its island is no longer marked `ssr`: never noted again
      if (!el.isConnected) continue;
      if (checkable(el)) {
        // Replayed even when the box still shows the early choice (a control whose component did
        // not re-render keeps what the DOM showed); every handler reads the box, so replaying a
        // choice already saved changes nothing.
        if (el.type === 'radio' && !want) continue; // a radio is unchecked by checking another
        el.checked = want as boolean;
      } else {
        // Saved text wins over typing into a field that only looked empty.
        if (el.value === want || (el.value !== '' && el.localName !== 'select')) continue;
        el.value = want as string;
      }
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }, 0);
}

/** Preact hook: the whole snapshot, re-rendered on every change. */
export function useStore(): StoreSnapshot {
  const [s, set] = useState<StoreSnapshot>(SERVER);
  // Runs inside the hydration, while the island is still marked `ssr`.
  useLayoutEffect(noteEarlyEdits, []);
  useEffect(() => {
    const now = getSnapshot();
    set(now);
    if (now === SERVER) replayEarlyEdits();
    return subscribe(set);
  }, []);
  // Replayed once the render with the saved state is on screen (the controls then show what is
  // saved), not on a timer that a slow PC may run before that render.
  const shown = s !== SERVER;
  useLayoutEffect(() => {
    if (shown) replayEarlyEdits();
  }, [shown]);
  return s;
}

/** Preact hook: one section of the saved state, its updater, and the snapshot. */
export function useSavedState<K extends SectionName>(section: K): [SavedState[K], (fn: (prev: SavedState[K]) => SavedState[K], opts?: UpdateOptions) => void, StoreSnapshot] {
  const s = useStore();
  return [s.state[section], (fn, opts) => updateSection(section, fn, opts), s];
}

/** Pages whose own StorageNotice shows restores from other tabs (the page-level notice then stays quiet). */
let noticeMounted = false;
/** Called by StorageNotice: this page shows the store's notices itself. */
export const claimNotices = (): void => void (noticeMounted = true);

/**
 * Plain-DOM helpers outside the islands' trees (so every island on every page gets them):
 * - a failed save is shown right below the control the user last changed, in an alert region,
 *   and linked to it with aria-describedby;
 * - a restore or reset in another tab is announced in a status region at the top of <main>
 *   on pages without StorageNotice, with a button to close it.
 */
function watchPage(s: SavedStore): void {
  let control: HTMLElement | null = null;
  const track = (e: Event) => {
    const t = e.target;
    const c = t instanceof Element ? t.closest('input, select, textarea, button') : null;
    if (c instanceof HTMLElement) control = c;
  };
  document.addEventListener('input', track, true);
  document.addEventListener('change', track, true);
  document.addEventListener('click', track, true);
  const main = document.querySelector('main') ?? document.body;
  let near: HTMLElement | null = null;
  let top: HTMLElement | null = null;
  let shownError = '';
  let shownNotice = '';
  const placeError = () => {
    if (!near) {
      near = document.createElement('div');
      near.id = 'save-error-near';
      near.className = 'save-error-near no-print';
      near.setAttribute('role', 'alert');
      near.setAttribute('data-save-error-near', '');
      main.append(near);
    }
    const c = control?.isConnected ? control : null;
    const own = (c?.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter((id) => id && id !== near!.id)
      .some((id) => !!shownError && (document.getElementById(id)?.textContent ?? '').includes(shownError));
    const text = shownError && !own ? `保存できませんでした：${shownError}` : '';
    near.textContent = text;
    near.hidden = !text;
    if (!text || !c) return near.removeAttribute('style');
    const described = c.getAttribute('aria-describedby') ?? '';
    if (!described.split(' ').includes(near.id)) c.setAttribute('aria-describedby', `${described} ${near.id}`.trim());
    const parent = (near.offsetParent as HTMLElement | null) ?? document.body;
    const r = c.getBoundingClientRect();
    const p = parent.getBoundingClientRect();
    near.style.top = `${r.bottom - p.top + 4}px`;
    near.style.left = `${Math.max(0, r.left - p.left)}px`;
  };
  s.subscribe((snap) => {
    if (snap.saveError !== shownError) {
      shownError = snap.saveError;
      // After the islands have rendered: an island that already shows the message beside this
      // control (linked by aria-describedby) keeps it; otherwise it goes right below the control.
      setTimeout(placeError, 0);
    }
    const notice = noticeMounted ? '' : snap.generationNotice;
    if (notice !== shownNotice) {
      shownNotice = notice;
      if (!top) {
        top = document.createElement('div');
        top.setAttribute('role', 'status');
        top.className = 'page-store-notice no-print';
        top.setAttribute('data-page-notice', '');
        main.prepend(top);
      }
      top.replaceChildren();
      if (notice) {
        const box = document.createElement('div');
        box.className = 'note note--warning';
        const p = document.createElement('p');
        p.textContent = notice + ' ';
        const close = document.createElement('button');
        close.type = 'button';
        close.className = 'button button--secondary';
        close.textContent = 'このお知らせを閉じる';
        close.addEventListener('click', () => (s.acknowledge(), main.focus()));
        p.append(close);
        box.append(p);
        top.append(box);
      }
    }
  });
}
