/**
 * Content links and labels (src/lib/content-links.ts) at their edges: ids that only look right,
 * and the messages that stop a build on a broken link.
 */
import { describe, expect, it } from 'vitest';
import { caseHref, caseLabel, caseName, chapterHref, chapterLabel, docLabel, DOC_LABELS, levelLabel, optionalRefId, programHref, refId, resolveLink, sourceLabel, stepHref, stepLabel, stepNumber, type LinkIndex } from '../../src/lib/content-links';

// ── formerly content-links.test.ts
{
const index: LinkIndex = {
  chapters: [
    { id: 'process', data: { numeral: 'Ⅱ', title: 'テレワーク導入の進め方' } },
    { id: 'task-levels', data: { numeral: 'Ⅳ', title: 'テレワークの対象とする業務の整理・検討', path: '/levels/' } },
    { id: 'significance', data: { numeral: '', title: '地方公共団体におけるテレワーク推進の意義' } },
  ],
  steps: [{ id: 'step-03', data: { title: '環境整備（ハード面・ソフト面）' } }],
  programs: [{ id: 'special-grant', data: { name: 'テレワーク導入経費に係る特別交付税措置' } }],
  cases: [
    { id: 'kobe', data: { number: 3, prefecture: '兵庫県', municipality: '神戸市' } },
    { id: 'ibaraki', data: { number: 1, prefecture: '茨城県', municipality: '茨城県' } },
  ],
};

describe('文書の短い名前（手引き／通知／別添1）', () => {
  it('3つの文書にそれぞれ1つの短い名前がある', () => {
    expect(DOC_LABELS).toEqual({ guide: '手引き', notice: '通知', annex1: '別添1' });
    expect(docLabel('notice')).toBe('通知');
  });
  it('出典の短い表記は「名前 箇所」', () => {
    expect(sourceLabel({ doc: 'guide', pages: 'スライド5' })).toBe('手引き スライド5');
    expect(sourceLabel({ doc: 'annex1', pages: '別添1' })).toBe('別添1 別添1');
    expect(sourceLabel({ doc: 'notice', pages: '記3（2）' })).toBe('通知 記3（2）');
  });
  it('知らない文書は例外にする', () => {
    expect(() => docLabel('other' as never)).toThrow(/不明/);
  });
});

describe('参照の id', () => {
  it('Astro の参照と文字列の両方から id を取り出す', () => {
    expect(refId({ collection: 'steps', id: 'step-03' })).toBe('step-03');
    expect(refId('kobe')).toBe('kobe');
  });
  it('壊れた参照は例外、ないものは undefined', () => {
    expect(() => refId(42)).toThrow(/参照の形が不正/);
    expect(() => refId('')).toThrow();
    expect(() => refId({ collection: 'x' })).toThrow();
    expect(optionalRefId(undefined)).toBeUndefined();
    expect(optionalRefId(null)).toBeUndefined();
    expect(optionalRefId({ id: 'lv2' })).toBe('lv2');
  });
});

describe('事例・章・ステップの名前とリンク先', () => {
  it('都道府県は県名だけ、市区町村は県名を付ける', () => {
    expect(caseName({ prefecture: '茨城県', municipality: '茨城県' })).toBe('茨城県');
    expect(caseName({ prefecture: '長野県', municipality: '松本市①' })).toBe('長野県松本市①');
    expect(caseLabel({ number: '6-1', prefecture: '長野県', municipality: '松本市①' })).toBe('事例6-1 長野県松本市①');
    expect(caseHref('kobe')).toBe('/cases/kobe/');
  });
  it('章は番号があれば「Ⅱ．題名」、なければ題名だけ。path があればそこへ', () => {
    expect(chapterLabel(index.chapters[0]!)).toBe('Ⅱ．テレワーク導入の進め方');
    expect(chapterLabel({ numeral: '', title: '意義' })).toBe('意義');
    expect(chapterHref(index.chapters[0]!)).toBe('/guide/process/');
    expect(chapterHref(index.chapters[1]!)).toBe('/levels/');
  });
  it('ステップ・支援策・レベル', () => {
    expect(stepNumber('step-03')).toBe(3);
    expect(stepNumber('step-10')).toBe(10);
    expect(() => stepNumber('step-3')).toThrow();
    expect(stepHref(3)).toBe('/steps/3/');
    expect(stepLabel(3, '試行')).toBe('ステップ3 試行');
    expect(stepLabel(3)).toBe('ステップ3');
    expect(programHref('briefing')).toBe('/support/briefing/');
    expect(levelLabel('lv4')).toBe('Lv.Ⅳ（業務のレベル分け）');
    expect(levelLabel('lv1')).toBe('Lv.Ⅰ（業務のレベル分け）');
    expect(() => levelLabel('lv5')).toThrow();
  });
});

describe('リンクの解決（resolveLink）', () => {
  it('5種類のリンク先を、ページの名前とアンカー付きのパスにする', () => {
    expect(resolveLink({ step: { collection: 'steps', id: 'step-03' }, anchor: 'ict' }, index)).toEqual({ href: '/steps/3/#ict', label: 'ステップ3 環境整備（ハード面・ソフト面）' });
    expect(resolveLink({ chapter: 'task-levels' }, index)).toEqual({ href: '/levels/', label: 'Ⅳ．テレワークの対象とする業務の整理・検討' });
    expect(resolveLink({ program: 'special-grant' }, index)).toEqual({ href: '/support/special-grant/', label: 'テレワーク導入経費に係る特別交付税措置' });
    expect(resolveLink({ level: 'lv3', anchor: 'lv3' }, index)).toEqual({ href: '/levels/#lv3', label: 'Lv.Ⅲ（業務のレベル分け）' });
    expect(resolveLink({ case: 'kobe' }, index)).toEqual({ href: '/cases/kobe/', label: '事例3 兵庫県神戸市' });
    expect(resolveLink({ case: 'ibaraki' }, index)?.label).toBe('事例1 茨城県');
  });
  it('リンク先がなければ undefined、存在しない id は例外（ビルドを止める）', () => {
    expect(resolveLink({ anchor: 'x' }, index)).toBeUndefined();
    expect(() => resolveLink({ step: 'step-09' }, index)).toThrow(/step-09/);
    expect(() => resolveLink({ chapter: 'nothing' }, index)).toThrow(/nothing/);
    expect(() => resolveLink({ program: 'nothing' }, index)).toThrow(/支援策/);
    expect(() => resolveLink({ case: 'nothing' }, index)).toThrow(/事例/);
  });
});
}

// ── formerly content-links.mutation.test.ts
{
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
}
