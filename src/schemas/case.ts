import { z } from 'zod';
import { BodyKindSchema, JaTextSchema, SourceRefSchema, TeleworkFormSchema } from './common';

/**
 * Topics a case deals with, each taken from the words of the guide's bullets for that case
 * (forms of telework are in `forms`, not here). The list page groups cases by these.
 */
export const CaseThemeSchema = z.enum([
  '業務のICT化',
  'ペーパーレス',
  '電子決裁',
  'チャット・コミュニケーションツール',
  '在席確認',
  'トップのリーダーシップ',
  '管理職から始める',
  '体験の機会',
  '職員への周知・啓発',
  '手続の簡素化',
  '業務の見える化',
  '柔軟な働き方',
  'モバイル機器',
  '支所等の施設の活用',
  '経費をかけない導入',
]);
export type CaseTheme = z.output<typeof CaseThemeSchema>;

/** A case study of chapter Ⅵ (MDX in content/cases/, ids ibaraki … kakegawa). */
export const CaseSchema = z.object({
  /** The guide's number: "1" … "5", "6-1", "6-2", "7" */
  number: z.string().regex(/^\d(-\d)?$/, { message: 'number は "1" や "6-1" の形で書いてください' }),
  /** Reading order (1–8) */
  order: z.number().int().min(1),
  /** Name as the guide's heading gives it, e.g. 「神戸市」 (with prefecture: 兵庫県神戸市) */
  municipality: JaTextSchema,
  prefecture: JaTextSchema,
  kind: BodyKindSchema,
  /** Finer kind where the survey's three kinds hide it, e.g. 「特別区」 for 渋谷区 */
  kindNote: JaTextSchema.optional(),
  /** The guide's subtitle without the wave dashes 〜 〜, exactly as printed */
  subtitle: JaTextSchema,
  themes: z.array(CaseThemeSchema).min(1),
  /** Forms of telework the guide's bullets name for this case (may be empty) */
  forms: z.array(TeleworkFormSchema).default([]),
  /** Every point (○ bullet) the guide gives the case, in the guide's order, verbatim */
  points: z.array(JaTextSchema).min(1),
  source: SourceRefSchema,
});
export type Case = z.output<typeof CaseSchema>;
