import { z } from 'zod';
import { JaTextSchema, SourceRefSchema, type RefFn } from './common';

/** A link from a concern's answer to the part of the site that answers it. */
export const answerSchema = (ref: RefFn) =>
  z.object({
    /** The guide's answer, in the guide's words */
    text: JaTextSchema,
    source: SourceRefSchema,
    chapter: ref('chapters').optional(),
    step: ref('steps').optional(),
    program: ref('programs').optional(),
    level: ref('levels').optional(),
    case: ref('cases').optional(),
    /** In-page anchor on the linked page, without '#' */
    anchor: z.string().optional(),
  });

/** One of the five most common reasons for not adopting (content/concerns.yaml). */
export const concernSchema = (ref: RefFn) =>
  z.object({
    rank: z.number().int().min(1).max(5),
    label: JaTextSchema,
    /** Short label for checkboxes, e.g. 「窓口業務」 */
    shortLabel: JaTextSchema,
    percent: z.number().min(0).max(100),
    answers: z.array(answerSchema(ref)).min(1),
    source: SourceRefSchema,
  });
export type Concern = z.output<ReturnType<typeof concernSchema>>;
