/**
 * Rehype plugin: prefixes the site's base path to root-relative links written in content
 * (`[用語集](/glossary/#lgwan)` → `/telework/glossary/#lgwan`), so MDX authors write plain
 * site paths and every link still honours SITE_BASE.
 */
export function rehypeBaseLinks({ base = '/' } = {}) {
  const prefix = base.replace(/\/$/, '');
  /** @param {any} node */
  const visit = (node) => {
    if (node.type === 'element' && node.tagName === 'a' && typeof node.properties?.href === 'string') {
      const href = node.properties.href;
      if (prefix && href.startsWith('/') && !href.startsWith('//') && !href.startsWith(prefix + '/')) {
        node.properties.href = prefix + href;
      }
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attr of node.attributes ?? []) {
        if (attr.name === 'href' && typeof attr.value === 'string' && prefix && attr.value.startsWith('/') && !attr.value.startsWith('//') && !attr.value.startsWith(prefix + '/')) {
          attr.value = prefix + attr.value;
        }
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  return (/** @type {any} */ tree) => visit(tree);
}
