import { z } from 'zod';
import { JaTextSchema, SourceRefSchema, type RefFn } from './common';

/**
 * A chapter of the guide (MDX in content/chapters/). Rendered at /guide/<id>/ unless
 * `path` names another page that renders it (chapter Ⅳ renders at /levels/).
 */
export const chapterSchema = (ref: RefFn) =>
  z.object({
    /** Roman numeral as the guide prints it ("Ⅰ" … "Ⅵ"), or "" for the cover */
    numeral: z.enum(['', 'Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ', 'Ⅵ'], { message: 'numeral は "" または Ⅰ〜Ⅵ（ローマ数字の全角文字）で書いてください' }),
    title: JaTextSchema,
    /** Reading order through the guide, 0 = cover */
    order: z.number().int().min(0),
    summary: JaTextSchema,
    /**
     * Where the chapter's content comes from: one citation or a list (a chapter may draw on the
     * guide and the notice). Always an array after parsing.
     */
    source: z
      .union([SourceRefSchema, z.array(SourceRefSchema).min(1, { message: 'source: 出典を1つ以上書いてください' })])
      .transform((s) => (Array.isArray(s) ? s : [s])),
    /** Site path (without base) when another page renders this chapter, e.g. "/levels/" */
    path: z.string().startsWith('/').endsWith('/').optional(),
    steps: z.array(ref('steps')).default([]),
    programs: z.array(ref('programs')).default([]),
    cases: z.array(ref('cases')).default([]),
  });
export type Chapter = z.output<ReturnType<typeof chapterSchema>>;
