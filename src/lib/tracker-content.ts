/**
 * The tracker islands' props and their build-time mapping from the content (a step entry and
 * its checklist): plain data with based hrefs. Pure: pages pass the entries' data and the href.
 */
import type { StepInfo } from './tracker';

/** One checklist item (and its sub-items) as the islands receive it. */
export interface ChecklistEntry {
  id: string;
  text: string;
  children?: { id: string; text: string }[];
}

/** A step and its checklist as the content gives them (groups, items, sub-items). */
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

interface ItemLike { id: string; text: string; detail?: string | undefined }
interface ChecklistLike {
  title: string;
  groups: { heading?: string | undefined; items: (ItemLike & { children?: ItemLike[] | undefined })[] }[];
}
interface StepLike { id: string; data: { number: number; title: string; phase: string; summary: string } }

/** An item's label as the checklist shows it: the text followed by the guide's detail, if any. */
export const itemLabel = (it: ItemLike): string => (it.detail ? `${it.text}${it.detail}` : it.text);

/** The islands' props for one step. */
export function trackerStep(step: StepLike, checklist: ChecklistLike, href: string): TrackerStep {
  return {
    id: step.id,
    number: step.data.number,
    title: step.data.title,
    phase: step.data.phase,
    summary: step.data.summary,
    href,
    checklistTitle: checklist.title,
    groups: checklist.groups.map((g) => ({
      ...(g.heading ? { heading: g.heading } : {}),
      items: g.items.map((it) => ({
        id: it.id,
        text: itemLabel(it),
        ...(it.children && it.children.length ? { children: it.children.map((c) => ({ id: c.id, text: itemLabel(c) })) } : {}),
      })),
    })),
  };
}
