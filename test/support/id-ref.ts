import { z } from 'zod';
import type { RefFn } from '../../src/schemas/common';

/** Stand-in for Astro's `reference()` in the content tests: the id as a string (the tests resolve ids themselves). */
export const idRef: RefFn = () => z.string().min(1);
