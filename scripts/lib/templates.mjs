/**
 * One page of every template, chosen from the sitemap's paths: pages are grouped by their first
 * path segment and whether they have a second one (/cases/ and /cases/<id>/ are two templates),
 * and the first of each group (in sitemap order) stands for it. The search page gets a query.
 * Used by the accessibility browser tests, the package test and `npm run lighthouse`.
 */

/** Template key of a site path: "/" → "home", "/cases/kobe/" → "cases/:id", "/steps/" → "steps". */
export function templateKey(path) {
  const parts = path.split('?')[0].split('/').filter(Boolean);
  if (parts.length === 0) return 'home';
  return parts.length === 1 ? parts[0] : `${parts[0]}/:id`;
}

/** The search query used where a template needs one. */
export const SEARCH_QUERY = 'テレワーク';

/** One representative path per template, in first-seen order; /search/ carries ?q=. */
export function templatePages(paths) {
  const seen = new Map();
  for (const p of paths) {
    const k = templateKey(p);
    if (!seen.has(k)) seen.set(k, p);
  }
  return [...seen.values()].map((p) => (p === '/search/' ? `/search/?q=${encodeURIComponent(SEARCH_QUERY)}` : p));
}
