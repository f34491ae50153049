import { describe, expect, it } from 'vitest';
import { recommendCases, recommendPrograms } from '../../src/lib/diagnosis/recommend';
import { comparePeers } from '../../src/lib/diagnosis/peers';
import type { Answers, PeerData, AboutAnswers } from '../../src/lib/diagnosis/types';
import { about, all, cases, fallbackCases, programs, rules } from './diagnosis-fixture';

const ids = (r: { item: { id: string } }[]) => r.map((x) => x.item.id);

describe('支援策の選び方', () => {
  it.each<[string, Answers, AboutAnswers, string[]]>([
    ['すべて実施済みで懸念なし → なし', all('yes'), { status: 'adopted' }, []],
    ['コストが懸念 → 特別交付税措置', all('yes'), { concerns: ['cost'] }, ['special-grant']],
    ['セキュリティが懸念 → テレワークマネージャーと実証実験', all('yes'), { concerns: ['security'] }, ['telework-manager', 'lgwan-pilot']],
    ['個人情報が懸念 → 実証実験', all('yes'), { concerns: ['personal-info'] }, ['lgwan-pilot']],
    ['専門家の活用を検討していない → テレワークマネージャー', { ...all('yes'), 'telework-manager': 'no' }, {}, ['telework-manager']],
    ['未導入 → 説明会', all('yes'), { status: 'not-yet' }, ['briefing']],
    ['全部まだ → 4つとも（支援策の順）', all('no'), {}, ['telework-manager', 'special-grant', 'lgwan-pilot', 'briefing']],
  ])('%s', (_, answers, prof, expected) => {
    expect(ids(recommendPrograms(rules, programs, answers, prof))).toEqual(expected);
  });
  it('選んだ理由を添える', () => {
    const [r] = recommendPrograms(rules, programs, all('yes'), { concerns: ['cost'] });
    expect(r!.reasons[0]).toMatch(/特別交付税措置/);
  });
});

describe('事例の選び方（2〜3件）', () => {
  it.each<[string, Answers, AboutAnswers, string[]]>([
    ['すべて実施済み → 予備の2件', all('yes'), {}, fallbackCases],
    ['コストが懸念で試行環境がまだ → 掛川市が最初', { ...all('yes'), 'trial-environment': 'no' }, { concerns: ['cost'] }, ['kakegawa', 'matsumoto-1']],
    ['現場業務が懸念 → 松本市②と佐賀県', all('yes'), { concerns: ['field-work'] }, ['matsumoto-2', 'saga']],
  ])('%s', (_, answers, prof, expected) => {
    expect(ids(recommendCases(rules, cases, fallbackCases, answers, prof))).toEqual(expected);
  });
  it('多く当てはまっても3件まで、少なくとも2件', () => {
    for (const [a, p] of [[all('no'), { concerns: ['cost', 'security', 'field-work', 'personal-info'] }], [all('yes'), {}], [{}, {}]] as [Answers, AboutAnswers][]) {
      const n = recommendCases(rules, cases, fallbackCases, a, p).length;
      expect(n).toBeGreaterThanOrEqual(2);
      expect(n).toBeLessThanOrEqual(3);
    }
  });
});

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
