/**
 * Kept for the islands that still import from here: the tracker's props and the date helpers
 * now live in src/lib (tracker-content.ts, dates.ts), so lib never imports from islands.
 */
export { toStepInfo, type ChecklistEntry, type TrackerStep } from '../../lib/tracker-content';
export { localDateIso as localToday, localDateTime, nowIso } from '../../lib/dates';
