/**
 * The tracker islands' props built from the content (src/lib/tracker-content.ts): what a step page
 * and the 10-step tracker receive — title, based href, checklist groups with their headings, items
 * with the guide's detail appended, sub-items — and the flat item list the progress rules count.
 */
import { describe, expect, it } from 'vitest';
import { itemLabel, toStepInfo, trackerStep } from '../../src/lib/tracker-content';

// ── formerly tracker-content.mutation.test.ts
{
const step = { id: 'step-08', data: { number: 8, title: '規程の整備', phase: '導入', summary: '就業規則を見直す' } };
const checklist = {
  title: '規程整備のチェックリスト',
  groups: [
    {
      heading: '規程',
      items: [
        { id: 'a', text: '規程を整備する', detail: '（利用申請、勤務時間等）' },
        { id: 'b', text: '様式を用意する', children: [{ id: 'b1', text: '申請書' }, { id: 'b2', text: '報告書', detail: '（日報）' }] },
        { id: 'c', text: '周知する', children: [] },
      ],
    },
    { items: [{ id: 'd', text: '見直す' }] },
    { heading: '', items: [] },
  ],
};

describe('工程の表示用データ（trackerStep）', () => {
  // 各テストの中で作る（Stryker が変異体ごとに作り直せるように）
  const make = () => trackerStep(step, checklist, '/base/steps/step-08/');

  it('工程の番号・題名・段階・要約・ページへのリンク・チェックリスト名をそのまま渡す', () => {
    const t = make();
    expect(t).toMatchObject({ id: 'step-08', number: 8, title: '規程の整備', phase: '導入', summary: '就業規則を見直す', href: '/base/steps/step-08/', checklistTitle: '規程整備のチェックリスト' });
  });

  it('項目の文言には手引きの補足（detail）を続けて表示し、補足のない項目は本文だけ', () => {
    const t = make();
    expect(t.groups[0]!.items.map((i) => i.text)).toEqual(['規程を整備する（利用申請、勤務時間等）', '様式を用意する', '周知する']);
    expect(t.groups[0]!.items[1]!.children).toEqual([{ id: 'b1', text: '申請書' }, { id: 'b2', text: '報告書（日報）' }]);
  });

  it('見出しのあるグループだけが見出しを持ち、小項目のない項目は children を持たない', () => {
    const t = make();
    expect(t.groups[0]).toHaveProperty('heading', '規程');
    expect(t.groups[1]).not.toHaveProperty('heading');
    expect(t.groups[2]).not.toHaveProperty('heading');
    expect(t.groups[0]!.items[0]).not.toHaveProperty('children');
    expect(t.groups[0]!.items[2]).not.toHaveProperty('children');
    expect(t.groups[1]!.items[0]).toEqual({ id: 'd', text: '見直す' });
  });
});

describe('進捗の数え方に使う項目一覧（toStepInfo）', () => {
  it('項目と小項目を読む順に平らに並べ、工程の番号・題名・段階を保つ', () => {
    const info = toStepInfo(trackerStep(step, checklist, '/steps/step-08/'));
    expect(info).toEqual({
      id: 'step-08',
      number: 8,
      title: '規程の整備',
      phase: '導入',
      items: [
        { id: 'a', text: '規程を整備する（利用申請、勤務時間等）' },
        { id: 'b', text: '様式を用意する' },
        { id: 'b1', text: '申請書' },
        { id: 'b2', text: '報告書（日報）' },
        { id: 'c', text: '周知する' },
        { id: 'd', text: '見直す' },
      ],
    });
  });
});

describe('項目の表示名（itemLabel）', () => {
  it('補足が空文字のときは本文だけ', () => {
    expect(itemLabel({ id: 'x', text: '本文', detail: '' })).toBe('本文');
    expect(itemLabel({ id: 'x', text: '本文', detail: '（補足）' })).toBe('本文（補足）');
  });
});
}
