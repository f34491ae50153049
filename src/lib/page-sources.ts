/**
 * Which files make a page: its template under src/pages and the content files it renders.
 * The 「最終更新」 date of a page is the newest last-commit date of these files (read from git
 * at build time by src/utils/last-updated.ts). Pure: paths only, no file system.
 */

/** A page's source files, relative to the repository root; a path ending in / is a folder. */
export interface PageSources {
  /** Candidate templates (the first that exists is the page's template) */
  templates: string[];
  /** Content files and folders the page renders */
  content: string[];
}

const pad2 = (n: string) => n.padStart(2, '0');

/** Content shown on the listed (static) pages, by site path. */
const STATIC_CONTENT: Record<string, string[]> = {
  '/': ['content/survey.yaml', 'content/later-figures.yaml'],
  '/about/': ['src/lib/sources.ts', 'src/lib/site-config.ts'],
  '/about/accessibility/': ['src/data/a11y-checklist.ts'],
  '/cases/': ['content/cases/'],
  '/checklists/': ['content/checklists/'],
  '/data/': ['content/survey.yaml', 'content/concerns.yaml', 'content/later-figures.yaml'],
  '/diagnosis/': ['content/diagnosis/', 'content/concerns.yaml', 'content/survey.yaml', 'content/later-figures.yaml'],
  '/diagnosis/paper/': ['content/diagnosis/', 'content/survey.yaml'],
  '/glossary/': ['content/glossary.yaml'],
  '/guide/': ['content/chapters/'],
  '/inventory/': ['content/levels.yaml'],
  '/levels/': ['content/chapters/task-levels.mdx', 'content/levels.yaml'],
  '/pack/': ['content/diagnosis/', 'content/concerns.yaml', 'content/survey.yaml', 'content/later-figures.yaml', 'content/steps/', 'content/checklists/', 'content/levels.yaml', 'content/programs/'],
  '/steps/': ['content/steps/', 'content/checklists/'],
  '/steps/plan/': ['content/steps/'],
  '/support/': ['content/programs/'],
};

/** Dynamic routes: pattern on the site path → template and content files. */
const DYNAMIC: { re: RegExp; template: string; content: (m: RegExpExecArray) => string[] }[] = [
  { re: /^\/guide\/([a-z0-9-]+)\/$/, template: 'src/pages/guide/[chapter].astro', content: (m) => [`content/chapters/${m[1]}.mdx`] },
  { re: /^\/steps\/(\d{1,2})\/$/, template: 'src/pages/steps/[n].astro', content: (m) => [`content/steps/step-${pad2(m[1]!)}.mdx`, `content/checklists/step-${pad2(m[1]!)}.yaml`] },
  { re: /^\/cases\/([a-z0-9-]+)\/$/, template: 'src/pages/cases/[id].astro', content: (m) => [`content/cases/${m[1]}.mdx`] },
  { re: /^\/support\/([a-z0-9-]+)\/$/, template: 'src/pages/support/[id].astro', content: (m) => [`content/programs/${m[1]}.mdx`] },
  { re: /^\/checklists\/([a-z0-9-]+)\/$/, template: 'src/pages/checklists/[id].astro', content: (m) => [`content/checklists/${m[1]}.yaml`] },
];

/** Normalises a site path to the form "/a/b/" ("/404" and "/404.html" → "/404/"). */
export function normalizeSitePath(path: string): string {
  const p = path.replace(/\.html$/, '').replace(/\/index$/, '/');
  const withLead = p.startsWith('/') ? p : `/${p}`;
  return withLead.endsWith('/') ? withLead : `${withLead}/`;
}

/**
 * The files a page is made from. Static pages: `src/pages<path>index.astro` or
 * `src/pages<path without slash>.astro`, plus the content listed above. Dynamic pages: their
 * `[param]` template and the one content file of that id.
 */
export function pageSources(sitePath: string): PageSources {
  const path = normalizeSitePath(sitePath);
  for (const d of DYNAMIC) {
    const m = d.re.exec(path);
    if (m && !(path in STATIC_CONTENT)) return { templates: [d.template], content: d.content(m) };
  }
  // '/' → '' (src/pages/index.astro), '/a/b/' → '/a/b'
  const stem = path.slice(0, -1);
  return {
    templates: [`src/pages${stem}/index.astro`, `src/pages${stem}.astro`],
    content: STATIC_CONTENT[path] ?? [],
  };
}

/** The newest of some YYYY-MM-DD dates (undefined when there are none). */
export function newestDate(dates: (string | undefined)[]): string | undefined {
  const valid = dates.filter((d): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d));
  return valid.length ? valid.sort().at(-1) : undefined;
}
