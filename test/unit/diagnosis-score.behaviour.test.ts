/**
 * Self-diagnosis scoring rules (src/lib/diagnosis/score.ts) on small hand-made question sets, so
 * each rule is seen on its own: rounding and clamping, per-area counts, the band lookup, the
 * step placement, and the order of the next actions (tier, then urgency, then step, then content).
 */
import { describe, expect, it } from 'vitest';
import { bandFor, priorityActions, placeStep, pointsOf, scaleTo100, scoreAnswers } from '../../src/lib/diagnosis/score';
import type { Answers, DArea, DBand, DQuestion } from '../../src/lib/diagnosis/types';

const q = (id: string, step: number, essential = false, area = 'a'): DQuestion => ({
  id, n: 0, area, text: id, why: '', step, essential, action: '', href: '/x/', hrefLabel: 'x', sourceLabel: 's',
});
const areas: DArea[] = [
  { id: 'a', label: '領域A', shortLabel: 'A', basis: '' },
  { id: 'b', label: '領域B', shortLabel: 'B', basis: '' },
  { id: 'empty', label: '設問のない領域', shortLabel: '空', basis: '' },
];

describe('点数の換算（scaleTo100）', () => {
  it('合計点 × 100 ÷（4 × 問数）を四捨五入する', () => {
    expect(scaleTo100(1, 2)).toBe(13); // 12.5 → 13
    expect(scaleTo100(1, 8)).toBe(3); // 3.125 → 3
    expect(scaleTo100(3, 8)).toBe(9); // 9.375 → 9
    expect(scaleTo100(7, 8)).toBe(22); // 21.875 → 22
    expect(scaleTo100(25, 25)).toBe(25);
  });

  it('0〜100 に収め、問数0・非有限の合計は0点', () => {
    expect(scaleTo100(-5, 5)).toBe(0);
    expect(scaleTo100(500, 1)).toBe(100);
    expect(scaleTo100(4, 1)).toBe(100);
    expect(scaleTo100(4, 0)).toBe(0);
    expect(scaleTo100(4, -1)).toBe(0);
    expect(scaleTo100(Number.NaN, 5)).toBe(0);
    expect(scaleTo100(Number.POSITIVE_INFINITY, 5)).toBe(0);
  });

  it('回答ごとの点：4／2／0／−1、回答でない値は0', () => {
    expect(['yes', 'partial', 'no', 'unknown', 'maybe', undefined, 4].map(pointsOf)).toEqual([4, 2, 0, -1, 0, 0, 0]);
  });
});

describe('合計と領域ごとの集計（scoreAnswers）', () => {
  const qs = [q('a1', 1, false, 'a'), q('a2', 1, false, 'a'), q('b1', 2, false, 'b'), q('b2', 2, false, 'b')];

  it('領域ごとに設問数・回答数・「わからない」の数・点数を出し、設問のない領域は0点', () => {
    const s = scoreAnswers(qs, areas, { a1: 'yes', a2: 'unknown', b1: 'partial' });
    expect(s.areas).toEqual([
      { id: 'a', label: '領域A', shortLabel: 'A', score: 38, questions: 2, answered: 2, unknown: 1 }, // (4−1)×100÷8 = 37.5
      { id: 'b', label: '領域B', shortLabel: 'B', score: 25, questions: 2, answered: 1, unknown: 0 }, // 2×100÷8（未回答も分母）
      { id: 'empty', label: '設問のない領域', shortLabel: '空', score: 0, questions: 0, answered: 0, unknown: 0 },
    ]);
    expect(s).toMatchObject({ raw: 5, total: 31, questions: 4, answered: 3, unknown: 1, unanswered: ['b2'], complete: false });
  });

  it('設問がなければ complete は false（空の診断を「完了」にしない）', () => {
    expect(scoreAnswers([], areas, {})).toMatchObject({ total: 0, complete: false, unanswered: [] });
  });

  it('すべて回答すれば complete、回答でない値は未回答として数える', () => {
    expect(scoreAnswers(qs, areas, { a1: 'no', a2: 'no', b1: 'no', b2: 'no' }).complete).toBe(true);
    const s = scoreAnswers(qs, areas, { a1: 'no', a2: 'no', b1: 'no', b2: 'later' } as unknown as Answers);
    expect(s.unanswered).toEqual(['b2']);
    expect(s.areas[1]!.answered).toBe(1);
  });
});

describe('評価帯（bandFor）', () => {
  const bands: DBand[] = [
    { min: 0, max: 49, label: '低', text: '' },
    { min: 60, max: 100, label: '高', text: '' },
  ];
  it('境界を含めて当てはまる帯を返し、どの帯にもない点は最初の帯', () => {
    expect(bandFor(bands, 49)).toEqual({ band: bands[0], index: 0 });
    expect(bandFor(bands, 60)).toEqual({ band: bands[1], index: 1 });
    expect(bandFor(bands, 100).index).toBe(1);
    expect(bandFor(bands, 55)).toEqual({ band: bands[0], index: 0 });
    expect(bandFor(bands, 101).index).toBe(0);
    expect(bandFor(bands, Number.POSITIVE_INFINITY).index).toBe(0);
  });
});

describe('いまの位置（placeStep）', () => {
  const qs = [q('s1', 1, true), q('s2a', 2, true), q('s2b', 2, true), q('s3', 3, false)];
  it('最後のステップを指定でき、すべてそろえばそのステップ', () => {
    expect(placeStep(qs, { s1: 'yes', s2a: 'yes', s2b: 'yes' }, 3)).toEqual({ step: 3, missing: [], allInPlace: true });
  });
  it('そろっていない最初のステップと、その未了の必須項目を内容の順に返す', () => {
    const p = placeStep(qs, { s1: 'yes', s2a: 'no' }, 3);
    expect(p.step).toBe(2);
    expect(p.allInPlace).toBe(false);
    expect(p.missing.map((x) => x.id)).toEqual(['s2a', 's2b']);
  });
  it('最後のステップの必須項目もたしかめる', () => {
    const p = placeStep([...qs, q('s3e', 3, true)], { s1: 'yes', s2a: 'yes', s2b: 'yes' }, 3);
    expect(p).toMatchObject({ step: 3, allInPlace: false });
    expect(p.missing.map((x) => x.id)).toEqual(['s3e']);
  });
});

describe('次にすること（priorityActions）の順序', () => {
  const ids = (qs: DQuestion[]) => qs.map((x) => x.id);

  it('同じ段では「実施していない」→「わからない」→「一部実施」の順で、ステップの順より先に効く', () => {
    const qs = [q('p', 1), q('u', 2), q('n', 3)];
    expect(ids(priorityActions(qs, { p: 'partial', u: 'unknown', n: 'no' }, 5))).toEqual(['n', 'u', 'p']);
    expect(ids(priorityActions(qs, { p: 'no', u: 'partial', n: 'unknown' }, 5))).toEqual(['p', 'n', 'u']);
  });

  it('段の順：いまのステップの必須項目 → いまのステップまでの項目 → 先のステップの項目', () => {
    const qs = [q('later', 6), q('earlier', 2), q('current-essential', 4, true), q('current', 4)];
    const answers: Answers = { later: 'no', earlier: 'partial', 'current-essential': 'partial', current: 'partial' };
    expect(ids(priorityActions(qs, answers, 4, 4))).toEqual(['current-essential', 'earlier', 'current', 'later']);
  });

  it('先のステップの必須項目は、いまのステップの必須項目より後', () => {
    const qs = [q('later-essential', 5, true), q('current-essential', 4, true)];
    expect(ids(priorityActions(qs, { 'later-essential': 'no', 'current-essential': 'partial' }, 4))).toEqual(['current-essential', 'later-essential']);
  });

  it('同じ段・同じ回答ならステップの順、同じステップなら内容の順', () => {
    const qs = [q('x3', 3), q('y2', 2), q('z2', 2)];
    expect(ids(priorityActions(qs, { x3: 'no', y2: 'no', z2: 'no' }, 5))).toEqual(['y2', 'z2', 'x3']);
  });

  it('件数は count まで（既定3）', () => {
    const qs = [q('a', 1), q('b', 1), q('c', 1), q('d', 1)];
    const answers: Answers = { a: 'no', b: 'no', c: 'no', d: 'no' };
    expect(ids(priorityActions(qs, answers, 1))).toEqual(['a', 'b', 'c']);
    expect(ids(priorityActions(qs, answers, 1, 1))).toEqual(['a']);
    expect(priorityActions(qs, answers, 1, 10)).toHaveLength(4);
  });
});
