/**
 * MDX bodies → plain searchable text and heading sections, without a Markdown parser: the
 * content uses headings, lists, links, emphasis, tables and a little HTML, which simple rules
 * strip well enough for search (the page itself is rendered by Astro).
 */

/** One part of an MDX body: the text under a heading (depth 0 = before the first heading). */
export interface MdSection {
  depth: number;
  heading: string;
  text: string;
  /** Site pages the section links to (paths without anchor; glossary links left out), in order */
  links?: string[];
}

/** Pages a fragment of Markdown/MDX links to inside the site: 「[実証実験](/support/lgwan-pilot/)」 → /support/lgwan-pilot/. */
export function siteLinks(md: string): string[] {
  const out: string[] = [];
  for (const m of md.matchAll(/\]\((\/[^)\s#]*)(?:#[^)\s]*)?\)|href=["'](\/[^"'#]*)(?:#[^"']*)?["']/g)) {
    const path = m[1] ?? m[2];
    if (path && path !== '/' && !path.startsWith('/glossary/') && !out.includes(path)) out.push(path);
  }
  return out;
}

const BLOCK_TAGS = /<\/?(?:p|div|li|ul|ol|td|th|tr|table|thead|tbody|caption|figure|figcaption|aside|section|br|h[1-6]|dl|dt|dd|blockquote)\b[^>]*>/gi;

/** Backslash escapes are set aside as private-use characters (U+E000 + the ASCII code) while the marks are stripped. */
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!|])/g;
const HIDDEN = /[\uE000-\uE07F]/g;

/** Turns a fragment of Markdown/MDX into plain text (links keep their text, tags and marks go; `\*` stays a literal `*`). */
export function mdxToText(md: string): string {
  return md
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ') // MDX comments
    .replace(ESCAPED, (_, c: string) => String.fromCharCode(0xe000 + c.charCodeAt(0)))
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/^(?:import|export)\s.*$/gm, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(BLOCK_TAGS, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, '') // inline tags
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/^\s*>\s?/gm, '')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '')
    .replace(/^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/gm, ' ') // table rules
    .replace(/\|/g, ' ')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^*])\*(?!\s)([^*]+?)\*/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(HIDDEN, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe000))
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
}

function section(cur: { depth: number; heading: string; lines: string[] }): MdSection {
  const md = cur.lines.join('\n');
  const links = siteLinks(md);
  const out: MdSection = { depth: cur.depth, heading: cur.heading, text: mdxToText(md) };
  if (links.length) out.links = links;
  return out;
}

/** Splits an MDX body on its ATX headings (## …), outside code fences, into plain-text sections. */
export function splitSections(body: string): MdSection[] {
  const sections: MdSection[] = [];
  let cur: { depth: number; heading: string; lines: string[] } = { depth: 0, heading: '', lines: [] };
  let fence = false;
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*```/.test(line)) fence = !fence;
    const h = fence ? null : /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (h) {
      sections.push(section(cur));
      cur = { depth: h[1]!.length, heading: mdxToText(h[2]!), lines: [] };
    } else cur.lines.push(line);
  }
  sections.push(section(cur));
  return sections.filter((s) => s.depth > 0 || s.text);
}

/**
 * A heading id the way github-slugger (used by Astro's Markdown) makes one: lower case,
 * punctuation and symbols dropped, spaces to hyphens. Used only when the rendered headings are
 * not at hand (unit tests); the site endpoint takes Astro's own ids.
 */
export function slugify(text: string, seen: Map<string, number> = new Map()): string {
  const base = text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{Nd}\p{Nl}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
  const n = seen.get(base);
  seen.set(base, (n ?? -1) + 1);
  return n === undefined ? base : `${base}-${n + 1}`;
}
