/**
 * HTML_CodeSniffer (Squiz), the second engine beside axe-core, with its WCAG2AA standard.
 * Its build bundles every standard and the English messages, so nothing is fetched; under the
 * site's CSP it is injected the same way as axe (evaluating the file's source in the page).
 *
 * Only ERRORS (type 1) fail a test. Warnings and notices are HTMLCS's "check by hand" list;
 * those checks are covered by the manual rows of src/data/a11y-checklist.ts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const HTMLCS_PATH = require.resolve('html_codesniffer/build/HTMLCS.js');
const HTMLCS_SOURCE = readFileSync(HTMLCS_PATH, 'utf8');

/**
 * Error codes dismissed for the whole site, each with the reason it is not a failure here.
 * The key is a prefix of HTMLCS's message code; keep this list short and justified.
 */
export const HTMLCS_DISMISSED: Readonly<Record<string, string>> = {};

export interface HtmlcsError {
  code: string;
  msg: string;
  /** A short CSS-like path of the element, for the failure message */
  selector: string;
}

/** Runs HTML_CodeSniffer (WCAG2AA) on the page and returns its errors (type 1) that are not dismissed. */
export async function htmlcs(page: Page, opts: { dismissed?: Readonly<Record<string, string>> } = {}): Promise<HtmlcsError[]> {
  // The build declares `var HTMLCS = …` etc. at top level; evaluated as a script they become globals.
  await page.evaluate(HTMLCS_SOURCE);
  const all = await page.evaluate(
    () =>
      new Promise<HtmlcsError[]>((resolve, reject) => {
        const path = (el: Element | null): string => {
          if (!el || el.nodeType !== 1) return String(el?.nodeName ?? 'document').toLowerCase();
          const parts: string[] = [];
          let e: Element | null = el;
          while (e && e !== document.documentElement && parts.length < 5) {
            let s = e.tagName.toLowerCase();
            if (e.id) { parts.unshift(`${s}#${e.id}`); break; }
            const cls = typeof e.className === 'string' ? e.className.trim().split(/\s+/).filter((c) => c && !c.startsWith('astro-'))[0] : '';
            if (cls) s += `.${cls}`;
            const parent: Element | null = e.parentElement;
            if (parent) {
              const same = Array.from(parent.children).filter((c) => c.tagName === e!.tagName);
              if (same.length > 1) s += `:nth-of-type(${same.indexOf(e) + 1})`;
            }
            parts.unshift(s);
            e = parent;
          }
          return parts.join(' > ');
        };
        // @ts-expect-error HTMLCS is the global the script above defined
        const H = window.HTMLCS;
        H.process(
          'WCAG2AA',
          document,
          () => {
            const msgs = H.getMessages() as { type: number; code: string; msg: string; element: Element }[];
            // HTMLCS compares a link's fragment with ids without percent-decoding it, so a link to a
            // Japanese heading id ("#%E5%8A%B4…" → id="労…") is reported missing although browsers
            // (URL standard: the fragment is decoded) go there. Only that case is dropped: the
            // decoded id must exist on the page, or the error stands.
            const falseNoSuchId = (m: { code: string; element: Element }) => {
              if (!m.code.endsWith('.NoSuchID') || !(m.element instanceof HTMLAnchorElement)) return false;
              const raw = m.element.hash.slice(1);
              let id = raw;
              try { id = decodeURIComponent(raw); } catch { return false; }
              return id !== raw && document.getElementById(id) !== null;
            };
            // HTMLCS builds a table's header map by geometry alone and ignores tbody boundaries, so
            // for a group heading <th scope="rowgroup" colspan=all> in each tbody it expects every
            // cell to list every group's heading. Dropped only when we verify the cell names
            // exactly its own column header (thead) and its own tbody's rowgroup heading.
            const rightRowgroupHeaders = (m: { code: string; element: Element }) => {
              const td = m.element;
              if (!m.code.endsWith('.H43.IncorrectAttr') || !(td instanceof HTMLTableCellElement)) return false;
              const table = td.closest('table');
              const body = td.closest('tbody');
              const col = table?.tHead?.rows[0]?.cells[td.cellIndex];
              if (!table || !body || !col?.id || (table.tHead?.rows.length ?? 0) !== 1) return false;
              const expected = [col.id, ...Array.from(body.querySelectorAll('th[scope=rowgroup]')).map((t) => t.id)].sort().join(' ');
              return expected === (td.getAttribute('headers') ?? '').trim().split(/\s+/).sort().join(' ');
            };
            resolve(msgs.filter((m) => m.type === 1 && !falseNoSuchId(m) && !rightRowgroupHeaders(m)).map((m) => ({ code: m.code, msg: m.msg, selector: path(m.element) })));
          },
          () => reject(new Error('HTML_CodeSniffer が規格 WCAG2AA を読み込めませんでした')),
          'en',
        );
      }),
  );
  const dismissed = opts.dismissed ?? HTMLCS_DISMISSED;
  return all.filter((e) => !Object.keys(dismissed).some((k) => e.code.startsWith(k)));
}

/** A readable report of HTMLCS errors for assertion messages: URL, rule code, selector, message. */
export const formatHtmlcs = (url: string, errors: HtmlcsError[]) =>
  errors.map((e) => `${url}: [HTMLCS ${e.code}] ${e.selector} — ${e.msg}`).join('\n');
