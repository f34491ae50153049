/** Selects the 320 part of test/e2e/a11y-criteria.test.ts (support/criteria-part.ts); imported first. */
import { setCriteriaPart } from './criteria-part';

setCriteriaPart('320');
