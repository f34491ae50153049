/**
 * Base paths (src/lib/paths.ts): the same build works under any sub-path, so joining and
 * stripping must accept a base with or without its trailing slash and never double a slash.
 */
import { describe, expect, it } from 'vitest';
import { joinBase, stripBase } from '../../src/lib/paths';

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
