/**
 * Unit tests of src/lib/a11y-conformance.ts.
 */
import { describe, expect, it } from 'vitest';
import { conformanceOf, failing } from '../../src/lib/a11y-conformance';

/**
 * The later adoption line (src/lib/later-figures.ts) and the 対応度 rule
 * (src/lib/a11y-conformance.ts) at their edges.
 */
describe('conformanceOf と failing：対応度', () => {
  it('「適用なし」は満たしたものとして数え、不適合だけを順に挙げる', () => {
    const rows = [
      { sc: '1.1.1', result: '適用なし' as const },
      { sc: '2.4.3', result: '不適合' as const },
      { sc: '1.4.3', result: '適合' as const },
      { sc: '4.1.2', result: '不適合' as const },
    ];
    expect(conformanceOf(rows.filter((r) => r.result !== '不適合'))).toBe('準拠');
    expect(conformanceOf(rows)).toBe('一部準拠');
    expect(failing(rows).map((r) => r.sc)).toEqual(['2.4.3', '4.1.2']);
    expect(() => conformanceOf([])).toThrow('達成基準の行がありません');
  });
});
