/**
 * What an import accepts matches what the site itself will write and read again (issue 24,
 * point 4): counters with room for later edits, tick limits checked against what
 * reconciliation can do, repeated ids renumbered, times inside 1900–9999, control characters
 * stripped, and a confirmation that counts only what the site knows. The property at the end
 * runs generated files through import → restore → reconcile → edit → reload.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createSavedStore } from '../../src/lib/saved-store';
import { boundedTime, cleanSection, countTicks, emptyState, importProblem, loadState, MAX_TICKS, parseState, STORAGE_KEY } from '../../src/lib/storage';
import { importState, summarize } from '../../src/lib/transfer';
import { exportState } from '../../src/lib/state-file';
import { MAX_ORPHANS, reconcile } from '../../src/lib/tracker';
import { IMPORT_STAMP_MAX, STAMP_MAX, type SavedState } from '../../src/schemas/state/envelope';
import { MAX_TIME, MIN_TIME } from '../../src/schemas/state/common';
import { FakeStorage } from './support/fake-storage';

const T = '2026-06-01T00:00:00.000Z';
const step = (p: Partial<SavedState['tracker']['steps'][string]> = {}) => ({ status: '未着手' as const, checked: [] as string[], owner: '', due: '', memo: '', updatedAt: T, ...p });
const fileOf = (s: SavedState) => exportState(s, T);
/** The site's content: ten steps with three items each. */
const CONTENT = Array.from({ length: 10 }, (_, i) => ({ id: `step-${String(i + 1).padStart(2, '0')}`, items: [{ id: 'i1', text: '' }, { id: 'i2', text: '' }, { id: 'i3', text: '' }] }));
const tab = (st: FakeStorage, id: string, now = () => T) => {
  const s = createSavedStore({ storage: st, now, tabId: id });
  s.load();
  return s;
};

describe('変更番号・世代の上限（このサイトが後で書けなくなる番号は受け付けない）', () => {
  it('受け付けたファイルの番号は 1, 2, 3… に詰め直し、世代は0にする（順序とタブの id は保つ）', () => {
    const s = emptyState(T);
    s.generation = `${IMPORT_STAMP_MAX}.zz.restore`;
    s.revisions = { profile: `${IMPORT_STAMP_MAX}.zz`, inventory: '7.b', plan: '7.a' };
    const r = importState(fileOf(s));
    expect(r.ok && r.state.generation).toBe('0');
    expect(r.ok && r.state.revisions).toEqual({ profile: '2.zz', inventory: '1.b', plan: '1.a' });
  });
  it(`世代 999999999 のファイルは読み込まない（${IMPORT_STAMP_MAX}まで）`, () => {
    const s = emptyState(T);
    s.generation = '999999999.zz.restore';
    const r = importState(fileOf(s));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('変更の記録');
    s.generation = `${IMPORT_STAMP_MAX}.zz.restore`;
    expect(importState(fileOf(s)).ok).toBe(true);
  });
  it('変更番号 999999999.zz のファイルも読み込まない', () => {
    const s = emptyState(T);
    s.profile.name = '〇〇町';
    s.revisions = { profile: '999999999.zz' };
    expect(importState(fileOf(s)).ok).toBe(false);
    s.revisions = { profile: `${IMPORT_STAMP_MAX + 1}.zz` };
    expect(importState(fileOf(s)).ok).toBe(false);
    s.revisions = { profile: `${IMPORT_STAMP_MAX}.zz` };
    expect(importState(fileOf(s)).ok).toBe(true);
  });
  it('保存データに上限の番号があっても、ストアは形式を超える番号を書かない（次の読み込みで拒まれない）', () => {
    const s = emptyState(T);
    s.generation = `${STAMP_MAX}.a.restore`;
    s.revisions = { profile: `${STAMP_MAX}.a` };
    const st = new FakeStorage({ [STORAGE_KEY]: JSON.stringify(s) });
    const a = tab(st, 'b');
    a.update('profile', (p) => ({ ...p, name: '次の編集' }));
    a.replace(emptyState(T));
    const r = loadState(st, T);
    expect(r.problem).toBeUndefined();
    expect(r.state.generation).toBe(`${STAMP_MAX}.b.restore`);
  });
});

describe('上限はこのサイトの整理（reconcile）の後で確かめる', () => {
  it(`内容にない印 4,990 件と知らない印 20 件のファイルは読み込まない（合わせて${MAX_TICKS}件まで）`, () => {
    const s = emptyState(T);
    for (let i = 0; i < 4990; i++) s.tracker.orphans.push({ step: 'step-01', item: `old-${i}` });
    s.tracker.steps['step-02'] = step({ checked: Array.from({ length: 20 }, (_, i) => `gone-${i}`) });
    expect(parseState(JSON.parse(fileOf(s))).problem).toBeUndefined();
    expect(countTicks(s)).toBe(5010);
    const r = importState(fileOf(s));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('5010件');
  });
  it('ちょうど5,000件なら読み込み、整理した後も次の読み込みで拒まれない', () => {
    const s = emptyState(T);
    for (let i = 0; i < 4980; i++) s.tracker.orphans.push({ step: 'step-01', item: `old-${i}` });
    s.tracker.steps['step-02'] = step({ checked: Array.from({ length: 20 }, (_, i) => `gone-${i}`) });
    const r = importState(fileOf(s));
    expect(r.ok).toBe(true);
    const st = new FakeStorage();
    const a = tab(st, 'a');
    a.replace(r.ok ? r.state : emptyState());
    a.update('tracker', (t) => reconcile(t, CONTENT).tracker, { count: false });
    expect(a.getSnapshot().state.tracker.orphans).toHaveLength(5000);
    expect(loadState(st, T).problem).toBeUndefined();
  });
  it(`整理は内容にない印を${MAX_ORPHANS}件を超えて移さない（超える分はステップに残り、失われない）`, () => {
    const t = emptyState().tracker;
    for (let i = 0; i < MAX_ORPHANS - 1; i++) t.orphans.push({ step: 'step-01', item: `old-${i}` });
    t.steps['step-02'] = step({ checked: ['i1', 'x', 'y'] });
    const r = reconcile(t, CONTENT).tracker;
    expect(r.orphans).toHaveLength(MAX_ORPHANS);
    expect(r.steps['step-02']?.checked).toEqual(['i1', 'y']);
    expect(r.orphans.at(-1)).toEqual({ step: 'step-02', item: 'x' });
  });
});

describe('同じ id・制御文字・範囲外の日時', () => {
  it('同じ id の業務が2つあるファイルは、読み込むときに2つ目の id を付け直す（削除で両方消えない）', () => {
    const s = emptyState(T);
    const row = { id: 't1', name: 'A', unit: '', memo: '', override: '' };
    s.inventory.tasks = [row, { ...row, name: 'B' }, { ...row, id: 't1~2', name: 'C' }];
    const r = importState(fileOf(s));
    expect(r.ok).toBe(true);
    const ids = r.ok ? r.state.inventory.tasks.map((t) => t.id) : [];
    expect(new Set(ids).size).toBe(3);
    expect(ids[0]).toBe('t1');
  });
  it('2つのタブが同じミリ秒に同じ id を作っても、ストアが書く一覧の id は重ならない', () => {
    const st = new FakeStorage();
    const a = tab(st, 'a');
    const row = { id: 'tmbx0', name: 'A', unit: '', memo: '', override: '' };
    a.update('inventory', (inv) => ({ ...inv, tasks: [row] }));
    a.update('inventory', (inv) => ({ ...inv, tasks: [...inv.tasks, { ...row, name: 'B' }] }));
    const ids = a.getSnapshot().state.inventory.tasks.map((t) => t.id);
    expect(new Set(ids).size).toBe(2);
    expect(JSON.parse(st.map.get(STORAGE_KEY)!).inventory.tasks.map((t: { id: string }) => t.id)).toEqual(ids);
  });
  it('団体名の改ページ（U+000C）などの制御文字は取り除き、メモの改行は残す', () => {
    const s = emptyState(T);
    s.profile = { name: '〇〇\u000C町\n', department: '総務\t課\u0007', updatedAt: T };
    s.tracker.steps['step-01'] = step({ memo: '1行目\n2行目\u000C', owner: '田中\u2028' });
    const r = importState(fileOf(s));
    expect(r.ok && r.state.profile).toEqual({ name: '〇〇町', department: '総務課', updatedAt: T });
    expect(r.ok && r.state.tracker.steps['step-01']?.memo).toBe('1行目\n2行目');
    expect(r.ok && r.state.tracker.steps['step-01']?.owner).toBe('田中');
    expect(cleanSection(cleanSection(s.profile))).toEqual(cleanSection(s.profile));
  });
  it('ストアは入力の制御文字も取り除いて保存する', () => {
    const st = new FakeStorage();
    const a = tab(st, 'a');
    a.update('profile', (p) => ({ ...p, name: '△△\u000C村' }));
    expect(JSON.parse(st.map.get(STORAGE_KEY)!).profile.name).toBe('△△村');
  });
  it('時計が1900〜9999年の外でも、書く日時は範囲内に収まる（次の読み込みで区分が拒まれない）', () => {
    expect(boundedTime('+010000-01-01T00:00:00.000Z')).toBe(MAX_TIME);
    expect(boundedTime('1899-12-31T23:59:59.999Z')).toBe(MIN_TIME);
    expect(boundedTime('-000001-01-01T00:00:00.000Z')).toBe(MIN_TIME);
    expect(boundedTime(T)).toBe(T);
    const st = new FakeStorage();
    const a = tab(st, 'a', () => new Date(Date.UTC(10000, 0, 1)).toISOString());
    a.update('tracker', (t) => ({ ...t, steps: { 'step-01': step({ memo: 'x', updatedAt: '+010000-01-01T00:00:00.000Z' }) } }));
    a.update('profile', (p) => ({ ...p, name: '〇〇町' }));
    const r = loadState(st, T);
    expect(r.problem).toBeUndefined();
    expect(r.state.tracker.steps['step-01']?.updatedAt).toBe(MAX_TIME);
    expect(r.state.profile.updatedAt).toBe(MAX_TIME);
    expect(r.state.savedAt).toBe(MAX_TIME);
  });
  it('ストアが updatedAt を付ける：島が付けなくても、変えた単位にだけ', () => {
    const st = new FakeStorage();
    const a = tab(st, 'a', () => T);
    a.update('profile', (p) => ({ ...p, name: '〇〇町' }));
    expect(a.getSnapshot().state.profile.updatedAt).toBe(T);
    // updatedAt alone is not a change: nothing is written
    const writes = st.writes.length;
    a.update('profile', (p) => ({ ...p, updatedAt: '2030-01-01T00:00:00.000Z' }));
    expect(st.writes.length).toBe(writes);
  });
});

describe('確認画面は、このサイトが知っているものだけを数える', () => {
  it('知らないステップ（step-40 など）や設問は数えず、別に示す', () => {
    const s = emptyState(T);
    for (let i = 1; i <= 40; i++) s.tracker.steps[`step-${String(i).padStart(2, '0')}`] = step({ status: '完了' });
    s.diagnosis.answers = { q1: 'yes', zz: 'no' };
    const known = { steps: CONTENT.map((c) => c.id), questions: ['q1'] };
    expect(summarize(s, known)).toMatchObject({ stepsDone: 10, unknownSteps: 30, answered: 1, unknownAnswers: 1 });
    const r = importState(fileOf(s), known);
    expect(r.ok && r.summary.stepsDone).toBe(10);
  });
});

/* A generated file: everything the format allows, and a little beyond it. */
const text = fc.string({ maxLength: 6, unit: fc.constantFrom('a', '町', '\u000C', '\n', '\u0000', ' ') });
const counter = fc.oneof(fc.integer({ min: 1, max: 30 }), fc.constantFrom(IMPORT_STAMP_MAX - 1, IMPORT_STAMP_MAX, IMPORT_STAMP_MAX + 1, STAMP_MAX));
const time = fc.constantFrom(T, '', MAX_TIME, MIN_TIME);
const stepId = fc.integer({ min: 1, max: 14 }).map((n) => `step-${String(n).padStart(2, '0')}`);
const file = fc
  .record({
    name: text,
    gen: fc.option(counter, { nil: undefined }),
    revs: fc.array(fc.tuple(fc.constantFrom('profile', 'inventory', 'tracker.step-01', 'tracker.step-12'), counter), { maxLength: 3 }),
    steps: fc.array(fc.tuple(stepId, fc.subarray(['i1', 'i2', 'i3', 'gone1', 'gone2']), text, time), { maxLength: 5 }),
    orphans: fc.oneof({ weight: 9, arbitrary: fc.nat(10) }, { weight: 1, arbitrary: fc.constantFrom(4995, 5000) }),
    tasks: fc.array(fc.tuple(fc.constantFrom('t1', 't2', 't1~2'), text), { maxLength: 5 }),
  })
  .map((g) => {
    const s = emptyState(T);
    s.profile = { name: g.name, department: '', updatedAt: T };
    if (g.gen) s.generation = `${g.gen}.x.restore`;
    for (const [k, n] of g.revs) s.revisions[k] = `${n}.x`;
    for (const [id, checked, memo, at] of g.steps) s.tracker.steps[id] = step({ checked, memo, updatedAt: at });
    for (let i = 0; i < g.orphans; i++) s.tracker.orphans.push({ step: 'step-03', item: `o${i}` });
    s.inventory.tasks = g.tasks.map(([id, name]) => ({ id, name, unit: '', memo: '', override: '' }));
    return s;
  });

describe('性質：読み込みが受け付けたものは、整理と再読み込みの後も受け付けられる', () => {
  test.prop([file], { numRuns: 60 })('import → 復元 → reconcile → 編集 → 再読み込み・再書き出し', (s) => {
    const r = importState(fileOf(s));
    if (!r.ok) return;
    const st = new FakeStorage();
    const a = tab(st, 'a');
    a.replace(r.state);
    a.update('tracker', (t) => reconcile(t, CONTENT).tracker, { count: false });
    a.update('inventory', (inv) => ({ ...inv, tasks: [...inv.tasks, { id: inv.tasks[0]?.id ?? 'n', name: '追加', unit: '', memo: '', override: '' }] }));
    a.update('profile', (p) => ({ ...p, name: p.name + '\u000C' }));
    const loaded = loadState(st, T);
    expect(loaded.problem).toBeUndefined();
    expect(importProblem(loaded.state)).toBe('');
    expect(new Set(loaded.state.inventory.tasks.map((t) => t.id)).size).toBe(loaded.state.inventory.tasks.length);
    expect(importState(fileOf(loaded.state)).ok).toBe(true);
    // a second tab adopts it and can still edit
    const b = tab(st, 'b');
    b.update('profile', (p) => ({ ...p, department: '課' }));
    expect(loadState(st, T).problem).toBeUndefined();
  }, 60_000);
});
