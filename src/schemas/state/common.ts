import { string } from './check';

/**
 * A real calendar date YYYY-MM-DD from 1900 on, as a regular expression (month lengths and
 * leap years included: 「2026-13-45」「2026-02-30」「2027-02-29」 do not match). The unit tests
 * check it against the Date-based rule of src/lib/tracker.ts (`isValidDue`).
 */
const DATE =
  '(?:(?:19|[2-9]\\d)\\d\\d-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:(?:19|[2-9]\\d)(?:0[48]|[2468][048]|[13579][26])|(?:[2468][048]|[3579][26])00)-02-29)';

/** '' or a real date. */
export const DUE_DATE = new RegExp(`^(?:${DATE})?$`);
/** '' or a real instant as `toISOString()` writes it (UTC, `Z`). */
export const DATE_TIME = new RegExp(`^(?:${DATE}T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d{1,3})?Z)?$`);

/** A stored time (display only: nothing is ordered by it). */
export const DateTimeSchema = string(40, DATE_TIME, '日時（ISO 8601）ではありません');

/** A 期限. */
export const DueDateSchema = string(10, DUE_DATE, '実在する日付（YYYY-MM-DD）ではありません');

/** A step id, step-01 … step-99. */
export const STEP_ID = /^step-\d{2}$/;

/** Earliest and latest instants the format can hold (years 1900–9999). */
export const MIN_TIME = '1900-01-01T00:00:00.000Z';
export const MAX_TIME = '9999-12-31T23:59:59.999Z';

/**
 * Keys of single-line text fields: control characters, tabs and line breaks are stripped from
 * them (a form feed in 団体名 would break a printed running header). Every other string keeps
 * tabs and line breaks and loses the other control characters. A new section adds its keys here.
 */
export const SINGLE_LINE_KEYS: ReadonlySet<string> = new Set(['name', 'department', 'owner', 'unit', 'author', 'title', 'date']);
