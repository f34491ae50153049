/**
 * Security of the built pages, read from the files: every page carries Astro's CSP meta with
 * no 'unsafe-inline' / 'unsafe-eval' for scripts and styles, has no inline event handler or
 * style attribute (both would be blocked by that policy), and loads no script, stylesheet,
 * font or image from another origin (CSS files included).
 * Set BUDGET_DIST to check another build (default dist/).
 */
import { expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describeNeeds } from '../support/prerequisites';
import { htmlFiles, tags, parseAttrs } from '../../scripts/lib/weight.mjs';

const dist = process.env['BUDGET_DIST'] ?? 'dist';
const built = existsSync(join(dist, 'index.html'));
const files: string[] = built ? htmlFiles(dist) : [];
const read = (f: string) => readFileSync(join(dist, f), 'utf8');
const EXTERNAL = /^\s*(?:https?:)?\/\//i;

/** Every opening tag of an HTML string with its name and attributes. */
function allTags(html: string): { name: string; attrs: Record<string, string> }[] {
  const noComments = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)(\s[^>]*)?>[\s\S]*?<\/\1>/gi, '<$1$2>');
  return [...noComments.matchAll(/<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g)].map((m) => ({ name: m[1]!.toLowerCase(), attrs: parseAttrs(m[2] ?? '') }));
}

/** Directives of the page's CSP meta as name → sources. */
function cspOf(html: string): Map<string, string[]> | null {
  const meta = (tags(html, 'meta') as { attrs: Record<string, string> }[]).find((t) => (t.attrs['http-equiv'] ?? '').toLowerCase() === 'content-security-policy');
  if (!meta) return null;
  const out = new Map<string, string[]>();
  for (const part of (meta.attrs['content'] ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

function cssFiles(dir: string): string[] {
  const out: string[] = [];
  for (const n of readdirSync(dir)) {
    if (n.startsWith('.')) continue;
    const f = join(dir, n);
    if (statSync(f).isDirectory()) out.push(...cssFiles(f));
    else if (n.endsWith('.css')) out.push(f);
  }
  return out;
}

describeNeeds({ [`${dist}/ のビルド（npm run build）`]: built })(`CSP と外部読み込み（${dist}/ の全ページ）`, () => {
  it('ページがある', () => {
    expect(files.length).toBeGreaterThan(1);
  });

  it.each(files)('%s: CSP の meta があり、script-src・style-src に unsafe-inline・unsafe-eval がない', (f) => {
    const csp = cspOf(read(f));
    expect(csp, `${f} に Content-Security-Policy の meta がありません`).not.toBeNull();
    expect(csp!.has('script-src'), 'script-src がありません').toBe(true);
    expect(csp!.has('style-src'), 'style-src がありません').toBe(true);
    for (const d of ['script-src', 'style-src', 'default-src', 'script-src-elem', 'script-src-attr', 'style-src-elem', 'style-src-attr']) {
      const sources = csp!.get(d) ?? [];
      expect(sources.filter((s) => /unsafe-(inline|eval|hashes)|^\*$|^https?:$|^data:$/.test(s)), `${f}: ${d}`).toEqual([]);
    }
  });

  it.each(files)('%s: インラインのイベントハンドラ（on*=）・style 属性・javascript: URL がない', (f) => {
    const bad: string[] = [];
    for (const t of allTags(read(f))) {
      for (const [k, v] of Object.entries(t.attrs)) {
        if (/^on[a-z]+$/.test(k)) bad.push(`<${t.name} ${k}>`);
        if (k === 'style') bad.push(`<${t.name} style="${v}">（CSP で適用されません）`);
        if (['href', 'src', 'action', 'formaction'].includes(k) && /^\s*javascript:/i.test(v)) bad.push(`<${t.name} ${k}="${v}">`);
      }
    }
    expect(bad).toEqual([]);
  });

  it.each(files)('%s: 外部のスクリプト・スタイル・フォント・画像・フレームを読み込まない', (f) => {
    const bad: string[] = [];
    for (const t of allTags(read(f))) {
      const a = t.attrs;
      const check = (k: string) => { if (a[k] && EXTERNAL.test(a[k]!)) bad.push(`<${t.name} ${k}="${a[k]}">`); };
      if (['script', 'img', 'iframe', 'frame', 'embed', 'audio', 'video', 'source', 'track', 'input'].includes(t.name)) check('src');
      if (['img', 'source'].includes(t.name) && a['srcset'] && /(https?:)?\/\//i.test(a['srcset'])) bad.push(`<${t.name} srcset="${a['srcset']}">`);
      if (t.name === 'object') check('data');
      if (t.name === 'link' && !/^(canonical|alternate)$/i.test(a['rel'] ?? '')) check('href');
      if (t.name === 'form') check('action');
      if (t.name === 'astro-island') { check('component-url'); check('renderer-url'); }
    }
    const html = read(f);
    for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)) {
      for (const u of m[1]!.matchAll(/url\(\s*["']?([^"')]+)/g)) if (EXTERNAL.test(u[1]!)) bad.push(`<style> url(${u[1]})`);
      if (/@import\s+(url\()?["']?(https?:)?\/\//i.test(m[1]!)) bad.push('<style> @import');
    }
    expect(bad).toEqual([]);
  });

  it('CSS ファイルが外部の URL（フォント・画像・@import）を読み込まない', () => {
    const bad: string[] = [];
    for (const f of cssFiles(dist)) {
      const css = readFileSync(f, 'utf8');
      for (const u of css.matchAll(/url\(\s*["']?([^"')]+)/g)) if (EXTERNAL.test(u[1]!)) bad.push(`${f}: url(${u[1]})`);
      for (const u of css.matchAll(/@import\s+(?:url\()?\s*["']?([^"');\s]+)/g)) if (EXTERNAL.test(u[1]!)) bad.push(`${f}: @import ${u[1]}`);
    }
    expect(bad).toEqual([]);
  });
});
