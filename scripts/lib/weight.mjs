/**
 * Page weight of a built site, read from the files (no browser): for each built HTML page, the
 * bytes it loads — the HTML itself, its stylesheets (the print stylesheet counted apart), its
 * scripts with every module they import (recursively, including Astro islands' component-url /
 * renderer-url and `import()` with a literal path, quoted or a template literal without `${`), and the
 * JSON data its scripts or markup name —
 * raw and gzip. Shared by `npm run bench` and test/dist/budgets.test.ts.
 *
 * On demand: a module loaded only when the user asks for it (the restore and backups part of 保存と
 * バックアップ, the CSV reader and writer, the Word and Excel writers) lives in a
 * source file whose name starts with `ondemand-`, so its chunk does too, and is reached only through a
 * dynamic `import()`. Such a chunk (and whatever it imports that the page has not loaded already) is
 * weighed apart as `onDemand`, outside the page's JavaScript budget. A static import of it still
 * counts in full.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** 1 KB in the budgets = 1024 bytes. */
export const KB = 1024;

/** @typedef {{ raw: number, gzip: number }} Size */

/**
 * Raw and gzip (level 6, a web server's usual setting) sizes of a buffer or string.
 * @param {Buffer | string} content
 * @returns {Size}
 */
export function sizes(content) {
  const buf = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
  return { raw: buf.length, gzip: buf.length === 0 ? 0 : gzipSync(buf, { level: 6 }).length };
}

/** @type {(a: Size, b: Size) => Size} */
const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
/** @type {Size} */
const ZERO = { raw: 0, gzip: 0 };

/** The base path ("/" or "/x/y/") normalised with leading and trailing slashes. */
export function normalizeBase(base = '/') {
  return ('/' + String(base).replace(/^\/+|\/+$/g, '') + '/').replace(/^\/\/$/, '/');
}

/** Every built HTML file of a dist folder (skipping Astro's internal folders), as paths relative to dist. */
export function htmlFiles(dist) {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      if (name.startsWith('.')) continue;
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) out.push(relative(dist, full).split(sep).join('/'));
    }
  };
  walk(dist);
  return out.sort();
}

/** Site path of a built HTML file: "steps/3/index.html" → "/steps/3/", "404.html" → "/404.html". */
export function sitePathOf(file) {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return '/' + file.slice(0, -'index.html'.length);
  return '/' + file;
}

/**
 * All opening tags named `name` in an HTML string, with their attributes parsed.
 * @param {string} html
 * @param {string} name
 * @returns {{ attrs: Record<string, string>, index: number, length: number }[]}
 */
export function tags(html, name) {
  const re = new RegExp(`<${name}(?=[\\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>`, 'gi');
  return [...html.matchAll(re)].map((m) => ({ attrs: parseAttrs(m[1] ?? ''), index: m.index ?? 0, length: m[0].length }));
}

/**
 * Attributes of a tag's inside ( ` a="1" b c='2'` ) as a lower-cased name → value map.
 * @param {string} s
 * @returns {Record<string, string>}
 */
export function parseAttrs(s) {
  /** @type {Record<string, string>} */
  const attrs = {};
  const re = /([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const m of s.matchAll(re)) attrs[m[1].toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  return attrs;
}

const decodeEntities = (s) =>
  s.replace(/&(?:amp|quot|#39|#x27|lt|gt);/g, (e) => ({ '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&lt;': '<', '&gt;': '>' })[e]);

/** Inline `<script>` elements (no src) with their type and text. */
export function inlineScripts(html) {
  return [...html.matchAll(/<script(?=[\s>])((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script>/gi)]
    .map((m) => ({ attrs: parseAttrs(m[1] ?? ''), text: m[2] ?? '' }))
    .filter((s) => !('src' in s.attrs));
}

/** Whether a script type runs as JavaScript (absent, module or a JavaScript MIME type). */
export const isJsType = (type) => !type || /^(module|(text|application)\/(java|ecma)script)$/i.test(type.trim());

/**
 * A dynamic `import()` of a literal path: quoted (`import("x")`) or a template literal without
 * substitutions (import(`x`), which is how the bundler writes them). An `import(`./${name}.js`)` names
 * no one file and is not followed.
 */
const DYNAMIC_IMPORT = /\bimport\s*\(\s*(?:"([^"\n]+)"|'([^'\n]+)'|`((?:[^`$\n\\]|\$(?!\{))+)`)\s*(?:\+\s*[\w$]+\s*)?\)/g;

/** The specifiers of a file's dynamic `import()`s with a literal path. */
export function dynamicSpecifiers(js) {
  return [...new Set([...js.matchAll(DYNAMIC_IMPORT)].map((m) => m[1] ?? m[2] ?? m[3]))];
}

/**
 * Module specifiers a JavaScript file loads: static `import … from "x"`, `import "x"`,
 * `export … from "x"` and dynamic `import()` with a literal path (see DYNAMIC_IMPORT).
 */
export function moduleSpecifiers(js) {
  const found = new Set(staticSpecifiers(js));
  for (const s of dynamicSpecifiers(js)) found.add(s);
  return [...found];
}

/** The specifiers of a file's static `import`/`export … from` (dynamic `import()` left out). */
function staticSpecifiers(js) {
  const text = js.replace(DYNAMIC_IMPORT, '');
  const found = new Set();
  const patterns = [
    /\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"'\n]+)["']/g,
    /\bexport\s*(?:\*|\{[^}]*\}|\*\s*as\s+[\w$]+)\s*from\s*["']([^"'\n]+)["']/g,
  ];
  for (const re of patterns) for (const m of text.matchAll(re)) found.add(m[1]);
  return [...found];
}

/** True for a chunk loaded on demand: its file name starts with `ondemand-`. */
export const isOnDemand = (spec) => /(^|\/)ondemand-[^/]*$/.test(spec);

/** Same-site URL (absolute path or relative) of a reference, or null when it points off-site. */
function resolveRef(ref, fromUrlPath) {
  if (!ref || /^(data|blob|about|mailto|tel|javascript):/i.test(ref)) return null;
  if (/^(https?:)?\/\//i.test(ref)) return { external: ref };
  const u = new URL(ref, 'http://site.invalid' + fromUrlPath);
  return { path: u.pathname };
}

/**
 * Weighs one built page.
 * @param {string} dist folder of the build
 * @param {string} file HTML file relative to dist ("steps/3/index.html")
 * @param {string} base the build's base path ("/" or "/sub/path/")
 */
export function weighPage(dist, file, base = '/') {
  const b = normalizeBase(base);
  const pagePath = sitePathOf(file);
  const pageUrlPath = b + pagePath.slice(1);
  const html = readFileSync(join(dist, file), 'utf8');
  const missing = [];
  const external = [];
  /** Maps an absolute URL path under the base to a file in dist. */
  const fileOf = (urlPath) => {
    if (!urlPath.startsWith(b)) return null;
    const rel = decodeURIComponent(urlPath.slice(b.length));
    const f = join(dist, rel);
    return existsSync(f) && statSync(f).isFile() ? f : null;
  };

  const css = new Map();
  const printCss = new Map();
  for (const { attrs } of tags(html, 'link')) {
    const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
    if (!rel.includes('stylesheet')) continue;
    const r = resolveRef(attrs.href, pageUrlPath);
    if (!r) continue;
    if (r.external) { external.push(r.external); continue; }
    const f = fileOf(r.path);
    if (!f) { missing.push(r.path); continue; }
    const media = (attrs.media ?? 'all').trim().toLowerCase();
    (media === 'print' ? printCss : css).set(r.path, f);
  }

  // Scripts: <script src>, modulepreload links, island component/renderer URLs, then their imports.
  const js = new Map();
  const queue = [];
  const enqueue = (ref, from) => {
    const r = resolveRef(ref, from);
    if (!r) return;
    if (r.external) { external.push(r.external); return; }
    if (js.has(r.path)) return;
    const f = fileOf(r.path);
    if (!f) { missing.push(r.path); return; }
    js.set(r.path, f);
    queue.push(r.path);
  };
  for (const { attrs } of tags(html, 'script')) if ('src' in attrs && isJsType(attrs.type)) enqueue(attrs.src, pageUrlPath);
  for (const { attrs } of tags(html, 'link')) if ((attrs.rel ?? '').toLowerCase().split(/\s+/).includes('modulepreload')) enqueue(attrs.href, pageUrlPath);
  const islands = tags(html, 'astro-island');
  for (const { attrs } of islands) {
    for (const k of ['component-url', 'renderer-url', 'before-hydration-url']) if (attrs[k]) enqueue(attrs[k], pageUrlPath);
  }
  const inline = inlineScripts(html).filter((s) => isJsType(s.attrs.type));
  for (const s of inline) for (const spec of moduleSpecifiers(s.text)) if (/^[./]/.test(spec)) enqueue(spec, pageUrlPath);
  /** On-demand roots found while walking the page's modules: [specifier, importing path]. */
  const onDemandRoots = [];
  while (queue.length) {
    const p = queue.shift();
    const text = readFileSync(js.get(p), 'utf8');
    // A specifier only ever imported dynamically, and named ondemand-*, is loaded on demand.
    const staticSpecs = new Set(staticSpecifiers(text));
    for (const spec of moduleSpecifiers(text)) {
      if (isOnDemand(spec) && !staticSpecs.has(spec)) onDemandRoots.push([spec, p]);
      else if (/^[./]/.test(spec) || /^(https?:)?\/\//.test(spec)) enqueue(spec, p);
      else missing.push(`${spec}（${p} が読み込む裸の指定子）`);
    }
  }
  // What the on-demand chunks bring that the page has not loaded already.
  const onDemand = new Map();
  const demandQueue = [];
  const enqueueDemand = (ref, from) => {
    const r = resolveRef(ref, from);
    if (!r || r.external) { if (r?.external) external.push(r.external); return; }
    if (js.has(r.path) || onDemand.has(r.path)) return;
    const f = fileOf(r.path);
    if (!f) { missing.push(r.path); return; }
    onDemand.set(r.path, f);
    demandQueue.push(r.path);
  };
  for (const [spec, from] of onDemandRoots) enqueueDemand(spec, from);
  while (demandQueue.length) {
    const p = demandQueue.shift();
    for (const spec of moduleSpecifiers(readFileSync(onDemand.get(p), 'utf8'))) if (/^[./]/.test(spec)) enqueueDemand(spec, p);
  }

  // JSON data the page's markup or scripts name (a search index, for example).
  const data = new Map();
  const texts = [decodeEntities(html), ...[...js.values()].map((f) => readFileSync(f, 'utf8'))];
  for (const t of texts) {
    for (const m of t.matchAll(/["'`]([^"'`\s<>]*\.json)(?:\?[^"'`\s<>]*)?["'`]/g)) {
      const r = resolveRef(m[1], pageUrlPath);
      if (!r || r.external) continue;
      const f = fileOf(r.path) ?? fileOf(b + r.path.replace(/^\//, ''));
      if (f) data.set(r.path, f);
    }
  }

  const weigh = (map) => {
    let total = ZERO;
    const files = [];
    for (const [p, f] of map) {
      const s = sizes(readFileSync(f));
      files.push({ path: p, ...s });
      total = add(total, s);
    }
    return { ...total, files };
  };
  const htmlSize = sizes(html);
  const inlineJs = inline.reduce((acc, s) => add(acc, sizes(s.text)), ZERO);
  const cssW = weigh(css);
  const printW = weigh(printCss);
  const jsW = weigh(js);
  const onDemandW = weigh(onDemand);
  const dataW = weigh(data);
  const totalGzip = htmlSize.gzip + cssW.gzip + jsW.gzip;
  const totalRaw = htmlSize.raw + cssW.raw + jsW.raw;
  return {
    path: pagePath,
    file,
    html: htmlSize,
    css: cssW,
    printCss: printW,
    js: jsW,
    /** Chunks loaded only when the user asks (`ondemand-*`), outside the JavaScript budget */
    onDemand: onDemandW,
    /** Inline script text (already part of the HTML bytes) */
    inlineJs,
    data: dataW,
    islands: islands.length,
    /** HTML + screen CSS + external JS: what the page loads before images and data */
    total: { raw: totalRaw, gzip: totalGzip },
    images: imagesWithoutSize(html),
    missing,
    external,
  };
}

/** `<img>` elements lacking a width or height attribute (their src, or their markup start). */
export function imagesWithoutSize(html) {
  return tags(html, 'img')
    .filter(({ attrs }) => !attrs.width || !attrs.height)
    .map(({ attrs }) => attrs.src ?? '(src なし)');
}

/** JSON files in a build (search index and the like) with their sizes. */
export function jsonFiles(dist) {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      if (name.startsWith('.')) continue;
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.json')) out.push({ path: '/' + relative(dist, full).split(sep).join('/'), ...sizes(readFileSync(full)) });
    }
  };
  walk(dist);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/** Weighs every built page of a dist folder. */
export function weighSite(dist, base = '/') {
  return htmlFiles(dist).map((f) => weighPage(dist, f, base));
}

/** Formats a byte count as KB with one decimal. */
export const kb = (n) => (n / KB).toFixed(1);
