/**
 * Unit tests of src/lib/tracker-report.ts.
 */
import { describe, expect, it } from 'vitest';
import { progressReport } from '../../src/lib/tracker-report';
import { type StepInfo, setField, setItem, setStatus, stepLabel } from '../../src/lib/tracker';
import { emptyStep } from '../../src/lib/step-progress';
import { type TrackerState, emptyTracker } from '../../src/schemas/state/tracker';

/**
 * The printed progress report's data (src/lib/tracker-report.ts), as a whole: every field of a
 * step as the 決裁 paper shows it, the 期限 taken from the 導入工程表 only when the step has none,
 * and the lines for saved data the content no longer has (with 担当 and メモ only when set).
 */
{
const STEPS: StepInfo[] = [
  { id: 'step-01', number: 1, title: '推進体制の整備', phase: '準備', items: [{ id: 'a', text: '項目A' }, { id: 'b', text: '項目B' }, { id: 'c', text: '項目C' }] },
  { id: 'step-02', number: 2, title: '現状把握', phase: '準備', items: [{ id: 'd', text: '項目D' }] },
];
const profile = { name: '〇〇町', department: '総務課' };

describe('進捗報告の各ステップ', () => {
  it('状況・担当・期限・工程表の月・メモ・済みと未済の項目を、内容の順にすべて載せる', () => {
    const t: TrackerState = {
      steps: { 'step-01': { ...emptyStep(), status: 'in-progress', owner: '企画係', due: '2026-12-15', memo: '議会前に', checked: ['c', 'a'] } },
      orphans: [],
    };
    const plan = { 'step-01': { start: '2026-10', end: '2026-11' }, 'step-02': { start: '2026-12', end: '2027-01' } };
    const r = progressReport({ profile, tracker: t }, STEPS, '2026-12-20', plan);
    expect(r.steps).toEqual([
      {
        number: 1, title: '推進体制の整備', phase: '準備', status: 'in-progress', owner: '企画係', due: '2026-12-15', dueFromPlan: false, overdue: true,
        planned: { start: '2026-10', end: '2026-11' }, memo: '議会前に', ticked: ['項目A', '項目C'], open: ['項目B'],
      },
      {
        number: 2, title: '現状把握', phase: '準備', status: 'not-started', owner: '', due: '2027-01-31', dueFromPlan: true, overdue: false,
        planned: { start: '2026-12', end: '2027-01' }, memo: '', ticked: [], open: ['項目D'],
      },
    ]);
  });

  it('工程表がなければ、期限は自分で入れたものだけで、工程表由来とはしない', () => {
    const r = progressReport({ profile, tracker: { steps: {}, orphans: [] } }, STEPS, '2026-12-20');
    expect(r.steps.map((s) => [s.due, s.dueFromPlan, s.planned])).toEqual([['', false, null], ['', false, null]]);
  });
});

describe('内容にない保存データ', () => {
  it('担当とメモは入っているときだけ書き、ステップは番号順に並べる', () => {
    const t: TrackerState = {
      steps: {
        'step-12': { ...emptyStep(), status: 'in-progress', memo: '引き継ぎ' },
        'step-11': { ...emptyStep(), status: 'done', owner: '企画課', memo: '済み' },
        'step-13': { ...emptyStep() },
      },
      orphans: [{ step: 'step-01', item: '旧項目' }],
    };
    expect(progressReport({ profile, tracker: t }, STEPS, '2026-12-20').orphans).toEqual([
      'ステップ1：項目「旧項目」（チェック済み）',
      'ステップ11：状況「完了」、担当「企画課」、メモ「済み」',
      'ステップ12：状況「進行中」、メモ「引き継ぎ」',
      'ステップ13：状況「未着手」',
    ]);
  });
});
}

{
const T1 = '2026-11-21T10:00:00.000Z';

/** A small fixture of content (not the real steps). */
const STEPS: StepInfo[] = [
  { id: 'step-01', number: 1, title: '体制', phase: '推進体制', items: [{ id: 's01-a', text: '項目A' }, { id: 's01-b', text: '項目B' }] },
  { id: 'step-02', number: 2, title: '試行', phase: '試行実施', items: [{ id: 's02-a', text: '項目C' }] },
  { id: 'step-03', number: 3, title: '本格', phase: '本格実施', items: [] },
];

describe('印刷用の進捗報告', () => {
  it('団体名・日付・各ステップの状況・担当・期限・済みと未済の項目を含む', () => {
    let t = setStatus(emptyTracker(), 'step-01', 'in-progress', T1);
    t = setField(t, 'step-01', 'owner', '総務課', T1);
    t = setField(t, 'step-01', 'due', '2027-03-31', T1);
    t = setItem(t, 'step-01', 's01-b', true, T1);
    t = { ...t, orphans: [{ step: 'step-02', item: 's02-old' }], steps: { ...t.steps, 'step-12': { ...emptyStep(), status: 'done', owner: '企画課' } } };
    const r = progressReport({ profile: { name: '〇〇町', department: '総務課' }, tracker: t }, STEPS, '2026-11-21');
    expect(r).toMatchObject({ name: '〇〇町', department: '総務課', date: '2026-11-21' });
    expect(r.steps[0]).toMatchObject({ number: 1, status: 'in-progress', owner: '総務課', due: '2027-03-31', ticked: ['項目B'], open: ['項目A'] });
    expect(r.steps[1]).toMatchObject({ status: 'not-started', ticked: [], open: ['項目C'] });
    expect(r.summary.text).toBe('3ステップ中0ステップ完了');
    expect(r.orphans).toEqual(['ステップ2：項目「s02-old」（チェック済み）', 'ステップ12：状況「完了」、担当「企画課」']);
  });
  it.each([['step-03', 'ステップ3'], ['step-10', 'ステップ10'], ['other', 'other']])('ステップ名: %s → %s', (id, label) => expect(stepLabel(id)).toBe(label));
});
}
