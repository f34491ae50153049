import { z } from 'zod';

/**
 * Shared building blocks for the content schemas.
 *
 * Schemas that link to other collections take a `ref` function: `content.config.ts`
 * passes Astro's `reference()`, so a broken id fails the build; the content tests pass a plain
 * string (`idRef`, test/support/id-ref.ts) and check that the ids resolve themselves.
 */
export type RefFn = (collection: string) => z.ZodType<unknown>;

/** Which source document a piece of content comes from (see sources/README.md). */
export const SourceDocSchema = z.enum(['guide', 'notice', 'annex1']);
export type SourceDoc = z.output<typeof SourceDocSchema>;

/**
 * A citation: the document, the slide or page, and the section as the document names it.
 * Guide slides are numbered 1–18 (slides 11–18 carry no printed number in the PDF).
 */
export const SourceRefSchema = z.object({
  doc: SourceDocSchema,
  /** e.g. "スライド4" or "スライド5–6" for the guide, "記3（2）" for the notice */
  pages: z.string().min(1, { message: 'pages（スライド番号・項番）を書いてください' }),
  /** e.g. "Ⅲ．ステップ1 推進体制の構築" */
  section: z.string().min(1).optional(),
});
export type SourceRef = z.output<typeof SourceRefSchema>;

/** Kebab-case ids, English or romaji. */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'id は半角英小文字・数字・ハイフンで書いてください（例: step-03）' });

/** An ISO date (YYYY-MM-DD), used for "as of" dates. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日付は YYYY-MM-DD で書いてください' });

/** Japanese text that must not contain the PDF extraction's look-alike radicals. */
export const JaTextSchema = z
  .string()
  .min(1)
  .refine((s) => !/[\u2E80-\u2FDF]/u.test(s), {
    message: 'U+2E80–U+2FDF の部首文字（方・行・入・長・民などに見える文字）が含まれています。通常の漢字に直してください',
  });

/** The three forms of telework the guide names. */
export const TeleworkFormSchema = z.enum(['在宅勤務', 'サテライトオフィス勤務', 'モバイルワーク']);
export type TeleworkForm = z.output<typeof TeleworkFormSchema>;

/** The phases of the 10-step plan. */
export const PhaseSchema = z.enum(['推進体制', '試行実施', '本格実施']);
export type Phase = z.output<typeof PhaseSchema>;

/** Kinds of public body used by the survey. */
export const BodyKindSchema = z.enum(['都道府県', '指定都市', '市区町村']);
export type BodyKind = z.output<typeof BodyKindSchema>;
