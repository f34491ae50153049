/**
 * /search-index.json: the site search index, built from the content collections at build time
 * (one record per page and per section; see src/lib/search/build.ts) with the synonym list of
 * content/search-terms.yaml, made by `buildSearchIndex` (the function the tests and the golden set
 * run). Fetched only by /search/.
 */
import type { APIRoute } from 'astro';
import { getCollection, render, type CollectionKey } from 'astro:content';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildSearchIndex, type SearchSource } from '../lib/search/build';
import { SearchTermsSchema } from '../schemas/search-terms';
import type { SearchIndex } from '../lib/search/types';

/** content/search-terms.yaml, checked against its schema: a bad entry fails the build. */
function searchTerms() {
  const file = join(process.cwd(), 'content/search-terms.yaml');
  const result = SearchTermsSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!result.success) throw new Error(`content/search-terms.yaml: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return result.data;
}

/** Entries of a collection with their rendered heading ids (MDX) — [] when the collection is empty. */
async function entries(name: CollectionKey, withHeadings = false) {
  const list = await getCollection(name);
  return Promise.all(
    list.map(async (e) => ({
      id: e.id,
      data: e.data,
      body: 'body' in e ? e.body : undefined,
      headings: withHeadings ? (await render(e)).headings : undefined,
    })),
  );
}

export const GET: APIRoute = async () => {
  const source = {
    chapters: await entries('chapters', true),
    steps: await entries('steps', true),
    checklists: await entries('checklists'),
    levels: await entries('levels'),
    cases: await entries('cases', true),
    programs: await entries('programs', true),
    survey: await entries('survey'),
    concerns: await entries('concerns'),
    glossary: await entries('glossary'),
  } as unknown as SearchSource;
  // The same builder the tests use (test/dist/search-index.test.ts compares the two); every record's
  // page is in the route list or a collection, and the link check of the index fails on a 404.
  const index: SearchIndex = buildSearchIndex(source, searchTerms());
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
