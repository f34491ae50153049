/**
 * Keyboard helpers shared by the accessibility tests: open a page and wait for its islands, and
 * walk the Tab order once, recording for each focused element everything the criteria ask of it.
 */
import type { Page } from 'playwright-core';
import { LOADED_MACHINE_WAIT } from './browser';

/** Waits until every island has taken over (Astro removes `ssr`) and shown the saved state (no `data-ready="false"`). */
export const islandsReady = (page: Page) => page.waitForFunction(() => !document.querySelector('astro-island[ssr], [data-ready="false"]'));

/**
 * Opens a page and, if it has islands, waits until they have hydrated, shown the saved state
 * (no `data-ready="false"` left) and received every response they asked for (the search index),
 * then for the next frame, so that what they render from it is on the page. A state to wait for,
 * not the half second of network silence that `networkidle` costs on every page.
 */
export async function openReady(page: Page, url: string): Promise<void> {
  const pending = new Set<unknown>();
  let settled: (() => void) | undefined;
  const started = (r: unknown) => void pending.add(r);
  const ended = (r: unknown) => {
    pending.delete(r);
    if (pending.size === 0) settled?.();
  };
  const nextFrame = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  try {
    await page.goto(url, { waitUntil: 'load' });
    if (await page.locator('astro-island').count()) {
      await islandsReady(page);
      await nextFrame();
      while (pending.size > 0) {
        // Bounded like every other wait: a request that never ends fails the test with its address.
        let timer: ReturnType<typeof setTimeout> | undefined;
        await Promise.race([
          new Promise<void>((r) => (settled = r)),
          new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${url}: 終わらない通信 ${[...pending].map((r) => (r as { url(): string }).url()).join(', ')}`)), LOADED_MACHINE_WAIT))),
        ]).finally(() => clearTimeout(timer));
        await nextFrame();
      }
    }
  } finally {
    page.off('request', started);
    page.off('requestfinished', ended);
    page.off('requestfailed', ended);
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

/** Presses per round trip: the presses of one batch go back to back, their stops are read once. */
const BATCH = 40;

/**
 * Presses `key` (Tab or Shift+Tab) until focus leaves the document or returns to an element
 * already seen, recording for each stop where it sits on the page, whether it follows the
 * previous stop in document order, whether its focus indicator shows and whether it is hidden
 * (off screen or covered by a sticky bar).
 * A date or month field takes one press per part (年・月・日): the same element again is not the end.
 *
 * Each stop is measured in the page by a keyup listener, after the press's keydown has moved focus
 * and scrolled it into view (both synchronous: the walk turns smooth scrolling off, and no script
 * of the site reacts to focus, Tab or scrolling), so presses go back to back and the stops are read
 * once per batch. Every press must reach the listener (checked): a press that did not would shift
 * the record. Once the walk has ended, the listener cancels further presses of the batch, so focus
 * stays where the walk left it (Shift+Tab then comes back from the end).
 */
export async function focusWalk(page: Page, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 1500): Promise<FocusWalk> {
  await page.evaluate((shift) => {
    type Rec = TabStop | 'same' | null;
    const w = window as unknown as { __kbWalk?: { stop(): void; take(): { recs: Rec[]; keys: number } } };
    w.__kbWalk?.stop();
    // Where focus lands does not depend on how the page scrolls there; scrolling at once lets each
    // stop be measured as soon as its key has been handled.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('*, *::before, *::after { scroll-behavior: auto !important; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    let prev: Element | null = null;
    const seen = new Set<Element>();
    let recs: Rec[] = [];
    let keys = 0;
    let ended = false;
    const measure = (): Rec => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      if (!el || el === document.body || el === document.documentElement) return null;
      if (el === prev) return 'same';
      if (seen.has(el)) return null;
      seen.add(el);
      const r = el.getBoundingClientRect();
      let pinned = false;
      for (let e: Element | null = el; e; e = e.parentElement) {
        if (/^(fixed|sticky)$/.test(getComputedStyle(e).position)) { pinned = true; break; }
      }
      const tr = el.closest('tr, [role=row]');
      const row = tr ? Array.from(document.querySelectorAll('tr, [role=row]')).indexOf(tr) : -1;
      const followsInDom = !prev || !!(prev.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
      prev = el;
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
    };
    const isWalkKey = (e: KeyboardEvent) => e.isTrusted && e.key === 'Tab' && e.shiftKey === shift;
    const down = (e: KeyboardEvent) => { if (ended && isWalkKey(e)) e.preventDefault(); };
    const up = (e: KeyboardEvent) => {
      if (!isWalkKey(e)) return;
      keys++;
      if (ended) return;
      const rec = measure();
      if (rec === null) ended = true;
      recs.push(rec);
    };
    addEventListener('keydown', down, true);
    addEventListener('keyup', up, true);
    w.__kbWalk = {
      stop() {
        removeEventListener('keydown', down, true);
        removeEventListener('keyup', up, true);
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
        delete w.__kbWalk;
      },
      take() {
        const out = { recs, keys };
        recs = [];
        keys = 0;
        return out;
      },
    };
  }, key === 'Shift+Tab');
  const stops: TabStop[] = [];
  let repeats = 0;
  try {
    for (let i = 0; i < max; ) {
      const n = Math.min(BATCH, max - i);
      for (let k = 0; k < n; k++) await page.keyboard.press(key);
      i += n;
      const { recs, keys } = await page.evaluate(() => (window as unknown as { __kbWalk: { take(): { recs: (TabStop | 'same' | null)[]; keys: number } } }).__kbWalk.take());
      if (keys !== n) throw new Error(`${key} を ${n} 回押したのに、ページが受け取ったのは ${keys} 回です（フォーカスの記録がずれます）`);
      for (const s of recs) {
        if (s === null) return { stops, trapped: false };
        if (s === 'same') {
          if (++repeats > 10) return { stops, trapped: true };
          continue;
        }
        repeats = 0;
        stops.push(s);
      }
    }
    return { stops, trapped: true };
  } finally {
    await page.evaluate(() => (window as unknown as { __kbWalk?: { stop(): void } }).__kbWalk?.stop());
  }
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
