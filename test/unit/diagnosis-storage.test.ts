/**
 * The diagnosis section through the one store (src/lib/saved-store.ts): answers, the result
 * sheet's 団体名 / 担当課 (the shared profile section) and a share link all save like every
 * other edit, and a failed save is reported.
 */
import { describe, expect, it } from 'vitest';
import { createSavedStore } from '../../src/lib/saved-store';
import { loadState, STORAGE_KEY } from '../../src/lib/storage';
import { DiagnosisStateSchema } from '../../src/schemas/state/diagnosis';
import { FakeStorage, quotaError } from './support/fake-storage';

const NOW = '2026-11-21T10:00:00.000Z';
const store = (st: FakeStorage, tabId = 'd') => {
  const s = createSavedStore({ storage: st, now: () => NOW, tabId });
  s.load();
  return s;
};

describe('自己診断の保存（共通のストア）', () => {
  it('保存→読み込みで回答とプロフィールがそのまま戻る', () => {
    const st = new FakeStorage();
    const diagnosis = { answers: { leadership: 'yes' as const, security: 'unknown' as const }, profile: { kind: 'municipality', concerns: ['cost'] }, updatedAt: NOW };
    store(st).update('diagnosis', () => diagnosis);
    expect(loadState(st, NOW).state.diagnosis).toEqual(diagnosis);
  });
  it('結果シートの団体名・担当課は profile 区分に入り、/steps/ の団体の情報と同じもの', () => {
    const st = new FakeStorage();
    store(st).update('profile', (p) => ({ ...p, name: '○○町', department: '総務課' }), { count: false });
    expect(store(st, 's').getSnapshot().state.profile).toMatchObject({ name: '○○町', department: '総務課' });
  });
  it('共有リンクの適用（回答の置き換え）が保存できないときも saveError で知らせる', () => {
    const st = new FakeStorage();
    const s = store(st);
    st.failSet = quotaError();
    s.update('diagnosis', (d) => ({ ...d, answers: { leadership: 'no' } }));
    expect(s.getSnapshot().saveError).toContain('保存できませんでした');
    expect(s.getSnapshot().state.diagnosis.answers).toEqual({ leadership: 'no' });
  });
  it('壊れた診断データだけを捨て、ほかの区分（進捗など）は残し、元データを退避する', () => {
    const st = new FakeStorage();
    store(st).update('profile', (p) => ({ ...p, name: '○○町' }));
    const raw = st.map.get(STORAGE_KEY)!.replace('"answers":{}', '"answers":{"leadership":"perhaps"}');
    st.map.set(STORAGE_KEY, raw);
    const s = store(st, 'x').getSnapshot();
    expect(s.state.profile.name).toBe('○○町');
    expect(s.state.diagnosis.answers).toEqual({});
    expect(s.loadMessage).toMatch(/自己診断の回答/);
    expect(s.loadMessage).toContain('diagnosis.answers.leadership');
    expect(st.map.get(s.backupKey)).toBe(raw);
  });
  it('回答の値は4種類だけを受け付け、更新日時は日時だけ', () => {
    expect(DiagnosisStateSchema.safeParse({ answers: { a: 'yes' }, profile: {}, updatedAt: '' }).success).toBe(true);
    expect(DiagnosisStateSchema.safeParse({ answers: { a: 4 }, profile: {}, updatedAt: '' }).success).toBe(false);
    expect(DiagnosisStateSchema.safeParse({ answers: {}, profile: {}, updatedAt: 'zzz' }).success).toBe(false);
  });
});
