/**
 * Lint: no raw HTML sinks in the source. Any use (outside comments) of innerHTML, outerHTML, insertAdjacentHTML,
 * dangerouslySetInnerHTML, set:html or document.write under src/ fails, unless the line itself
 * or the line above carries a comment `raw-html-ok: <why the value is not user data>` — the
 * test reads that comment, and an allowance without a reason fails too.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SINK = /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write(?:ln)?)\b|\bset:html\b/;
const ALLOW = /raw-html-ok:\s*(\S.{9,})/;

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const n of readdirSync(dir)) {
    const f = join(dir, n);
    if (statSync(f).isDirectory()) out.push(...sources(f));
    else if (/\.(astro|tsx?|jsx?|mjs|cjs|mdx|svelte|vue)$/.test(n)) out.push(f);
  }
  return out;
}

/**
 * The text with comments (// …, /* … *\/, <!-- … -->) blanked out, line breaks kept, so that a
 * comment mentioning a sink is not a use. Quotes and template literals are skipped over, so a
 * "//" inside a string does not start a comment.
 */
export function stripComments(text: string): string {
  let out = '';
  let i = 0;
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  while (i < text.length) {
    const c = text[i]!;
    const two = text.slice(i, i + 2);
    if (two === '//') {
      const end = text.indexOf('\n', i);
      const j = end < 0 ? text.length : end;
      out += blank(text.slice(i, j));
      i = j;
    } else if (two === '/*') {
      const end = text.indexOf('*/', i + 2);
      const j = end < 0 ? text.length : end + 2;
      out += blank(text.slice(i, j));
      i = j;
    } else if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      const j = end < 0 ? text.length : end + 3;
      out += blank(text.slice(i, j));
      i = j;
    } else if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < text.length && text[j] !== c && !(c !== '`' && text[j] === '\n')) j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Uses of raw-HTML sinks in a source text (outside comments), each with whether it is allowed and why. */
export function findSinks(text: string): { line: number; code: string; reason: string | null }[] {
  const lines = text.split('\n');
  const code = stripComments(text).split('\n');
  const hits: { line: number; code: string; reason: string | null }[] = [];
  lines.forEach((l, i) => {
    if (!SINK.test(code[i] ?? '')) return;
    const reason = (ALLOW.exec(l) ?? ALLOW.exec(lines[i - 1] ?? ''))?.[1]?.trim() ?? null;
    hits.push({ line: i + 1, code: l.trim(), reason });
  });
  return hits;
}

describe('生の HTML を書き込む API を使わない', () => {
  it('検出器: 使用を見つけ、理由つきの許可コメントだけを認める', () => {
    expect(findSinks('el.innerHTML = x;')).toEqual([{ line: 1, code: 'el.innerHTML = x;', reason: null }]);
    expect(findSinks('<div set:html={body} />')[0]?.reason).toBeNull();
    expect(findSinks('// raw-html-ok: build-time markdown from content/, not user data\n<div set:html={md} />')[0]?.reason).toMatch(/build-time/);
    expect(findSinks('// raw-html-ok:\nel.outerHTML')[0]?.reason).toBeNull();
    expect(findSinks('el.textContent = x; document.createElement("p")')).toEqual([]);
    expect(findSinks('/**\n * nothing uses innerHTML.\n */\n// no outerHTML here\n<!-- set:html is not used -->\nconst u = "https://x"; el.innerHTML = u;')).toEqual([
      { line: 6, code: 'const u = "https://x"; el.innerHTML = u;', reason: null },
    ]);
    expect(findSinks('/* a\n innerHTML\n*/ x')).toEqual([]);
  });

  it('src/ に innerHTML・outerHTML・insertAdjacentHTML・dangerouslySetInnerHTML・set:html・document.write がない（理由を書いた許可を除く）', () => {
    const bad: string[] = [];
    for (const f of sources('src')) {
      for (const h of findSinks(readFileSync(f, 'utf8'))) if (!h.reason) bad.push(`${f}:${h.line}: ${h.code}`);
    }
    expect(bad, '生の HTML の書き込みはユーザーのデータで XSS になり得ます。textContent や JSX を使ってください').toEqual([]);
  });
});
