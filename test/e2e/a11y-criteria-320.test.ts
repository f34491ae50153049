/**
 * The 320-px part of test/e2e/a11y-criteria.test.ts (reflow, and reflow with text spacing) and its
 * orientation check (1.3.4), run as its own file so that it runs beside the other parts. The tests
 * themselves are written in a11y-criteria.test.ts (support/criteria-part.ts).
 */
import './support/criteria-part-320';
import './a11y-criteria.test';
