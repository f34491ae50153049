import { z } from 'zod';
import { JaTextSchema, SlugSchema, SourceRefSchema, type RefFn } from './common';

/**
 * The self-diagnosis as content (content/diagnosis/*.yaml). Four files, one collection each:
 * - areas.yaml: the seven areas, in the guide's order;
 * - questions.yaml: 25 questions, IPA-style (実施している / 一部実施 / 実施していない / わからない);
 * - profile.yaml: the profile questions (kind of body, staff band, status, concerns);
 * - setup.yaml: the scale, the four result bands and the rules that pick programs and cases.
 *
 * A question's `n` is its permanent number in share links: never change or reuse it, even when
 * the question is removed (old links then ignore that answer with a note).
 */

/** Where in the site a question or an action points: exactly one of step, chapter, program. */
export const diagnosisLinkSchema = (ref: RefFn) =>
  z
    .object({
      step: ref('steps').optional(),
      chapter: ref('chapters').optional(),
      program: ref('programs').optional(),
    })
    .refine((l) => [l.step, l.chapter, l.program].filter((x) => x !== undefined).length === 1, {
      message: 'link には step・chapter・program のどれか1つだけを書いてください',
    });

/** One of the seven areas (content/diagnosis/areas.yaml). */
export const DiagnosisAreaSchema = z.object({
  order: z.number().int().min(1),
  label: JaTextSchema,
  /** Short label for the chart */
  shortLabel: JaTextSchema,
  /** Which part of the guide the area follows, in words (「ステップ2・6、Ⅳ章」) */
  basis: JaTextSchema,
});
export type DiagnosisArea = z.output<typeof DiagnosisAreaSchema>;

/** One question (content/diagnosis/questions.yaml). */
export const diagnosisQuestionSchema = (ref: RefFn) =>
  z.object({
    /** Permanent number used in share links (1…); never reuse */
    n: z.number().int().min(1).max(999),
    order: z.number().int().min(1),
    area: ref('diagnosisAreas'),
    /** The question, as a statement the body either does or does not do */
    text: JaTextSchema,
    /** なぜ大切か: the guide's own words */
    why: JaTextSchema,
    /** The step (1–10) the question belongs to */
    step: z.number().int().min(1).max(10),
    /** An essential of its step: the step counts as in place only when every essential is 実施している */
    essential: z.boolean(),
    /** What to do when the answer is not 実施している, as a next action */
    action: JaTextSchema,
    link: diagnosisLinkSchema(ref),
    source: SourceRefSchema,
  });
export type DiagnosisQuestion = z.output<ReturnType<typeof diagnosisQuestionSchema>>;

/** An option of a profile question. */
export const ProfileOptionSchema = z.object({
  /** Short code used in share links: one lower-case letter */
  code: z.string().regex(/^[a-z]$/),
  value: SlugSchema,
  label: JaTextSchema,
  /** The survey row this option compares with (kind of body or staff band), by its label */
  surveyLabel: JaTextSchema.optional(),
});

/** A profile question (content/diagnosis/profile.yaml). */
export const DiagnosisProfileQuestionSchema = z.object({
  /** Short code used in share links: one upper-case letter */
  code: z.string().regex(/^[A-Z]$/),
  order: z.number().int().min(1),
  label: JaTextSchema,
  hint: JaTextSchema.optional(),
  multiple: z.boolean().default(false),
  /** Options from content/concerns.yaml (the concern's id is the value) */
  fromConcerns: z.boolean().default(false),
  /** Only asked when another profile answer has one of these values (e.g. staff band for 市区町村) */
  onlyWhen: z.object({ question: z.string(), values: z.array(z.string()).min(1) }).optional(),
  options: z.array(ProfileOptionSchema).min(1),
  source: SourceRefSchema.optional(),
});
export type DiagnosisProfileQuestion = z.output<typeof DiagnosisProfileQuestionSchema>;

/** A trigger for recommending a program or a case: any one match recommends it. */
export const RecommendTriggerSchema = z.object({
  /** Question ids whose answer is not 実施している */
  notDone: z.array(z.string()).default([]),
  /** Concern ids the user ticked */
  concerns: z.array(z.string()).default([]),
  /** Status values (profile question 'status') */
  status: z.array(z.string()).default([]),
});

/** A recommendation rule (in setup.yaml under `rules`). */
export const recommendRuleSchema = (ref: RefFn) =>
  z.object({
    program: ref('programs').optional(),
    case: ref('cases').optional(),
    when: RecommendTriggerSchema,
    /** Why it fits, shown with the recommendation */
    reason: JaTextSchema,
    /** Where the reason's facts come from: one source, or one per document the reason quotes */
    source: z.union([SourceRefSchema, z.array(SourceRefSchema).min(1)]),
  });

/** A result band (four in setup.yaml, covering 0–100 without gaps). */
export const ResultBandSchema = z.object({
  min: z.number().int().min(0).max(100),
  max: z.number().int().min(0).max(100),
  label: JaTextSchema,
  text: JaTextSchema,
});

/** The scale, bands and rules (content/diagnosis/setup.yaml, one entry "main"). */
export const diagnosisSetupSchema = (ref: RefFn) =>
  z
    .object({
      /** Version of the question set; bump when questions change meaning */
      version: z.number().int().min(1),
      scale: z.object({ yes: z.literal(4), partial: z.literal(2), no: z.literal(0), unknown: z.literal(-1) }),
      bands: z.array(ResultBandSchema).length(4),
      bandNote: JaTextSchema,
      rules: z.array(recommendRuleSchema(ref)).min(1),
      /** Cases shown when fewer than two rules match */
      fallbackCases: z.array(ref('cases')).min(2),
    })
    .superRefine((s, ctx) => {
      const sorted = [...s.bands].sort((a, b) => a.min - b.min);
      let next = 0;
      for (const b of sorted) {
        if (b.min !== next) ctx.addIssue({ code: 'custom', message: `結果区分が ${next} 点から続いていません（${b.label}）`, path: ['bands'] });
        if (b.max < b.min) ctx.addIssue({ code: 'custom', message: `結果区分 ${b.label} の max が min より小さい`, path: ['bands'] });
        next = b.max + 1;
      }
      if (next !== 101) ctx.addIssue({ code: 'custom', message: '結果区分が100点で終わっていません', path: ['bands'] });
      for (const r of s.rules) {
        if ((r.program === undefined) === (r.case === undefined)) ctx.addIssue({ code: 'custom', message: 'rules: program か case のどちらか1つを書いてください', path: ['rules'] });
      }
    });
export type DiagnosisSetup = z.output<ReturnType<typeof diagnosisSetupSchema>>;
