/**
 * Japanese era dates. Only the eras this site needs (平成, 令和) are known; earlier dates
 * fall back to 西暦.
 */
const ERAS = [
  { name: '令和', start: '2019-05-01', offset: 2018 },
  { name: '平成', start: '1989-01-08', offset: 1988 },
] as const;

/** 和暦 year label: 2021 → "令和3年", 2019 (after May) → "令和元年". */
export function eraYear(iso: string): string {
  const y = Number(iso.slice(0, 4));
  const era = ERAS.find((e) => iso >= e.start);
  if (!era) return `${y}年`;
  const n = y - era.offset;
  return `${era.name}${n === 1 ? '元' : n}年`;
}

/** "2021-10-01" → "令和3年10月1日"; "2021-04" → "令和3年4月". */
export function formatWareki(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const probe = `${String(y).padStart(4, '0')}-${String(m ?? 12).padStart(2, '0')}-${String(d ?? 28).padStart(2, '0')}`;
  const era = eraYear(probe);
  return `${era}${m ? `${m}月` : ''}${d ? `${d}日` : ''}`;
}

/**
 * "2021-10-01" → "令和3年（2021年）10月1日": the form for a date's first use on a page. A date
 * before 平成 has no era here and is given in 西暦 once ("1989-01-07" → "1989年1月7日").
 */
export function formatWarekiWithSeireki(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const probe = `${String(y).padStart(4, '0')}-${String(m ?? 12).padStart(2, '0')}-${String(d ?? 28).padStart(2, '0')}`;
  const era = eraYear(probe);
  const year = `${y}年`;
  return `${era === year ? year : `${era}（${year}）`}${m ? `${m}月` : ''}${d ? `${d}日` : ''}`;
}

/** "2026-11-21" → "2026年11月21日" (for dates the user enters or the site stamps). */
export function formatSeireki(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/**
 * The user's local calendar date as YYYY-MM-DD. Never `toISOString().slice(0, 10)`: that is the
 * UTC date, which in Japan is still "yesterday" before 09:00.
 */
export function localDateIso(now: Date = new Date()): string {
  const y = String(now.getFullYear()).padStart(4, '0');
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** An ISO time as the user's local date and time: 「2026年11月21日 18:05」 (「不明」 if unreadable). */
export function localDateTime(iso: string): string {
  const d = new Date(iso);
  if (!iso || Number.isNaN(d.getTime())) return '不明';
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** The current time, ISO (stamped on every edit; compared across tabs, so UTC is right here). */
export const nowIso = (): string => new Date().toISOString();
