/**
 * Self-diagnosis scoring rules (src/lib/diagnosis/score.ts) on small hand-made question sets, so
 * each rule is seen on its own: rounding and clamping, per-area counts, the band lookup, the
 * step placement, and the order of the next actions (tier, then urgency, then step, then content).
 *
 * Diagnosis scoring (src/lib/diagnosis/score.ts): cases found by mutation testing and review.
 * An answer read from a share link or old storage can be any string, including the names every
 * object inherits.
 */
import { describe, expect, it } from 'vitest';
import { bandFor, priorityActions, placeStep, scaleTo100, scoreAnswers } from '../../../src/lib/diagnosis/score';

/** The 素点 one answer gives, through the public scoring (one question). */
const ONE: DQuestion = { id: 'x', n: 0, area: 'a', text: 'x', why: '', step: 1, essential: false, action: '', href: '/x/', hrefLabel: 'x', sourceLabel: 's' };
const pointsOf = (a: unknown) => scoreAnswers([ONE], [], { x: a } as never).raw;
import type { Answer, Answers, DQuestion, DArea, DBand } from '../../../src/lib/diagnosis/types';
import { all, areas, bands, questions } from '../support/diagnosis-fixture';

{
/** n answers of `a`, the rest `b` (in content order). */
const mix = (n: number, a: Answer, b: Answer): Answers => Object.fromEntries(questions.map((q, i) => [q.id, i < n ? a : b]));

describe('採点: 合計（IPA方式 4／2／0／−1、25問で100点）', () => {
  it.each<[string, Answers, number]>([
    ['全問「実施している」は100点', all('yes'), 100],
    ['全問「一部実施」は50点', all('partial'), 50],
    ['全問「実施していない」は0点', all('no'), 0],
    ['全問「わからない」は−25だが0点に丸める（NaNにならない）', all('unknown'), 0],
    ['20問「実施している」＋5問「わからない」は75点', mix(20, 'yes', 'unknown'), 75],
    ['10問「実施している」＋15問「一部実施」は70点', mix(10, 'yes', 'partial'), 70],
    ['1問「実施している」＋24問「わからない」は0点（負を0に）', mix(1, 'yes', 'unknown'), 0],
    ['未回答だけなら0点', {}, 0],
  ])('%s', (_, answers, total) => {
    const s = scoreAnswers(questions, areas, answers);
    expect(s.total).toBe(total);
    expect(Number.isNaN(s.total)).toBe(false);
  });

  it('「わからない」は明示的に数え、−1点として扱う', () => {
    const s = scoreAnswers(questions, areas, mix(24, 'yes', 'unknown'));
    expect(s.unknown).toBe(1);
    expect(s.raw).toBe(95);
    expect(s.total).toBe(95);
  });

  it('途中の回答: 未回答の設問を内容の順に挙げ、complete は false', () => {
    const answers = { leadership: 'yes', security: 'no' } as Answers;
    const s = scoreAnswers(questions, areas, answers);
    expect(s.answered).toBe(2);
    expect(s.complete).toBe(false);
    expect(s.unanswered).toHaveLength(23);
    expect(s.unanswered[0]).toBe('project-team');
    expect(s.total).toBe(4);
  });

  it('現在の設問にない回答や不正な値は無視する', () => {
    const s = scoreAnswers(questions, areas, { ...all('yes'), removed: 'yes', leadership: 'maybe' } as unknown as Answers);
    expect(s.total).toBe(96);
    expect(s.unanswered).toEqual(['leadership']);
  });

  it.each<[number, number, number]>([
    [100, 25, 100],
    [40, 20, 50], // 20問なら 100 / 80 倍
    [-5, 20, 0],
    [7, 0, 0], // 設問が0問でも NaN にならない
    [Number.NaN, 25, 0],
  ])('100点満点への換算: %d点 / %d問 → %d', (raw, n, expected) => {
    expect(scaleTo100(raw, n)).toBe(expected);
  });
});

describe('採点: 領域ごとの点数', () => {
  it('すべての領域に0〜100の点数があり、領域の設問数の和は25', () => {
    const s = scoreAnswers(questions, areas, mix(12, 'yes', 'no'));
    expect(s.areas.map((a) => a.id)).toEqual(areas.map((a) => a.id));
    expect(s.areas.reduce((n, a) => n + a.questions, 0)).toBe(25);
    for (const a of s.areas) expect(a.score).toBeGreaterThanOrEqual(0);
  });
  it('推進体制の2問がともに「実施している」なら推進体制は100点、ほかは0点', () => {
    const s = scoreAnswers(questions, areas, { ...all('no'), leadership: 'yes', 'project-team': 'yes' });
    expect(s.areas.find((a) => a.id === 'structure')!.score).toBe(100);
    expect(s.areas.filter((a) => a.id !== 'structure').every((a) => a.score === 0)).toBe(true);
  });
  it('領域がすべて「わからない」でも0点（負にならない）', () => {
    const s = scoreAnswers(questions, areas, all('unknown'));
    expect(s.areas.every((a) => a.score === 0 && a.unknown === a.questions)).toBe(true);
  });
});

describe('採点: 結果の区分（境界値）', () => {
  it.each<[number, number]>([
    [0, 0], [39, 0], [40, 1], [59, 1], [60, 2], [79, 2], [80, 3], [100, 3],
  ])('%d点は区分%d', (total, index) => {
    expect(bandFor(bands, total).index).toBe(index);
  });
  it('範囲外やNaNでも区分を返す（最初の区分）', () => {
    expect(bandFor(bands, Number.NaN).index).toBe(0);
    expect(bandFor(bands, -3).index).toBe(0);
  });
});

describe('ステップの位置（必須項目がそろっていない最初のステップ）', () => {
  const yesUntil = (step: number): Answers => Object.fromEntries(questions.map((q) => [q.id, q.step < step ? 'yes' : 'no']));
  it.each(Array.from({ length: 10 }, (_, i) => i + 1))('ステップ%dより前がそろい、%dの必須項目がまだ → ステップ%d', (step) => {
    expect(placeStep(questions, yesUntil(step)).step).toBe(step);
  });
  it('すべて「実施している」ならステップ10（そろっている）', () => {
    const p = placeStep(questions, all('yes'));
    expect(p).toMatchObject({ step: 10, allInPlace: true, missing: [] });
  });
  it('「一部実施」や「わからない」は、そろっているとは数えない', () => {
    expect(placeStep(questions, { ...all('yes'), leadership: 'partial' }).step).toBe(1);
    expect(placeStep(questions, { ...all('yes'), trial: 'unknown' }).step).toBe(4);
  });
  it('必須でない設問はステップの位置を変えない', () => {
    expect(placeStep(questions, { ...all('yes'), paperless: 'no', 'telework-manager': 'no' }).allInPlace).toBe(true);
  });
  it('未回答の必須項目は、そろっていない項目として挙げる', () => {
    const p = placeStep(questions, {});
    expect(p.step).toBe(1);
    expect(p.missing.map((q) => q.id)).toEqual(['leadership', 'project-team']);
  });
});

describe('次にすること（3つ）', () => {
  const ids = (qs: DQuestion[]) => qs.map((q) => q.id);
  it('現在のステップの必須項目を最初に挙げる', () => {
    const answers = { ...all('yes'), trial: 'no', paperless: 'no', policy: 'no' } as Answers;
    const step = placeStep(questions, answers).step;
    expect(step).toBe(4);
    expect(ids(priorityActions(questions, answers, step))).toEqual(['trial', 'paperless', 'policy']);
  });
  it('同じ順位なら「実施していない」→「わからない」→「一部実施」の順', () => {
    const answers = { ...all('yes'), leadership: 'partial', 'project-team': 'unknown', 'telework-manager': 'no' } as Answers;
    expect(ids(priorityActions(questions, answers, 1))).toEqual(['project-team', 'leadership', 'telework-manager']);
  });
  it('すべて「実施している」なら次の行動はない', () => {
    expect(priorityActions(questions, all('yes'), 10)).toEqual([]);
  });
  it('未回答は次の行動に含めない', () => {
    expect(priorityActions(questions, { leadership: 'no' }, 1).map((q) => q.id)).toEqual(['leadership']);
  });
  it('どの行動にも手引きへのリンクと出典がある', () => {
    for (const q of priorityActions(questions, all('no'), 1)) {
      expect(q.href).toBeTruthy();
      expect(q.sourceLabel).toBeTruthy();
    }
  });
});
}

{
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
}

{
describe('pointsOf：読み取れない回答', () => {
  it.each(['toString', 'constructor', 'hasOwnProperty', '__proto__', 'valueOf'])(
    'Object から継承した名前（%s）は回答ではなく 0 点になる',
    (name) => {
      expect(pointsOf(name)).toBe(0);
    },
  );
});
}
