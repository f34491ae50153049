/**
 * Unit tests of src/lib/plan-table.ts (the 工程表 as a table): months across 年度 and 年, the
 * 年度 headers and the label that fits their width, rows in step order with 担当・状況・期限 and
 * the filled months, the warning for an own 期限 outside the step's months (first and last day),
 * the milestones that widen the table (up to 12 months) or are listed outside it, the phone's
 * list by month, and the empty plan. The broader cases live in test/unit/plan-edit.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Milestone, PlannedStep } from '../../src/schemas/state/plan';
import {
  charsPerMonth,
  fiscalYear,
  fiscalYearLabel,
  monthLabel,
  monthRange,
  outsideWarning,
  planByMonth,
  planMonths,
  planTable,
  sortedMilestones,
  type StepProgressLike,
} from '../../src/lib/plan-table';

const none = (): StepProgressLike => ({ status: 'not-started', owner: '', due: '' });
const ms = (id: number, name: string, month: string): Milestone => ({ id: `ms-${id}`, name, month });

describe('月と年度', () => {
  it('月の並びは年をまたいで続き、同じ月なら1か月、逆順なら空', () => {
    expect(monthRange('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthRange('2027-03', '2027-03')).toEqual(['2027-03']);
    expect(monthRange('2027-04', '2027-03')).toEqual([]);
  });

  it('年度は4月から翌年3月まで', () => {
    expect(fiscalYear('2027-03')).toBe(2026);
    expect(fiscalYear('2027-04')).toBe(2027);
    expect(fiscalYear('2026-12')).toBe(2026);
    expect(fiscalYear('2027-01')).toBe(2026);
  });

  it('表の月はステップの最も早い開始月から最も遅い終了月まで。ステップがなければ空', () => {
    expect(planMonths({})).toEqual([]);
    const eff: Record<string, PlannedStep> = { a: { start: '2027-02', end: '2027-03' }, b: { start: '2026-12', end: '2027-01' } };
    expect(planMonths(eff)).toEqual(['2026-12', '2027-01', '2027-02', '2027-03']);
  });

  it('1か月の列に入る文字数：12か月までは4.5、24か月までは2.6、それより長いと1.1', () => {
    expect(charsPerMonth(1)).toBe(4.5);
    expect(charsPerMonth(12)).toBe(4.5);
    expect(charsPerMonth(13)).toBe(2.6);
    expect(charsPerMonth(24)).toBe(2.6);
    expect(charsPerMonth(25)).toBe(1.1);
  });

  it('年度の見出し：幅がちょうど足りれば長い形、1文字でも足りなければ次に短い形', () => {
    // 「令和8年度（2026年度）」は13文字、「令和8年度」は5文字
    expect(fiscalYearLabel(2026, 13, 1)).toEqual({ full: '令和8年度（2026年度）', label: '令和8年度（2026年度）' });
    expect(fiscalYearLabel(2026, 12, 1).label).toBe('令和8年度');
    expect(fiscalYearLabel(2026, 5, 1).label).toBe('令和8年度');
    expect(fiscalYearLabel(2026, 4, 1).label).toBe('R8');
  });

  it('平成の年度は「H」の短い形、平成より前の年度は西暦だけ', () => {
    expect(fiscalYearLabel(2018, 12, 4.5)).toEqual({ full: '平成30年度（2018年度）', label: '平成30年度（2018年度）' });
    expect(fiscalYearLabel(2018, 1, 1.1).label).toBe('H30');
    expect(fiscalYearLabel(1988, 12, 4.5)).toEqual({ full: '1988年度', label: '1988年度' });
    expect(fiscalYearLabel(1988, 1, 1.1)).toEqual({ full: '1988年度', label: '1988' });
    // 4月1日は令和より前：2019年度は平成31年度
    expect(fiscalYearLabel(2019, 1, 1.1)).toEqual({ full: '平成31年度（2019年度）', label: 'H31' });
  });

  it('月の表記は「2026年4月」', () => {
    expect(monthLabel('2026-04')).toBe('2026年4月');
    expect(monthLabel('2027-12')).toBe('2027年12月');
  });
});

describe('節目の並び', () => {
  it('月の順（同じ月は追加した順）に並べ、元の配列は変えない', () => {
    const input = [ms(1, 'c', '2027-01'), ms(2, 'a', '2026-07'), ms(3, 'b', '2026-07'), ms(4, 'd', '2025-12')];
    expect(sortedMilestones(input).map((m) => m.name)).toEqual(['d', 'a', 'b', 'c']);
    expect(input.map((m) => m.name)).toEqual(['c', 'a', 'b', 'd']);
  });
});

describe('工程表の表（planTable）の端', () => {
  it('ステップがなければ月も行もなく、節目はすべて表の外（月の順）に挙げる', () => {
    const t = planTable([{ id: 'a', number: 1, title: '題1' }], {}, none, [ms(1, '議会', '2027-06'), ms(2, '庁議', '2026-07')], '2026-06-01');
    expect(t.months).toEqual([]);
    expect(t.years).toEqual([]);
    expect(t.rows).toEqual([]);
    expect(t.milestones).toEqual([]);
    expect(t.outside).toEqual([]);
    expect(t.milestonesOutside.map((m) => m.name)).toEqual(['庁議', '議会']);
  });

  it('行はステップ番号の順。月の決まっていないステップは行にならない。動かしたかどうかも行に入る', () => {
    const steps = [
      { id: 'c', number: 3, title: '題3' },
      { id: 'x', number: 2, title: '月のないステップ' },
      { id: 'a', number: 1, title: '題1' },
      { id: 'b', number: 10, title: '題10' },
    ];
    const eff = { a: { start: '2026-04', end: '2026-05', moved: true }, b: { start: '2026-06', end: '2026-06' }, c: { start: '2026-05', end: '2026-06', moved: false } };
    const t = planTable(steps, eff, none, [], '2026-06-01');
    expect(t.rows.map((r) => [r.number, r.title, r.moved])).toEqual([[1, '題1', true], [3, '題3', false], [10, '題10', false]]);
    expect(t.months).toEqual(['2026-04', '2026-05', '2026-06']);
    expect(t.rows.map((r) => r.on)).toEqual([[true, true, false], [false, true, true], [false, false, true]]);
  });

  it('1か月だけの工程表：年度の見出しは1列に収まる短い形、期限は終了月の末日', () => {
    const t = planTable([{ id: 'a', number: 1, title: '題1' }], { a: { start: '2026-03', end: '2026-03' } }, none, [], '2026-03-31');
    expect(t.months).toEqual(['2026-03']);
    expect(t.years).toEqual([{ fy: 2025, count: 1, full: '令和7年度（2025年度）', label: 'R7' }]);
    expect(t.rows[0]).toMatchObject({ start: '2026-03', end: '2026-03', due: '2026-03-31', ownDue: false, late: false, outside: false, on: [true] });
  });

  it('自分の期限が開始月の1日・終了月の末日なら期間内、その前日・翌日なら期間外として警告する', () => {
    const steps = [1, 2, 3, 4].map((n) => ({ id: `s${n}`, number: n, title: `題${n}` }));
    const p = { start: '2026-04', end: '2026-06' };
    const eff = { s1: p, s2: p, s3: p, s4: p };
    const dues: Record<string, string> = { s1: '2026-04-01', s2: '2026-06-30', s3: '2026-03-31', s4: '2026-07-01' };
    const t = planTable(steps, eff, (sid) => ({ status: 'in-progress', owner: '係', due: dues[sid]! }), [], '2026-04-01');
    expect(t.rows.map((r) => r.outside)).toEqual([false, false, true, true]);
    expect(t.outside.map((r) => r.number)).toEqual([3, 4]);
    expect(t.rows.map((r) => r.ownDue)).toEqual([true, true, true, true]);
    // 期限の日は期限切れではなく、その前の日付だけが期限切れ
    expect(t.rows.map((r) => r.late)).toEqual([false, false, true, false]);
    expect(outsideWarning(t.rows[3]!)).toBe('ステップ4の期限（2026年7月1日）が、計画の期間（2026年4月〜2026年6月）の外にあります。');
  });

  it('節目は表の月の前後12か月までなら表を広げ、13か月離れると表の外に挙げる', () => {
    const milestones = [ms(1, '13か月後', '2027-07'), ms(2, '12か月後', '2027-06'), ms(3, '13か月前', '2025-03'), ms(4, '12か月前', '2025-04')];
    const eff = { a: { start: '2026-04', end: '2026-06' } };
    const t = planTable([{ id: 'a', number: 1, title: '題1' }], eff, none, milestones, '2026-06-01');
    expect(t.months[0]).toBe('2025-04');
    expect(t.months.at(-1)).toBe('2027-06');
    expect(t.months).toHaveLength(27);
    expect(t.milestones[0]!.map((m) => m.name)).toEqual(['12か月前']);
    expect(t.milestones.at(-1)!.map((m) => m.name)).toEqual(['12か月後']);
    expect(t.milestonesOutside.map((m) => m.name)).toEqual(['13か月前', '13か月後']);
    // 27か月：1か月あたり1.1文字。12か月の年度は長い形（13.2文字分）、3か月の年度は「R9」
    expect(t.years.map((y) => [y.fy, y.count, y.label])).toEqual([[2025, 12, '令和7年度（2025年度）'], [2026, 12, '令和8年度（2026年度）'], [2027, 3, 'R9']]);
    // 広げた月には棒がない
    expect(t.rows[0]!.on.filter(Boolean)).toHaveLength(3);
    expect(t.rows[0]!.on[12]).toBe(true);
  });

  it('節目が表の月の中だけなら、表は広がらない', () => {
    const eff = { a: { start: '2026-04', end: '2026-09' } };
    const t = planTable([{ id: 'a', number: 1, title: '題1' }], eff, none, [ms(1, '庁議', '2026-05')], '2026-06-01');
    expect(t.months).toEqual(monthRange('2026-04', '2026-09'));
    expect(t.milestones.map((x) => x.length)).toEqual([0, 1, 0, 0, 0, 0]);
  });
});

describe('スマートフォンの一覧（planByMonth）', () => {
  it('始まる月のステップは「続く」に入らず、期限はその月の行だけ、節目のない月は空', () => {
    const steps = [{ id: 'a', number: 1, title: '題1' }, { id: 'b', number: 2, title: '題2' }];
    const eff = { a: { start: '2026-04', end: '2026-06' }, b: { start: '2026-05', end: '2026-07' } };
    const t = planTable(steps, eff, (sid) => (sid === 'b' ? { status: 'not-started', owner: '', due: '2026-05-20' } : none()), [ms(1, '庁議', '2026-06')], '2026-04-01');
    const list = planByMonth(t);
    const may = list[1]!;
    expect(may.month).toBe('2026-05');
    expect(may.starts.map((r) => r.number)).toEqual([2]);
    expect(may.continues.map((r) => r.number)).toEqual([1]);
    expect(may.dues.map((r) => r.number)).toEqual([2]);
    expect(may.milestones).toEqual([]);
    const jun = list[2]!;
    expect(jun.starts).toEqual([]);
    expect(jun.continues.map((r) => r.number)).toEqual([1, 2]);
    expect(jun.dues.map((r) => r.number)).toEqual([1]);
    expect(jun.milestones.map((m) => m.name)).toEqual(['庁議']);
    expect(list[3]!.continues.map((r) => r.number)).toEqual([2]);
    expect(list[3]!.dues).toEqual([]);
    expect(list.map((e) => e.fy)).toEqual([2026, 2026, 2026, 2026]);
  });

  it('節目の列のない表でも、各月の節目は空の一覧', () => {
    const t = planTable([{ id: 'a', number: 1, title: '題1' }], { a: { start: '2026-04', end: '2026-05' } }, none, [], '2026-04-01');
    expect(planByMonth({ ...t, milestones: [] }).map((e) => e.milestones)).toEqual([[], []]);
  });
});
