import { z } from 'zod';

const Word = z
  .string()
  .trim()
  .min(1, { message: '語が空です' })
  .max(32, { message: '語は32文字以内にしてください（検索の1語の上限）' })
  .refine((s) => !/\s/.test(s), { message: '語に空白を入れないでください（1語ずつ書きます）' });

/**
 * One group of content/search-terms.yaml: words officers use for the same thing. A query for
 * any of `words` also searches the other `words`; `related` are searched too, one way only
 * (a query for 予算 also finds 交付税, a query for 交付税 does not find 予算).
 */
export const SearchTermGroupSchema = z
  .object({
    words: z.array(Word).min(1),
    related: z.array(Word).default([]),
    /** Why the words belong together (for maintainers; not shown) */
    note: z.string().optional(),
  })
  .refine((g) => g.words.length + g.related.length >= 2, { message: 'words と related を合わせて2語以上にしてください' })
  .refine((g) => new Set([...g.words, ...g.related]).size === g.words.length + g.related.length, { message: '同じ語が二度書かれています' });
export type SearchTermGroup = z.output<typeof SearchTermGroupSchema>;

/** content/search-terms.yaml: the search's synonym and related-term list. */
export const SearchTermsSchema = z.array(SearchTermGroupSchema).min(1);
export type SearchTerms = z.output<typeof SearchTermsSchema>;
