/**
 * Unit tests of src/lib/diagnosis/session.ts.
 */
import { describe, expect, it } from 'vitest';
import { aboutApplies, answerCount, chooseAbout, clearedSaved, decideShare, fromSaved, sameSession, toSaved } from '../../../src/lib/diagnosis/session';
import { checksum, decodeShare, encodeShare } from '../../../src/lib/diagnosis/share';
import { ANSWER_VALUES, type AboutAnswers, type AboutQuestion, type Answers } from '../../../src/lib/diagnosis/types';
import { emptyDiagnosis } from '../../../src/schemas/state/diagnosis';
import { about, all, questions } from '../support/diagnosis-fixture';

/**
 * The diagnosis session rules (src/lib/diagnosis/session.ts) at their edges: saved values the
 * current options do not have, an old single value in a multiple-choice question, key order,
 * and the share link that equals what is saved.
 */
{
const NOW = '2026-11-30T00:30:00.000Z';
const concerns = about.find((q) => q.id === 'concerns')!;
const kind = about.find((q) => q.id === 'kind')!;
const size = about.find((q) => q.id === 'size')!;
const own = (answers: Answers, a: AboutAnswers = {}) => ({ answers, about: a });

describe('保存された回答と現在の設問の照合（fromSaved）', () => {
  it('現在の設問にない回答・値は集計から外し、件数を知らせる', () => {
    const r = fromSaved({ answers: { leadership: 'yes', 'old-question': 'no', security: 'bogus' as 'yes' }, about: { kind: 'municipality', concerns: ['cost', 'gone'], removed: 'x' } }, questions, about);
    expect(r.answers).toEqual({ leadership: 'yes' });
    expect(r.about).toEqual({ kind: 'municipality', concerns: ['cost'] });
    expect(r.ignored.sort()).toEqual(['concerns', 'old-question', 'removed', 'security']);
    expect(r.note).toMatch(/4件/);
  });
  it('すべて分かる回答なら note はなく、単一選択は文字列・複数選択は配列で返す', () => {
    const r = fromSaved({ answers: { leadership: 'yes' }, about: { status: 'trial', concerns: 'cost' } }, questions, about);
    expect(r.note).toBeUndefined();
    expect(r.ignored).toEqual([]);
    expect(r.about).toEqual({ status: 'trial', concerns: ['cost'] });
  });
});

describe('保存（toSaved / clearedSaved）', () => {
  it('現在の設問にない保存済みの回答は残し、画面の回答で上書きし、updatedAt を押す', () => {
    const prev = { answers: { 'old-question': 'no' as const, leadership: 'no' as const }, about: { removed: 'x', kind: 'prefecture' }, updatedAt: '2026-01-01T00:00:00.000Z' };
    const next = toSaved(prev, { leadership: 'yes' }, { kind: 'municipality' }, questions, about, NOW);
    expect(next).toEqual({ answers: { 'old-question': 'no', leadership: 'yes' }, about: { removed: 'x', kind: 'municipality' }, updatedAt: NOW });
  });
  it('画面で消した回答（現在の設問のもの）は保存からも消える', () => {
    const next = toSaved({ answers: { leadership: 'no' }, about: { kind: 'prefecture' }, updatedAt: '' }, {}, {}, questions, about, NOW);
    expect(next.answers).toEqual({});
    expect(next.about).toEqual({});
  });
  it('区分のほかの項目（保存層が持つもの）はそのまま通す', () => {
    const prev = { ...emptyDiagnosis(), rev: 7 };
    expect(toSaved(prev, { leadership: 'yes' }, {}, questions, about, NOW).rev).toBe(7);
    expect(clearedSaved(prev, NOW).rev).toBe(7);
  });
  it('「消してやり直す」は現在の設問にない回答も含めてすべて消す', () => {
    const r = clearedSaved({ answers: { 'old-question': 'no', leadership: 'yes' }, about: { kind: 'municipality' }, updatedAt: '' }, NOW);
    expect(r).toEqual({ answers: {}, about: {}, updatedAt: NOW });
  });
});

describe('団体についての回答（chooseAbout / aboutApplies）', () => {
  it('複数選択は、選んだ順ではなく選択肢の順に並ぶ', () => {
    let a: AboutAnswers = {};
    a = chooseAbout(a, concerns, 'cost', true);
    a = chooseAbout(a, concerns, 'counter-work', true);
    a = chooseAbout(a, concerns, 'security', true);
    expect(a['concerns']).toEqual(['counter-work', 'security', 'cost']);
  });
  it('複数選択のチェックを外すとその値だけが消え、同じ値は二重にならない', () => {
    let a: AboutAnswers = { concerns: ['security', 'cost'] };
    a = chooseAbout(a, concerns, 'cost', true);
    expect(a['concerns']).toEqual(['security', 'cost']);
    a = chooseAbout(a, concerns, 'security', false);
    expect(a['concerns']).toEqual(['cost']);
  });
  it('単一選択は値を置き換え、元のオブジェクトは変えない', () => {
    const before: AboutAnswers = { kind: 'prefecture' };
    const after = chooseAbout(before, kind, 'municipality', true);
    expect(after).toEqual({ kind: 'municipality' });
    expect(before).toEqual({ kind: 'prefecture' });
  });
  it('職員数は市区町村のときだけ答える', () => {
    expect(aboutApplies(size, { kind: 'municipality' })).toBe(true);
    expect(aboutApplies(size, { kind: 'prefecture' })).toBe(false);
    expect(aboutApplies(size, {})).toBe(false);
    expect(aboutApplies(kind, {})).toBe(true);
  });
});

describe('共有リンクの受け入れ（decideShare）', () => {
  const theirs = { ...all('partial'), leadership: 'yes' as const };
  const theirAbout = { kind: 'municipality', size: 'up-to-100' };
  const link = '#' + encodeShare(questions, about, theirs, theirAbout);
  const decode = (f: string) => decodeShare(f, questions, about);

  it('リンクがなければ何もしない', () => {
    expect(decideShare(decode(''), own({}))).toEqual({ kind: 'none' });
  });
  it('回答のないブラウザでも、自動では取り込まず「ほかの人の回答」として先に見せる', () => {
    const d = decideShare(decode(link), own({}));
    expect(d).toMatchObject({ kind: 'show', shared: { answers: theirs, about: theirAbout }, hasOwn: false, ownAnswered: 0 });
  });
  it('別の回答があるブラウザでは、比べられるように自分の回答数を添えて見せる', () => {
    const d = decideShare(decode(link), own({ leadership: 'no', security: 'yes' }));
    expect(d).toMatchObject({ kind: 'show', hasOwn: true, ownAnswered: 2 });
  });
  it('団体についてだけ答えていても「自分の回答あり」とする', () => {
    expect(decideShare(decode(link), own({}, { kind: 'prefecture' }))).toMatchObject({ kind: 'show', hasOwn: true, ownAnswered: 0 });
  });
  it('保存済みと同じ回答（キーの順が違っても）なら、同じだと知らせるだけ', () => {
    const reordered = Object.fromEntries(Object.entries(theirs).reverse()) as Answers;
    const d = decideShare(decode(link), own(reordered, { size: 'up-to-100', kind: 'municipality' }));
    expect(d.kind).toBe('same');
  });
  it('書き換えられたリンクはエラーとして理由を返す', () => {
    const d = decideShare(decode(link.replace(/(\d)p/, '$1n')), own({}));
    expect(d).toMatchObject({ kind: 'error' });
    expect((d as { message: string }).message).toMatch(/書き換えられている/);
  });
  it('今の設問にない番号が入ったリンクは、読めた回答を見せ、読めなかった件数を添える', () => {
    const payload = '1y99n';
    const d = decideShare(decode(`d=1.${checksum(`1.${payload}`)}.${payload}`), own({}));
    expect(d).toMatchObject({ kind: 'show', shared: { answers: { leadership: 'yes' } } });
    expect((d as { note?: string }).note).toMatch(/1件/);
  });
  it('同じかどうかは回答と団体についての両方で見る', () => {
    expect(sameSession(own({ a: 'yes' }), own({ a: 'no' }))).toBe(false);
    expect(sameSession(own({ a: 'yes' }, { kind: 'x' }), own({ a: 'yes' }))).toBe(false);
    expect(answerCount(own({ a: 'yes' }, { kind: 'x', concerns: ['y'] }))).toBe(3);
  });
});
}

{
const option = (value: string) => ({ code: value.toUpperCase(), value, label: `${value}の表示` });
const multiple = (): AboutQuestion => ({ id: 'concerns', code: 'C', label: '心配', multiple: true, options: ['a', 'b', 'c'].map(option) });
const single = (): AboutQuestion => ({ id: 'kind', code: 'K', label: '種類', multiple: false, options: ['city', 'pref'].map(option) });

describe('fromSaved：保存された「団体について」の回答', () => {
  it('今の選択肢にない値だけのときは、その設問の回答を持たず、無視した件数に数える', () => {
    const s = fromSaved({ answers: {}, about: { kind: 'village', concerns: ['zz'] } }, [], [single(), multiple()]);
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
}
