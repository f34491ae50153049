/**
 * /search-index.json: the site search index, built from the content collections at build time
 * (one record per page and per section; see src/lib/search/build.ts) with the synonym list of
 * content/search-terms.yaml. Fetched only by /search/.
 */
import type { APIRoute } from 'astro';
import { getCollection, render, type CollectionKey } from 'astro:content';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildSearchRecords, searchTermEntries, SITE_PAGES, type SearchSource } from '../lib/search/build';
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

const routes = Object.keys(import.meta.glob('./**/*.{astro,mdx,md}')).map((f) => f.replace(/^\.\//, '').replace(/\.(astro|mdx|md)$/, '').split('/'));
/**
 * Whether src/pages has a page for a site path: /steps/ → steps/index or steps;
 * /cases/kobe/ → cases/kobe(/index) or a dynamic route such as cases/[id]. Records of pages
 * that are not built (yet) stay out of the index, so a result never leads to a 404.
 */
const pageExists = (path: string) => {
  const segs = path.split('#')[0]!.split('/').filter(Boolean);
  return routes.some((r) => {
    const route = r[r.length - 1] === 'index' ? r.slice(0, -1) : r;
    return route.length === segs.length && route.every((part, i) => part === segs[i] || /^\[[^.\]]+\]$/.test(part));
  });
};

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
    pages: SITE_PAGES.filter((p) => pageExists(p.url)),
  } as unknown as SearchSource;
  const index: SearchIndex = { records: buildSearchRecords(source).filter((r) => pageExists(r.u)), terms: searchTermEntries(searchTerms()) };
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
