/**
 * Shared by the store, storage, transfer and file tests: one tab's store over a fake Web Storage,
 * loaded, on a fixed clock (the stamp every test of these files uses), and what storage holds.
 */
import { createSavedStore, type SavedStore } from '../../../src/lib/saved-store';
import { emptyState, STORAGE_KEY } from '../../../src/lib/storage';
import type { SavedState } from '../../../src/schemas/state/envelope';
import type { FakeStorage } from './fake-storage';

export const STAMP = '2026-06-01T00:00:00.000Z';

/** A tab `id` over `st`, already loaded; `now` defaults to the fixed STAMP. */
export function openTab(st: FakeStorage, id: string, now: () => string = () => STAMP): SavedStore {
  const s = createSavedStore({ storage: st, now, tabId: id });
  s.load();
  return s;
}

/** The saved state as storage holds it. */
export const storedIn = (st: FakeStorage): SavedState => JSON.parse(st.map.get(STORAGE_KEY)!);

/** An empty saved state at `at` whose 団体名 is `name`, its profile already at revision 1 (as if saved once). */
export function namedState(name: string, at: string = STAMP): SavedState {
  const s = emptyState(at);
  s.profile = { name, department: '', updatedAt: at };
  s.revisions = { profile: '1.x' };
  return s;
}
