import { describe, expect, it } from 'vitest';
import { cssString } from '../../src/lib/css-string';

describe('cssString（印刷の余白に出す団体名）', () => {
  it('引用符・バックスラッシュを逃がし、改行は空白にする（文字列を終わらせられない）', () => {
    expect(cssString('〇〇町')).toBe('"〇〇町"');
    expect(cssString('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(cssString('a\nb\r\nc')).toBe('"a b  c"');
    expect(cssString('"; } body { display:none')).toBe('"\\"; } body { display:none"');
  });
});
