/**
 * The 引き継ぎ note: who changed what, and when, read from the units' stamps (each unit's
 * `authors` entry names the 作業者名 of whoever last changed it; its `updatedAt` says when).
 * Pure, so the pack and the saved-data panel print the same rows.
 */
import { SECTION_LABELS, SECTION_NAMES, type SavedState } from '../schemas/state/envelope';
import { sectionUnits } from './storage';

export interface HandoverRow {
  /** Merge unit key ('profile', 'tracker.step-03', …) */
  key: string;
  /** 「団体の情報」「ステップ3の進捗」 */
  label: string;
  /** ISO time of the unit's last change ('' when unknown) */
  updatedAt: string;
  /** 作業者名 of whoever last changed it ('' when none was recorded) */
  by: string;
  /** The unit's revision counter */
  revision: number;
}

/** 'tracker.step-03' → 「ステップ3の進捗」, 'profile' → 「団体の情報」. */
export function unitLabel(key: string): string {
  const step = /^tracker\.step-(\d{2})$/.exec(key);
  if (step) return `ステップ${Number(step[1])}の進捗`;
  return (SECTION_LABELS as Record<string, string>)[key] ?? key;
}

/** A unit's time: its `updatedAt`, or for a step's unit its progress's ('' when it has none: only orphan ticks). */
const timeOf = (v: unknown): string => {
  const o = v as { updatedAt?: unknown; p?: { updatedAt?: unknown } };
  const t = o.updatedAt ?? o.p?.updatedAt;
  return typeof t === 'string' ? t : '';
};

/** Shown for a unit whose changer is not recorded (older data, or no 作業者名 entered). */
export const HANDOVER_NO_NAME = '変更した人の記録なし';

/** The units that were ever changed, newest first (by time, then by revision). */
export function handoverRows(state: SavedState): HandoverRow[] {
  const rows: HandoverRow[] = [];
  for (const name of SECTION_NAMES) {
    for (const [key, value] of sectionUnits(name, state[name])) {
      const rev = state.revisions[key];
      // An optional section the state does not hold (no 起案 yet) has nothing to hand over, even
      // with a revision (data migrated from 版1 is given one for every section).
      if (!rev || value === undefined) continue;
      rows.push({ key, label: unitLabel(key), updatedAt: timeOf(value), by: state.authors?.[key] ?? '', revision: parseInt(rev, 10) });
    }
  }
  return rows.sort((a, b) => (a.updatedAt === b.updatedAt ? b.revision - a.revision || (a.key < b.key ? -1 : 1) : a.updatedAt < b.updatedAt ? 1 : -1));
}

/**
 * The note as lines of text: 「2026年6月1日 9:00　ステップ3の進捗（人事課 山田）」, or
 * 「…（変更した人の記録なし）」 for units changed before a name was entered.
 * `formatTime` turns an ISO time into the reader's local date and time.
 */
export function handoverLines(state: SavedState, formatTime: (iso: string) => string): string[] {
  return handoverRows(state).map((r) => `${r.updatedAt ? formatTime(r.updatedAt) : '日時不明'}　${r.label}（${r.by || HANDOVER_NO_NAME}）`);
}
