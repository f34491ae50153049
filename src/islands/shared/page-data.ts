/**
 * Reads the content a page wrote for its island with src/components/PageData.astro (a
 * `<script type="application/json">` element): null when the element is missing or not JSON,
 * so the island can say so instead of failing silently.
 */
export function readPageData<T>(id: string): T | null {
  const el = document.getElementById(id);
  if (!(el instanceof HTMLScriptElement) || el.type !== 'application/json') return null;
  try {
    return JSON.parse(el.text) as T;
  } catch {
    return null;
  }
}
