/**
 * Choosing programs and cases (src/lib/diagnosis/recommend.ts) on hand-made rules, so each rule
 * of the choice is seen on its own: what counts as a trigger, how weights add up across rules,
 * the order of cases, and how the fallback fills up to two.
 */
import { describe, expect, it } from 'vitest';
import { recommendCases, recommendPrograms, ruleWeight, tickedConcerns } from '../../src/lib/diagnosis/recommend';
import type { DLinkItem, DRule } from '../../src/lib/diagnosis/types';

const item = (id: string): DLinkItem => ({ id, title: id, href: `/x/${id}/` });
const rule = (kind: DRule['kind'], id: string, when: Partial<DRule['when']>, reason = `${id} の理由`): DRule => ({
  kind, id, reason, when: { notDone: [], concerns: [], status: [], ...when },
});
const ids = (r: { item: { id: string } }[]) => r.map((x) => x.item.id);

describe('懸念と当てはまりの数え方', () => {
  it('懸念は複数選択の配列でも1つの文字列でもよく、空や文字列以外は懸念なし', () => {
    expect(tickedConcerns({ concerns: ['cost', 'security'] })).toEqual(['cost', 'security']);
    expect(tickedConcerns({ concerns: 'cost' })).toEqual(['cost']);
    expect(tickedConcerns({ concerns: '' })).toEqual([]);
    expect(tickedConcerns({})).toEqual([]);
    expect(tickedConcerns({ concerns: 3 } as never)).toEqual([]);
  });

  it('「実施している」以外の回答・選んだ懸念・一致する状況をそれぞれ1つと数え、未回答は数えない', () => {
    const r = rule('program', 'p', { notDone: ['q1', 'q2', 'q3', 'q4'], concerns: ['cost', 'security'], status: ['not-yet', 'trial'] });
    expect(ruleWeight(r, { q1: 'no', q2: 'partial', q3: 'yes' }, {})).toBe(2);
    expect(ruleWeight(r, { q1: 'unknown' }, { concerns: ['cost'], status: 'trial' })).toBe(3);
    expect(ruleWeight(r, {}, { status: 'adopted' })).toBe(0);
  });
});

describe('支援策（recommendPrograms）', () => {
  const programs = [item('a'), item('b'), item('c')];

  it('同じ支援策の規則は理由を集めて重みを足し、事例の規則と知らない id は無視する', () => {
    const rules = [
      rule('program', 'b', { concerns: ['cost'] }, 'b1'),
      rule('case', 'a', { concerns: ['cost'] }, '事例'),
      rule('program', 'b', { status: ['not-yet'] }, 'b2'),
      rule('program', 'zz', { concerns: ['cost'] }, '知らない'),
    ];
    const r = recommendPrograms(rules, programs, {}, { concerns: ['cost'], status: 'not-yet' });
    expect(r).toEqual([{ item: programs[1], reasons: ['b1', 'b2'], weight: 2 }]);
  });

  it('並びは規則の順でなく支援策の順', () => {
    const rules = [rule('program', 'c', { concerns: ['x'] }), rule('program', 'a', { concerns: ['x'] })];
    expect(ids(recommendPrograms(rules, programs, {}, { concerns: ['x'] }))).toEqual(['a', 'c']);
  });
});

describe('事例（recommendCases）', () => {
  const cases = [item('k1'), item('k2'), item('k3'), item('k4'), item('f1'), item('f2')];

  it('当てはまりの多い順、同じなら規則の順で、最大 max 件', () => {
    const rules = [
      rule('case', 'k1', { concerns: ['x'] }),
      rule('case', 'k2', { concerns: ['x', 'y'] }),
      rule('case', 'k3', { concerns: ['x'] }),
      rule('case', 'k4', { concerns: ['x'] }),
    ];
    expect(ids(recommendCases(rules, cases, [], {}, { concerns: ['x', 'y'] }))).toEqual(['k2', 'k1', 'k3']);
    expect(ids(recommendCases(rules, cases, [], {}, { concerns: ['x', 'y'] }, 2))).toEqual(['k2', 'k1']);
  });

  it('同じ事例への複数の規則は重みを足して順位を決める', () => {
    const rules = [
      rule('case', 'k1', { concerns: ['x', 'y'] }),
      rule('case', 'k2', { concerns: ['x'] }),
      rule('case', 'k2', { concerns: ['y'] }),
      rule('case', 'k2', { status: ['s'] }),
    ];
    const r = recommendCases(rules, cases, [], {}, { concerns: ['x', 'y'], status: 's' });
    expect(r.map((x) => [x.item.id, x.weight])).toEqual([['k2', 3], ['k1', 2]]);
  });

  it('規則の順は事例の規則だけで数える（支援策の規則が間にあっても変わらない）', () => {
    const rules = [
      rule('program', 'k3', { concerns: ['x'] }),
      rule('case', 'k2', { concerns: ['x'] }),
      rule('case', 'k3', { concerns: ['x'] }),
    ];
    expect(ids(recommendCases(rules, cases, [], {}, { concerns: ['x'] }))).toEqual(['k2', 'k3']);
  });

  it('2件に満たないときは予備の事例で2件まで補い、選ばれた事例や知らない id は重ねない', () => {
    const rules = [rule('case', 'f1', { concerns: ['x'] })];
    const r = recommendCases(rules, cases, ['zz', 'f1', 'f2', 'k1'], {}, { concerns: ['x'] });
    expect(r.map((x) => [x.item.id, x.weight, x.reasons.length])).toEqual([['f1', 1, 1], ['f2', 0, 0]]);
    expect(ids(recommendCases([], cases, ['f1', 'f2', 'k1'], {}, {}))).toEqual(['f1', 'f2']);
  });
});
