import { z } from 'zod';
import { JaTextSchema, SourceRefSchema } from './common';

/** A glossary term (entries of content/glossary.yaml; the id is the page anchor). */
export const GlossaryTermSchema = z.object({
  term: JaTextSchema,
  reading: z.string().regex(/^[\u3040-\u309F\u30A0-\u30FFー・ 　a-zA-Z0-9]+$/u, { message: '読みはかな（またはアルファベット）で書いてください' }),
  /** Other spellings that should link to this term, e.g. ["LGWAN接続系"] */
  aliases: z.array(z.string()).default([]),
  definition: JaTextSchema,
  /** Where the site's definition comes from: a source document, or 'site' for an explanation the site adds */
  source: SourceRefSchema.optional(),
  /** Site paths (without base) to read more, e.g. "/support/lgwan-pilot/" */
  seeAlso: z.array(z.string().startsWith('/')).default([]),
});
export type GlossaryTerm = z.output<typeof GlossaryTermSchema>;
