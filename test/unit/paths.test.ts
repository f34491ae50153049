/**
 * Unit tests of src/lib/paths.ts.
 */
import { describe, expect, it } from 'vitest';
import { joinBase, stripBase } from '../../src/lib/paths';

/**
 * Base paths (src/lib/paths.ts): the same build works under any sub-path, so joining and
 * stripping must accept a base with or without its trailing slash and never double a slash.
 */
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
}

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
