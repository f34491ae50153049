/**
 * A tiny adapter between the diagnosis island and the one storage layer (src/lib/storage.ts):
 * read once, write the diagnosis and profile sections back without touching the others.
 * Swap for the shared store hook (src/islands/shared/store.ts) once it is in main.
 */
import { loadState, parseState, saveState, STORAGE_KEY, type StorageLike } from '../../lib/storage';
import type { SavedState } from '../../schemas/state/envelope';

/** window.localStorage, or null when the browser refuses access (policy, private mode). */
export function browserStorage(): StorageLike | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Reads the saved state (never throws). */
export function readSaved() {
  return loadState(browserStorage(), new Date().toISOString());
}

/**
 * Saves the diagnosis and profile sections on top of what is stored now (another page or tab
 * may have changed the tracker since this page loaded). Returns the storage layer's result.
 */
export function writeSaved(memory: SavedState, diagnosis: SavedState['diagnosis'], profile: SavedState['profile']) {
  const storage = browserStorage();
  const now = new Date().toISOString();
  let base = memory;
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    if (raw) {
      const parsed = parseState(JSON.parse(raw), now);
      if (!parsed.problem) base = parsed.state;
    }
  } catch {
    // unreadable: keep the in-memory state; loadState already kept the raw data aside
  }
  const next: SavedState = { ...base, diagnosis, profile };
  return { state: next, result: saveState(storage, next, now) };
}

export { STORAGE_KEY };
