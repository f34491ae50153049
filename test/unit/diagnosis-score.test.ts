import { describe, expect, it } from 'vitest';
import { bandFor, priorityActions, placeStep, scaleTo100, scoreAnswers } from '../../src/lib/diagnosis/score';
import type { Answer, Answers, DQuestion } from '../../src/lib/diagnosis/types';
import { all, areas, bands, questions } from './diagnosis-fixture';

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
