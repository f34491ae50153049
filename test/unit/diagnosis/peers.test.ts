/**
 * Unit tests of src/lib/diagnosis/peers.ts.
 */
import { describe, expect, it } from 'vitest';
import { comparePeers, differenceText } from '../../../src/lib/diagnosis/peers';
import type { AboutQuestion, PeerData, PeerRow } from '../../../src/lib/diagnosis/types';
import { about } from '../support/diagnosis-fixture';

/**
 * Comparison with peers (src/lib/diagnosis/peers.ts) on a small hand-made survey: which row is
 * chosen for the kind of body and the staff band, when the band applies, and the derived figures.
 */
{
const kindQ: AboutQuestion = {
  id: 'kind', code: 'k', label: '団体の種類', multiple: false,
  options: [
    { code: 'p', value: 'pref', label: '都道府県', surveyLabel: '都道府県' },
    { code: 'm', value: 'muni', label: '市区町村', surveyLabel: '市区町村' },
    { code: 'o', value: 'other', label: 'その他' },
  ],
};
const sizeQ: AboutQuestion = {
  id: 'size', code: 's', label: '職員数', multiple: false, onlyWhen: { question: 'kind', values: ['muni'] },
  options: [
    { code: 'a', value: 'small', label: '100名以下', surveyLabel: '100名以下' },
    { code: 'b', value: 'mid', label: '101名以上300名以下', surveyLabel: '101名以上300名以下' },
    { code: 'c', value: 'none', label: '区分なし' },
  ],
};
const row = (label: string, group: PeerRow['group'], count: number, prevCount: number, percent: number, prevPercent: number): PeerRow =>
  ({ label, group, bodies: 100, count, percent, prevCount, prevPercent });
const data: PeerData = {
  asOfLabel: '令和3年10月1日',
  prevAsOfLabel: '令和2年10月1日',
  yearLabel: '令和3年',
  later: '',
  rows: [
    row('都道府県', 'total', 1, 1, 1, 1),
    row('都道府県', 'kind', 47, 40, 100, 85.1),
    row('市区町村', 'kind', 849, 342, 49.3, 19.9),
    row('職員数100名以下（再掲）', 'band', 107, 38, 21.7, 7.7),
    row('101名以上300名以下', 'band', 310, 91, 46.1, 13.7),
    row('100名以下', 'total', 1, 1, 1, 1),
  ],
};

describe('同規模団体との比較（comparePeers）', () => {
  it('種類の行から、前年からの増加（小数1桁のポイント）と新たに導入した団体数を出す', () => {
    const c = comparePeers([kindQ, sizeQ], { kind: 'pref' }, data);
    expect(c).toEqual({
      asOfLabel: '令和3年10月1日',
      prevAsOfLabel: '令和2年10月1日',
      yearLabel: '令和3年',
      later: '',
      kind: { label: '都道府県', bodies: 100, count: 47, percent: 100, prevCount: 40, prevPercent: 85.1, increasePoints: 14.9, newlyAdopted: 7, difference: '前年との差（当サイトによる計算：令和3年の団体数 − 令和2年の団体数）：+7団体（導入率は+14.9ポイント）' },
    });
    // 49.3 − 19.9 is 29.399999… in floating point
    expect(comparePeers([kindQ, sizeQ], { kind: 'muni' }, data)?.kind?.increasePoints).toBe(29.4);
  });

  it('職員数の区分は band の行から選び、ラベルが同じ行を、なければラベルを含む行を使う', () => {
    const mid = comparePeers([kindQ, sizeQ], { kind: 'muni', size: 'mid' }, data);
    expect(mid?.band).toMatchObject({ label: '一般行政職員数101名以上300名以下の市区町村', count: 310, newlyAdopted: 219 });
    const small = comparePeers([kindQ, sizeQ], { kind: 'muni', size: 'small' }, data);
    // The "total" row labelled exactly 100名以下 is not a band row.
    expect(small?.band).toMatchObject({ label: '一般行政職員数100名以下の市区町村', count: 107, percent: 21.7, increasePoints: 14 });
  });

  it('減ったときは −、変わらないときは +0 と書き、年は「令和N年」（2桁・元年も）だけを使う。元号で始まらない日付はそのまま', () => {
    expect(differenceText({ count: 40, prevCount: 45, increasePoints: -2.5 }, '令和3年', '令和2年', false)).toBe('前年との差（当サイトによる計算：令和3年の団体数 − 令和2年の団体数）：−5団体（導入率は−2.5ポイント）');
    expect(differenceText({ count: 45, prevCount: 45, increasePoints: 0 }, '令和3年', '令和2年', false)).toBe('前年との差（当サイトによる計算：令和3年の団体数 − 令和2年の団体数）：+0団体（導入率は+0.0ポイント）');
    expect(differenceText({ count: 1200, prevCount: 100, increasePoints: 61.04 }, '令和3年', '令和2年', true)).toContain('：+1,100団体（導入率は+61.0ポイント）');
    const later = { ...data, yearLabel: '令和10年', prevAsOfLabel: '令和9年（2027年）10月1日' };
    expect(comparePeers([kindQ], { kind: 'muni' }, later)!.kind!.difference).toContain('令和10年の団体数 − 令和9年の団体数');
    const first = { ...data, yearLabel: '令和2年', prevAsOfLabel: '令和元年10月1日' };
    expect(comparePeers([kindQ], { kind: 'muni' }, first)!.kind!.difference).toContain('令和2年の団体数 − 令和元年の団体数');
    const western = { ...data, prevAsOfLabel: '2020年10月1日' };
    expect(comparePeers([kindQ], { kind: 'muni' }, western)!.kind!.difference).toContain('令和3年の団体数 − 2020年10月1日の団体数');
  });

  it('ラベルが同じ行があれば、それを含む行（再掲など）より先にあってもそちらを使い、区分の行がなければ区分の比較を出さない', () => {
    const rows = [row('職員数101名以上300名以下（再掲）', 'band', 1, 1, 1, 1), row('101名以上300名以下', 'band', 310, 91, 46.1, 13.7), row('市区町村', 'kind', 849, 342, 49.3, 19.9)];
    const mid = comparePeers([kindQ, sizeQ], { kind: 'muni', size: 'mid' }, { ...data, rows });
    expect(mid?.band).toMatchObject({ count: 310, percent: 46.1 });
    const none = comparePeers([kindQ, sizeQ], { kind: 'muni', size: 'small' }, { ...data, rows: rows.slice(1) });
    expect(none?.band).toBeUndefined();
    expect(none?.kind).toMatchObject({ count: 849 });
    // No size question at all: the kind alone, no error.
    expect(comparePeers([kindQ], { kind: 'muni', size: 'small' }, data)).toMatchObject({ kind: { count: 849 } });
    expect(comparePeers([kindQ], { kind: 'muni', size: 'small' }, data)!.band).toBeUndefined();
  });

  it('前年との差は当サイトの計算と明記し、職員数の区分では構成が年で変わるため目安と書く（別添1の数値のように見せない）', () => {
    const mid = comparePeers([kindQ, sizeQ], { kind: 'muni', size: 'mid' }, data)!;
    expect(mid.band!.difference).toBe('前年との差（当サイトによる計算：令和3年の団体数 − 令和2年の団体数。規模区分の構成が年で変わるため目安）：+219団体（導入率は+32.4ポイント）');
    expect(mid.kind!.difference).toBe('前年との差（当サイトによる計算：令和3年の団体数 − 令和2年の団体数）：+507団体（導入率は+29.4ポイント）');
    for (const f of [mid.band!, mid.kind!]) expect(f.difference).not.toMatch(/新たに導入/);
  });

  it('職員数の質問が当てはまらない種類（onlyWhen の外）では区分を使わない', () => {
    const c = comparePeers([kindQ, sizeQ], { kind: 'pref', size: 'small' }, data);
    expect(c?.band).toBeUndefined();
    expect(c?.kind?.label).toBe('都道府県');
  });

  it('onlyWhen のない職員数の質問は、どの種類にも当てはまる', () => {
    const { onlyWhen: _o, ...anyKind } = sizeQ;
    expect(comparePeers([kindQ, anyKind], { kind: 'pref', size: 'mid' }, data)?.band?.count).toBe(310);
  });

  it('調査の区分に対応しない選択肢（surveyLabel なし）や、行のない区分では比較しない', () => {
    expect(comparePeers([kindQ, sizeQ], { kind: 'other' }, data)).toBeNull();
    expect(comparePeers([kindQ, sizeQ], { kind: 'muni', size: 'none' }, data)?.band).toBeUndefined();
    const noKindRow: PeerData = { ...data, rows: data.rows.filter((r) => r.group !== 'kind') };
    const c = comparePeers([kindQ, sizeQ], { kind: 'muni', size: 'mid' }, noKindRow);
    expect(c?.kind).toBeUndefined();
    expect(c?.band?.count).toBe(310);
    expect(comparePeers([kindQ, sizeQ], { kind: 'pref' }, noKindRow)).toBeNull();
  });

  it('知らない値・質問がないときも例外にしない', () => {
    expect(comparePeers([kindQ, sizeQ], { kind: 'unknown-kind' }, data)).toBeNull();
    expect(comparePeers([], { kind: 'muni' }, data)).toBeNull();
  });
});
}

{
const survey: PeerData = {
  asOfLabel: '令和3年（2021年）10月1日',
  prevAsOfLabel: '令和2年（2020年）10月1日',
  yearLabel: '令和3年',
  later: 'その後の推移：テスト',
  rows: [
    { label: '都道府県', group: 'kind', bodies: 47, count: 47, percent: 100, prevCount: 47, prevPercent: 100 },
    { label: '指定都市', group: 'kind', bodies: 20, count: 20, percent: 100, prevCount: 17, prevPercent: 85 },
    { label: '市区町村', group: 'kind', bodies: 1721, count: 849, percent: 49.3, prevCount: 342, prevPercent: 19.9 },
    { label: '301名以上', group: 'band', bodies: 556, count: 432, percent: 77.7, prevCount: 213, prevPercent: 38 },
    { label: '101名以上300名以下', group: 'band', bodies: 672, count: 310, percent: 46.1, prevCount: 91, prevPercent: 13.7 },
    { label: '100名以下', group: 'band', bodies: 493, count: 107, percent: 21.7, prevCount: 38, prevPercent: 7.7 },
    { label: '合計', group: 'total', bodies: 1788, count: 916, percent: 51.2, prevCount: 406, prevPercent: 22.7 },
  ],
};

describe('同規模団体との比較（別添1、令和3年10月1日現在）', () => {
  it('100名以下の市区町村: 導入率21.7%、前年7.7%、差は14.0ポイント・69団体（当サイトの計算）', () => {
    const c = comparePeers(about, { kind: 'municipality', size: 'up-to-100' }, survey);
    expect(c?.later).toBe('その後の推移：テスト');
    expect(c?.asOfLabel).toBe('令和3年（2021年）10月1日');
    expect(c?.yearLabel).toBe('令和3年');
    expect(c?.kind).toMatchObject({ label: '市区町村', percent: 49.3, prevPercent: 19.9, increasePoints: 29.4, newlyAdopted: 507 });
    expect(c?.band).toMatchObject({ label: '一般行政職員数100名以下の市区町村', percent: 21.7, increasePoints: 14, newlyAdopted: 69, bodies: 493 });
  });
  it.each([
    ['from-101-to-300', 46.1],
    ['over-300', 77.7],
  ])('職員数 %s → %d%%', (size, percent) => {
    expect(comparePeers(about, { kind: 'municipality', size }, survey)?.band?.percent).toBe(percent);
  });
  it('指定都市は職員数の区分を使わない（前年85.0%から15.0ポイント増）', () => {
    const c = comparePeers(about, { kind: 'designated-city', size: 'up-to-100' }, survey);
    expect(c?.band).toBeUndefined();
    expect(c?.kind).toMatchObject({ percent: 100, increasePoints: 15, newlyAdopted: 3 });
  });
  it('種類を選んでいない、または調査データがなければ比較しない', () => {
    expect(comparePeers(about, {}, survey)).toBeNull();
    expect(comparePeers(about, { kind: 'municipality' }, null)).toBeNull();
  });
});
}
