/**
 * Unit tests of src/lib/base-links.ts.
 */
import { describe, expect, it } from 'vitest';
import { prefixBase } from '../../src/plugins/base-links.mjs';

// ── formerly paths.test.ts (the part about base-links)
/**
 * Base paths (src/lib/paths.ts): the same build works under any sub-path, so joining and
 * stripping must accept a base with or without its trailing slash and never double a slash.
 */
// ── formerly paths.test.ts
{
describe('本文中のリンクへの基準パスの付与（prefixBase）', () => {
  it('サイト内の絶対パスに基準パスを付ける', () => {
    expect(prefixBase('/glossary/#lgwan', '/telework/')).toBe('/telework/glossary/#lgwan');
  });
  it('基準パスが / のときは変えない', () => {
    expect(prefixBase('/steps/3/', '/')).toBe('/steps/3/');
  });
  it('外部リンク・プロトコル相対・ページ内リンク・付与済みのリンクは変えない', () => {
    expect(prefixBase('https://www.soumu.go.jp/', '/t/')).toBe('https://www.soumu.go.jp/');
    expect(prefixBase('//example.com/x', '/t/')).toBe('//example.com/x');
    expect(prefixBase('#top', '/t/')).toBe('#top');
    expect(prefixBase('/t/steps/', '/t/')).toBe('/t/steps/');
  });
});
}
