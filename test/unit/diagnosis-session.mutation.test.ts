/**
 * The diagnosis session rules (src/lib/diagnosis/session.ts) at their edges: saved values the
 * current options do not have, an old single value in a multiple-choice question, key order,
 * and the share link that equals what is saved.
 */
import { describe, expect, it } from 'vitest';
import { chooseAbout, decideShare, fromSaved, sameSession } from '../../src/lib/diagnosis/session';
import { ANSWER_VALUES, type AboutAnswers, type AboutQuestion, type Answers } from '../../src/lib/diagnosis/types';

const option = (value: string) => ({ code: value.toUpperCase(), value, label: `${value}の表示` });
const multiple = (): AboutQuestion => ({ id: 'concerns', code: 'C', label: '心配', multiple: true, options: ['a', 'b', 'c'].map(option) });
const single = (): AboutQuestion => ({ id: 'kind', code: 'K', label: '種類', multiple: false, options: ['city', 'pref'].map(option) });

describe('fromSaved：保存された「団体について」の回答', () => {
  it('今の選択肢にない値だけのときは、その設問の回答を持たず、無視した件数に数える', () => {
    const s = fromSaved({ answers: {}, profile: { kind: 'village', concerns: ['zz'] } }, [], [single(), multiple()]);
    expect(s.about).toStrictEqual({});
    expect(s.ignored).toEqual(['kind', 'concerns']);
    expect(s.note).toBe('以前の回答のうち2件は、現在の設問にないため集計に含めていません（設問が変更されたためです）。');
  });
});

describe('chooseAbout：複数選択の設問', () => {
  it('以前の版が1つの文字列で保存した値も、選んだ値と並べて選択肢の順に保つ', () => {
    expect(chooseAbout({ concerns: 'c' }, multiple(), 'a', true)).toStrictEqual({ concerns: ['a', 'c'] });
    expect(chooseAbout({ concerns: 'c' }, multiple(), 'c', false)).toStrictEqual({ concerns: [] });
  });

  it('空の文字列は値として扱わない', () => {
    expect(chooseAbout({ concerns: '' }, multiple(), 'b', true)).toStrictEqual({ concerns: ['b'] });
  });

  it('選択肢にない値は、選び直したときに落とす', () => {
    expect(chooseAbout({ concerns: ['zz', 'c'] }, multiple(), 'b', true)).toStrictEqual({ concerns: ['b', 'c'] });
  });
});

describe('sameSession：同じ回答か', () => {
  it('キーの順が違っても同じ回答は同じと判定する（何通りの順でも）', () => {
    const keys = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'];
    const forward: Answers = Object.fromEntries(keys.map((k, i) => [k, ANSWER_VALUES[i % ANSWER_VALUES.length]!]));
    const orders = [[...keys].reverse(), ['q3', 'q1', 'q6', 'q2', 'q5', 'q4'], ['q2', 'q4', 'q6', 'q1', 'q3', 'q5']];
    for (const order of orders) {
      const other: Answers = Object.fromEntries(order.map((k) => [k, forward[k]!]));
      const aboutForward: AboutAnswers = { ...forward };
      const aboutOther: AboutAnswers = { ...other };
      expect(sameSession({ answers: forward, about: {} }, { answers: other, about: {} }), order.join()).toBe(true);
      expect(sameSession({ answers: {}, about: aboutForward }, { answers: {}, about: aboutOther }), order.join()).toBe(true);
    }
    expect(sameSession({ answers: { q1: 'yes' }, about: {} }, { answers: { q1: 'no' }, about: {} })).toBe(false);
  });
});

describe('decideShare：共有リンクの回答', () => {
  const shared = { kind: 'ok' as const, answers: { q1: 'yes' as const }, about: { kind: 'city' }, ignored: 0 };

  it('保存されている回答と同じなら「同じです」と伝え、リンクの注記を続ける', () => {
    expect(decideShare(shared, { answers: { q1: 'yes' }, about: { kind: 'city' } })).toStrictEqual({
      kind: 'same',
      message: '共有リンクの回答は、このブラウザに保存されている回答と同じです。',
    });
    expect(decideShare({ ...shared, note: '2件は読めませんでした。' }, { answers: { q1: 'yes' }, about: { kind: 'city' } })).toStrictEqual({
      kind: 'same',
      message: '共有リンクの回答は、このブラウザに保存されている回答と同じです。2件は読めませんでした。',
    });
  });

  it('自分の回答がまだないときは、空のリンクでも「同じ」とは言わずに表示する', () => {
    expect(decideShare({ kind: 'ok', answers: {}, about: {}, ignored: 0 }, { answers: {}, about: {} })).toStrictEqual({
      kind: 'show',
      shared: { answers: {}, about: {} },
      hasOwn: false,
      ownAnswered: 0,
    });
  });
});
