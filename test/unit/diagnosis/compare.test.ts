/**
 * Unit tests of src/lib/diagnosis/compare.ts.
 */
import { describe, expect, it } from 'vitest';
import { all, areas, questions } from '../support/diagnosis-fixture';
import { compareAnswers } from '../../../src/lib/diagnosis/compare';

/**
 * Words of the diagnosis (src/lib/diagnosis/labels.ts) and the comparison with a shared result
 * (src/lib/diagnosis/compare.ts) at their edges.
 */
{
describe('compareAnswers：共有された回答との比較', () => {
  it('自分のほうが高ければ差は正、問番号は内容の順に1から', () => {
    const last = questions.at(-1)!;
    const c = compareAnswers(questions, areas, { ...all('yes'), [last.id]: 'no' }, all('yes'));
    expect(c.total).toEqual({ shared: 96, own: 100, difference: 4 });
    expect(c.differences.map((d) => [d.number, d.question.id])).toEqual([[questions.length, last.id]]);
    const area = c.areas.find((a) => a.id === last.area)!;
    expect(area.difference).toBeGreaterThan(0);
    expect(area.own).toEqual({ score: 100, answered: area.questions });
    expect(area.shared.answered).toBe(area.questions);
    expect(area.label).toBe(areas.find((a) => a.id === last.area)!.label);
    expect(area.shortLabel).toBe(areas.find((a) => a.id === last.area)!.shortLabel);
  });
});
}

{
describe('自分の回答と比べる（compareAnswers）', () => {
  it('領域ごとと合計の点数、差（自分 − 共有）、回答が違う設問を返す', () => {
    const c = compareAnswers(questions, areas, all('yes'), { ...all('yes'), leadership: 'no' });
    expect(c.total).toEqual({ shared: 100, own: 96, difference: -4 });
    const lead = c.areas.find((a) => a.id === questions[0]!.area)!;
    expect(lead.shared.score).toBe(100);
    expect(lead.difference).toBeLessThan(0);
    expect(c.areas.filter((a) => a.difference !== 0)).toHaveLength(1);
    expect(c.differences.map((d) => [d.number, d.question.id, d.shared, d.own])).toEqual([[1, 'leadership', 'yes', 'no']]);
    expect(c.ownComplete).toBe(true);
  });
  it('自分の回答が途中なら、回答数と未回答の設問も「違う」として示す', () => {
    const c = compareAnswers(questions, areas, all('partial'), { leadership: 'partial' });
    expect(c.ownAnswered).toBe(1);
    expect(c.ownComplete).toBe(false);
    expect(c.differences).toHaveLength(24);
    expect(c.differences.every((d) => d.own === undefined)).toBe(true);
  });
});
}
