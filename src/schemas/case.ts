import { z } from 'zod';
import { BodyKindSchema, JaTextSchema, SourceRefSchema, TeleworkFormSchema } from './common';

export const CaseThemeSchema = z.enum([
  '在宅勤務',
  'サテライトオフィス',
  'モバイルワーク',
  'ペーパーレス',
  '電子決裁',
  'チャット',
  '推進体制',
  '業務の見える化',
  '職員への周知・啓発',
]);

/** A case study of chapter Ⅵ (MDX in content/cases/). */
export const CaseSchema = z.object({
  /** The guide's number: "1" … "5", "6-1", "6-2", "7" */
  number: z.string().regex(/^\d(-\d)?$/),
  order: z.number().int().min(1),
  municipality: JaTextSchema,
  prefecture: JaTextSchema,
  kind: BodyKindSchema,
  subtitle: JaTextSchema,
  themes: z.array(CaseThemeSchema).min(1),
  forms: z.array(TeleworkFormSchema).default([]),
  /** Every point the guide gives the case, in the guide's order */
  points: z.array(JaTextSchema).min(1),
  source: SourceRefSchema,
});
export type Case = z.output<typeof CaseSchema>;
