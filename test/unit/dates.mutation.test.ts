/**
 * Dates the user sees (src/lib/dates.ts) at the edges: the last day before an era (the month and
 * day compared as dates, not as loose text) and the local date and time of a saved stamp.
 */
import { describe, expect, it, vi } from 'vitest';
import { formatWareki, formatWarekiWithSeireki, localDateTime, nowIso } from '../../src/lib/dates';

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
