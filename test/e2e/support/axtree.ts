/**
 * Chromium's accessibility tree (CDP Accessibility.getFullAXTree): every control has a name and a
 * role (4.1.2), headings do not skip a level (1.3.1, 2.4.6), and the reading order — the tree's text
 * in order — written to reports/axtree/ for the person doing the manual check of 1.3.2 (意味のある順序).
 * No screen reader is involved: this is what Chromium would hand one. The crawl
 * (test/e2e/crawl.test.ts) runs it on every page and tool state it opens.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const OUT = 'reports/axtree';

interface AXNode { nodeId: string; ignored: boolean; role?: { value: string }; name?: { value: string }; properties?: { name: string; value: { value: unknown } }[]; childIds?: string[]; parentId?: string }
const CONTROLS = new Set(['link', 'button', 'textbox', 'searchbox', 'combobox', 'checkbox', 'radio', 'DisclosureTriangle', 'spinbutton', 'slider', 'switch', 'tab', 'menuitem', 'listbox', 'option']);

/** The tree in document order (depth-first from the root), without ignored nodes. */
async function axTree(page: Page): Promise<AXNode[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  await cdp.detach();
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const out: AXNode[] = [];
  const walk = (n: AXNode | undefined) => {
    if (!n) return;
    if (!n.ignored) out.push(n);
    for (const c of n.childIds ?? []) walk(byId.get(c));
  };
  walk(nodes.find((n) => !n.parentId));
  return out;
}

const prop = (n: AXNode, name: string) => n.properties?.find((p) => p.name === name)?.value.value;

function problems(tree: AXNode[]): string[] {
  const out: string[] = [];
  if (!tree.some((n) => n.role?.value === 'main')) out.push('main のランドマークがない');
  for (const n of tree) {
    const role = n.role?.value ?? '';
    if (CONTROLS.has(role) && !(n.name?.value ?? '').trim() && !prop(n, 'hidden')) out.push(`名前のない ${role}`);
  }
  let last = 0;
  for (const n of tree.filter((x) => x.role?.value === 'heading')) {
    const level = Number(prop(n, 'level') ?? 0);
    if (last && level > last + 1) out.push(`見出しが飛ぶ: h${last} → h${level}「${n.name?.value}」`);
    last = level;
  }
  return out;
}

/** Reading order as lines: role and name of every named node, landmarks and headings marked. */
const readingOrder = (tree: AXNode[]) =>
  tree
    .filter((n) => (n.name?.value ?? '').trim() && !['StaticText', 'InlineTextBox', 'RootWebArea', 'ListMarker'].includes(n.role?.value ?? ''))
    .map((n) => `${n.role?.value}${n.role?.value === 'heading' ? prop(n, 'level') : ''}: ${(n.name?.value ?? '').replace(/\s+/g, ' ').slice(0, 80)}`)
    .join('\n');

/**
 * Reads the page's tree, writes its reading order to reports/axtree/<file>.txt (headed by `label`)
 * and returns what fails 4.1.2 / 1.3.1 / 2.4.6: no main landmark, a control without a name, a
 * heading that skips a level.
 */
export async function axTreeProblems(page: Page, label: string, file: string): Promise<string[]> {
  const tree = await axTree(page);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, `${file.replace(/[^\w-]+/g, '_') || 'home'}.txt`), `${label}\n\n${readingOrder(tree)}\n`);
  return problems(tree);
}
