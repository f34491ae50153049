/**
 * The merge of two saved states, with examples and with properties over generated states
 * (fast-check): commutative, associative, idempotent, and a newer generation always wins.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { emptyState, isAhead, mergeStates, stampChanges } from '../../src/lib/storage';
import { GENERATION, REVISION, type SavedState } from '../../src/schemas/state/envelope';
import { STEP_STATUSES, type StepProgress } from '../../src/schemas/state/tracker';

const T = '2026-11-21T09:00:00.000Z';
const step = (p: Partial<StepProgress> = {}): StepProgress => ({ status: '未着手', checked: [], owner: '', due: '', memo: '', updatedAt: T, ...p });

describe('例：変更番号で決まり、時計では決まらない', () => {
  it('同じステップは変更番号の大きいほうが残る（更新日時が古くても）', () => {
    const a = emptyState();
    const b = emptyState();
    a.tracker.steps['step-01'] = step({ memo: '後の編集（時計が2時間遅れたPC）', updatedAt: '2026-11-21T07:00:00.000Z' });
    a.revisions['tracker.step-01'] = '5.a';
    b.tracker.steps['step-01'] = step({ memo: '先の編集', updatedAt: '2026-11-21T09:00:00.000Z' });
    b.revisions['tracker.step-01'] = '4.b';
    expect(mergeStates(a, b).tracker.steps['step-01']?.memo).toBe('後の編集（時計が2時間遅れたPC）');
    expect(mergeStates(b, a).tracker.steps['step-01']?.memo).toBe('後の編集（時計が2時間遅れたPC）');
  });
  it('別々のステップ・区分の変更は両方残る', () => {
    const a = emptyState();
    const b = emptyState();
    a.tracker.steps['step-02'] = step({ owner: 'A' });
    a.revisions['tracker.step-02'] = '1.a';
    a.profile = { name: '〇〇町', department: '', updatedAt: T };
    a.revisions['profile'] = '2.a';
    b.tracker.steps['step-03'] = step({ owner: 'B' });
    b.revisions['tracker.step-03'] = '1.b';
    b.diagnosis = { answers: { leadership: 'yes' }, profile: {}, updatedAt: T };
    b.revisions['diagnosis'] = '2.b';
    const m = mergeStates(a, b);
    expect(m.tracker.steps['step-02']?.owner).toBe('A');
    expect(m.tracker.steps['step-03']?.owner).toBe('B');
    expect(m.profile.name).toBe('〇〇町');
    expect(m.diagnosis.answers).toEqual({ leadership: 'yes' });
  });
  it('ステップの「内容にない項目」はそのステップと一緒に扱う', () => {
    const a = emptyState();
    const b = emptyState();
    a.tracker.orphans = [{ step: 'step-01', item: 'old' }];
    a.revisions['tracker.step-01'] = '1.a';
    b.tracker.steps['step-01'] = step({ checked: ['old'] });
    b.revisions['tracker.step-01'] = '2.b';
    const m = mergeStates(a, b);
    expect(m.tracker.orphans).toEqual([]);
    expect(m.tracker.steps['step-01']?.checked).toEqual(['old']);
  });
  it('新しい世代（復元）は、古い世代の変更番号がどれほど大きくても丸ごと勝つ', () => {
    const old = emptyState();
    old.tracker.steps['step-01'] = step({ status: '完了' });
    old.revisions['tracker.step-01'] = '999.z';
    const restored = emptyState();
    restored.generation = '1.a.restore';
    expect(mergeStates(old, restored)).toBe(restored);
    expect(mergeStates(restored, old)).toBe(restored);
  });
  it('変更した単位にだけ、見た中で最大の番号＋1とタブの id を付ける', () => {
    const before = emptyState();
    before.revisions = { profile: '7.x' };
    before.tracker.steps['step-01'] = step();
    const after = { ...before, tracker: { ...before.tracker, steps: { ...before.tracker.steps, 'step-02': step({ status: '完了' }) } } };
    const s = stampChanges(before, after, 'tracker', 'me');
    expect(s.revisions).toEqual({ profile: '7.x', 'tracker.step-02': '8.me' });
    expect(isAhead(s, before)).toBe(true);
    expect(isAhead(before, s)).toBe(false);
  });
});

/* --------------------------------- generated states ---------------------------------- */

const tab = fc.constantFrom('a', 'b', 'c');
const stamp = fc.tuple(fc.integer({ min: 1, max: 12 }), tab).map(([n, t]) => `${n}.${t}`);
const generation = fc.oneof(
  fc.constant('0'),
  fc.tuple(fc.integer({ min: 1, max: 11 }), tab, fc.constantFrom('restore', 'reset')).map(([n, t, why]) => `${n}.${t}.${why}`),
);
const stepIds = ['step-01', 'step-02', 'step-03'] as const;
const progress = fc.record({ status: fc.constantFrom(...STEP_STATUSES), memo: fc.constantFrom('', 'A', 'B'), checked: fc.subarray(['i1', 'i2']) }).map((p) => step(p));

/** A state over a small pool of units, so that generated pairs share units and collide. */
const state: fc.Arbitrary<SavedState> = fc
  .record({
    generation,
    profile: fc.option(fc.tuple(stamp, fc.constantFrom('〇〇町', '△△村', '')), { nil: undefined }),
    diagnosis: fc.option(fc.tuple(stamp, fc.dictionary(fc.constantFrom('q1', 'q2'), fc.constantFrom('yes' as const, 'no' as const))), { nil: undefined }),
    steps: fc.array(fc.tuple(fc.constantFrom(...stepIds), fc.option(stamp, { nil: undefined }), fc.option(progress, { nil: undefined }), fc.subarray(['o1', 'o2'])), { maxLength: 3 }),
  })
  .map(({ generation, profile, diagnosis, steps }) => {
    const s = emptyState();
    s.generation = generation;
    if (profile) {
      s.revisions['profile'] = profile[0];
      s.profile = { name: profile[1], department: '', updatedAt: T };
    }
    if (diagnosis) {
      s.revisions['diagnosis'] = diagnosis[0];
      s.diagnosis = { answers: diagnosis[1], profile: {}, updatedAt: T };
    }
    const seen = new Set<string>();
    for (const [id, rev, p, orphans] of [...steps].sort(([x], [y]) => x.localeCompare(y))) {
      if (seen.has(id)) continue;
      seen.add(id);
      if (rev) s.revisions[`tracker.${id}`] = rev;
      if (p) s.tracker.steps[id] = p;
      for (const item of orphans) s.tracker.orphans.push({ step: id, item });
    }
    return s;
  });

describe('合併の法則（生成した状態で）', () => {
  test.prop([state, state])('可換：merge(a, b) = merge(b, a)', (a, b) => {
    expect(mergeStates(a, b)).toEqual(mergeStates(b, a));
  });
  test.prop([state, state, state])('結合：merge(merge(a, b), c) = merge(a, merge(b, c))', (a, b, c) => {
    expect(mergeStates(mergeStates(a, b), c)).toEqual(mergeStates(a, mergeStates(b, c)));
  });
  test.prop([state, state])('冪等：merge(a, a) = a、merge(m, m) = m', (a, b) => {
    expect(mergeStates(a, a)).toEqual(a);
    const m = mergeStates(a, b);
    expect(mergeStates(m, m)).toEqual(m);
    expect(mergeStates(m, a)).toEqual(m);
  });
  test.prop([state, state])('新しい世代はいつも丸ごと勝つ', (a, b) => {
    const newer = { ...b, generation: `${parseInt(a.generation, 10) + 1}.b.restore` };
    expect(mergeStates(a, newer)).toBe(newer);
    expect(mergeStates(newer, a)).toBe(newer);
  });
  test.prop([stamp, generation])('生成した変更番号・世代は保存形式に合う（数値の比較は桁が増えても正しい）', (r, g) => {
    expect(r).toMatch(REVISION);
    expect(g).toMatch(GENERATION);
  });
  test.prop([state, state])('合併の結果は、同じ世代なら各単位で両方の変更番号以上（古い変更に戻らない）', (a, b) => {
    fc.pre(a.generation === b.generation);
    const m = mergeStates(a, b);
    expect(isAhead(a, m)).toBe(false);
    expect(isAhead(b, m)).toBe(false);
  });
});
