/**
 * Unit tests of src/lib/diagnosis/recommend.ts.
 */
import { describe, expect, it } from 'vitest';
import { recommendCases, recommendPrograms, ruleWeight, tickedConcerns } from '../../../src/lib/diagnosis/recommend';
import type { Answers, AboutAnswers, DLinkItem, DRule } from '../../../src/lib/diagnosis/types';
import { all, cases, fallbackCases, programs, rules } from '../support/diagnosis-fixture';

/**
 * Choosing programs and cases (src/lib/diagnosis/recommend.ts) on hand-made rules, so each rule
 * of the choice is seen on its own: what counts as a trigger, how weights add up across rules,
 * the order of cases, and how the fallback fills up to two.
 */
{
const ids = (r: { item: { id: string } }[]) => r.map((x) => x.item.id);

describe('支援策の選び方', () => {
  it.each<[string, Answers, AboutAnswers, string[]]>([
    ['すべて実施済みで懸念なし → なし', all('yes'), { status: 'adopted' }, []],
    ['コストが懸念 → 特別交付税措置', all('yes'), { concerns: ['cost'] }, ['special-grant']],
    ['セキュリティが懸念 → テレワークマネージャーと実証実験', all('yes'), { concerns: ['security'] }, ['telework-manager', 'lgwan-pilot']],
    ['個人情報が懸念 → 実証実験', all('yes'), { concerns: ['personal-info'] }, ['lgwan-pilot']],
    ['専門家の活用を検討していない → テレワークマネージャー', { ...all('yes'), 'telework-manager': 'no' }, {}, ['telework-manager']],
    ['未導入 → 説明会', all('yes'), { status: 'not-yet' }, ['briefing']],
    ['全部まだ → 4つとも（支援策の順）', all('no'), {}, ['telework-manager', 'special-grant', 'lgwan-pilot', 'briefing']],
  ])('%s', (_, answers, prof, expected) => {
    expect(ids(recommendPrograms(rules, programs, answers, prof))).toEqual(expected);
  });
  it('選んだ理由を添える', () => {
    const [r] = recommendPrograms(rules, programs, all('yes'), { concerns: ['cost'] });
    expect(r!.reasons[0]).toMatch(/特別交付税措置/);
  });
});

describe('事例の選び方（2〜3件）', () => {
  it.each<[string, Answers, AboutAnswers, string[]]>([
    ['すべて実施済み → 予備の2件', all('yes'), {}, fallbackCases],
    ['コストが懸念で試行環境がまだ → 掛川市が最初', { ...all('yes'), 'trial-environment': 'no' }, { concerns: ['cost'] }, ['kakegawa', 'matsumoto-1']],
    ['現場業務が懸念 → 松本市②と佐賀県', all('yes'), { concerns: ['field-work'] }, ['matsumoto-2', 'saga']],
  ])('%s', (_, answers, prof, expected) => {
    expect(ids(recommendCases(rules, cases, fallbackCases, answers, prof))).toEqual(expected);
  });
  it('多く当てはまっても3件まで、少なくとも2件', () => {
    for (const [a, p] of [[all('no'), { concerns: ['cost', 'security', 'field-work', 'personal-info'] }], [all('yes'), {}], [{}, {}]] as [Answers, AboutAnswers][]) {
      const n = recommendCases(rules, cases, fallbackCases, a, p).length;
      expect(n).toBeGreaterThanOrEqual(2);
      expect(n).toBeLessThanOrEqual(3);
    }
  });
});
}

{
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

  it('同じ当てはまりなら、その事例の規則が最初に出てくる順（当てはまらなかった規則の位置でも）', () => {
    const rules = [
      rule('case', 'k3', { concerns: ['z'] }),
      rule('case', 'k1', { concerns: ['x'] }),
      rule('case', 'k3', { concerns: ['x'] }),
    ];
    // k3's first rule (not matching) comes before k1's: k3 first, though k1 matched first
    expect(ids(recommendCases(rules, cases, [], {}, { concerns: ['x'] }))).toEqual(['k3', 'k1']);
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
}
