/**
 * A task's outcome as the 決裁パック prints it (src/lib/inventory/outcome.ts): the level text with
 * 要確認, the residents' note, the guide's tips for the level adopted (the 業務類型's, the level's
 * shared ones, or its notes), and the short string the level cache stores.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LevelInput, TaskTypeInput } from '../../../src/lib/inventory/levels';
import { encodeOutcome, levelText, RESIDENT_NOTE, residentText, tipsFor } from '../../../src/lib/inventory/outcome';
import { loadLevels } from '../../fixtures/inventory/load-levels';

/** A level of a made-up table: only what tipsFor reads. */
function level(p: { sharedTips?: string[]; points?: string[]; tipsHeading?: string; types?: [string, string[]][] }): LevelInput {
  const taskTypes: TaskTypeInput[] = (p.types ?? []).map(([id, tips]) => ({ id, name: id, examples: [], tips }));
  return { id: 'lv2', numeral: 'Ⅱ', title: '', tipsHeading: p.tipsHeading ?? '工夫', sharedTips: p.sharedTips ?? [], forms: [], points: p.points ?? [], slide: 'スライド13', taskTypes };
}

describe('表示のレベルと住民情報の注意', () => {
  it('要確認のあいだは「（暫定・要確認）」、未分類もそう書く', () => {
    expect(levelText({ level: 'lv2', needsCheck: true })).toBe('Lv.Ⅱ（暫定・要確認）');
    expect(levelText({ level: 'lv4', needsCheck: false })).toBe('Lv.Ⅳ');
    expect(levelText({ level: 'unclassified', needsCheck: true })).toBe('未分類（暫定・要確認）');
  });

  it('住民情報の注意は付くときだけ、手引きの言葉で', () => {
    expect(residentText(true)).toBe(`住民情報：${RESIDENT_NOTE}`);
    expect(residentText(false)).toBe('');
  });

  it('保存する1行: レベル・要確認・住民情報・業務類型', () => {
    expect(encodeOutcome({ level: 'lv2', needsCheck: true, residentNote: false, tipsType: 'confidential-information' })).toBe('lv2.1.0.confidential-information');
    expect(encodeOutcome({ level: 'unclassified', needsCheck: false, residentNote: true, tipsType: '' })).toBe('unclassified.0.1.');
  });
});

describe('採用したレベルの工夫（手引きの表）', () => {
  it('未分類には工夫がない', () => {
    expect(tipsFor(loadLevels(), 'unclassified', '')).toEqual({ heading: '', items: [] });
  });

  it('実際の表: 業務類型の工夫、なければレベル共通の工夫、それもなければ手引きの記載', () => {
    const levels = loadLevels();
    expect(tipsFor(levels, 'lv2', 'communication')).toEqual({ heading: 'テレワークを実施する際の工夫', items: ['Web会議の活用', 'コミュニケーションツールの活用'] });
    expect(tipsFor(levels, 'lv1', 'document-preparation')).toEqual({ heading: 'テレワークを実施する際の工夫', items: ['資料の電子化・保存', 'テレワークで実施する業務と出勤時に実施する業務を切り分け'] });
    expect(tipsFor(levels, 'lv4', 'my-number-systems')).toEqual({ heading: '手引きの記載', items: levels[3]!.points });
    // Lv.Ⅲ has one 業務類型: its 視点 also when no 業務類型 is named
    expect(tipsFor(levels, 'lv3', '')).toEqual({ heading: 'テレワークが可能な業務を洗い出す際の視点', items: levels[2]!.taskTypes[0]!.tips });
    // Lv.Ⅱ has five: all their 工夫, each once, when none is named
    const all = tipsFor(levels, 'lv2', '');
    expect(all.items).toEqual([...new Set(levels[1]!.taskTypes.flatMap((t) => t.tips))]);
    expect(all.items).toContain('電子決裁システムの活用');
  });

  it('共通の工夫があれば、名前のない・工夫のない業務類型はそれを使う', () => {
    const one = [level({ sharedTips: ['共通'], types: [['a', ['Aの工夫']]] })];
    expect(tipsFor(one, 'lv2', '').items).toEqual(['共通']);
    expect(tipsFor(one, 'lv2', 'a').items).toEqual(['Aの工夫']);
    const two = [level({ sharedTips: ['共通'], types: [['a', ['Aの工夫']], ['b', []]] })];
    expect(tipsFor(two, 'lv2', '').items).toEqual(['共通']);
    expect(tipsFor(two, 'lv2', 'b').items).toEqual(['共通']);
  });

  it('共通の工夫がなく業務類型が2つ以上: 名前のないときは全部を重複なく、工夫のない業務類型は手引きの記載', () => {
    const lv = [level({ points: ['記載'], types: [['a', ['x', 'y']], ['b', ['y', 'z']], ['c', []]] })];
    expect(tipsFor(lv, 'lv2', '')).toEqual({ heading: '工夫', items: ['x', 'y', 'z'] });
    expect(tipsFor(lv, 'lv2', 'c')).toEqual({ heading: '手引きの記載', items: ['記載'] });
    expect(tipsFor([level({ types: [['a', ['x']], ['c', []]] })], 'lv2', 'c')).toEqual({ heading: '工夫', items: [] });
  });

  it('業務類型が1つで工夫のないとき、記載もなければ工夫なし', () => {
    expect(tipsFor([level({ types: [['a', []]] })], 'lv2', '')).toEqual({ heading: '工夫', items: [] });
    expect(tipsFor([level({ points: ['記載'], types: [['a', []]] })], 'lv2', '')).toEqual({ heading: '手引きの記載', items: ['記載'] });
  });

  it('法則: 工夫はいつも、名前の業務類型・共通・全業務類型・記載のどれかから（それ以外の文は出ない）', () => {
    const tips = fc.array(fc.constantFrom('p', 'q', 'r', 's'), { maxLength: 3 });
    fc.assert(
      fc.property(tips, tips, fc.array(tips, { maxLength: 3 }), fc.constantFrom('', 't0', 't1', 't2', 'x'), (shared, points, types, named) => {
        const lv = level({ sharedTips: shared, points, types: types.map((t, i) => [`t${i}`, t]) });
        const got = tipsFor([lv], 'lv2', named).items;
        const pool = new Set<string>([...shared, ...points, ...types.flat()]);
        expect(got.every((x) => pool.has(x))).toBe(true);
        const own = lv.taskTypes.find((t) => t.id === named);
        if (own?.tips.length) expect(got).toEqual(own.tips);
        else if (shared.length) expect(got).toEqual(shared);
      }),
    );
  });
});
