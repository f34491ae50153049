/**
 * Keyboard helpers shared by the accessibility tests: open a page and wait for its islands, and
 * walk the Tab order recording where each focused element sits on the page.
 */
import type { Page } from 'playwright-core';

/** Opens a page and, if it has islands, waits until they have hydrated and loaded their data. */
export async function openReady(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  if (await page.locator('astro-island').count()) {
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'), null, { timeout: 10_000 });
    await page.waitForLoadState('networkidle'); // an island may fetch data (the search index) and re-render
  }
}

export interface TabStop {
  desc: string;
  /** Top and bottom of the element in page coordinates (scroll offset added), CSS px */
  top: number;
  bottom: number;
  /** The element comes after the previous stop in document order */
  followsInDom: boolean;
  /** Inside a position: fixed/sticky box, whose page position depends on scrolling */
  pinned: boolean;
}

/**
 * Presses Tab from the top of the page until focus leaves the document, returns to an element
 * already seen, or `max` presses. Each stop records its page position and whether it follows the
 * previous stop in document order.
 */
export async function walkTabOrder(page: Page, max = 800): Promise<TabStop[]> {
  await page.evaluate(() => {
    (window as unknown as { __kbPrev: Element | null }).__kbPrev = null;
    (window as unknown as { __kbSeen: Set<Element> }).__kbSeen = new Set();
  });
  const stops: TabStop[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const s = await page.evaluate((): TabStop | 'same' | null => {
      const w = window as unknown as { __kbPrev: Element | null; __kbSeen: Set<Element> };
      const el = document.activeElement;
      if (!el || el === document.body || el === document.documentElement) return null;
      if (el === w.__kbPrev) return 'same'; // a date field takes several Tabs (year, month, day)
      if (w.__kbSeen.has(el)) return null;
      w.__kbSeen.add(el);
      const r = el.getBoundingClientRect();
      let pinned = false;
      for (let e: Element | null = el; e; e = e.parentElement) {
        if (/^(fixed|sticky)$/.test(getComputedStyle(e).position)) { pinned = true; break; }
      }
      const prev = w.__kbPrev;
      const followsInDom = !prev || !!(prev.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
      w.__kbPrev = el;
      const text = (el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30);
      const h = el as HTMLElement;
      const cls = typeof h.className === 'string' ? h.className.trim().split(/\s+/).filter((c) => !c.startsWith('astro-'))[0] : '';
      return {
        desc: `<${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${cls ? '.' + cls : ''}> ${text}`,
        top: Math.round(r.top + scrollY),
        bottom: Math.round(r.bottom + scrollY),
        followsInDom,
        pinned,
      };
    });
    if (s === null) break;
    if (s === 'same') continue;
    stops.push(s);
  }
  return stops;
}

/**
 * Where the Tab order goes back up the page: a stop that lies wholly above the previous one
 * (its bottom above the previous top), or that comes before the previous one in the document
 * (a positive tabindex). Stops inside fixed/sticky boxes are compared by document order only.
 */
export function backwardJumps(stops: TabStop[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < stops.length; i++) {
    const a = stops[i - 1]!;
    const b = stops[i]!;
    if (!b.followsInDom) out.push(`文書の順序に逆行: ${a.desc} → ${b.desc}`);
    else if (!a.pinned && !b.pinned && b.bottom <= a.top) out.push(`上に戻る: ${a.desc}（上端 ${a.top}px） → ${b.desc}（下端 ${b.bottom}px）`);
  }
  return out;
}
