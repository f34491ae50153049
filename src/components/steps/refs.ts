/**
 * Reference helpers for the step pages. The schemas type `reference()` fields as `unknown`
 * (they are shared with tests, which use plain ids), so the pages read the id back here.
 */

/** The id of a reference: Astro gives `{ collection, id }`, tests give the id string. */
export function refId(ref: unknown): string {
  if (typeof ref === 'string') return ref;
  if (ref && typeof ref === 'object' && 'id' in ref && typeof (ref as { id: unknown }).id === 'string') return (ref as { id: string }).id;
  throw new Error(`参照の形が不正です: ${JSON.stringify(ref)}`);
}
