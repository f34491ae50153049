import * as z from 'zod/mini';
import { DateTimeSchema } from './common';
import { ProfileStateSchema } from './profile';
import { TrackerStateSchema } from './tracker';
import { DiagnosisStateSchema } from './diagnosis';
import { InventoryStateSchema } from './inventory';
import { PlanStateSchema } from './plan';

/**
 * Everything the site saves, in one versioned envelope: the localStorage value and the
 * exported progress file have this shape (format v2).
 *
 * {
 *   format: 'telework-navi', version: 2, savedAt: ISO datetime (display only),
 *   about?: a Japanese note for people who open an exported file (ignored on import),
 *   generation: { n, tab, why },   restore / import / reset number; a newer one wins whole
 *   revisions: { 'tracker.step-01': { n, tab }, profile: {…}, … },   per merge unit
 *   profile:   { name, department, updatedAt },
 *   tracker:   { steps: { 'step-01': { status, checked[], owner, due, memo, updatedAt } }, orphans[] },
 *   diagnosis: { answers: { questionId: 'yes'|'partial'|'no'|'unknown' }, profile: {…}, updatedAt },
 *   inventory: { department, tasks: [{ id, name, unit, memo, override }], updatedAt },
 *   plan:      { start, target, steps: { 'step-01': { start, end } }, updatedAt }
 * }
 *
 * Merge units (each merges on its own, src/lib/storage.ts `mergeStates`): every tracker step
 * (with its orphans), the profile, the diagnosis, the inventory and the plan. A unit's
 * revision is an integer stamped by the store on every write that changed the unit (the
 * highest number the tab has seen + 1, with the tab's id to break ties); a unit without an
 * entry in `revisions` has revision 0. `updatedAt` / `savedAt` order nothing.
 *
 * Version 1 (no generation, revisions or plan) is migrated on read (storage.ts MIGRATIONS).
 * A change to this shape gets version 3 and a migration, tested from a saved v2 file.
 */
export const STATE_FORMAT = 'telework-navi';
export const STATE_VERSION = 2;

export const SECTION_SCHEMAS = {
  profile: ProfileStateSchema,
  tracker: TrackerStateSchema,
  diagnosis: DiagnosisStateSchema,
  inventory: InventoryStateSchema,
  plan: PlanStateSchema,
} as const;
export type SectionName = keyof typeof SECTION_SCHEMAS;
export const SECTION_NAMES = Object.keys(SECTION_SCHEMAS) as SectionName[];

/** Japanese names of the sections, for messages. */
export const SECTION_LABELS: Record<SectionName, string> = {
  profile: '団体の情報',
  tracker: '10ステップの進捗',
  diagnosis: '自己診断の回答',
  inventory: '業務の棚卸し',
  plan: '導入工程表',
};

/** Key of a merge unit: a section, or one tracker step ('tracker.step-01'). */
export const UNIT_KEY = /^(profile|diagnosis|inventory|plan|tracker\.step-\d{2})$/;

const TAB = z.string().check(z.regex(/^[0-9a-z]{0,16}$/));

/** A revision: a counter and the id of the tab that wrote it (ties go to the larger id). */
export const StampSchema = z.strictObject({ n: z.int().check(z.minimum(0)), tab: TAB });
export type Stamp = z.output<typeof StampSchema>;

/** The generation: started by a restore (file or code) or a reset; a newer one replaces all. */
export const GenerationSchema = z.strictObject({
  n: z.int().check(z.minimum(0)),
  tab: TAB,
  /** What started it: '' (first use), 'restore' or 'reset' */
  why: z.enum(['', 'restore', 'reset']),
});
export type Generation = z.output<typeof GenerationSchema>;

export const RevisionsSchema = z.record(z.string().check(z.regex(UNIT_KEY)), StampSchema);

export const SavedStateSchema = z.strictObject({
  format: z.literal(STATE_FORMAT),
  version: z.literal(STATE_VERSION),
  savedAt: DateTimeSchema,
  about: z.optional(z.string().check(z.maxLength(1000))),
  generation: GenerationSchema,
  revisions: RevisionsSchema,
  ...SECTION_SCHEMAS,
});
export type SavedState = z.output<typeof SavedStateSchema>;
