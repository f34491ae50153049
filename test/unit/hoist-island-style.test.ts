import { describe, expect, it } from 'vitest';
import { hoistIslandStyle } from '../../src/plugins/hoist-island-style.mjs';

const STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

describe('島のスタイルを head へ移す', () => {
  it('body 内のスタイルを head の末尾へ移す', () => {
    const html = `<html><head><title>t</title></head><body><p>a</p>${STYLE}<astro-island></astro-island></body></html>`;
    expect(hoistIslandStyle(html)).toBe(`<html><head><title>t</title>${STYLE}</head><body><p>a</p><astro-island></astro-island></body></html>`);
  });
  it('島のないページは変えない', () => {
    const html = '<html><head></head><body><p>a</p></body></html>';
    expect(hoistIslandStyle(html)).toBe(html);
  });
  it('すでに head にあれば変えない', () => {
    const html = `<html><head>${STYLE}</head><body></body></html>`;
    expect(hoistIslandStyle(html)).toBe(html);
  });
});
