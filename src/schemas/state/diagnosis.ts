import { array, either, object, oneOf, record, string, type Infer } from './check';
import { DateTimeSchema } from './common';

/** IPA-style answers: 実施している / 一部実施 / 実施していない / わからない. */
export const ANSWERS = ['yes', 'partial', 'no', 'unknown'] as const;
export const AnswerSchema = oneOf(ANSWERS);
export type Answer = Infer<typeof AnswerSchema>;

const ID = /^.{1,64}$/u;

export const DiagnosisStateSchema = object({
  /** Question id → answer */
  answers: record(ID, AnswerSchema),
  /** 「団体について」: question id → chosen option id(s) (called `profile` before format v3) */
  about: record(ID, either(string(64), array(string(64), 64))),
  updatedAt: DateTimeSchema,
});
export type DiagnosisState = Infer<typeof DiagnosisStateSchema>;

export const emptyDiagnosis = (): DiagnosisState => ({ answers: {}, about: {}, updatedAt: '' });
