import { z } from 'zod';
import { JaTextSchema, SourceRefSchema, type RefFn } from './common';

/**
 * One answer to a concern: the guide's (or the notice's) own words, and the part of the site
 * that says more. Exactly one link target (chapter, step, program, level or case) per answer.
 */
export const answerSchema = (ref: RefFn) =>
  z
    .object({
      /** A short heading in the site's words, restating the quoted text */
      title: JaTextSchema,
      /** The source's words, quoted as printed */
      text: JaTextSchema,
      source: SourceRefSchema,
      chapter: ref('chapters').optional(),
      step: ref('steps').optional(),
      program: ref('programs').optional(),
      level: ref('levels').optional(),
      case: ref('cases').optional(),
      /** In-page anchor on the linked page, without '#' */
      anchor: z.string().optional(),
    })
    .superRefine((a, ctx) => {
      const targets = [a.chapter, a.step, a.program, a.level, a.case].filter((t) => t !== undefined);
      if (targets.length !== 1)
        ctx.addIssue({ code: 'custom', message: `「${a.title}」: リンク先（chapter / step / program / level / case）はちょうど1つ書いてください（${targets.length}個あります）`, path: ['title'] });
    });

/** One of the five most common reasons for not adopting (content/concerns.yaml). */
export const concernSchema = (ref: RefFn) =>
  z.object({
    rank: z.number().int().min(1).max(5),
    /** The reason as 別添1 words it */
    label: JaTextSchema,
    /** Short label for checkboxes, e.g. 「窓口業務・相談業務」 */
    shortLabel: JaTextSchema,
    /** Share of bodies giving this reason (別添1, 複数回答) */
    percent: z.number().min(0).max(100),
    /** One sentence in the site's words that restates the answers below */
    lead: JaTextSchema,
    answers: z.array(answerSchema(ref)).min(1),
    source: SourceRefSchema,
  });
export type Concern = z.output<ReturnType<typeof concernSchema>>;
export type ConcernAnswer = z.output<ReturnType<typeof answerSchema>>;
