/**
 * Content a page hands its island as plain JSON in a `<script type="application/json">` element
 * (src/components/PageData.astro) rather than as island props: Astro tags every value of its props
 * (`[0,"…"]`) and writes every quote as `&quot;`, which for /pack/'s 37 KB of content costs about
 * 1 KB gzip of the page's 60 KB budget. The island reads it back with readPageData
 * (src/islands/shared/page-data.ts).
 */

/**
 * `JSON.stringify(value)` safe inside a script element: `<`, `>` and `&` are written as `\u003c`,
 * `\u003e`, `\u0026` (so no `</script>` or `<!--` can end or change the element), which JSON.parse
 * reads back as the same characters.
 */
export function scriptJson(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new Error('scriptJson: the value has no JSON form');
  return json.replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
