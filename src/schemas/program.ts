import { z } from 'zod';
import { IsoDateSchema, JaTextSchema, SourceRefSchema } from './common';

/** A figure or period that a newer document replaced, kept as history. */
export const SupersededSchema = z.object({
  field: JaTextSchema,
  old: JaTextSchema,
  oldSource: SourceRefSchema,
  new: JaTextSchema,
  newSource: SourceRefSchema,
});

/** A national support program (MDX in content/programs/). */
export const ProgramSchema = z.object({
  name: JaTextSchema,
  shortName: JaTextSchema,
  order: z.number().int().min(1),
  operator: JaTextSchema,
  target: JaTextSchema,
  content: JaTextSchema,
  cost: JaTextSchema,
  period: JaTextSchema,
  /** The date the page's information is as of (the newest source it draws on) */
  asOf: IsoDateSchema,
  asOfLabel: JaTextSchema,
  /** Where to confirm the current state */
  contact: JaTextSchema,
  url: z.url().optional(),
  superseded: z.array(SupersededSchema).default([]),
  sources: z.array(SourceRefSchema).min(1),
});
export type Program = z.output<typeof ProgramSchema>;
