/**
 * Unit tests of src/lib/tracker.ts.
 */
import { describe, expect, it } from 'vitest';
import { openItemsToConfirm, hasProgress, isValidDue, LIMITS, MAX_ORPHANS, orphanSteps, reconcile, setField, setItem, setStatus, stepItemCounts, stepLabel, summarizeProgress, type StepInfo } from '../../src/lib/tracker';
import { isOverdue, emptyStep, getStep } from '../../src/lib/step-progress';
import { progressReport } from '../../src/lib/tracker-report';
import { emptyTracker, TrackerStateSchema, type TrackerState } from '../../src/schemas/state/tracker';
import { fc, test } from '@fast-check/vitest';
import { DATE_TIME, DUE_DATE } from '../../src/schemas/state/common';

/**
 * The tracker's small judgements (src/lib/tracker.ts) at their edges: what counts as "some
 * progress", 対象外 steps left out of the item count, 期限切れ only for steps still to do, and the
 * export reminder's bookkeeping read back from storage.
 *
 * Aligning saved ticks with the content (reconcile in src/lib/tracker.ts) where steps share item
 * ids, where a step has nothing saved, and where a step already holds the most ticks it may save:
 * nothing is lost and nothing is counted twice.
 */
{
const T0 = '2026-11-21T09:00:00.000Z';
const T1 = '2026-11-21T10:00:00.000Z';

/** A small fixture of content (not the real steps). */
const STEPS: StepInfo[] = [
  { id: 'step-01', number: 1, title: '体制', phase: '推進体制', items: [{ id: 's01-a', text: '項目A' }, { id: 's01-b', text: '項目B' }] },
  { id: 'step-02', number: 2, title: '試行', phase: '試行実施', items: [{ id: 's02-a', text: '項目C' }] },
  { id: 'step-03', number: 3, title: '本格', phase: '本格実施', items: [] },
];

const withStep = (id: string, p: Partial<ReturnType<typeof emptyStep>>): TrackerState => ({ steps: { [id]: { ...emptyStep(), ...p } }, orphans: [] });

describe('状態の遷移', () => {
  it.each([
    ['未着手 → 進行中', 'not-started', 'in-progress'],
    ['進行中 → 完了', 'in-progress', 'done'],
    ['完了 → 進行中（戻せる）', 'done', 'in-progress'],
    ['未着手 → 対象外', 'not-started', 'excluded'],
    ['対象外 → 未着手', 'excluded', 'not-started'],
  ] as const)('状況: %s、更新日時を記録する', (_l, from, to) => {
    const t = withStep('step-01', { status: from, updatedAt: T0 });
    const n = setStatus(t, 'step-01', to, T1);
    expect(n.steps['step-01']).toMatchObject({ status: to, updatedAt: T1 });
    expect(t.steps['step-01']!.status).toBe(from); // 元の状態は変えない
  });
  it('状況: 同じ状況を選んでも変更しない（更新日時も変えない）', () => {
    const t = withStep('step-01', { status: 'in-progress', updatedAt: T0 });
    expect(setStatus(t, 'step-01', 'in-progress', T1)).toBe(t);
  });
  it('状況: 知らない値は無視する', () => {
    const t = emptyTracker();
    expect(setStatus(t, 'step-01', '保留', T1)).toBe(t);
    // The words are what is shown, not what is stored (format v3): a label passed by mistake changes nothing.
    for (const label of ['未着手', '進行中', '完了', '対象外']) expect(setStatus(t, 'step-01', label, T1)).toBe(t);
  });
  it('状況: 保存のないステップは未着手として扱い、新しく記録する', () => {
    const n = setStatus(emptyTracker(), 'step-02', 'done', T1);
    expect(n.steps['step-02']).toEqual({ ...emptyStep(), status: 'done', updatedAt: T1 });
    expect(getStep(emptyTracker(), 'step-09').status).toBe('not-started');
  });

  it.each([
    ['チェックを付ける', [] as string[], 's01-a', true, ['s01-a']],
    ['チェックを外す', ['s01-a', 's01-b'], 's01-a', false, ['s01-b']],
  ])('項目: %s', (_l, before, item, checked, after) => {
    const n = setItem(withStep('step-01', { checked: before }), 'step-01', item, checked, T1);
    expect(n.steps['step-01']).toMatchObject({ checked: after, updatedAt: T1 });
  });
  it('項目: すでに同じ状態なら変更しない', () => {
    const t = withStep('step-01', { checked: ['s01-a'], updatedAt: T0 });
    expect(setItem(t, 'step-01', 's01-a', true, T1)).toBe(t);
  });
  it('項目: setItem で付けて外せる', () => {
    const a = setItem(emptyTracker(), 'step-01', 's01-a', true, T0);
    expect(a.steps['step-01']!.checked).toEqual(['s01-a']);
    expect(setItem(a, 'step-01', 's01-a', false, T1).steps['step-01']!.checked).toEqual([]);
  });
  it('項目: 保存の上限を超えては増やさない', () => {
    const full = withStep('step-01', { checked: Array.from({ length: LIMITS.checked }, (_, i) => `x${i}`) });
    expect(setItem(full, 'step-01', 's01-a', true, T1)).toBe(full);
  });

  it.each([
    ['担当', 'owner', '総務課 山田', '総務課 山田'],
    ['メモ', 'memo', '<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    ['期限', 'due', '2027-03-31', '2027-03-31'],
    ['期限を消す', 'due', '', ''],
  ] as const)('項目の入力: %s を記録する', (_l, field, value, saved) => {
    const n = setField(withStep('step-01', { due: '2026-01-01' }), 'step-01', field, value, T1);
    expect(n.steps['step-01']).toMatchObject({ [field]: saved, updatedAt: T1 });
  });
  it.each(['2027-02-30', '2027/03/31', '令和9年3月31日', '2027-3-1'])('期限: 日付でない「%s」は無視する', (v) => {
    const t = withStep('step-01', { due: '2026-12-01' });
    expect(setField(t, 'step-01', 'due', v, T1)).toBe(t);
  });
  it('担当・メモは保存の上限で切る（保存が検証で落ちないように）', () => {
    let t = setField(emptyTracker(), 'step-01', 'owner', 'あ'.repeat(150), T1);
    t = setField(t, 'step-01', 'memo', 'メ'.repeat(2500), T1);
    expect([...t.steps['step-01']!.owner]).toHaveLength(LIMITS.owner);
    expect([...t.steps['step-01']!.memo]).toHaveLength(LIMITS.memo);
    expect(TrackerStateSchema.safeParse(t).success).toBe(true);
  });
  it.each([
    ['2024-02-29', true], ['2023-02-29', false], ['', true], ['2026-13-01', false], ['abcd-ef-gh', false],
    ['0007-02-02', false], ['1899-12-31', false], ['1900-01-01', true], ['9999-12-31', true],
  ] as const)('日付の検査: %s → %s', (v, ok) => expect(isValidDue(v)).toBe(ok));
});

describe('進捗のまとめ', () => {
  it.each([
    ['何もしていない', {}, '3ステップ中0ステップ完了', 0, 3],
    ['1つ完了', { 'step-01': 'done' }, '3ステップ中1ステップ完了', 1, 3],
    ['対象外は分母から除き、そう書く', { 'step-01': 'done', 'step-03': 'excluded' }, '2ステップ中1ステップ完了（対象外の1ステップを除く）', 1, 2],
    ['対象外以外がすべて完了', { 'step-01': 'done', 'step-02': 'done', 'step-03': 'excluded' }, '2ステップ中2ステップ完了（対象外の1ステップを除く）', 2, 2],
  ] as const)('%s', (_l, statuses, text, done, counted) => {
    let t = emptyTracker();
    for (const [id, st] of Object.entries(statuses)) t = setStatus(t, id, st, T1);
    const s = summarizeProgress(t, STEPS);
    expect(s.text).toBe(text);
    expect(s.done).toBe(done);
    expect(s.counted).toBe(counted);
    expect(s.total).toBe(3);
  });
  it('読み上げ用の文は状況ごとの数とチェック項目の数を含む', () => {
    let t = setStatus(emptyTracker(), 'step-01', 'in-progress', T1);
    t = setItem(t, 'step-01', 's01-a', true, T1);
    t = setStatus(t, 'step-03', 'excluded', T1);
    const s = summarizeProgress(t, STEPS);
    expect(s.srText).toBe('全3ステップ中、完了0、進行中1、未着手1、対象外1。チェック項目は3項目中1項目済み。');
    expect(s).toMatchObject({ inProgress: 1, notStarted: 1, excluded: 1, itemsTotal: 3, itemsChecked: 1 });
  });
  it('内容にない項目のチェックは数えない', () => {
    const t = withStep('step-01', { checked: ['s01-a', 'gone'] });
    expect(stepItemCounts(t, STEPS[0]!)).toEqual({ checked: 1, total: 2 });
    expect(summarizeProgress(t, STEPS).itemsChecked).toBe(1);
  });
  it('入力の有無を判定する', () => {
    expect(hasProgress(emptyTracker())).toBe(false);
    expect(hasProgress(withStep('step-01', { memo: 'x' }))).toBe(true);
    expect(hasProgress(withStep('step-01', {}))).toBe(false);
  });
});

describe('内容との突き合わせ（内容が変わっても失わない）', () => {
  it('内容にない項目のチェックは orphans に移し、残りはそのまま', () => {
    const t = withStep('step-01', { status: 'in-progress', checked: ['s01-a', 's01-old'], updatedAt: T0 });
    const r = reconcile(t, STEPS);
    expect(r.moved).toBe(1);
    expect(r.tracker.steps['step-01']).toMatchObject({ checked: ['s01-a'], status: 'in-progress', updatedAt: T0 });
    expect(r.tracker.orphans).toEqual([{ step: 'step-01', item: 's01-old' }]);
  });
  it('内容に項目が戻れば orphans から戻す', () => {
    const t: TrackerState = { steps: {}, orphans: [{ step: 'step-02', item: 's02-a' }, { step: 'step-02', item: 'other' }] };
    const r = reconcile(t, STEPS);
    expect(r.restored).toBe(1);
    expect(r.tracker.steps['step-02']!.checked).toEqual(['s02-a']);
    expect(r.tracker.orphans).toEqual([{ step: 'step-02', item: 'other' }]);
  });
  it('変更がなければ同じオブジェクトを返す（保存しない）', () => {
    const t = withStep('step-01', { checked: ['s01-a'] });
    expect(reconcile(t, STEPS).tracker).toBe(t);
  });
  it('渡されたステップだけを突き合わせる（1ステップのページ）', () => {
    const t: TrackerState = { steps: { 'step-01': { ...emptyStep(), checked: ['x'] }, 'step-02': { ...emptyStep(), checked: ['y'] } }, orphans: [] };
    const r = reconcile(t, [STEPS[1]!]);
    expect(r.tracker.steps['step-01']!.checked).toEqual(['x']);
    expect(r.tracker.orphans).toEqual([{ step: 'step-02', item: 'y' }]);
  });
  it('同じ orphan を二重に記録しない', () => {
    const t: TrackerState = { steps: { 'step-01': { ...emptyStep(), checked: ['x'] } }, orphans: [{ step: 'step-01', item: 'x' }] };
    expect(reconcile(t, STEPS).tracker.orphans).toEqual([{ step: 'step-01', item: 'x' }]);
  });
  it('内容にないステップは消さずに一覧に出す', () => {
    const t: TrackerState = { steps: { 'step-11': { ...emptyStep(), status: 'in-progress', memo: '旧ステップ' }, 'step-01': emptyStep() }, orphans: [] };
    const r = reconcile(t, STEPS);
    expect(r.tracker.steps['step-11']).toBeDefined();
    expect(orphanSteps(r.tracker, STEPS.map((s) => s.id))).toEqual([{ id: 'step-11', progress: t.steps['step-11'] }]);
  });
  it('突き合わせ後も保存形式として正しい', () => {
    const t = withStep('step-01', { checked: ['s01-a', 'zzz'] });
    expect(TrackerStateSchema.safeParse(reconcile(t, STEPS).tracker).success).toBe(true);
  });
});

describe('期限切れと、未済のまま完了にするときの確認', () => {
  it('期限切れは「未着手・進行中」で、期限が今日（利用者の日付）より前のときだけ', () => {
    expect(isOverdue('2026-11-20', 'in-progress', '2026-11-21')).toBe(true);
    expect(isOverdue('2026-11-20', 'not-started', '2026-11-21')).toBe(true);
    expect(isOverdue('2026-11-21', 'in-progress', '2026-11-21')).toBe(false); // 当日はまだ
    expect(isOverdue('2026-11-20', 'done', '2026-11-21')).toBe(false);
    expect(isOverdue('2026-11-20', 'excluded', '2026-11-21')).toBe(false);
    expect(isOverdue('', 'in-progress', '2026-11-21')).toBe(false);
    expect(isOverdue('2026-11-20', 'in-progress', '')).toBe(false); // 日付が分からないうちは出さない
  });

  it('完了にするとき、未済の項目の数を返す（なければ・すでに完了なら・ほかの状況なら 0）', () => {
    const t = withStep('step-01', { status: 'in-progress', checked: ['s01-a'] });
    expect(openItemsToConfirm(t, STEPS[0]!, 'done')).toBe(1);
    expect(openItemsToConfirm(t, STEPS[0]!, 'excluded')).toBe(0);
    expect(openItemsToConfirm(withStep('step-01', { status: 'in-progress', checked: ['s01-a', 's01-b'] }), STEPS[0]!, 'done')).toBe(0);
    expect(openItemsToConfirm(withStep('step-01', { status: 'done' }), STEPS[0]!, 'done')).toBe(0);
  });

  it('進捗報告：期限のないステップは工程表の終了月の末日を期限とし、期限切れに印が付く', () => {
    const t: TrackerState = { steps: { 'step-01': { ...emptyStep(), status: 'in-progress', due: '2026-10-31' }, 'step-02': { ...emptyStep(), status: 'not-started' } }, orphans: [] };
    const plan = { 'step-01': { start: '2026-09', end: '2026-10' }, 'step-02': { start: '2026-11', end: '2026-12' } };
    const r = progressReport({ profile: { name: '', department: '' }, tracker: t }, STEPS, '2026-11-21', plan);
    expect(r.steps[0]).toMatchObject({ due: '2026-10-31', dueFromPlan: false, overdue: true, planned: { start: '2026-09', end: '2026-10' } });
    expect(r.steps[1]).toMatchObject({ due: '2026-12-31', dueFromPlan: true, overdue: false });
    expect(r.steps[2]).toMatchObject({ due: '', dueFromPlan: false, overdue: false, planned: null });
  });
});
}

{
const only = (p: Partial<ReturnType<typeof emptyStep>>): TrackerState => ({ steps: { 'step-01': { ...emptyStep(), ...p } }, orphans: [] });

describe('進捗があるか（hasProgress）', () => {
  it.each([
    ['状況', { status: 'in-progress' as const }],
    ['チェック', { checked: ['a'] }],
    ['担当', { owner: '総務課' }],
    ['期限', { due: '2027-03-31' }],
    ['メモ', { memo: '相談中' }],
  ])('%s だけ入っていても進捗ありとみなす', (_l, p) => {
    expect(hasProgress(only(p))).toBe(true);
  });

  it('内容にない項目だけでも進捗あり。何も入っていないステップだけなら進捗なし', () => {
    expect(hasProgress({ steps: {}, orphans: [{ step: 'step-01', item: 'x' }] })).toBe(true);
    expect(hasProgress(only({}))).toBe(false);
  });
});

describe('進捗の集計（summarizeProgress）', () => {
  it('対象外のステップの項目は、項目の数にもチェック済みの数にも入れない', () => {
    const steps: StepInfo[] = [
      { id: 'step-01', number: 1, title: 'a', phase: 'p', items: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }] },
      { id: 'step-02', number: 2, title: 'b', phase: 'p', items: [{ id: 'c', text: 'C' }] },
    ];
    const t: TrackerState = { steps: { 'step-01': { ...emptyStep(), status: 'excluded', checked: ['a'] }, 'step-02': { ...emptyStep(), checked: ['c'] } }, orphans: [] };
    const s = summarizeProgress(t, steps);
    expect(s).toMatchObject({ itemsTotal: 1, itemsChecked: 1, excluded: 1, counted: 1 });
    expect(s.srText).toBe('全2ステップ中、完了0、進行中0、未着手1、対象外1。チェック項目は1項目中1項目済み。');
  });
});
}

{
const step = (id: string, items: string[]): Pick<StepInfo, 'id' | 'items'> => ({ id, items: items.map((i) => ({ id: i, text: i })) });

describe('reconcile：ステップをまたぐ項目と上限', () => {
  it('ほかのステップの orphan は、同じ項目 id でもこのステップには戻さない', () => {
    const t: TrackerState = { steps: {}, orphans: [{ step: 'step-02', item: 'a' }] };
    const r = reconcile(t, [step('step-01', ['a'])]);
    expect(r).toStrictEqual({ tracker: t, moved: 0, restored: 0 });
  });

  it('ほかのステップに同じ項目の orphan があっても、このステップの消えた項目は orphan として記録する', () => {
    const t: TrackerState = { steps: { 'step-01': { ...emptyStep(), checked: ['x'] } }, orphans: [{ step: 'step-02', item: 'x' }] };
    const r = reconcile(t, [step('step-01', ['a'])]);
    expect(r.moved).toBe(1);
    expect(r.tracker.orphans).toStrictEqual([
      { step: 'step-02', item: 'x' },
      { step: 'step-01', item: 'x' },
    ]);
  });

  it('変わらないステップには、保存のないステップの空の記録を作らない', () => {
    const t: TrackerState = { steps: { 'step-01': { ...emptyStep(), checked: ['old'] } }, orphans: [] };
    const r = reconcile(t, [step('step-01', ['a']), step('step-02', ['b'])]);
    expect(Object.keys(r.tracker.steps)).toEqual(['step-01']);
  });

  it('チェック済みの項目の orphan は、二重にせず orphan から外す', () => {
    const t: TrackerState = { steps: { 'step-01': { ...emptyStep(), checked: ['a'] } }, orphans: [{ step: 'step-01', item: 'a' }] };
    const r = reconcile(t, [step('step-01', ['a'])]);
    expect(r.tracker.steps['step-01']!.checked).toStrictEqual(['a']);
    expect(r.tracker.orphans).toStrictEqual([]);
    expect(r.restored).toBe(1);
  });

  it(`orphans が上限（${MAX_ORPHANS}件）のときも、すでに orphan にある同じ項目の印は二重にせず移し、ほかのステップの同じ名前の印は残す`, () => {
    const orphans = Array.from({ length: MAX_ORPHANS - 1 }, (_, i) => ({ step: 'step-09', item: `old-${i}` }));
    orphans.push({ step: 'step-01', item: 'gone' });
    const t: TrackerState = { steps: { 'step-01': { ...emptyStep(), checked: ['a', 'gone'] }, 'step-02': { ...emptyStep(), checked: ['gone'] } }, orphans };
    const r = reconcile(t, [step('step-01', ['a']), step('step-02', ['b'])]);
    // step-01's 'gone' is already kept as an orphan: it leaves the step, the orphans stay at the limit
    expect(r.tracker.steps['step-01']!.checked).toStrictEqual(['a']);
    // step-02's 'gone' has no room among the orphans (only step-01's is there): it stays ticked on its step
    expect(r.tracker.steps['step-02']!.checked).toStrictEqual(['gone']);
    expect(r.tracker.orphans).toHaveLength(MAX_ORPHANS);
    expect(r.tracker.orphans.filter((o) => o.item === 'gone')).toStrictEqual([{ step: 'step-01', item: 'gone' }]);
  });

  it('チェックが上限まであるステップでは、orphan を戻さずに残す（消さない）', () => {
    const items = Array.from({ length: LIMITS.checked + 1 }, (_, i) => `i${i}`);
    const full = items.slice(0, LIMITS.checked);
    const last = items[LIMITS.checked]!;
    const t: TrackerState = { steps: { 'step-01': { ...emptyStep(), checked: full } }, orphans: [{ step: 'step-01', item: last }] };
    const r = reconcile(t, [step('step-01', items)]);
    expect(r.restored).toBe(0);
    expect(r.tracker.steps['step-01']!.checked).toHaveLength(LIMITS.checked);
    expect(r.tracker.steps['step-01']!.checked).not.toContain(last);
    expect(r.tracker.orphans).toStrictEqual([{ step: 'step-01', item: last }]);
  });

  it('上限の1つ手前なら戻す', () => {
    const items = Array.from({ length: LIMITS.checked }, (_, i) => `i${i}`);
    const last = items[LIMITS.checked - 1]!;
    const t: TrackerState = { steps: { 'step-01': { ...emptyStep(), checked: items.slice(0, -1) } }, orphans: [{ step: 'step-01', item: last }] };
    const r = reconcile(t, [step('step-01', items)]);
    expect(r.restored).toBe(1);
    expect(r.tracker.steps['step-01']!.checked.at(-1)).toBe(last);
    expect(r.tracker.orphans).toStrictEqual([]);
  });
});

describe('期限・担当・ステップ名の細かな規則', () => {
  const NOW = '2026-11-30T01:00:00.000Z';

  it('期限は前後の空白を除いて保存し、日付の前後にほかの文字があれば受け付けない', () => {
    const t: TrackerState = { steps: {}, orphans: [] };
    expect(setField(t, 'step-01', 'due', ' 2026-12-01 ', NOW).steps['step-01']!.due).toBe('2026-12-01');
    expect(isValidDue('x2026-12-01')).toBe(false);
    expect(isValidDue('2026-12-01x')).toBe(false);
  });

  it('同じ値を入れ直しても変更にしない（同じオブジェクトを返し、更新日時を変えない）', () => {
    const t: TrackerState = { steps: { 'step-01': { ...emptyStep(), owner: '総務課', updatedAt: '2026-01-01T00:00:00.000Z' } }, orphans: [] };
    expect(setField(t, 'step-01', 'owner', '総務課', NOW)).toBe(t);
  });

  it('期限のないステップは遅れにならない', () => {
    expect(isOverdue('', 'not-started', '2026-11-30')).toBe(false);
    expect(isOverdue('2026-11-29', 'not-started', '2026-11-30')).toBe(true);
  });

  it('「step-3」の形だけをステップ名にする', () => {
    expect(stepLabel('step-03')).toBe('ステップ3');
    expect(stepLabel('xstep-03')).toBe('xstep-03');
    expect(stepLabel('step-03x')).toBe('step-03x');
  });

  it('読み上げ用の要約は対象外がないとき「対象外」と言わない', () => {
    const steps: StepInfo[] = [{ id: 'step-01', number: 1, title: 't', phase: 'p', items: [{ id: 'a', text: 'a' }] }];
    expect(summarizeProgress({ steps: {}, orphans: [] }, steps).srText).toBe('全1ステップ中、完了0、進行中0、未着手1。チェック項目は1項目中0項目済み。');
  });
});
}

{
describe('期限・日時の正規表現は、暦どおりの判定（isValidDue）と一致する', () => {
  const date = fc.tuple(fc.integer({ min: 1890, max: 2450 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  test.prop([date])('期限（YYYY-MM-DD）', (d) => {
    expect(DUE_DATE.test(d)).toBe(isValidDue(d));
  });
  test.prop([date, fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 })])('日時（…THH:MM:SS.sssZ）は日付が実在し時刻が範囲内のときだけ', (d, h, m) => {
    const t = `${d}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00.000Z`;
    expect(DATE_TIME.test(t)).toBe(isValidDue(d) && h < 24 && m < 60);
  });
  it('400年ごとのうるう年（2000年・2400年）と、100年ごとの平年（1900年・2100年）', () => {
    expect(['2000-02-29', '2400-02-29', '2024-02-29'].every((d) => DUE_DATE.test(d))).toBe(true);
    expect(['1900-02-29', '2100-02-29', '2023-02-29'].some((d) => DUE_DATE.test(d))).toBe(false);
    expect(DATE_TIME.test(new Date(Date.UTC(2026, 10, 21, 9)).toISOString())).toBe(true);
  });
});
}
