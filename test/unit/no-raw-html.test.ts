/**
 * Lint: no raw HTML sinks in the source. Any use of innerHTML, outerHTML, insertAdjacentHTML,
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

/** Uses of raw-HTML sinks in a source text, each with whether it is allowed and why. */
export function findSinks(text: string): { line: number; code: string; reason: string | null }[] {
  const lines = text.split('\n');
  const hits: { line: number; code: string; reason: string | null }[] = [];
  lines.forEach((l, i) => {
    if (!SINK.test(l)) return;
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
  });

  it('src/ に innerHTML・outerHTML・insertAdjacentHTML・dangerouslySetInnerHTML・set:html・document.write がない（理由を書いた許可を除く）', () => {
    const bad: string[] = [];
    for (const f of sources('src')) {
      for (const h of findSinks(readFileSync(f, 'utf8'))) if (!h.reason) bad.push(`${f}:${h.line}: ${h.code}`);
    }
    expect(bad, '生の HTML の書き込みはユーザーのデータで XSS になり得ます。textContent や JSX を使ってください').toEqual([]);
  });
});
