/**
 * Words of the diagnosis (src/lib/diagnosis/labels.ts) and the comparison with a shared result
 * (src/lib/diagnosis/compare.ts) at their edges.
 */
import { describe, expect, it } from 'vitest';
import { aboutLabel, answerPoints, asOfNote, pointsText } from '../../src/lib/diagnosis/labels';
import { compareAnswers } from '../../src/lib/diagnosis/compare';
import { about, all, areas, questions } from './diagnosis-fixture';

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
