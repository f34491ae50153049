import { z } from 'zod';
import { JaTextSchema, SlugSchema, SourceRefSchema, TeleworkFormSchema } from './common';

/**
 * One 具体的な業務（例） entry. Written in YAML either as a plain string or, when the guide nests
 * systems under it (Lv.Ⅱ 秘密文書…, Lv.Ⅳ 個人番号利用事務系…), as `{ text, items, etc }`.
 * Always an object after parsing.
 */
export const ExampleSchema = z.union([
  JaTextSchema.transform((text) => ({ text, items: [] as string[], etc: false })),
  z.object({
    text: JaTextSchema,
    /** The guide's sub-list (「-人事給与システム」…) */
    items: z.array(JaTextSchema).default([]),
    /** The sub-list ends with 「等」 in the guide */
    etc: z.boolean().default(false),
  }),
]);
export type Example = z.output<typeof ExampleSchema>;

/** One 業務類型 row of a level's table. */
export const TaskTypeSchema = z.object({
  id: SlugSchema,
  name: JaTextSchema,
  /** 具体的な業務（例）, one entry per example as the guide lists them */
  examples: z.array(ExampleSchema).min(1, { message: 'examples: 具体的な業務（例）を1つ以上書いてください' }),
  /** The example list ends with 「等」 in the guide */
  etc: z.boolean().default(false),
  /** This row's third-column cell (工夫 / 視点); empty when the level's `sharedTips` spans all rows or for Lv.Ⅳ */
  tips: z.array(JaTextSchema).default([]),
});
export type TaskType = z.output<typeof TaskTypeSchema>;

/** A level Lv.Ⅰ–Ⅳ (entries of content/levels.yaml, ids lv1 … lv4). */
export const LevelSchema = z
  .object({
    number: z.number().int().min(1).max(4),
    numeral: z.enum(['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ']),
    /** The level's name as the guide prints it, e.g. 少しの工夫でテレワークが導入しやすい業務 */
    title: JaTextSchema,
    /** Heading of the third column as the guide names it; absent when the table has only two columns (Lv.Ⅳ) */
    tipsHeading: JaTextSchema.optional(),
    /** One sentence saying what the level is, for cards and the diagnosis */
    description: JaTextSchema,
    taskTypes: z.array(TaskTypeSchema).min(1, { message: 'taskTypes: 業務類型を1つ以上書いてください' }),
    /** A third-column cell that the guide prints once for all rows (Lv.Ⅰ's two 工夫) */
    sharedTips: z.array(JaTextSchema).default([]),
    /** Which forms of telework the guide points to for this level */
    forms: z.array(TeleworkFormSchema).default([]),
    /** The guide's notes printed with this level's table, in its order */
    points: z.array(JaTextSchema).default([]),
    source: SourceRefSchema,
  })
  .superRefine((lv, ctx) => {
    const hasThird = lv.sharedTips.length > 0 || lv.taskTypes.some((t) => t.tips.length > 0);
    if (hasThird && !lv.tipsHeading) {
      ctx.addIssue({ code: 'custom', path: ['tipsHeading'], message: 'tipsHeading: 3列目（工夫・視点）があるときは列見出しを書いてください' });
    }
    if (lv.sharedTips.length > 0 && lv.taskTypes.some((t) => t.tips.length > 0)) {
      ctx.addIssue({ code: 'custom', path: ['sharedTips'], message: 'sharedTips: 全行共通の工夫と行ごとの tips は同時に書けません' });
    }
    const ids = lv.taskTypes.map((t) => t.id);
    const dup = ids.find((id, i) => ids.indexOf(id) !== i);
    if (dup) ctx.addIssue({ code: 'custom', path: ['taskTypes'], message: `taskTypes: id「${dup}」が重複しています` });
  });
export type Level = z.output<typeof LevelSchema>;
