/**
 * Keyboard helpers shared by the accessibility tests: open a page and wait for its islands, and
 * walk the Tab order once, recording for each focused element everything the criteria ask of it.
 */
import type { Page } from 'playwright-core';

/** Opens a page and, if it has islands, waits until they have hydrated and loaded their data. */
export async function openReady(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  if (await page.locator('astro-island').count()) {
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
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
  /** Left edge in page coordinates, CSS px */
  left: number;
  /** Which table row (`tr` or role=row, numbered in document order) holds the element, or -1 */
  row: number;
  /** Why the focused element cannot be seen (off screen, or covered by another box), or null (2.4.11) */
  hidden: string | null;
  /** An outline or box-shadow shows the focus and the element matches :focus-visible (2.4.7) */
  indicator: boolean;
  /** An outline (not only a box-shadow, which forced colours remove) shows the focus */
  outline: boolean;
  inFooter: boolean;
}

export interface FocusWalk {
  stops: TabStop[];
  /** Focus stayed on one element for more than 10 presses, or never left the page in `max` presses (2.1.2) */
  trapped: boolean;
}

/**
 * Presses `key` (Tab or Shift+Tab) until focus leaves the document or returns to an element
 * already seen, recording for each stop, in one round trip: where it sits on the page, whether it
 * follows the previous stop in document order, whether its focus indicator shows and whether
 * it is hidden (off screen or covered by a sticky bar; measured after any scrolling has settled).
 * A date or month field takes one press per part (年・月・日): the same element again is not the end.
 */
export async function focusWalk(page: Page, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 1500): Promise<FocusWalk> {
  await page.evaluate(() => {
    const w = window as unknown as { __kbPrev: Element | null; __kbSeen: Set<Element> };
    w.__kbPrev = null;
    w.__kbSeen = new Set();
  });
  const stops: TabStop[] = [];
  let repeats = 0;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const s = await page.evaluate(async (): Promise<TabStop | 'same' | null> => {
      let last = scrollY;
      for (let n = 0; n < 60; n++) {
        await new Promise((r) => requestAnimationFrame(r));
        if (scrollY === last) break;
        last = scrollY;
      }
      const w = window as unknown as { __kbPrev: Element | null; __kbSeen: Set<Element> };
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      if (!el || el === document.body || el === document.documentElement) return null;
      if (el === w.__kbPrev) return 'same';
      if (w.__kbSeen.has(el)) return null;
      w.__kbSeen.add(el);
      const r = el.getBoundingClientRect();
      let pinned = false;
      for (let e: Element | null = el; e; e = e.parentElement) {
        if (/^(fixed|sticky)$/.test(getComputedStyle(e).position)) { pinned = true; break; }
      }
      const tr = el.closest('tr, [role=row]');
      const row = tr ? Array.from(document.querySelectorAll('tr, [role=row]')).indexOf(tr) : -1;
      const prev = w.__kbPrev;
      const followsInDom = !prev || !!(prev.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
      w.__kbPrev = el;
      const text = (el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30);
      const h = el as HTMLElement;
      const cls = typeof h.className === 'string' ? h.className.trim().split(/\s+/).filter((c) => !c.startsWith('astro-'))[0] : '';
      const desc = `<${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${cls ? '.' + cls : ''}> ${text}`;
      const cs = getComputedStyle(el);
      const transparent = (c: string) => /rgba\([^)]*,\s*0\)$/.test(c) || c === 'transparent';
      const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 1 && !transparent(cs.outlineColor);
      const shadow = cs.boxShadow !== 'none' && cs.boxShadow !== '';
      // Hidden: no part on screen, or none of five points of its visible part is the element (or its label).
      let hidden: string | null = null;
      const x0 = Math.max(r.left, 0), x1 = Math.min(r.right, innerWidth), y0 = Math.max(r.top, 0), y1 = Math.min(r.bottom, innerHeight);
      if (r.width === 0 && r.height === 0) hidden = '大きさがない';
      else if (x1 <= x0 || y1 <= y0) hidden = '画面の外';
      else {
        const pts = [[0.5, 0.5], [0.1, 0.1], [0.9, 0.1], [0.1, 0.9], [0.9, 0.9]].map(([fx, fy]) => [x0 + (x1 - x0) * fx!, y0 + (y1 - y0) * fy!] as const);
        const label = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
        const ours = (hit: Element | null) => !!hit && (hit === el || el.contains(hit) || hit.contains(el) || (!!label && (label === hit || label.contains(hit))));
        if (!pts.some(([x, y]) => ours(document.elementFromPoint(x, y)))) {
          const by = document.elementFromPoint(pts[0]![0], pts[0]![1]);
          hidden = `${by ? `<${by.tagName.toLowerCase()}${by.className && typeof by.className === 'string' ? '.' + by.className.split(' ')[0] : ''}>` : '何か'} に隠れている`;
        }
      }
      return {
        desc,
        top: Math.round(r.top + scrollY),
        bottom: Math.round(r.bottom + scrollY),
        followsInDom,
        pinned,
        left: Math.round(r.left + scrollX),
        row,
        hidden,
        indicator: (outline || shadow) && el.matches(':focus-visible'),
        outline,
        inFooter: !!el.closest('footer'),
      };
    });
    if (s === null) return { stops, trapped: false };
    if (s === 'same') {
      if (++repeats > 10) return { stops, trapped: true };
      continue;
    }
    repeats = 0;
    stops.push(s);
  }
  return { stops, trapped: true };
}

/**
 * Where the Tab order goes back up the page: a stop that lies wholly above the previous one
 * (its bottom above the previous top), or that comes before the previous one in the document
 * (a positive tabindex). Stops inside fixed/sticky boxes are compared by document order only;
 * within one table row, the next cell to the right is the reading order whatever its height.
 */
export function backwardJumps(stops: TabStop[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < stops.length; i++) {
    const a = stops[i - 1]!;
    const b = stops[i]!;
    const sameRowRightward = a.row >= 0 && a.row === b.row && b.left >= a.left;
    if (!b.followsInDom) out.push(`文書の順序に逆行: ${a.desc} → ${b.desc}`);
    else if (!a.pinned && !b.pinned && !sameRowRightward && b.bottom <= a.top) out.push(`上に戻る: ${a.desc}（上端 ${a.top}px） → ${b.desc}（下端 ${b.bottom}px）`);
  }
  return out;
}
