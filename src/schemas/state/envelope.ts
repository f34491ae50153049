import * as z from 'zod/mini';
import { ProfileStateSchema } from './profile';
import { TrackerStateSchema } from './tracker';
import { DiagnosisStateSchema } from './diagnosis';
import { InventoryStateSchema } from './inventory';
import { PlanStateSchema } from './plan';

/**
 * Everything the site saves, in one versioned envelope: the localStorage value and the
 * exported progress file have this shape.
 *
 * {
 *   format: 'telework-navi', version: 1, savedAt: ISO datetime,
 *   profile:   { name, department, updatedAt },
 *   tracker:   { steps: { 'step-01': { status, checked[], owner, due, memo, updatedAt } }, orphans[] },
 *   diagnosis: { answers: { questionId: 'yes'|'partial'|'no'|'unknown' }, profile: {…}, updatedAt },
 *   inventory: { department, tasks: [{ id, name, unit, memo, override }], updatedAt },
 *   plan:      { start: 'YYYY-MM'|'', target: 'YYYY-MM'|'', steps: { 'step-01': { start, end } }, updatedAt }
 * }
 *
 * Version 1 is the first released format. A change to it gets version 2 and a migration in
 * src/lib/storage.ts (MIGRATIONS), tested from a saved v1 file.
 */
export const STATE_FORMAT = 'telework-navi';
export const STATE_VERSION = 1;

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

export const SavedStateSchema = z.strictObject({
  format: z.literal(STATE_FORMAT),
  version: z.literal(STATE_VERSION),
  savedAt: z.string(),
  profile: ProfileStateSchema,
  tracker: TrackerStateSchema,
  diagnosis: DiagnosisStateSchema,
  inventory: InventoryStateSchema,
  plan: PlanStateSchema,
});
export type SavedState = z.output<typeof SavedStateSchema>;
