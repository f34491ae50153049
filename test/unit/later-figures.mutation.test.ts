/**
 * The later adoption line (src/lib/later-figures.ts) and the 対応度 rule
 * (src/lib/a11y-conformance.ts) at their edges.
 */
import { describe, expect, it } from 'vitest';
import { laterSeriesLine, type LaterSeries } from '../../src/lib/later-figures';
import { conformanceOf, failing } from '../../src/lib/a11y-conformance';

const source = { publisher: 'P', title: 'T', asOf: '2022-10-01', published: '令和5年3月公表', via: '総務省の資料' };

describe('laterSeriesLine：その後の推移の1行', () => {
  it('市区町村の割合が0％でも、書かれていれば載せる', () => {
    const d: LaterSeries = { totalBodies: 1788, source, series: [{ asOf: '2022-10-01', adopted: 0, percent: 0, municipalities: 0, municipalityPercent: 0 }] };
    expect(laterSeriesLine(d)).toBe(
      'その後の推移（導入団体、全1,788団体のうち）：令和4年 0団体（0.0％）。令和4年の市区町村は0.0％。出典：令和4年はP「T」（令和4年（2022年）10月1日現在、令和5年3月公表。総務省の資料）。',
    );
  });

  it('年だけを示し（月日は書かない）、割合は小数1桁に丸める', () => {
    const d: LaterSeries = { totalBodies: 3, source, series: [{ asOf: '2020-04-01', adopted: 1234, percent: 33.333, municipalities: 1 }] };
    expect(laterSeriesLine(d)).toContain('：令和2年 1,234団体（33.3％）。出典');
  });

  it('年の数がないときも文として壊れない', () => {
    expect(laterSeriesLine({ totalBodies: 1, source, series: [] })).toBe('その後の推移（導入団体、全1団体のうち）：。出典：P「T」（令和4年（2022年）10月1日現在、令和5年3月公表。総務省の資料）。');
  });
});

describe('conformanceOf と failing：対応度', () => {
  it('「適用なし」は満たしたものとして数え、不適合だけを順に挙げる', () => {
    const rows = [
      { sc: '1.1.1', result: '適用なし' as const },
      { sc: '2.4.3', result: '不適合' as const },
      { sc: '1.4.3', result: '適合' as const },
      { sc: '4.1.2', result: '不適合' as const },
    ];
    expect(conformanceOf(rows.filter((r) => r.result !== '不適合'))).toBe('準拠');
    expect(conformanceOf(rows)).toBe('一部準拠');
    expect(failing(rows).map((r) => r.sc)).toEqual(['2.4.3', '4.1.2']);
    expect(() => conformanceOf([])).toThrow('達成基準の行がありません');
  });
});

describe('laterSeriesLine：年の表し方', () => {
  it('2桁の日や、年月だけの時点も年だけにする', () => {
    const d: LaterSeries = {
      totalBodies: 10,
      source,
      series: [
        { asOf: '2021-10-10', adopted: 1, percent: 10, municipalities: 1 },
        { asOf: '2022-04', adopted: 2, percent: 20, municipalities: 2 },
      ],
    };
    expect(laterSeriesLine(d)).toContain('：令和3年 1団体（10.0％） → 令和4年 2団体（20.0％）。出典');
  });
});
