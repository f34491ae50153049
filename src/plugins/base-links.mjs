/**
 * Sätteri hast plugin: prefixes the site's base path to root-relative links written in
 * content (`[用語集](/glossary/#lgwan)` → `/telework/glossary/#lgwan`), so MDX authors write
 * plain site paths and every link still honours SITE_BASE.
 */
import { defineHastPlugin } from 'satteri';

/** Returns href with the base prefix when it is a root-relative site path. */
export function prefixBase(href, base) {
  const prefix = base.replace(/\/$/, '');
  if (!prefix || typeof href !== 'string') return href;
  if (!href.startsWith('/') || href.startsWith('//') || href === prefix || href.startsWith(prefix + '/')) return href;
  return prefix + href;
}

/** The plugin, configured with the base path. */
export function baseLinksPlugin(base = '/') {
  // Sätteri filters element visitors by tag name: { filter, visit }.
  return defineHastPlugin({
    name: 'base-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.href;
        const next = prefixBase(href, base);
        if (next !== href) ctx.setProperty(node, 'href', next);
      },
    },
  });
}
