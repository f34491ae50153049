/**
 * The base-path plugin (src/plugins/base-links.mjs): links written in the body get the site's
 * base path, so the same content works under any sub-path.
 */
import { describe, expect, it } from 'vitest';
import { prefixBase } from '../../src/plugins/base-links.mjs';

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
