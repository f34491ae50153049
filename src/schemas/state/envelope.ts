import { record, string, type Infer } from './check';
import { ProfileStateSchema } from './profile';
import { TrackerStateSchema } from './tracker';
import { DiagnosisStateSchema } from './diagnosis';
import { InventoryStateSchema } from './inventory';
import { PlanStateSchema } from './plan';
import { KianStateSchema } from './kian';

/**
 * Everything the site saves, in one versioned envelope: the localStorage value and the
 * exported progress file have this shape (format v3).
 *
 * {
 *   format: 'telework-navi', version: 3, savedAt: ISO datetime (display only),
 *   about?: a Japanese note for people who open an exported file (exports only; ignored on import),
 *   generation: '3.k2j4x.restore',   restore / import / reset: a newer one wins whole ('0' at first)
 *   revisions: { 'tracker.step-01': '12.k2j4x', profile: '5.a9b8c', … },   per merge unit
 *   profile:   { name, department, updatedAt },
 *   tracker:   { steps: { 'step-01': { status: 'not-started'|'in-progress'|'done'|'excluded', checked[], owner, due, memo, updatedAt } }, orphans[] },
 *   diagnosis: { answers: { questionId: 'yes'|'partial'|'no'|'unknown' }, about: { questionId: option(s) }, updatedAt },
 *   inventory: { department, tasks: [{ id, name, unit, memo, override }], updatedAt },
 *   plan:      { start, target, steps: { 'step-01': { start, end } }, updatedAt }
 *   authors?:  { 'tracker.step-01': '人事課 山田', … }   per merge unit: the 作業者名 of whoever last changed it
 *              (absent in older data, and for units changed before a name was entered)
 *   kian?:     { date, unit, author, texts: { title: '…' }, costs[], approvers[], updatedAt }   (absent in older data)
 * }
 *
 * Merge units (each merges on its own, src/lib/storage.ts `mergeStates`): every tracker step
 * (with its orphans), the profile, the diagnosis, the inventory and the plan. A unit's
 * revision is an integer stamped by the store on every write that changed the unit (the
 * highest number the tab has seen + 1, with the tab's id to break ties); a unit without an
 * entry in `revisions` has revision 0. `updatedAt` / `savedAt` order nothing.
 *
 * Older versions are migrated on read (storage.ts MIGRATIONS), from localStorage, files and backups alike:
 * version 1 had no generation, revisions or plan; version 2 stored the step statuses as Japanese words
 * (未着手・進行中・完了・対象外) and called the diagnosis's 「団体について」 answers `profile`, the name
 * of the 団体の情報 section too. A change to this shape gets version 4 and a migration, tested
 * from a saved v3 file.
 */
export const STATE_FORMAT = 'telework-navi';
export const STATE_VERSION = 3;

export const SECTION_SCHEMAS = {
  profile: ProfileStateSchema,
  tracker: TrackerStateSchema,
  diagnosis: DiagnosisStateSchema,
  inventory: InventoryStateSchema,
  plan: PlanStateSchema,
  kian: KianStateSchema,
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
  kian: '起案',
};

/** Key of a merge unit: a section, or one tracker step ('tracker.step-01'). */
export const UNIT_KEY = /^(profile|diagnosis|inventory|plan|kian|tracker\.step-\d{2})$/;

/**
 * A revision, 'n.tab': a counter (from 1) and the id of the tab that wrote it; ordered by the
 * counter, then as text (so the tab id breaks ties). Strings keep the file readable and the
 * validation small.
 */
export const REVISION = /^[1-9]\d{0,8}\.[0-9a-z]{0,16}$/;
/** The generation, 'n.tab.why' ('0' before any restore); `why` is 'restore' or 'reset'. */
export const GENERATION = /^(?:0|[1-9]\d{0,8}\.[0-9a-z]{0,16}\.(?:restore|reset))$/;
/** The largest counter the format holds (nine digits): the store never writes a larger one. */
export const STAMP_MAX = 999_999_999;
/**
 * The largest counter an imported or merged file may bring: far below STAMP_MAX, so that after
 * the import every later edit (each adds one) still fits the format.
 */
export const IMPORT_STAMP_MAX = 99_999_999;
export const GenerationSchema = string(40, GENERATION);
/** Longest 作業者名 (「人事課 山田」), in characters. */
export const AUTHOR_MAX = 40;
/** A 作業者名 as the site writes it: one line, no control characters, no spaces at either end. */
const AUTHOR = /^[^\s\p{Cc}\u2028\u2029](?:[^\p{Cc}\u2028\u2029]*[^\s\p{Cc}\u2028\u2029])?$/u;
/** Who last changed each unit (only units with a revision; see `authors` above). */
export const AuthorsSchema = record(UNIT_KEY, string(AUTHOR_MAX, AUTHOR));
export const RevisionsSchema = record(UNIT_KEY, string(40, REVISION));

/** The whole state (its parts are validated one by one in src/lib/storage.ts `parseState`). */
export type SavedState = {
  format: typeof STATE_FORMAT;
  version: typeof STATE_VERSION;
  savedAt: string;
  generation: string;
  revisions: Record<string, string>;
  /** 作業者名 per merge unit (optional: older data has none) */
  authors?: Record<string, string>;
} & { [K in Exclude<SectionName, 'kian'>]: Infer<(typeof SECTION_SCHEMAS)[K]> } & { kian?: Infer<typeof KianStateSchema> };
