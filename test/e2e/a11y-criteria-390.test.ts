/**
 * The width-390-px part of test/e2e/a11y-criteria.test.ts (every page template and tool state:
 * focus walks and text spacing), run as its own file so that it runs beside the other parts. The
 * tests themselves are written in a11y-criteria.test.ts (support/criteria-part.ts).
 */
import './support/criteria-part-390';
import './a11y-criteria.test';
