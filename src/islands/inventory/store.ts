/**
 * A tiny adapter from the inventory island to the shared storage layer (src/lib/storage.ts):
 * the inventory is one section of the one saved envelope. Replace with the shared store hook
 * (src/islands/shared/store.ts) once it is in main.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { emptyState, loadState, mergeStates, parseState, saveState, STORAGE_KEY, type StorageLike } from '../../lib/storage';
import type { SavedState } from '../../schemas/state/envelope';
import type { InventoryState } from '../../schemas/state/inventory';

function browserStorage(): StorageLike | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export interface InventoryStore {
  /** false until the saved state has been read (first render on the client) */
  ready: boolean;
  inventory: InventoryState;
  /** Applies a change, stamps updatedAt and saves the whole envelope */
  update(change: (inv: InventoryState) => InventoryState): void;
  /** Storage problem to show (unavailable, backup made, quota), or '' */
  problem: string;
}

/** The inventory section of the saved state, kept in sync with storage and other tabs. */
export function useInventoryStore(): InventoryStore {
  const [state, setState] = useState<SavedState>(() => emptyState());
  const [ready, setReady] = useState(false);
  const [loadProblem, setLoadProblem] = useState('');
  const [saveProblem, setSaveProblem] = useState('');
  const latest = useRef(state);
  latest.current = state;

  useEffect(() => {
    const storage = browserStorage();
    const loaded = loadState(storage, new Date().toISOString());
    setState(loaded.state);
    setLoadProblem(loaded.message ?? '');
    setReady(true);
    const onStorage = (e: StorageEvent) => {
      if (e.key !== STORAGE_KEY || !e.newValue) return;
      try {
        const theirs = parseState(JSON.parse(e.newValue));
        if (!theirs.problem) setState((mine) => mergeStates(mine, theirs.state));
      } catch {
        /* another tab wrote something unreadable: keep ours */
      }
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  const update = (change: (inv: InventoryState) => InventoryState) => {
    const now = new Date().toISOString();
    const next: SavedState = { ...latest.current, inventory: { ...change(latest.current.inventory), updatedAt: now } };
    latest.current = next;
    setState(next);
    const r = saveState(browserStorage(), next, now);
    setSaveProblem(r.ok ? '' : r.message);
  };

  return { ready, inventory: state.inventory, update, problem: [loadProblem, saveProblem].filter(Boolean).join(' ') };
}
