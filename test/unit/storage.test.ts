import { describe, expect, it } from 'vitest';
import { BACKUP_KEY_PREFIX, emptyState, listBackups, loadState, mergeStates, parseState, saveState, STORAGE_KEY, type StorageLike } from '../../src/lib/storage';
import type { SavedState } from '../../src/schemas/state/envelope';

/** A Map-backed Storage; `failOn` makes reads or writes throw like a disabled localStorage. */
export class FakeStorage implements StorageLike {
  map = new Map<string, string>();
  constructor(private failOn: { get?: boolean; set?: Error } = {}) {}
  getItem(k: string) {
    if (this.failOn.get) throw new Error('SecurityError');
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.failOn.set) throw this.failOn.set;
    this.map.set(k, v);
  }
  removeItem(k: string) { this.map.delete(k); }
  get length() { return this.map.size; }
  key(i: number) { return [...this.map.keys()][i] ?? null; }
}

const NOW = '2026-11-21T09:00:00.000Z';
const filled = (): SavedState => {
  const s = emptyState(NOW);
  s.profile = { name: '〇〇町', department: '総務課', updatedAt: NOW };
  s.tracker.steps['step-01'] = { status: '完了', checked: ['s01-team'], owner: '総務課', due: '2026-12-01', memo: 'メモ', updatedAt: NOW };
  s.diagnosis.answers['q1'] = 'yes';
  return s;
};

describe('保存と読み込み', () => {
  it('保存した状態をそのまま読み戻せる', () => {
    const st = new FakeStorage();
    const s = filled();
    expect(saveState(st, s, NOW)).toEqual({ ok: true });
    const r = loadState(st, NOW);
    expect(r.problem).toBeUndefined();
    expect(r.available).toBe(true);
    expect(r.state).toEqual({ ...s, savedAt: NOW });
  });
  it('何も保存されていなければ空の状態を返す', () => {
    const r = loadState(new FakeStorage(), NOW);
    expect(r.state).toEqual(emptyState(NOW));
    expect(r.message).toBeUndefined();
  });
});

describe('復元: 読めないデータは退避し、失わない', () => {
  it('壊れたJSONは退避キーに元のまま残し、初期状態で始める', () => {
    const st = new FakeStorage();
    st.map.set(STORAGE_KEY, '{"format":"telework-navi",');
    const r = loadState(st, NOW);
    expect(r.problem).toBe('corrupt');
    expect(r.backupKey).toMatch(new RegExp('^' + BACKUP_KEY_PREFIX));
    expect(st.map.get(r.backupKey!)).toBe('{"format":"telework-navi",');
    expect(r.message).toContain('壊れて');
    expect(r.message).toContain(r.backupKey!);
    expect(r.state).toEqual(emptyState(NOW));
  });
  it('新しい版のデータは退避して、その旨を伝える', () => {
    const st = new FakeStorage();
    const raw = JSON.stringify({ ...filled(), version: 99 });
    st.map.set(STORAGE_KEY, raw);
    const r = loadState(st, NOW);
    expect(r.problem).toBe('future');
    expect(r.message).toContain('版99');
    expect(st.map.get(r.backupKey!)).toBe(raw);
  });
  it('このサイトの形式でないデータは退避する', () => {
    const st = new FakeStorage();
    st.map.set(STORAGE_KEY, '[1,2,3]');
    const r = loadState(st, NOW);
    expect(r.problem).toBe('foreign');
    expect(listBackups(st)).toEqual([r.backupKey]);
  });
  it('一部の区分だけ壊れていれば、ほかの区分は残す', () => {
    const st = new FakeStorage();
    const s = filled() as unknown as Record<string, unknown>;
    s['diagnosis'] = { answers: { q1: 'maybe' }, profile: {}, updatedAt: '' };
    st.map.set(STORAGE_KEY, JSON.stringify(s));
    const r = loadState(st, NOW);
    expect(r.problem).toBe('invalid-section');
    expect(r.resetSections).toEqual(['diagnosis']);
    expect(r.state.tracker.steps['step-01']?.status).toBe('完了');
    expect(r.state.profile.name).toBe('〇〇町');
    expect(r.state.diagnosis.answers).toEqual({});
    expect(r.message).toContain('自己診断の回答');
  });
  it('退避キーは既存の退避と重ならない', () => {
    const st = new FakeStorage();
    st.map.set(STORAGE_KEY, 'x');
    const a = loadState(st, NOW).backupKey;
    const b = loadState(st, NOW).backupKey;
    expect(a).not.toBe(b);
    expect(listBackups(st)).toHaveLength(2);
  });
  it('版の番号がない・不正なデータは読み込まない', () => {
    expect(parseState({ format: 'telework-navi', version: '1' }).problem).toBe('invalid');
    expect(parseState({ format: 'telework-navi', version: 0 }).problem).toBe('invalid');
  });
});

describe('保存できないブラウザ', () => {
  it('読み込みで例外が出ても、メモリ上で動くことを伝える', () => {
    const r = loadState(new FakeStorage({ get: true }), NOW);
    expect(r.available).toBe(false);
    expect(r.state).toEqual(emptyState(NOW));
    expect(r.message).toContain('ファイルに保存');
  });
  it('storage が null でも例外にならない', () => {
    expect(loadState(null, NOW).available).toBe(false);
    expect(saveState(null, emptyState(), NOW).ok).toBe(false);
  });
  it('容量超過は quota として伝える', () => {
    const err = new Error('exceeded'); err.name = 'QuotaExceededError';
    const r = saveState(new FakeStorage({ set: err }), filled(), NOW);
    expect(r).toMatchObject({ ok: false, reason: 'quota' });
  });
  it('書き込み禁止は unavailable として伝える', () => {
    const r = saveState(new FakeStorage({ set: new Error('SecurityError') }), filled(), NOW);
    expect(r).toMatchObject({ ok: false, reason: 'unavailable' });
  });
});

describe('2つのタブでの同時編集（mergeStates）', () => {
  it('別々のステップへの編集は両方残る', () => {
    const a = filled();
    const b = filled();
    a.tracker.steps['step-02'] = { status: '進行中', checked: [], owner: 'A', due: '', memo: '', updatedAt: '2026-11-21T09:01:00Z' };
    b.tracker.steps['step-03'] = { status: '完了', checked: [], owner: 'B', due: '', memo: '', updatedAt: '2026-11-21T09:02:00Z' };
    const m = mergeStates(a, b);
    expect(m.tracker.steps['step-02']?.owner).toBe('A');
    expect(m.tracker.steps['step-03']?.owner).toBe('B');
    expect(m.tracker.steps['step-01']?.status).toBe('完了');
  });
  it('同じステップは新しいほうが残る', () => {
    const a = filled();
    const b = filled();
    a.tracker.steps['step-01'] = { ...a.tracker.steps['step-01']!, memo: '古い', updatedAt: '2026-11-21T09:00:00Z' };
    b.tracker.steps['step-01'] = { ...b.tracker.steps['step-01']!, memo: '新しい', updatedAt: '2026-11-21T10:00:00Z' };
    expect(mergeStates(a, b).tracker.steps['step-01']?.memo).toBe('新しい');
    expect(mergeStates(b, a).tracker.steps['step-01']?.memo).toBe('新しい');
  });
  it('区分ごとに新しいほうが残る', () => {
    const a = filled();
    const b = filled();
    b.diagnosis = { answers: { q2: 'no' }, profile: {}, updatedAt: '2026-11-22T00:00:00Z' };
    a.profile = { name: '△△村', department: '', updatedAt: '2026-11-22T00:00:00Z' };
    const m = mergeStates(a, b);
    expect(m.diagnosis.answers).toEqual({ q2: 'no' });
    expect(m.profile.name).toBe('△△村');
  });
});
