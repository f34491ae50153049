/**
 * Reads content/ in Node (no astro:content) into the builder's input, so the golden-set test and
 * the benchmark index exactly the files the site builds from. Schema defaults are not applied:
 * the builder treats every optional field as possibly missing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildSearchIndex, type SearchSource } from '../../src/lib/search/build';
import { SearchTermsSchema, type SearchTerms } from '../../src/schemas/search-terms';
import type { SearchIndex } from '../../src/lib/search/types';

/** Splits an MDX file into its YAML frontmatter and its body. */
function splitMdx(text: string): { data: unknown; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) throw new Error('frontmatter がありません');
  return { data: parse(m[1]!), body: m[2]! };
}

/** Every entry of a folder of MDX files, id = file name without extension. */
function mdxDir(root: string, dir: string) {
  const d = join(root, dir);
  if (!existsSync(d)) return [];
  return readdirSync(d)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => ({ id: f.replace(/\.mdx$/, ''), ...splitMdx(readFileSync(join(d, f), 'utf8')) }));
}

/** Every YAML file of a folder, id = file name without extension. */
function yamlDir(root: string, dir: string) {
  const d = join(root, dir);
  if (!existsSync(d)) return [];
  return readdirSync(d)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), data: parse(readFileSync(join(d, f), 'utf8')) }));
}

/** A YAML list file whose entries carry their own `id`. */
function yamlList(root: string, file: string) {
  const p = join(root, file);
  if (!existsSync(p)) return [];
  const list = (parse(readFileSync(p, 'utf8')) ?? []) as { id: string }[];
  return list.map((item) => ({ id: item.id, data: item }));
}

/** Loads the content the site builds from (default: ./content). */
export function loadContent(root = join(import.meta.dirname, '../../content')): SearchSource {
  // The loose types of SearchSource are the builder's contract; the files are checked against
  // the real schemas by test/content/.
  return {
    chapters: mdxDir(root, 'chapters'),
    steps: mdxDir(root, 'steps'),
    checklists: yamlDir(root, 'checklists'),
    levels: yamlList(root, 'levels.yaml'),
    cases: mdxDir(root, 'cases'),
    programs: mdxDir(root, 'programs'),
    survey: yamlList(root, 'survey.yaml'),
    concerns: yamlList(root, 'concerns.yaml'),
    glossary: yamlList(root, 'glossary.yaml'),
  } as unknown as SearchSource;
}

/** content/search-terms.yaml, checked against its schema (throws on a bad entry). */
export function loadSearchTerms(root = join(import.meta.dirname, '../../content')): SearchTerms {
  const p = join(root, 'search-terms.yaml');
  return existsSync(p) ? SearchTermsSchema.parse(parse(readFileSync(p, 'utf8'))) : [];
}

/** The index the site ships: dist/search-index.json of the root build (run `npm run build` first). */
export function shippedIndex(dist = join(import.meta.dirname, '../../dist')): SearchIndex {
  const p = join(dist, 'search-index.json');
  if (!existsSync(p)) throw new Error(`${p} がありません。先に npm run build を実行してください`);
  return JSON.parse(readFileSync(p, 'utf8')) as SearchIndex;
}

/** The whole index as /search-index.json carries it: records and synonym list. */
export function loadIndex(root?: string): SearchIndex {
  return buildSearchIndex(loadContent(root), loadSearchTerms(root));
}
