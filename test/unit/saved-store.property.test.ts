/**
 * The store under random interleavings (fast-check): up to three tabs over one storage, each
 * editing, restoring, resetting and receiving (or missing) `storage` events in any order, with
 * clocks that disagree. Every edit writes a unique marker, so the test can tell where each
 * stored value came from. Checked after every step:
 * - the stored generation never goes back;
 * - nothing from before the last restore or reset comes back, unless the restored state had it;
 * - once every tab has heard every change, all tabs show what is stored.
 */
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createSavedStore, type SavedStore } from '../../src/lib/saved-store';
import { compareStamps, emptyState, STORAGE_KEY } from '../../src/lib/storage';
import type { SavedState } from '../../src/schemas/state/envelope';
import { FakeStorage } from './support/fake-storage';

type Op =
  | { kind: 'edit'; tab: number; unit: 'profile' | 'diagnosis' | 'step-01' | 'step-02' }
  | { kind: 'restore'; tab: number }
  | { kind: 'reset'; tab: number }
  | { kind: 'event'; tab: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('edit' as const), tab: fc.nat(2), unit: fc.constantFrom('profile' as const, 'diagnosis' as const, 'step-01' as const, 'step-02' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('restore' as const), tab: fc.nat(2) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reset' as const), tab: fc.nat(2) }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('event' as const), tab: fc.nat(2) }) },
);

/** Every marker a state holds (団体名, 回答, メモ). */
function markers(s: SavedState): string[] {
  return [s.profile.name, ...Object.keys(s.diagnosis.answers), ...Object.values(s.tracker.steps).map((p) => p.memo)].filter(Boolean);
}

describe('ストアの不変条件（ランダムな操作の順序で）', () => {
  test.prop([fc.array(op, { minLength: 1, maxLength: 40 }), fc.array(fc.integer({ min: -7_200, max: 600 }), { minLength: 3, maxLength: 3 })])(
    '世代は戻らず、復元・やり直しの前の内容は戻らず、最後は全タブがそろう',
    (ops, skews) => {
      const st = new FakeStorage();
      const tabs: SavedStore[] = skews.map((skew, i) => {
        let t = Date.parse('2026-11-21T09:00:00.000Z') + skew * 1000;
        const s = createSavedStore({ storage: st, now: () => new Date((t += 1000)).toISOString(), tabId: `t${i}` });
        s.load();
        return s;
      });
      let counter = 0;
      let before = new Set<string>(); // markers written before the last restore / reset
      let allowed = new Set<string>(); // markers the restored state brought back
      let written = new Set<string>();
      let gen = emptyState().generation;
      for (const o of ops) {
        const t = tabs[o.tab]!;
        const m = `m${++counter}`;
        if (o.kind === 'edit') {
          written.add(m);
          if (o.unit === 'profile') t.update('profile', (p) => ({ ...p, name: m }));
          else if (o.unit === 'diagnosis') t.update('diagnosis', (d) => ({ ...d, answers: { [m]: 'yes' } }));
          else t.update('tracker', (tr) => ({ ...tr, steps: { ...tr.steps, [o.unit]: { status: '進行中', checked: [], owner: '', due: '', memo: m, updatedAt: '' } } }));
        } else if (o.kind === 'restore' || o.kind === 'reset') {
          const restored = emptyState();
          restored.profile = { name: m, department: '', updatedAt: '' };
          before = new Set([...before, ...written]);
          written = new Set();
          allowed = new Set([m]);
          if (o.kind === 'restore') t.replace(restored);
          else t.update('profile', () => ({ name: m, department: '', updatedAt: '' }), { reset: true });
          if (o.kind === 'reset') allowed = new Set([m, ...markers(t.getSnapshot().state)]);
        } else t.receive(STORAGE_KEY);

        const raw = st.map.get(STORAGE_KEY);
        if (!raw) continue;
        const s = JSON.parse(raw) as SavedState;
        expect(compareStamps(s.generation, gen)).toBeGreaterThanOrEqual(0);
        gen = s.generation;
        const stale = markers(s).filter((x) => before.has(x) && !allowed.has(x));
        expect(stale, `復元前の内容が戻った: ${stale.join(',')}`).toEqual([]);
      }
      for (const t of tabs) t.receive(STORAGE_KEY);
      const raw = st.map.get(STORAGE_KEY);
      if (raw) {
        const s = JSON.parse(raw) as SavedState;
        for (const t of tabs) expect(markers(t.getSnapshot().state).sort()).toEqual(markers(s).sort());
      }
    },
  );
});
