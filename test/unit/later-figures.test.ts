/**
 * Unit tests of src/lib/later-figures.ts.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { laterSeriesLine, type LaterSeries } from '../../src/lib/later-figures';

{
const entry = (parse(readFileSync('content/later-figures.yaml', 'utf8')) as Array<Record<string, unknown>>).find((e) => e['id'] === 'adoption-series') as never;

describe('その後の推移の1行（自己診断の比較・決裁パック）', () => {
  it('令和2年 → 令和3年 → 令和4年の導入団体数と割合を、順に、数値どおりに並べる', () => {
    const line = laterSeriesLine(entry);
    expect(line).toContain('令和2年 406団体（22.7％） → 令和3年 916団体（51.2％） → 令和4年 1,150団体（64.3％）');
    expect(line).toContain('全1,788団体のうち');
  });
  it('出典は年ごとの文書を名指す：406と916は通知の別添1、1,150は令和4年の調査（1つの出典で系列全体を引かない）', () => {
    const line = laterSeriesLine(entry);
    expect(line).toContain('令和4年の市区町村は62.9％');
    expect(line).toContain('出典：令和2年・令和3年は通知の別添1（総務省「地方公共団体におけるテレワークの取組状況調査結果のポイント」。令和2年は前年の数値として（ ）内に示されたもの）');
    expect(line).toContain('令和4年は総務省「地方公共団体におけるテレワークの取組状況調査」（令和4年（2022年）10月1日現在');
    // the old line: one source (the 令和4年 survey) for the whole series
    expect(line).not.toMatch(/出典：総務省「地方公共団体におけるテレワークの取組状況調査」/);
  });
  it('市区町村の割合がない年が最新なら、その文を入れない', () => {
    const d = { totalBodies: 10, source: { publisher: 'P', title: 'T', asOf: '2021-10-01', published: 'x', via: 'y' }, series: [{ asOf: '2020-10-01', adopted: 1, percent: 10, municipalities: 1 }, { asOf: '2021-10-01', adopted: 2, percent: 20, municipalities: 2 }] };
    const line = laterSeriesLine(d);
    expect(line).toBe('その後の推移（導入団体、全10団体のうち）：令和2年 1団体（10.0％） → 令和3年 2団体（20.0％）。出典：令和2年は通知の別添1（総務省「地方公共団体におけるテレワークの取組状況調査結果のポイント」）、令和3年はP「T」（令和3年（2021年）10月1日現在、x。y）。');
  });
});

describe('その後の推移の1行（短い形：決裁パック）', () => {
  it('出典は年ごとの文書と、新しい調査の発行者・調査名・時点だけにし、数値はそのまま', () => {
    const line = laterSeriesLine(entry, { short: true });
    expect(line).toContain('令和4年 1,150団体（64.3％）');
    expect(line).toContain('出典：令和2年・令和3年は通知の別添1、令和4年は総務省「地方公共団体におけるテレワークの取組状況調査」（令和4年10月1日現在）。');
    expect(line).not.toContain('共同通信');
    expect(line.length).toBeLessThan(laterSeriesLine(entry).length);
  });
});
}

/**
 * The later adoption line (src/lib/later-figures.ts) and the 対応度 rule
 * (src/lib/a11y-conformance.ts) at their edges.
 */
{
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
}
