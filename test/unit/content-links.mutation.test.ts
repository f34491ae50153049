/**
 * Content links and labels (src/lib/content-links.ts) at their edges: ids that only look right,
 * and the messages that stop a build on a broken link.
 */
import { describe, expect, it } from 'vitest';
import { chapterLabel, levelLabel, optionalRefId, refId, resolveLink, stepNumber, type LinkIndex } from '../../src/lib/content-links';

const index: LinkIndex = {
  chapters: [{ id: 'intro', data: { numeral: '', title: 'はじめに' } }],
  steps: [{ id: 'step-03', data: { title: '環境整備' } }],
  programs: [],
  cases: [],
};

describe('id の形', () => {
  it('id が文字列でない参照は例外（数の id を黙って使わない）', () => {
    expect(() => refId({ id: 3 })).toThrow(/参照の形が不正です: \{"id":3\}/);
    expect(() => refId(null)).toThrow(/参照の形が不正です: null/);
    expect(() => optionalRefId('')).toThrow();
  });

  it('ステップの id は step- と2桁の数だけ（前後に余計な文字があれば例外）', () => {
    expect(() => stepNumber('xstep-03')).toThrow(/ステップの id が不正です: xstep-03/);
    expect(() => stepNumber('step-033')).toThrow();
    expect(stepNumber('step-01')).toBe(1);
  });

  it('レベルの id は lv1〜lv4 だけ', () => {
    expect(() => levelLabel('lv0')).toThrow(/レベルの id が不正です: lv0/);
    expect(() => levelLabel('xlv1')).toThrow();
    expect(() => levelLabel('lv12')).toThrow();
    expect(levelLabel('lv2')).toBe('Lv.Ⅱ（業務のレベル分け）');
    expect(levelLabel('lv3')).toBe('Lv.Ⅲ（業務のレベル分け）');
  });
});

describe('章の名前とリンクの解決', () => {
  it('番号のない章（内容の項目）は題名だけ、path がなければ /guide/<id>/', () => {
    expect(chapterLabel(index.chapters[0]!)).toBe('はじめに');
    expect(resolveLink({ chapter: 'intro', anchor: 'a' }, index)).toEqual({ href: '/guide/intro/#a', label: 'はじめに' });
  });

  it('存在しないリンク先の例外は、種類と id を名指しする', () => {
    expect(() => resolveLink({ step: 'step-05' }, index)).toThrow('ステップ "step-05" がありません');
    expect(() => resolveLink({ chapter: 'nothing' }, index)).toThrow('章 "nothing" がありません');
    expect(() => resolveLink({ program: 'p' }, index)).toThrow('支援策 "p" がありません');
    expect(() => resolveLink({ case: 'c' }, index)).toThrow('事例 "c" がありません');
  });

  it('空のアンカーは # を付けない', () => {
    expect(resolveLink({ step: 'step-03', anchor: '' }, index)).toEqual({ href: '/steps/3/', label: 'ステップ3 環境整備' });
    expect(resolveLink({ level: 'lv1' }, index)).toEqual({ href: '/levels/', label: 'Lv.Ⅰ（業務のレベル分け）' });
  });
});
