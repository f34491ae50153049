/**
 * Unit tests of src/lib/step-progress.ts.
 */
import { describe, expect, it } from 'vitest';
import { isOverdue } from '../../src/lib/step-progress';

describe('期限切れ（isOverdue）', () => {
  it('未着手と進行中だけが期限切れになり、今日が分からなければ期限切れとしない', () => {
    expect(isOverdue('2026-01-31', 'in-progress', '2026-02-01')).toBe(true);
    expect(isOverdue('2026-01-31', 'not-started', '2026-02-01')).toBe(true);
    expect(isOverdue('2026-01-31', 'done', '2026-02-01')).toBe(false);
    expect(isOverdue('2026-01-31', 'excluded', '2026-02-01')).toBe(false);
    expect(isOverdue('2026-01-31', 'in-progress', '')).toBe(false);
    expect(isOverdue('2026-01-31', 'in-progress', '2026-01-31')).toBe(false);
  });
});
