import { z } from 'zod';
import { JaTextSchema, SourceRefSchema, TeleworkFormSchema } from './common';

/** One 業務類型 row of a level's table. */
export const TaskTypeSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: JaTextSchema,
  /** 具体的な業務（例）, one entry per example as the guide lists them */
  examples: z.array(JaTextSchema).min(1),
  /** 工夫 (Lv.Ⅰ–Ⅱ) or テレワークが可能な業務を洗い出す際の視点 (Lv.Ⅲ); empty for Lv.Ⅳ */
  tips: z.array(JaTextSchema).default([]),
  /** Sub-examples that the guide nests under an example, e.g. 人事給与システム */
  notes: z.array(JaTextSchema).default([]),
});

/** A level Lv.Ⅰ–Ⅳ (entries of content/levels.yaml, ids lv1 … lv4). */
export const LevelSchema = z.object({
  number: z.number().int().min(1).max(4),
  numeral: z.enum(['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ']),
  title: JaTextSchema,
  /** Heading of the third column as the guide names it */
  tipsHeading: JaTextSchema.optional(),
  description: JaTextSchema,
  taskTypes: z.array(TaskTypeSchema).min(1),
  /** Which forms of telework the guide points to for this level */
  forms: z.array(TeleworkFormSchema).default([]),
  points: z.array(JaTextSchema).default([]),
  source: SourceRefSchema,
});
export type Level = z.output<typeof LevelSchema>;
