/**
 * Two offices' saved files for the merge tests: 人事課's and 情報政策課's, one unit each, and
 * step-01 changed in both (each call builds them anew).
 */
import { emptyState } from '../../../src/lib/storage';
import type { SavedState } from '../../../src/schemas/state/envelope';
import type { STEP_STATUSES } from '../../../src/schemas/state/tracker';

const T = '2026-06-01T00:00:00.000Z';

export const step = (memo: string, status: (typeof STEP_STATUSES)[number] = 'in-progress', at = T) => ({ status, checked: [], owner: '', due: '', memo, updatedAt: at });

/** 人事課's file and 情報政策課's file: one unit each, and step-01 changed in both. */
export function files(): { jinji: SavedState; joho: SavedState } {
  const jinji = emptyState(T);
  jinji.profile = { name: '〇〇市', department: '人事課', updatedAt: '2026-05-01T00:00:00.000Z' };
  jinji.tracker.steps['step-01'] = step('人事のメモ', 'done', '2026-05-02T00:00:00.000Z');
  jinji.revisions = { profile: '3.hr', 'tracker.step-01': '5.hr' };
  jinji.generation = '2.hr.restore';
  jinji.authors = { profile: '人事課 山田', 'tracker.step-01': '人事課 山田' };
  const joho = emptyState(T);
  joho.tracker.steps['step-01'] = step('情報政策のメモ', 'in-progress', '2026-05-03T00:00:00.000Z');
  joho.tracker.steps['step-04'] = step('端末の調達');
  joho.diagnosis = { answers: { q1: 'yes' }, about: {}, updatedAt: T };
  joho.revisions = { 'tracker.step-01': '4.it', 'tracker.step-04': '1.it', diagnosis: '2.it' };
  joho.authors = { 'tracker.step-01': '情報政策課 佐藤', diagnosis: '情報政策課 佐藤' };
  return { jinji, joho };
}
