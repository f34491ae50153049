import { describe, expect, it } from 'vitest';
import { loadState, saveState, STORAGE_KEY, emptyState, type StorageLike } from '../../src/lib/storage';
import { DiagnosisStateSchema } from '../../src/schemas/state/diagnosis';

/** A Map-backed Storage; `fail` makes every call throw. */
function fakeStorage(init: Record<string, string> = {}, fail = false): StorageLike & { map: Map<string, string> } {
  const map = new Map(Object.entries(init));
  const guard = () => {
    if (fail) throw new Error('SecurityError');
  };
  return {
    map,
    getItem: (k) => (guard(), map.get(k) ?? null),
    setItem: (k, v) => (guard(), void map.set(k, v)),
    removeItem: (k) => (guard(), void map.delete(k)),
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
  };
}

const NOW = '2026-11-21T10:00:00.000Z';

describe('自己診断の保存（共通の保存層）', () => {
  it('保存→読み込みで回答とプロフィールがそのまま戻る', () => {
    const s = fakeStorage();
    const state = emptyState(NOW);
    state.diagnosis = { answers: { leadership: 'yes', security: 'unknown' }, profile: { kind: 'municipality', concerns: ['cost'] }, updatedAt: NOW };
    expect(saveState(s, state, NOW)).toEqual({ ok: true });
    expect(loadState(s, NOW).state.diagnosis).toEqual(state.diagnosis);
  });
  it('壊れた診断データだけを捨て、ほかの区分（進捗など）は残し、元データを退避する', () => {
    const state = emptyState(NOW);
    state.profile = { name: '○○町', department: '総務課', updatedAt: NOW };
    const raw = JSON.stringify({ ...state, diagnosis: { answers: { leadership: 'perhaps' }, profile: {}, updatedAt: NOW } });
    const s = fakeStorage({ [STORAGE_KEY]: raw });
    const r = loadState(s, NOW);
    expect(r.resetSections).toEqual(['diagnosis']);
    expect(r.state.profile.name).toBe('○○町');
    expect(r.state.diagnosis.answers).toEqual({});
    expect(r.message).toMatch(/自己診断の回答/);
    expect(r.backupKey && s.map.get(r.backupKey)).toBe(raw);
  });
  it('JSONとして壊れたデータは退避し、空の状態で続ける', () => {
    const s = fakeStorage({ [STORAGE_KEY]: '{"format":"telework-navi",' });
    const r = loadState(s, NOW);
    expect(r.problem).toBe('corrupt');
    expect(r.state.diagnosis.answers).toEqual({});
  });
  it('例外を投げるストレージでも落ちず、メモリ上で続けられることを知らせる', () => {
    const s = fakeStorage({}, true);
    const r = loadState(s, NOW);
    expect(r.available).toBe(false);
    expect(r.message).toMatch(/保存できません/);
    expect(saveState(s, r.state, NOW).ok).toBe(false);
  });
  it('回答の値は4種類だけを受け付ける', () => {
    expect(DiagnosisStateSchema.safeParse({ answers: { a: 'yes' }, profile: {}, updatedAt: '' }).success).toBe(true);
    expect(DiagnosisStateSchema.safeParse({ answers: { a: 4 }, profile: {}, updatedAt: '' }).success).toBe(false);
  });
});
