import * as z from 'zod/mini';
import { DateTimeSchema } from './common';

/** IPA-style answers: 実施している / 一部実施 / 実施していない / わからない. */
export const ANSWERS = ['yes', 'partial', 'no', 'unknown'] as const;
export const AnswerSchema = z.enum(ANSWERS);
export type Answer = z.output<typeof AnswerSchema>;

export const DiagnosisStateSchema = z.strictObject({
  /** Question id → answer */
  answers: z.record(z.string().check(z.maxLength(64)), AnswerSchema),
  /** Profile question id → chosen option id(s) */
  profile: z.record(z.string().check(z.maxLength(64)), z.union([z.string().check(z.maxLength(64)), z.array(z.string().check(z.maxLength(64)))])),
  updatedAt: DateTimeSchema,
});
export type DiagnosisState = z.output<typeof DiagnosisStateSchema>;

export const emptyDiagnosis = (): DiagnosisState => ({ answers: {}, profile: {}, updatedAt: '' });
