/**
 * The props a page passes to the tracker islands: a step and its checklist as the content
 * gives them (groups, items, sub-items), already reduced to plain data with based hrefs.
 */
import type { StepInfo } from '../../lib/tracker';

export interface ChecklistEntry {
  id: string;
  text: string;
  children?: { id: string; text: string }[];
}

export interface TrackerStep {
  id: string;
  number: number;
  title: string;
  phase: string;
  summary: string;
  /** The step's page, with the base path */
  href: string;
  checklistTitle: string;
  groups: { heading?: string; items: ChecklistEntry[] }[];
}

/** The flat item list (items and sub-items in reading order) the tracker's rules use. */
export function toStepInfo(s: TrackerStep): StepInfo {
  return {
    id: s.id,
    number: s.number,
    title: s.title,
    phase: s.phase,
    items: s.groups.flatMap((g) => g.items.flatMap((it) => [{ id: it.id, text: it.text }, ...(it.children ?? []).map((c) => ({ id: c.id, text: c.text }))])),
  };
}

/** Today in the reader's time zone, YYYY-MM-DD. */
export function localToday(d = new Date()): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** An ISO time as a local date and time: 「2026年11月21日 18:05」. */
export function localDateTime(iso: string): string {
  const d = new Date(iso);
  if (!iso || Number.isNaN(d.getTime())) return '不明';
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** The current time, ISO (stamped on every edit). */
export const nowIso = (): string => new Date().toISOString();
