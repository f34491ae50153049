/**
 * Diagnosis scoring (src/lib/diagnosis/score.ts): cases found by mutation testing and review.
 * An answer read from a share link or old storage can be any string, including the names every
 * object inherits.
 */
import { describe, expect, it } from 'vitest';
import { pointsOf } from '../../src/lib/diagnosis/score';

describe('pointsOf：読み取れない回答', () => {
  it.each(['toString', 'constructor', 'hasOwnProperty', '__proto__', 'valueOf'])(
    'Object から継承した名前（%s）は回答ではなく 0 点になる',
    (name) => {
      expect(pointsOf(name)).toBe(0);
    },
  );
});
