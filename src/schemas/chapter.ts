import { z } from 'zod';
import { JaTextSchema, SourceRefSchema, type RefFn } from './common';

/**
 * A chapter of the guide (MDX in content/chapters/). Rendered at /guide/<id>/ unless
 * `path` names another page that renders it (chapter Ⅳ renders at /levels/).
 */
export const chapterSchema = (ref: RefFn) =>
  z.object({
    /** Roman numeral as the guide prints it ("Ⅰ" … "Ⅵ"), or "" for the cover */
    numeral: z.string(),
    title: JaTextSchema,
    /** Reading order through the guide, 0 = cover */
    order: z.number().int().min(0),
    summary: JaTextSchema,
    source: SourceRefSchema,
    /** Site path (without base) when another page renders this chapter, e.g. "/levels/" */
    path: z.string().startsWith('/').endsWith('/').optional(),
    steps: z.array(ref('steps')).default([]),
    programs: z.array(ref('programs')).default([]),
    cases: z.array(ref('cases')).default([]),
  });
export type Chapter = z.output<ReturnType<typeof chapterSchema>>;
