/**
 * Chromium's accessibility tree (CDP Accessibility.getFullAXTree) on one page of every template
 * and on the tools' states: every control has a name and a role (4.1.2), headings do not skip a
 * level (1.3.1, 2.4.6), and each page's reading order — the tree's text in order — is written to
 * reports/axtree/ for the person doing the manual check of 1.3.2 (意味のある順序).
 * No screen reader is involved: this is what Chromium would hand one.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, type Browser } from './support/browser';
import { startSite, sitemapPaths, type Site } from './support/site';
import { openReady } from './support/keyboard';
import { TOOL_STATES, enterState } from './support/states';
import { templatePages } from '../../scripts/lib/templates.mjs';
import { describeNeeds } from '../support/prerequisites';

const dist = process.env['E2E_DIST'] ?? 'dist';
const base = process.env['E2E_BASE'] ?? '/';
const built = existsSync(join(dist, 'sitemap.xml'));
const pages: string[] = built ? templatePages(sitemapPaths(dist, base)) : [];
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

describeNeeds({ [`${dist}/ のビルド（npm run build）`]: built })('アクセシビリティツリー（Chromium）', () => {
  let site: Site;
  let browser: Browser;
  beforeAll(async () => {
    site = await startSite(dist, base);
    browser = await launch();
    mkdirSync(OUT, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  const targets = [
    ...pages.map((p) => ({ label: p, file: p, open: (page: Page) => openReady(page, site.at(p)) })),
    ...TOOL_STATES.map((s, i) => ({ label: `${s.path}（${s.name}）`, file: `state-${i + 1}`, open: (page: Page) => enterState(page, s, site.at) })),
  ];

  it.each(targets)('4.1.2 名前・役割・値／見出しの階層: $label', async (t) => {
    const page = await browser.context.newPage();
    await t.open(page);
    const tree = await axTree(page);
    await page.close();
    writeFileSync(join(OUT, `${t.file.replace(/[^\w-]+/g, '_') || 'home'}.txt`), `${t.label}\n\n${readingOrder(tree)}\n`);
    expect(tree.some((n) => n.role?.value === 'main'), `${t.label}: main のランドマークがない`).toBe(true);
    expect(problems(tree), t.label).toEqual([]);
  });
});
