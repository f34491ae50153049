/**
 * Unit tests of src/lib/inventory/levels.ts.
 */
import { describe, expect, it } from 'vitest';
import { levelLabel, parseLevel, toLevelInput, LEVEL_IDS } from '../../../src/lib/inventory/levels';

{
describe('レベルの表記と読み取り', () => {
  it('表記: Lv.Ⅰ〜Lv.Ⅳと未分類', () => {
    expect([...LEVEL_IDS, 'unclassified' as const].map((l) => levelLabel(l))).toEqual(['Lv.Ⅰ', 'Lv.Ⅱ', 'Lv.Ⅲ', 'Lv.Ⅳ', '未分類']);
  });

  it.each([
    ['Lv.Ⅰ', 'lv1'], ['Lv.1', 'lv1'], ['lv2', 'lv2'], ['Ⅲ', 'lv3'], ['レベル４', 'lv4'], ['LV.IV', 'lv4'], ['未分類', 'unclassified'], ['', null], ['5', null],
  ])('読み取り: 「%s」→ %s', (text, expected) => {
    expect(parseLevel(text)).toBe(expected);
  });

  it('入力: 内容の例（入れ子の例を含む）を平らにして受け取る', () => {
    const l = toLevelInput('lv4', { numeral: 'Ⅳ', title: 't', source: { pages: 'スライド14' }, taskTypes: [{ id: 'x', name: 'n', examples: [{ text: 'a', items: ['b', 'c'] }, 'd'] }] });
    expect(l.taskTypes[0]!.examples).toEqual(['a', 'b', 'c', 'd']);
    expect(() => toLevelInput('lv9', { numeral: 'Ⅳ', title: 't', source: { pages: 'x' }, taskTypes: [] })).toThrow();
  });
});
}

/**
 * The levels data the inventory works from (src/lib/inventory/levels.ts): what an entry
 * without its optional parts becomes, and how a level typed in a spreadsheet is read.
 */
{
describe('toLevelInput：内容の項目から分類の入力へ', () => {
  it('省略できる項目がないときは空の文字列・空の一覧になる', () => {
    expect(toLevelInput('lv2', { numeral: 'Ⅱ', title: '二', source: { pages: 'スライド12' }, taskTypes: [{ id: 't', name: '類型', examples: [{ text: '親' }, '単独'] }] })).toStrictEqual({
      id: 'lv2',
      numeral: 'Ⅱ',
      title: '二',
      tipsHeading: '',
      sharedTips: [],
      forms: [],
      points: [],
      slide: 'スライド12',
      taskTypes: [{ id: 't', name: '類型', examples: ['親', '単独'], tips: [] }],
    });
  });

  it('書かれた項目はそのまま渡し、例の下の項目は例の後に並べる', () => {
    const l = toLevelInput('lv1', {
      numeral: 'Ⅰ',
      title: '一',
      tipsHeading: '工夫',
      sharedTips: ['共通の工夫'],
      forms: ['在宅勤務'],
      points: ['留意点'],
      source: { pages: 'スライド11' },
      taskTypes: [{ id: 'u', name: '類型', examples: [{ text: '親', items: ['子1', '子2'] }], tips: ['この行の工夫'] }],
    });
    expect(l).toStrictEqual({
      id: 'lv1',
      numeral: 'Ⅰ',
      title: '一',
      tipsHeading: '工夫',
      sharedTips: ['共通の工夫'],
      forms: ['在宅勤務'],
      points: ['留意点'],
      slide: 'スライド11',
      taskTypes: [{ id: 'u', name: '類型', examples: ['親', '子1', '子2'], tips: ['この行の工夫'] }],
    });
  });

  it('知らない id は、その id を示して止める', () => {
    expect(() => toLevelInput('lv5', { numeral: 'Ⅴ', title: 'x', source: { pages: 'x' }, taskTypes: [] })).toThrow('未知のレベル id: lv5');
  });
});

describe('parseLevel：表計算で書かれたレベル', () => {
  it.each([
    ['', null],
    ['  ', null],
    ['Lv.', null],
    ['レベル', null],
    ['Ⅴ', null],
    ['lv０', null],
    ['Lv.Ⅳ', 'lv4'],
    ['ＬＶ．３', 'lv3'],
    ['level 2', 'lv2'],
    ['未 分 類', 'unclassified'],
  ])('「%s」は %s', (text, want) => {
    expect(parseLevel(text)).toBe(want);
  });
});
}
