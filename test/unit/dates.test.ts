/**
 * Dates the user sees (src/lib/dates.ts): era boundaries to the day, the year-only and
 * month-only forms, dates before 平成, and "today" as the local calendar date.
 *
 * Dates the user sees (src/lib/dates.ts) at the edges: the last day before an era (the month and
 * day compared as dates, not as loose text) and the local date and time of a saved stamp.
 */
import { describe, expect, it, vi } from 'vitest';
import { eraYear, formatSeireki, formatWareki, formatWarekiWithSeireki, localDateIso, localDateTime, nowIso } from '../../src/lib/dates';

// ── formerly dates.test.ts
{
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
});
}

// ── formerly dates.behaviour.test.ts
{
describe('和暦の境目', () => {
  it.each([
    ['2019-05-01', '令和元年'],
    ['2019-04-30', '平成31年'],
    ['2020-01-01', '令和2年'],
    ['1989-01-08', '平成元年'],
    ['1990-01-01', '平成2年'],
  ])('%s は %s', (iso, want) => {
    expect(eraYear(iso)).toBe(want);
  });

  it('平成より前の日付は西暦の年で表す', () => {
    expect(eraYear('1989-01-07')).toBe('1989年');
    expect(formatWareki('1988-04-01')).toBe('1988年4月1日');
    // the 西暦 year once, not 「1989年（1989年）」
    expect(formatWarekiWithSeireki('1989-01-07')).toBe('1989年1月7日');
    expect(formatWarekiWithSeireki('1988')).toBe('1988年');
    expect(formatWarekiWithSeireki('1989-01-08')).toBe('平成元年（1989年）1月8日');
  });

  it('年だけ・年月だけの日付は、その期間の終わり近く（12月28日／その月の28日）の元号で表す', () => {
    expect(formatWareki('2019')).toBe('令和元年');
    expect(formatWareki('1989')).toBe('平成元年');
    expect(formatWareki('2019-04')).toBe('平成31年4月');
    expect(formatWareki('2019-05')).toBe('令和元年5月');
    expect(formatWarekiWithSeireki('2019')).toBe('令和元年（2019年）');
    expect(formatWarekiWithSeireki('2019-04')).toBe('平成31年（2019年）4月');
  });

  it('月・日の先頭の0は表示しない', () => {
    expect(formatWareki('2022-01-05')).toBe('令和4年1月5日');
    expect(formatWarekiWithSeireki('2019-05-01')).toBe('令和元年（2019年）5月1日');
  });
});

describe('西暦表記（formatSeireki）', () => {
  it('月と日は0で埋めない', () => {
    expect(formatSeireki('2026-11-21')).toBe('2026年11月21日');
    expect(formatSeireki('2026-01-05')).toBe('2026年1月5日');
  });
});

describe('今日の日付（localDateIso）', () => {
  /** A date whose local calendar fields and UTC date differ, as in Japan before 09:00. */
  const tokyoEarlyMorning = {
    getFullYear: () => 2026,
    getMonth: () => 0,
    getDate: () => 5,
    toISOString: () => '2026-01-04T23:30:00.000Z',
    getUTCFullYear: () => 2026,
    getUTCMonth: () => 0,
    getUTCDate: () => 4,
  } as unknown as Date;

  it('利用者の地域の暦の日付を使い、UTC の日付（前日）は使わない', () => {
    expect(localDateIso(tokyoEarlyMorning)).toBe('2026-01-05');
  });

  it('月と日は2桁、年は4桁にそろえる', () => {
    expect(localDateIso(new Date(2026, 8, 9, 12))).toBe('2026-09-09');
    expect(localDateIso(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
    const y999 = new Date(2000, 0, 1, 12);
    y999.setFullYear(999);
    expect(localDateIso(y999)).toBe('0999-01-01');
  });

  it('引数がなければ今日（実行時の地域の日付）', () => {
    vi.useFakeTimers();
    try {
      vi.setSystemTime(new Date(2027, 2, 31, 23, 59, 30));
      expect(localDateIso()).toBe('2027-03-31');
      vi.setSystemTime(new Date(2027, 3, 1, 0, 0, 1));
      expect(localDateIso()).toBe('2027-04-01');
    } finally {
      vi.useRealTimers();
    }
  });
});
}

// ── formerly dates.mutation.test.ts
{
describe('改元の前日と当日', () => {
  it('平成31年4月30日の翌日が令和元年5月1日（月日を2桁にそろえて比べる）', () => {
    expect(formatWareki('2019-04-30')).toBe('平成31年4月30日');
    expect(formatWarekiWithSeireki('2019-04-30')).toBe('平成31年（2019年）4月30日');
    expect(formatWareki('2019-05-01')).toBe('令和元年5月1日');
    expect(formatWarekiWithSeireki('2019-05-01')).toBe('令和元年（2019年）5月1日');
  });

  it('平成の始まる前日（1989年1月7日）は西暦で表す', () => {
    expect(formatWareki('1989-01-07')).toBe('1989年1月7日');
    expect(formatWareki('1989-01-08')).toBe('平成元年1月8日');
  });
});

describe('保存日時の表示（localDateTime）', () => {
  it('利用者の地域の日付と時刻で、時・分は2桁', () => {
    expect(localDateTime(new Date(2026, 0, 2, 3, 4).toISOString())).toBe('2026年1月2日 03:04');
    expect(localDateTime(new Date(2026, 10, 21, 18, 35).toISOString())).toBe('2026年11月21日 18:35');
  });

  it('空・日時でない文字列は「不明」', () => {
    expect(localDateTime('')).toBe('不明');
    expect(localDateTime('きのう')).toBe('不明');
  });
});

describe('nowIso：変更の時刻', () => {
  it('いまの時刻を UTC の ISO 形式で返す（タブの間で比べるため）', () => {
    vi.useFakeTimers();
    try {
      vi.setSystemTime(Date.UTC(2026, 5, 1, 0, 0, 0, 7));
      expect(nowIso()).toBe('2026-06-01T00:00:00.007Z');
      vi.setSystemTime(Date.UTC(2031, 0, 2, 3, 4, 5, 600));
      expect(nowIso()).toBe('2031-01-02T03:04:05.600Z');
    } finally {
      vi.useRealTimers();
    }
  });
});
}
