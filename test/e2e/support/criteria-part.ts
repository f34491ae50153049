/**
 * test/e2e/a11y-criteria.test.ts runs in three parts, one per file, so that the browser tier's
 * workers share it: the file itself (width 1280 px), a11y-criteria-390.test.ts (width 390 px) and a11y-criteria-320.test.ts (320 px and the
 * orientation check). The two other files set the part, then import the checks.
 */
type CriteriaPart = '1280' | '390' | '320';

const KEY = '__a11yCriteriaPart';

/** Sets the part that the next import of a11y-criteria.test.ts registers (one file per part). */
export function setCriteriaPart(part: CriteriaPart): void {
  (globalThis as Record<string, unknown>)[KEY] = part;
}

/** The part a11y-criteria.test.ts registers: the one set by the importing file, or 1280. */
export function criteriaPart(): CriteriaPart {
  return ((globalThis as Record<string, unknown>)[KEY] as CriteriaPart | undefined) ?? '1280';
}
