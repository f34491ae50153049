/**
 * Layout checks shared by the accessibility tests (reflow 1.4.10, resize text 1.4.4, text spacing
 * 1.4.12): horizontal overflow of the page and boxes that clip their content.
 */
import type { Page } from 'playwright-core';

/** Elements that stick out of the page horizontally (outside .table-scroll and other scrolling boxes), and clipped boxes. */
export const layoutProblems = (page: Page) =>
  page.evaluate(() => {
    const se = document.scrollingElement!;
    const width = se.clientWidth;
    const overflow = se.scrollWidth > width;
    const wide: string[] = [];
    const clipped: string[] = [];
    const name = (el: Element) => `<${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.classList[0] ? '.' + el.classList[0] : ''}>`;
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const cs = getComputedStyle(el);
      if (cs.display === 'none' || cs.visibility === 'hidden') continue;
      const h = el as HTMLElement;
      if (h.closest('.visually-hidden') || h.closest('.skip-link')) continue;
      const scroller = h.parentElement?.closest('*:is(.table-scroll, [data-scroll])') ?? null;
      const r = el.getBoundingClientRect();
      if (!scroller && r.right > width + 1 && r.width > 0) wide.push(`${name(el)} 右端 ${Math.round(r.right)}px > ${width}px`);
      // Text that runs out of its box (white-space: nowrap, long words) does not widen the box itself.
      if (!h.closest('.table-scroll, [data-scroll]')) {
        for (const n of Array.from(el.childNodes)) {
          if (n.nodeType !== Node.TEXT_NODE || !(n.textContent ?? '').trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(n);
          const tr = range.getBoundingClientRect();
          if (tr.right > width + 1) wide.push(`${name(el)} の文字「${(n.textContent ?? '').trim().slice(0, 20)}…」右端 ${Math.round(tr.right)}px（white-space: ${cs.whiteSpace}）`);
        }
      }
      const clips = /^(hidden|clip)$/.test(cs.overflowX) || /^(hidden|clip)$/.test(cs.overflowY);
      if (clips && r.width > 2 && r.height > 2 && (h.scrollWidth > h.clientWidth + 1 || h.scrollHeight > h.clientHeight + 1) && (h.textContent ?? '').trim()) {
        clipped.push(`${name(el)} 内容 ${h.scrollWidth}×${h.scrollHeight} > 枠 ${h.clientWidth}×${h.clientHeight}`);
      }
    }
    return { overflow, scrollWidth: se.scrollWidth, width, wide: wide.slice(0, 8), clipped: clipped.slice(0, 8) };
  });
