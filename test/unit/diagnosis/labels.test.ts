/**
 * Unit tests of src/lib/diagnosis/labels.ts.
 */
import { describe, expect, it } from 'vitest';
import { aboutLabel, answerLabel, answerPoints, asOfNote, pointsText, scoreWords } from '../../../src/lib/diagnosis/labels';
import { deductionEffect, scoreAnswers } from '../../../src/lib/diagnosis/score';
import type { Answer, Answers } from '../../../src/lib/diagnosis/types';
import { about, all, areas, questions } from '../support/diagnosis-fixture';

/**
 * Words of the diagnosis (src/lib/diagnosis/labels.ts) and the comparison with a shared result
 * (src/lib/diagnosis/compare.ts) at their edges.
 */
{
/** The first questions answered as listed, the rest `rest`. */
const first = (list: Answer[], rest: Answer): Answers => Object.fromEntries(questions.map((q, i) => [q.id, list[i] ?? rest]));

describe('回答のことば', () => {
  it('回答の表示名と点（マイナスは全角の−）', () => {
    expect(answerLabel('yes')).toBe('実施している');
    expect(answerLabel('unknown')).toBe('わからない');
    expect(answerLabel(undefined)).toBe('未回答');
    expect(answerLabel('maybe')).toBe('未回答');
    expect(answerPoints('partial')).toBe('2');
    expect(answerPoints('unknown')).toBe('−1');
    expect(answerPoints(undefined)).toBe('');
    expect(pointsText(-19)).toBe('−19');
    expect(pointsText(0)).toBe('0');
  });
  it('団体についての回答は選択肢の名前を「、」でつなぐ', () => {
    const concerns = about.find((q) => q.id === 'concerns')!;
    expect(aboutLabel(concerns, ['security', 'cost'])).toBe('情報セキュリティの確保に不安がある、テレワーク導入のためにコストがかかる');
    expect(aboutLabel(about.find((q) => q.id === 'kind'), 'municipality')).toBe('市区町村');
    expect(aboutLabel(concerns, [])).toBe('未回答');
    expect(aboutLabel(concerns, undefined)).toBe('未回答');
  });
});

describe('支援策の情報の時点', () => {
  it('「…時点の情報」に「の情報」を重ねない', () => {
    const n = asOfNote('通知「地方公共団体におけるテレワークの推進について」（令和4年（2022年））時点の情報');
    expect(n).toBe('通知「地方公共団体におけるテレワークの推進について」（令和4年（2022年））時点の情報。最新の状況は事業の窓口で確認してください。');
    expect(n).not.toContain('の情報の情報');
  });
  it('「…時点」だけなら「の情報」を足す', () => {
    expect(asOfNote('令和4年（2022年）時点')).toBe('令和4年（2022年）時点の情報。最新の状況は事業の窓口で確認してください。');
  });
});

describe('点数の内訳と「わからない」の減点', () => {
  it('一部実施2問・わからない23問: 素点−19点で0点になったことと、減点がなければ4点だったことを言う', () => {
    const s = scoreAnswers(questions, areas, first(['partial', 'partial'], 'unknown'));
    expect(s.total).toBe(0);
    expect(s.raw).toBe(-19);
    expect(deductionEffect(s)).toEqual({ points: 23, totalWithout: 4, total: 0, clamped: true });
    const w = scoreWords(s);
    expect(w.breakdown).toBe('内訳：実施している 0問（0点）、一部実施 2問（4点）、実施していない 0問（0点）、わからない 23問（−23点）。素点 −19点（100点満点）。');
    expect(w.deduction).toContain('素点がマイナス（−19点）');
    expect(w.deduction).toContain('合計は0点としています');
    expect(w.deduction).toContain('減点がなければ4点');
  });
  it('マイナスにならないときは減点の点数と、減点がなければの点数を言う', () => {
    const s = scoreAnswers(questions, areas, first(['unknown', 'unknown', 'unknown'], 'yes'));
    expect(s.total).toBe(85);
    expect(deductionEffect(s)).toEqual({ points: 3, totalWithout: 88, total: 85, clamped: false });
    expect(scoreWords(s).deduction).toBe('「わからない」3問の減点（各−1点、計−3点）を含みます。減点がなければ88点でした。');
  });
  it('「わからない」がなければ減点の文はない', () => {
    const s = scoreAnswers(questions, areas, all('partial'));
    expect(scoreWords(s).deduction).toBe('');
    expect(scoreWords(s).breakdown).toContain('一部実施 25問（50点）');
  });
  it('25問でないときは100点満点への換算も書く', () => {
    const twenty = questions.slice(0, 20);
    const s = scoreAnswers(twenty, areas, Object.fromEntries(twenty.map((q) => [q.id, 'yes'])) as Answers);
    expect(s.max).toBe(80);
    expect(scoreWords(s).breakdown).toContain('素点 80点（80点満点）を100点満点に換算して100点');
  });
  it('答えごとの問数を数える', () => {
    const s = scoreAnswers(questions, areas, first(['yes', 'no', 'unknown'], 'partial'));
    expect(s.counts).toEqual({ yes: 1, partial: 22, no: 1, unknown: 1 });
  });
});
}

{
describe('ことばの端', () => {
  it('点は正の数に符号を付けず、1点は「1」', () => {
    expect(pointsText(4)).toBe('4');
    expect(pointsText(1)).toBe('1');
    expect(pointsText(-1)).toBe('−1');
    expect(answerPoints('yes')).toBe('4');
    expect(answerPoints('no')).toBe('0');
    expect(answerPoints('toString')).toBe('');
  });

  it('選択肢にない値や、設問が分からない値は、値そのものを示す（消さない）', () => {
    const kind = about.find((q) => q.id === 'kind')!;
    expect(aboutLabel(kind, ['municipality', 'gone'])).toBe('市区町村、gone');
    expect(aboutLabel(undefined, 'x')).toBe('x');
    expect(aboutLabel(kind, '')).toBe('未回答');
  });

  it('時点の文は前後の空白と末尾の「。」を除き、「情報」で終わるならそのまま', () => {
    expect(asOfNote(' 令和4年時点。 ')).toBe('令和4年時点の情報。最新の状況は事業の窓口で確認してください。');
    expect(asOfNote('令和4年時点情報')).toBe('令和4年時点情報。最新の状況は事業の窓口で確認してください。');
  });
});
}
