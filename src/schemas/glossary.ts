import { z } from 'zod';
import { JaTextSchema, SlugSchema, SourceRefSchema } from './common';

/** What a source document says about a term, quoted or closely summarised, with its citation. */
export const GlossaryMentionSchema = z.object({
  text: JaTextSchema,
  source: SourceRefSchema,
});

/**
 * A glossary term (entries of content/glossary.yaml; the id is the page anchor, /glossary/#<id>).
 * `source` present: the definition uses the source's words. `source` absent: the definition is
 * a short explanation the site adds (shown as 「サイトによる補足説明」).
 */
export const GlossaryTermSchema = z.object({
  id: SlugSchema.optional(),
  term: JaTextSchema,
  /** Reading in kana (hiragana); decides the term's place in the あいうえお order */
  reading: z.string().regex(/^[\u3040-\u309F\u30A0-\u30FFー・ 　a-zA-Z0-9]+$/u, { message: 'reading: 読みはかな（またはアルファベット）で書いてください' }),
  /** Other spellings that should link to this term, e.g. ["LGWAN接続系"] */
  aliases: z.array(JaTextSchema).default([]),
  definition: JaTextSchema,
  /** Where the definition comes from; absent for the site's own explanation */
  source: SourceRefSchema.optional(),
  /** What the guide or the notice says about the term, where that helps a reader */
  mentions: z.array(GlossaryMentionSchema).default([]),
  /** Site paths (without base) to read more, e.g. "/support/lgwan-pilot/" */
  seeAlso: z
    .array(z.string().regex(/^\/([^\s]*\/)?(#[^\s]+)?$/, { message: 'seeAlso: サイト内のパスを / で始めて / で終えてください（例: /levels/）' }))
    .default([]),
});
export type GlossaryTerm = z.output<typeof GlossaryTermSchema>;
