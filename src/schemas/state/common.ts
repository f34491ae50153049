import * as z from 'zod/mini';

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** A real instant written as `toISOString()` writes it (UTC, `Z`). */
export function isIsoDateTime(v: string): boolean {
  if (!DATE_TIME.test(v)) return false;
  const d = new Date(v);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 19) === v.slice(0, 19);
}

/** A real calendar date YYYY-MM-DD from 1900 on (a 期限; 「2026-13-45」 and 「2026-02-30」 are not). */
export function isCalendarDate(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m || Number(m[1]) < 1900) return false;
  const d = new Date(0);
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.toISOString().slice(0, 10) === v;
}

/** A stored time: an ISO datetime, or '' for "never". Display only: nothing is ordered by it. */
export const DateTimeSchema = z.string().check(z.refine((v) => v === '' || isIsoDateTime(v), '日時（ISO 8601）ではありません'));

/** A 期限: a real calendar date, or '' for none. */
export const DueDateSchema = z.string().check(z.refine((v) => v === '' || isCalendarDate(v), '実在する日付（YYYY-MM-DD）ではありません'));

/** A step id, step-01 … step-99. */
export const StepIdSchema = z.string().check(z.regex(/^step-\d{2}$/));
