/**
 * Unit tests of src/lib/plan.ts.
 */
import { describe, expect, it } from 'vitest';
import { addMonths, defaultPlan, dueAgreement, effectiveDue, endOfMonth, isMonth, MAX_PLAN_MONTHS, rangeOk, type PlanStepInfo } from '../../src/lib/plan';
import { rangeProblem } from '../../src/lib/plan-edit';
import { fiscalYear, inMonths, monthRange, planMonths } from '../../src/lib/plan-table';
import { emptyPlan, type PlannedStep } from '../../src/schemas/state/plan';

const T0 = '2026-11-21T09:00:00.000Z';
const T1 = '2026-11-21T10:00:00.000Z';
const STEPS: PlanStepInfo[] = Array.from({ length: 10 }, (_, i) => ({ id: `step-${String(i + 1).padStart(2, '0')}`, number: i + 1 }));
const id = (n: number) => `step-${String(n).padStart(2, '0')}`;

/** The default plan's steps, or a failed test. */
function plan(start: string, target: string): Record<string, PlannedStep> {
  const d = defaultPlan(start, target, STEPS);
  if (!d) throw new Error(rangeProblem(start, target));
  return d;
}

/** Laws every default plan keeps, whatever the months. */
function expectLaws(p: Record<string, PlannedStep>, start: string, target: string) {
  expect(Object.keys(p).sort()).toEqual(STEPS.map((s) => s.id));
  expect(p[id(1)]!.start).toBe(start); // 開始月から始まる
  expect(p[id(10)]).toEqual({ start: target, end: target }); // 本格実施（ステップ10）は目標の月
  for (let n = 1; n <= 10; n++) {
    const s = p[id(n)]!;
    expect(s.end >= s.start, `ステップ${n}の終了月が開始月より前`).toBe(true);
    if (n > 1) expect(s.start >= p[id(n - 1)]!.start, `ステップ${n}が前のステップより先に始まる`).toBe(true);
    if (n < 10) expect(s.end < target, `ステップ${n}が本格実施の月に食い込む`).toBe(true);
  }
  // 試行（ステップ4）と検証（ステップ5）は本格実施より前
  expect(p[id(4)]!.end < p[id(10)]!.start).toBe(true);
  expect(p[id(5)]!.end < p[id(10)]!.start).toBe(true);
}

describe('既定の工程表（当サイトの提案）', () => {
  it('18か月（2026年4月→2027年10月）：ステップ1〜9を均等に2か月ずつ、隙間も重なりもなく並べる', () => {
    const p = plan('2026-04', '2027-10');
    expectLaws(p, '2026-04', '2027-10');
    expect(p[id(1)]).toEqual({ start: '2026-04', end: '2026-05' });
    expect(p[id(2)]).toEqual({ start: '2026-06', end: '2026-07' });
    expect(p[id(9)]).toEqual({ start: '2027-08', end: '2027-09' });
    for (let n = 2; n <= 9; n++) expect(addMonths(p[id(n - 1)]!.end, 1)).toBe(p[id(n)]!.start);
  });

  it('年度をまたぐ12か月（2026年10月→2027年10月）：年の繰り上がりを正しく数える', () => {
    const p = plan('2026-10', '2027-10');
    expectLaws(p, '2026-10', '2027-10');
    expect(p[id(1)]).toEqual({ start: '2026-10', end: '2026-10' });
    expect(p[id(3)]).toEqual({ start: '2026-12', end: '2027-01' });
    expect(p[id(9)]).toEqual({ start: '2027-08', end: '2027-09' });
    const used = new Set(STEPS.slice(0, 9).flatMap((s) => monthRange(p[s.id]!.start, p[s.id]!.end)));
    expect(used.size).toBe(12); // 12か月をすべて使う
  });

  it('10か月より短い（5か月）：隣のステップが同じ月を分け合い、順番は崩れない', () => {
    const p = plan('2027-01', '2027-06');
    expectLaws(p, '2027-01', '2027-06');
    expect(p[id(1)]).toEqual({ start: '2027-01', end: '2027-01' });
    expect(p[id(2)]).toEqual({ start: '2027-01', end: '2027-01' });
    expect(p[id(9)]).toEqual({ start: '2027-05', end: '2027-05' });
    const months = new Set(STEPS.slice(0, 9).map((s) => p[s.id]!.start));
    expect(months.size).toBe(5);
  });

  it('1か月だけ（2027年3月→4月）：ステップ1〜9はすべて開始月、ステップ10が翌月', () => {
    const p = plan('2027-03', '2027-04');
    expectLaws(p, '2027-03', '2027-04');
    for (let n = 1; n <= 9; n++) expect(p[id(n)]).toEqual({ start: '2027-03', end: '2027-03' });
  });

  it('ちょうど9か月：1ステップ1か月', () => {
    const p = plan('2026-07', '2027-04');
    expectLaws(p, '2026-07', '2027-04');
    for (let n = 1; n <= 9; n++) expect(p[id(n)]).toEqual({ start: addMonths('2026-07', n - 1), end: addMonths('2026-07', n - 1) });
  });

  it('ステップの並びが入れ替わって渡されても、手引きの順（番号順）に割り振る', () => {
    const shuffled = [...STEPS].reverse();
    expect(defaultPlan('2026-04', '2027-10', shuffled)).toEqual(plan('2026-04', '2027-10'));
  });

  it.each([
    ['開始月なし', '', '2027-04', '両方'],
    ['形式が違う', '2027/04', '2027-10', '2027-04'],
    ['13月', '2027-13', '2028-10', '2027-04'],
    ['同じ月', '2027-04', '2027-04', 'より後'],
    ['逆順', '2027-10', '2027-04', 'より後'],
    ['長すぎる', '2026-01', addMonths('2026-01', MAX_PLAN_MONTHS + 1), '以内'],
  ])('作れない組み合わせ（%s）は理由を返す', (_l, start, target, word) => {
    expect(defaultPlan(start, target, STEPS)).toBeNull();
    expect(rangeOk(start, target)).toBe(false);
    expect(rangeProblem(start, target)).toContain(word);
  });

  it('上限ちょうど（60か月）は作れる', () => {
    expect(rangeProblem('2026-01', addMonths('2026-01', MAX_PLAN_MONTHS))).toBe('');
    expect(rangeOk('2026-01', addMonths('2026-01', MAX_PLAN_MONTHS))).toBe(true);
  });
});

describe('期限と工程表の一致', () => {
  const planned = { start: '2027-01', end: '2027-02' };
  it('期限がなければ、工程表の終了月の末日が期限になる（うるう年も）', () => {
    expect(effectiveDue('', planned)).toBe('2027-02-28');
    expect(effectiveDue('', { start: '2028-01', end: '2028-02' })).toBe('2028-02-29');
    expect(dueAgreement('', planned)).toBe('plan');
  });
  it('自分で入れた期限が優先され、終了月と違えばそう分かる', () => {
    expect(effectiveDue('2027-03-15', planned)).toBe('2027-03-15');
    expect(dueAgreement('2027-03-15', planned)).toBe('differs');
    expect(dueAgreement('2027-02-10', planned)).toBe('same');
  });
  it('工程表がなければ、期限は自分で入れたものだけ', () => {
    expect(effectiveDue('', null)).toBe('');
    expect(effectiveDue('2027-03-15', null)).toBe('2027-03-15');
    expect(dueAgreement('', null)).toBe('none');
    expect(dueAgreement('2027-03-15', undefined)).toBe('own');
  });
});

describe('月の計算', () => {
  it('月の検査・加算・範囲・月末・年度', () => {
    expect(isMonth('2027-04')).toBe(true);
    expect(isMonth('2027-00')).toBe(false);
    expect(isMonth('0999-04')).toBe(false);
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
    expect(monthRange('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthRange('2027-02', '2026-11')).toEqual([]);
    expect(endOfMonth('2027-04')).toBe('2027-04-30');
    expect(endOfMonth('2026-12')).toBe('2026-12-31');
    expect(fiscalYear('2027-03')).toBe(2026);
    expect(fiscalYear('2027-04')).toBe(2027);
  });
  it('表の月：最も早い開始から最も遅い終了まで。月に含まれるか', () => {
    expect(planMonths({ a: { start: '2027-02', end: '2027-03' }, b: { start: '2026-12', end: '2027-01' } })).toEqual(['2026-12', '2027-01', '2027-02', '2027-03']);
    expect(planMonths({})).toEqual([]);
    expect(inMonths({ start: '2026-12', end: '2027-01' }, '2027-01')).toBe(true);
    expect(inMonths({ start: '2026-12', end: '2027-01' }, '2027-02')).toBe(false);
  });
});

describe('保存（共通の保存データの plan 区分）', () => {
  it('plan のない以前（形式 版1）の保存データは、空の工程表として読み、ほかの区分は残す', async () => {
    const { emptyState, parseState } = await import('../../src/lib/storage');
    const old: Record<string, unknown> = { ...emptyState(T0), version: 1, profile: { name: '〇〇町', department: '', updatedAt: T0 } };
    for (const k of ['plan', 'generation', 'revisions']) delete old[k];
    const r = parseState(old, T1);
    expect(r.problem).toBeUndefined();
    expect(r.state.plan).toEqual(emptyPlan());
    expect(r.state.profile.name).toBe('〇〇町');
  });
  it('保存した工程表はそのまま読み戻せ、壊れた工程表だけが空に戻る', async () => {
    const { emptyState, parseState } = await import('../../src/lib/storage');
    const s = { ...emptyState(T0), plan: { start: '2026-04', target: '2027-10', steps: { [id(3)]: { start: '2026-09', end: '2026-12' } }, updatedAt: T0 } };
    expect(parseState(JSON.parse(JSON.stringify(s)), T1).state.plan).toEqual({ ...s.plan, milestones: [] }); // 節目のない古い形も読める
    const withMs = { ...s, plan: { ...s.plan, milestones: [{ id: 'ms-1', name: '庁議', month: '2026-07' }] } };
    expect(parseState(JSON.parse(JSON.stringify(withMs)), T1).state.plan).toEqual(withMs.plan);
    const bad = parseState({ ...s, plan: { ...s.plan, start: '2026-13' } }, T1);
    expect(bad.resetSections).toEqual(['plan']);
    expect(bad.state.plan).toEqual(emptyPlan());
  });
});
