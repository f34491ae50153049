import { describe, expect, it } from 'vitest';
import { eraYear, formatSeireki, formatWareki, formatWarekiWithSeireki } from '../../src/lib/dates';

describe('和暦', () => {
  it.each([
    ['2021-10-01', '令和3年10月1日'],
    ['2020-10-01', '令和2年10月1日'],
    ['2019-05-01', '令和元年5月1日'],
    ['2019-04-30', '平成31年4月30日'],
    ['2014-04-01', '平成26年4月1日'],
    ['2021-04', '令和3年4月'],
  ])('%s → %s', (iso, want) => {
    expect(formatWareki(iso)).toBe(want);
  });
  it('初出用に西暦を添える', () => {
    expect(formatWarekiWithSeireki('2021-04')).toBe('令和3年（2021年）4月');
    expect(formatWarekiWithSeireki('2021-10-01')).toBe('令和3年（2021年）10月1日');
  });
  it('年だけのときは年のみ', () => {
    expect(eraYear('2022-12-28')).toBe('令和4年');
  });
  it('西暦表記', () => {
    expect(formatSeireki('2026-11-21')).toBe('2026年11月21日');
  });
});
