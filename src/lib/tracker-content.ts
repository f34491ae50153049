/**
 * Build-time mapping from the content (a step entry and its checklist) to the plain props
 * the tracker islands take. Pure: pages pass the entries' data and the based href.
 */
import type { TrackerStep } from '../islands/shared/step-content';

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
