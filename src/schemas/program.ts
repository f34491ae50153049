import { z } from 'zod';
import { JaTextSchema, SourceRefSchema } from './common';

/**
 * A date as precise as the source gives it: "2022", "2021-04" or "2021-10-01".
 * The notice carries no day, so a program's "as of" may be a year or a month.
 */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: '日付は YYYY、YYYY-MM または YYYY-MM-DD で書いてください' });

/** A figure or period that a newer document replaced, kept as history (「以前の情報（履歴）」). */
export const SupersededSchema = z.object({
  /** What changed, e.g. 「提供団体数」 */
  field: JaTextSchema,
  old: JaTextSchema,
  /** When the old figure was published (the older source's date) */
  oldAsOf: PartialDateSchema,
  oldSource: SourceRefSchema,
  new: JaTextSchema,
  newAsOf: PartialDateSchema,
  newSource: SourceRefSchema,
});
export type Superseded = z.output<typeof SupersededSchema>;

/** One row of the program's particulars as a source gives them (e.g. 対象経費 with every item). */
export const ProgramFactSchema = z.object({
  label: JaTextSchema,
  /** One entry per item, in the source's words */
  items: z.array(JaTextSchema).min(1),
  source: SourceRefSchema,
});

/** Where a reader confirms the current state, as the sources name it. */
export const ProgramContactSchema = z.object({
  /** The office or body, e.g. 「地方公共団体情報システム機構（J-LIS）」 */
  office: JaTextSchema,
  /** What the source says about contacting it */
  note: JaTextSchema.optional(),
  url: z.url().optional(),
  email: z.email().optional(),
  phone: z.string().optional(),
  source: SourceRefSchema,
});

/** A national support program (MDX in content/programs/, ids telework-manager … briefing). */
export const ProgramSchema = z.object({
  name: JaTextSchema,
  shortName: JaTextSchema,
  order: z.number().int().min(1),
  /** The guide's box heading where it has one, e.g. 「国の支援策①」 */
  guideBox: JaTextSchema.optional(),
  operator: JaTextSchema,
  /** One sentence: what the program is */
  summary: JaTextSchema,
  /** Who can use it */
  target: JaTextSchema,
  /** What it gives */
  content: JaTextSchema,
  cost: JaTextSchema,
  period: JaTextSchema,
  /** The source's particulars, row by row */
  facts: z.array(ProgramFactSchema).default([]),
  /** The date the page's information is as of (the newest source it draws on) */
  asOf: PartialDateSchema,
  asOfLabel: JaTextSchema,
  /** Where to confirm the current state */
  contacts: z.array(ProgramContactSchema).min(1),
  /** The program's own page as the sources give it */
  url: z.url().optional(),
  superseded: z.array(SupersededSchema).default([]),
  sources: z.array(SourceRefSchema).min(1),
});
export type Program = z.output<typeof ProgramSchema>;
