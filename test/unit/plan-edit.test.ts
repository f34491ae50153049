/**
 * Unit tests of src/lib/plan-edit.ts (editing) and src/lib/plan-table.ts (the table).
 */
import { describe, expect, it } from 'vitest';
import { dueOutsidePlan, effectivePlan, endOfMonth, type PlanStepInfo, defaultPlan, isMonth } from '../../src/lib/plan';
import { addMilestone, milestoneProblem, removeMilestone, moveStep, rangeProblem, resetSteps, setRange, shiftStep } from '../../src/lib/plan-edit';
import { charsPerMonth, fiscalYearLabel, outsideWarning, planByMonth, planTable, type StepProgressLike, inMonths } from '../../src/lib/plan-table';
import { emptyPlan, MAX_MILESTONES, PlanStateSchema, type PlanState } from '../../src/schemas/state/plan';

/**
 * The 工程表's table (src/lib/plan-table.ts planTable): bars, 担当・期限, the warning where a
 * step's own 期限 is outside its months, milestones, 年度 headers that fit, the phone's list by
 * month; and the plan section's schema growing without breaking old saved data.
 */
{
const T0 = '2026-11-21T09:00:00.000Z';
const id = (n: number) => `step-${String(n).padStart(2, '0')}`;
const STEPS = Array.from({ length: 10 }, (_, i) => ({ id: id(i + 1), number: i + 1, title: `題${i + 1}` }));
const INFO: PlanStepInfo[] = STEPS.map(({ id, number }) => ({ id, number }));
const base: PlanState = { ...emptyPlan(), start: '2026-04', target: '2027-10' };
const none = (): StepProgressLike => ({ status: 'not-started', owner: '', due: '' });

function table(plan: PlanState, progress: (id: string) => StepProgressLike = none, today = '2026-06-01') {
  const eff = effectivePlan(plan, INFO);
  if (!eff) throw new Error('工程表ができない');
  return planTable(STEPS, eff, progress, plan.milestones, today);
}

describe('保存形式：節目（milestones）の追加は後方互換', () => {
  it('節目のない古い保存データも読め、節目は空になる', () => {
    const r = PlanStateSchema.safeParse({ start: '2026-04', target: '2027-10', steps: {}, updatedAt: '' });
    expect(r.success).toBe(true);
    if (r.success) expect(r.data.milestones).toEqual([]);
  });
  it('節目つきのデータは読め、壊れた節目は拒む', () => {
    const ok = { start: '2026-04', target: '2027-10', steps: {}, milestones: [{ id: 'ms-1', name: '庁議', month: '2026-07' }], updatedAt: '' };
    expect(PlanStateSchema.safeParse(ok).success).toBe(true);
    for (const bad of [{ id: 'ms-1', name: '', month: '2026-07' }, { id: 'ms-1', name: '庁議', month: '2026-13' }, { id: 'x', name: '庁議', month: '2026-07' }, { id: 'ms-1', name: '庁議', month: '2026-07', extra: 1 }, { id: 'ms-1', name: 'あ'.repeat(41), month: '2026-07' }]) {
      expect(PlanStateSchema.safeParse({ ...ok, milestones: [bad] }).success, JSON.stringify(bad)).toBe(false);
    }
    expect(PlanStateSchema.safeParse({ ...ok, milestones: null }).success).toBe(false);
    expect(PlanStateSchema.safeParse({ ...ok, milestones: Array.from({ length: MAX_MILESTONES + 1 }, (_, i) => ({ id: `ms-${i + 1}`, name: 'a', month: '2026-07' })) }).success).toBe(false);
  });
});

describe('節目の追加・削除', () => {
  it('名前（前後の空白を除く）と月で追加し、番号は続きから振る。削除は1件だけ', () => {
    let p = addMilestone(base, '  庁議 ', '2026-07', T0);
    p = addMilestone(p, '議会', '2026-09', T0);
    expect(p.milestones).toEqual([{ id: 'ms-1', name: '庁議', month: '2026-07' }, { id: 'ms-2', name: '議会', month: '2026-09' }]);
    expect(p.updatedAt).toBe(T0);
    p = removeMilestone(p, 'ms-1', T0);
    expect(p.milestones.map((m) => m.id)).toEqual(['ms-2']);
    p = addMilestone(p, '予算要求', '2026-10', T0);
    expect(p.milestones.map((m) => m.id)).toEqual(['ms-2', 'ms-3']); // 消した番号は使い回さない
    expect(removeMilestone(p, 'ms-9', T0)).toBe(p);
  });
  it('空の名前・長すぎる名前・月でない値・上限を超える追加は変えず、理由を返す', () => {
    expect(addMilestone(base, '  ', '2026-07', T0)).toBe(base);
    expect(milestoneProblem(base, '  ', '2026-07')).toContain('名前を入力');
    expect(addMilestone(base, 'あ'.repeat(41), '2026-07', T0)).toBe(base);
    expect(milestoneProblem(base, 'あ'.repeat(41), '2026-07')).toContain('40文字以内');
    expect(addMilestone(base, '庁議', '2026-7', T0)).toBe(base);
    expect(milestoneProblem(base, '庁議', '')).toContain('月を');
    let full = base;
    for (let i = 0; i < MAX_MILESTONES; i++) full = addMilestone(full, `節目${i}`, '2026-07', T0);
    expect(full.milestones).toHaveLength(MAX_MILESTONES);
    expect(addMilestone(full, '一つ多い', '2026-07', T0)).toBe(full);
    expect(milestoneProblem(full, '一つ多い', '2026-07')).toContain(`${MAX_MILESTONES}件まで`);
    expect(milestoneProblem(base, '庁議', '2026-07')).toBe('');
  });
});

describe('工程表の表（planTable）', () => {
  it('月は最初のステップから最後のステップまで、各ステップの棒は開始月から終了月まで途切れない', () => {
    const t = table(base);
    expect(t.months[0]).toBe('2026-04');
    expect(t.months.at(-1)).toBe('2027-10');
    expect(t.months).toHaveLength(19);
    expect(t.rows.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const r of t.rows) {
      const first = t.months.indexOf(r.start);
      const last = t.months.indexOf(r.end);
      expect(r.on.length).toBe(t.months.length);
      r.on.forEach((on, i) => expect(on, `${r.id} ${t.months[i]}`).toBe(i >= first && i <= last));
    }
    // ステップ10は本格実施の月の1か月だけ
    expect(t.rows[9]!.on.filter(Boolean)).toHaveLength(1);
    expect(t.rows[9]!.on.at(-1)).toBe(true);
  });

  it('担当・状況・期限は進捗から。自分の期限がなければ終了月の末日、期限切れは完了・対象外でないものだけ', () => {
    const prog = (sid: string): StepProgressLike =>
      sid === id(1) ? { status: 'in-progress', owner: '企画係', due: '2026-05-15' } : sid === id(2) ? { status: 'done', owner: '', due: '2026-05-15' } : none();
    const t = table(base, prog, '2026-06-01');
    expect(t.rows[0]).toMatchObject({ owner: '企画係', status: 'in-progress', due: '2026-05-15', ownDue: true, late: true });
    expect(t.rows[1]).toMatchObject({ late: false, ownDue: true });
    expect(t.rows[2]).toMatchObject({ ownDue: false, due: endOfMonth(t.rows[2]!.end), late: false, owner: '' });
  });

  it('自分の期限が計画の月の外（前・後）なら警告し、中や計画から取った期限では警告しない', () => {
    const eff = effectivePlan(base, INFO)!;
    const s3 = eff[id(3)]!; // 2026-07〜2026-08
    expect(dueOutsidePlan(`${s3.start}-01`, s3)).toBe(false);
    expect(dueOutsidePlan(`${s3.end}-31`, s3)).toBe(false);
    expect(dueOutsidePlan('2026-06-30', s3)).toBe(true);
    expect(dueOutsidePlan('2027-12-28', s3)).toBe(true);
    expect(dueOutsidePlan('', s3)).toBe(false);
    expect(dueOutsidePlan('2027-12-28', null)).toBe(false);
    const t = table(base, (sid) => (sid === id(3) ? { status: 'not-started', owner: '', due: '2027-12-28' } : sid === id(4) ? { status: 'not-started', owner: '', due: `${eff[id(4)]!.start}-02` } : none()));
    expect(t.outside.map((r) => r.id)).toEqual([id(3)]);
    expect(t.rows[2]!.outside).toBe(true);
    expect(t.rows[3]!.outside).toBe(false);
    expect(outsideWarning(t.rows[2]!)).toBe(`ステップ3の期限（2027年12月28日）が、計画の期間（${Number(s3.start.slice(0, 4))}年${Number(s3.start.slice(5))}月〜${Number(s3.end.slice(0, 4))}年${Number(s3.end.slice(5))}月）の外にあります。`);
  });

  it('節目はその月の列に入り、近い節目は月の範囲を広げ、遠い節目は表の外に挙げる', () => {
    let p = addMilestone(base, '議会', '2026-09', T0);
    p = addMilestone(p, '庁議', '2026-09', T0);
    p = addMilestone(p, '予算要求', '2026-02', T0); // 開始の2か月前：範囲を広げる
    p = addMilestone(p, '遠い節目', '2029-01', T0); // 本格実施の15か月後：表の外
    const t = table(p);
    expect(t.months[0]).toBe('2026-02');
    expect(t.months.at(-1)).toBe('2027-10');
    expect(t.milestones[t.months.indexOf('2026-09')]!.map((m) => m.name)).toEqual(['議会', '庁議']);
    expect(t.milestones[0]!.map((m) => m.name)).toEqual(['予算要求']);
    expect(t.milestonesOutside.map((m) => m.name)).toEqual(['遠い節目']);
    // 広げた月にはどのステップの棒もない
    expect(t.rows.every((r) => !r.on[0] && !r.on[1])).toBe(true);
  });

  it('年度の見出しは4月で区切り、列の幅に収まる長さを選ぶ（折り返さない）', () => {
    const t = table(base); // 2026-04〜2027-10：令和8年度12か月、令和9年度7か月
    expect(t.years.map((y) => [y.fy, y.count])).toEqual([[2026, 12], [2027, 7]]);
    expect(t.years[0]!.full).toBe('令和8年度（2026年度）');
    for (const y of t.years) expect([...y.label].length).toBeLessThanOrEqual(y.count * charsPerMonth(t.months.length));
    // 1か月だけの年度は短い形
    expect(fiscalYearLabel(2027, 1, 2.6).label).toBe('R9');
    expect(fiscalYearLabel(2027, 2, 2.6).label).toBe('令和9年度');
    expect(fiscalYearLabel(2027, 6, 2.6).label).toBe('令和9年度（2027年度）');
    const short = table({ ...base, start: '2027-01', target: '2027-04' }); // 令和8年度3か月、令和9年度1か月
    expect(short.years.map((y) => y.label)).toEqual(['令和8年度（2026年度）', 'R9']);
  });

  it('スマートフォンの一覧：すべての月を順に、始まるステップ・続くステップ・期限・節目を月ごとに', () => {
    const p = addMilestone(base, '庁議', '2026-05', T0);
    const t = table(p);
    const list = planByMonth(t);
    expect(list.map((e) => e.month)).toEqual(t.months);
    // どのステップもちょうど1回「始まる」に入る
    expect(list.flatMap((e) => e.starts.map((r) => r.number)).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const may = list.find((e) => e.month === '2026-05')!;
    expect(may.milestones.map((m) => m.name)).toEqual(['庁議']);
    expect(may.continues.map((r) => r.number)).toEqual([1]);
    // 期限（計画の終了月の末日）は終了月に
    for (const r of t.rows) expect(list.find((e) => e.month === r.end)!.dues).toContain(r);
    expect(list[0]!.fy).toBe(2026);
  });
});
}

/**
 * The edges of editing the 導入工程表 (src/lib/plan-edit.ts, src/lib/plan.ts): the shortest
 * accepted range, one-month steps, which step ids and months a move accepts, a move that changes
 * only one end, the grid's month test at both ends, and the first year accepted.
 */
{
const T0 = '2026-11-21T09:00:00.000Z';
const T1 = '2026-11-21T10:00:00.000Z';
const base = (): PlanState => ({ ...emptyPlan(), start: '2027-01', target: '2028-04', steps: { 'step-02': { start: '2027-03', end: '2027-05' } }, updatedAt: T0 });

describe('工程表の範囲', () => {
  it('本格実施が開始月の翌月なら作れる（1か月の工程表）', () => {
    expect(rangeProblem('2027-03', '2027-04')).toBe('');
    expect(rangeProblem('2027-03', '2027-03')).toBe('本格実施の開始月は、開始月より後の月にしてください。');
  });

  it('月として受け付けるのは1900年から', () => {
    expect(isMonth('1900-01')).toBe(true);
    expect(isMonth('1899-12')).toBe(false);
  });

  it('ステップが1つもなければ、提案は空', () => {
    expect(defaultPlan('2027-01', '2027-04', [])).toEqual({});
  });
});

describe('ステップを動かす（moveStep）', () => {
  it('開始月と終了月が同じ（1か月だけの）ステップにできる', () => {
    const p = moveStep(base(), 'step-01', '2027-02', '2027-02', T1);
    expect(p.steps['step-01']).toEqual({ start: '2027-02', end: '2027-02' });
    expect(p.updatedAt).toBe(T1);
  });

  it.each(['xstep-01', 'step-011', 'step-1', 'Step-01'])('ステップの id として読めない「%s」は何も変えない', (id) => {
    const p = base();
    expect(moveStep(p, id, '2027-02', '2027-03', T1)).toBe(p);
  });

  it('開始月か終了月の片方だけ変えても、変更として保存する', () => {
    const onlyEnd = moveStep(base(), 'step-02', '2027-03', '2027-06', T1);
    expect(onlyEnd.steps['step-02']).toEqual({ start: '2027-03', end: '2027-06' });
    expect(onlyEnd.updatedAt).toBe(T1);
    const onlyStart = moveStep(base(), 'step-02', '2027-04', '2027-05', T1);
    expect(onlyStart.steps['step-02']).toEqual({ start: '2027-04', end: '2027-05' });
  });
});

describe('表の月（inMonths）', () => {
  it('開始月と終了月を含み、その前後の月は含まない', () => {
    const s = { start: '2027-01', end: '2027-03' };
    expect(['2026-12', '2027-01', '2027-02', '2027-03', '2027-04'].map((m) => inMonths(s, m))).toEqual([false, true, true, true, false]);
  });
});
}

{
const T0 = '2026-11-21T09:00:00.000Z';
const T1 = '2026-11-21T10:00:00.000Z';
const STEPS: PlanStepInfo[] = Array.from({ length: 10 }, (_, i) => ({ id: `step-${String(i + 1).padStart(2, '0')}`, number: i + 1 }));
const id = (n: number) => `step-${String(n).padStart(2, '0')}`;

describe('ステップを動かす', () => {
  const base = (): PlanState => ({ ...emptyPlan(), start: '2026-04', target: '2027-10', updatedAt: T0 });

  it('動かしたステップだけが保存され、ほかは提案のまま。保存の形はスキーマに合う', () => {
    const p = moveStep(base(), id(3), '2026-09', '2026-12', T1);
    expect(p.steps).toEqual({ [id(3)]: { start: '2026-09', end: '2026-12' } });
    expect(p.updatedAt).toBe(T1);
    expect(PlanStateSchema.safeParse(p).success).toBe(true);
    const eff = effectivePlan(p, STEPS)!;
    expect(eff[id(3)]).toEqual({ start: '2026-09', end: '2026-12', moved: true });
    expect(eff[id(2)]).toEqual({ start: '2026-06', end: '2026-07', moved: false });
  });

  it('終了月が開始月より前・形式違い・知らない id は何も変えない', () => {
    const p = base();
    expect(moveStep(p, id(3), '2026-12', '2026-09', T1)).toBe(p);
    expect(moveStep(p, id(3), '2026-9', '2026-12', T1)).toBe(p);
    expect(moveStep(p, 'step-3', '2026-09', '2026-12', T1)).toBe(p);
  });

  it('同じ月に動かしても変更しない（更新日時も変えない）', () => {
    const p = moveStep(base(), id(3), '2026-09', '2026-12', T0);
    expect(moveStep(p, id(3), '2026-09', '2026-12', T1)).toBe(p);
  });

  it('1か月ずらすと開始・終了の両方が動き、年をまたぐ', () => {
    const p = shiftStep(base(), { start: '2026-11', end: '2026-12' }, id(4), 1, T1);
    expect(p.steps[id(4)]).toEqual({ start: '2026-12', end: '2027-01' });
    const back = shiftStep(p, p.steps[id(4)]!, id(4), -2, T1);
    expect(back.steps[id(4)]).toEqual({ start: '2026-10', end: '2026-11' });
  });

  it('開始月・目標月を変えると、動かしていないステップは新しい提案に従い、動かしたステップはそのまま', () => {
    const moved = moveStep(base(), id(3), '2026-09', '2026-12', T1);
    const later = setRange(moved, 'target', '2028-04', T1);
    const eff = effectivePlan(later, STEPS)!;
    expect(eff[id(3)]).toMatchObject({ start: '2026-09', end: '2026-12', moved: true });
    expect(eff[id(10)]).toMatchObject({ start: '2028-04', end: '2028-04', moved: false });
  });

  it('提案に戻す：1ステップだけ、またはすべて', () => {
    let p = moveStep(base(), id(3), '2026-09', '2026-12', T1);
    p = moveStep(p, id(5), '2027-05', '2027-06', T1);
    const one = resetSteps(p, T1, id(3));
    expect(Object.keys(one.steps)).toEqual([id(5)]);
    expect(p.steps[id(3)]).toBeDefined(); // 元の状態は変えない
    expect(resetSteps(p, T1).steps).toEqual({});
    const empty = base();
    expect(resetSteps(empty, T1)).toBe(empty);
    expect(resetSteps(empty, T1, id(3))).toBe(empty);
  });

  it('開始月・目標月：正しい月だけを受け付け、空欄で消せる', () => {
    const p = base();
    expect(setRange(p, 'start', '2026-4', T1)).toBe(p);
    expect(setRange(p, 'start', ' 2026-05 ', T1).start).toBe('2026-05');
    expect(setRange(p, 'start', '', T1).start).toBe('');
    expect(setRange(p, 'start', '2026-04', T1)).toBe(p);
  });

  it('範囲が作れないときは工程表なし（null）', () => {
    expect(effectivePlan(emptyPlan(), STEPS)).toBeNull();
    expect(effectivePlan({ ...base(), target: '2026-01' }, STEPS)).toBeNull();
  });
});
}
