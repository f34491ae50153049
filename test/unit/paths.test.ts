/**
 * Base paths (src/lib/paths.ts): the same build works under any sub-path, so joining and
 * stripping must accept a base with or without its trailing slash and never double a slash.
 */
import { describe, expect, it } from 'vitest';
import { joinBase, stripBase } from '../../src/lib/paths';
import { prefixBase } from '../../src/plugins/base-links.mjs';

// ── formerly paths.test.ts
{
describe('joinBase', () => {
  it.each([
    ['/', '/steps/3/', '/steps/3/'],
    ['/telework/', '/steps/3/', '/telework/steps/3/'],
    ['/telework', 'steps/3/', '/telework/steps/3/'],
    ['/a/b/', '/', '/a/b/'],
  ])('基準パス %s と %s → %s', (base, path, want) => {
    expect(joinBase(base, path)).toBe(want);
  });
});

describe('stripBase', () => {
  it('基準パスを取り除いたサイト内パスを返す', () => {
    expect(stripBase('/telework/', '/telework/steps/')).toBe('/steps/');
    expect(stripBase('/', '/steps/')).toBe('/steps/');
  });
  it('基準パスの外のパスはそのまま返す', () => {
    expect(stripBase('/telework/', '/other/')).toBe('/other/');
  });
});

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

// ── formerly paths.behaviour.test.ts
{
describe('基準パスの付け外し', () => {
  it('基準パスの末尾の / の有無にかかわらず、/ を1つだけ挟む', () => {
    expect(joinBase('/telework', '/steps/')).toBe('/telework/steps/');
    expect(joinBase('/telework/', 'steps/')).toBe('/telework/steps/');
    expect(joinBase('/telework', '')).toBe('/telework/');
  });

  it('基準パスの末尾に / がなくても取り除ける', () => {
    expect(stripBase('/telework', '/telework/steps/3/')).toBe('/steps/3/');
    expect(stripBase('/telework', '/telework/')).toBe('/');
  });

  it('名前の先頭が同じだけの別のパス（/telework2/）や、末尾の / のない基準パスそのものは変えない', () => {
    expect(stripBase('/telework/', '/telework2/steps/')).toBe('/telework2/steps/');
    expect(stripBase('/telework/', '/telework')).toBe('/telework');
  });

  it('付けてから外すと元のサイト内パスに戻る', () => {
    for (const base of ['/', '/a/', '/a/b', '/自治体/'])
      for (const path of ['/', '/steps/3/', '/glossary/#lgwan', '/search/?q=x'])
        expect(stripBase(base, joinBase(base, path)), `${base} ${path}`).toBe(path);
  });
});
}
