import { z } from 'zod';

const Word = z
  .string()
  .trim()
  .min(1, { message: '語が空です' })
  .max(32, { message: '語は32文字以内にしてください（検索の1語の上限）' })
  .refine((s) => !/\s/.test(s), { message: '語に空白を入れないでください（1語ずつ書きます）' });

/**
 * One group of content/search-terms.yaml. `kind` says what the `words` are to each other:
 * - `same`（同じ意味）: the same thing written another way (spelling, abbreviation, loanword);
 *   a query for any of them also searches the others, and the page says 「同じ意味」. Only true
 *   equivalences, each with a `note` that says why.
 * - `related`（関連する語）: not the same thing, but a reader looking for one wants pages with the
 *   others; they widen the search both ways and are never shown as the same thing.
 * `related` words are searched too, one way only (a query for 予算 also finds 交付税, a query for
 * 交付税 does not find 予算), and are always shown as 関連する語.
 */
export const SearchTermGroupSchema = z
  .object({
    kind: z.enum(['same', 'related'], { message: 'kind は same（同じ意味）か related（関連する語）にしてください' }),
    words: z.array(Word).min(1),
    related: z.array(Word).default([]),
    /** Why the words belong together; for `same`, why they are the same thing (for maintainers; not shown) */
    note: z.string().trim().optional(),
  })
  .refine((g) => g.words.length + g.related.length >= 2, { message: 'words と related を合わせて2語以上にしてください' })
  .refine((g) => new Set([...g.words, ...g.related]).size === g.words.length + g.related.length, { message: '同じ語が二度書かれています' })
  .refine((g) => g.kind !== 'same' || g.words.length >= 2, { message: '「同じ意味」（kind: same）のグループには words を2語以上書いてください' })
  .refine((g) => g.kind !== 'same' || (g.note ?? '').length > 0, { message: '「同じ意味」（kind: same）のグループには、なぜ同じ意味と言えるかを note に書いてください' });
export type SearchTermGroup = z.output<typeof SearchTermGroupSchema>;

/** content/search-terms.yaml: the search's list of words of the same meaning and related words. */
export const SearchTermsSchema = z.array(SearchTermGroupSchema).min(1);
export type SearchTerms = z.output<typeof SearchTermsSchema>;
