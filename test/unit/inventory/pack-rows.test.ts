/**
 * The inventory's rows as the 決裁パック prints them (src/lib/inventory/pack-rows.ts), from each
 * task's outcome: the level as /inventory/ shows it (with 要確認 and 「（選択）」 for a level the
 * officer chose), the residents' note, and one numbered 工夫 text per distinct heading and text.
 */
import { describe, expect, it } from 'vitest';
import type { LevelInput } from '../../../src/lib/inventory/levels';
import { RESIDENT_NOTE, type Outcome } from '../../../src/lib/inventory/outcome';
import { packRows } from '../../../src/lib/inventory/pack-rows';
import type { TaskRow } from '../../../src/schemas/state/inventory';
import { loadLevels } from '../../fixtures/inventory/load-levels';

const task = (id: string, override = ''): TaskRow => ({ id, name: `業務${id}`, unit: '', memo: '', override });
const outcome = (level: Outcome['level'], tipsType = '', needsCheck = false, residentNote = false): Outcome => ({ level, needsCheck, residentNote, tipsType });

describe('決裁パックの行', () => {
  it('レベルの表示: 要確認は「暫定・要確認」、選んだレベルには「（選択）」、未分類には付けない', () => {
    const { rows } = packRows(
      [task('a'), task('b', 'lv2'), task('c', 'lv3'), task('d', 'lv1')],
      [outcome('lv1'), outcome('lv2', 'communication'), outcome('lv3', 'paper-applications', true), outcome('unclassified')],
      loadLevels(),
    );
    expect(rows.map((r) => r.levelText)).toEqual(['Lv.Ⅰ', 'Lv.Ⅱ（選択）', 'Lv.Ⅲ（暫定・要確認）（選択）', '未分類']);
  });

  it('住民情報の注意は付く業務だけ', () => {
    const { rows } = packRows([task('a'), task('b')], [outcome('lv2', 'confidential-information', false, true), outcome('lv2', 'confidential-information')], loadLevels());
    expect(rows.map((r) => r.note)).toEqual([`住民情報：${RESIDENT_NOTE}`, '']);
  });

  it('工夫: 見出しと本文が同じなら同じ番号、同じレベルでも本文が違えば別の番号、未分類は番号なし', () => {
    const { rows, tips } = packRows(
      [task('a'), task('b'), task('c'), task('d'), task('e')],
      [outcome('lv2', 'communication'), outcome('lv2', 'confidential-information'), outcome('unclassified'), outcome('lv2', 'communication', true), outcome('lv4', 'special-equipment')],
      loadLevels(),
    );
    expect(rows.map((r) => r.ref)).toEqual([1, 2, 0, 1, 3]);
    expect(tips.slice(0, 2)).toEqual([
      { heading: 'Lv.Ⅱのテレワークを実施する際の工夫', text: 'Web会議の活用／コミュニケーションツールの活用' },
      { heading: 'Lv.Ⅱのテレワークを実施する際の工夫', text: 'セキュリティの担保による業務効率の向上／電子決裁システムの活用' },
    ]);
    expect(tips[2]!.heading).toBe('Lv.Ⅳの手引きの記載');
    expect(tips).toHaveLength(3);
  });

  it('本文が同じでもレベル（見出し）が違えば別の番号。見出しのない表は「工夫」', () => {
    const lv = (id: 'lv1' | 'lv2', tipsHeading: string): LevelInput => ({ id, numeral: '', title: '', tipsHeading, sharedTips: ['同じ工夫'], forms: [], points: [], slide: '', taskTypes: [] });
    const { rows, tips } = packRows([task('a'), task('b'), task('c')], [outcome('lv1'), outcome('lv2'), outcome('lv1')], [lv('lv1', ''), lv('lv2', '工夫の例')]);
    expect(rows.map((r) => r.ref)).toEqual([1, 2, 1]);
    expect(tips).toEqual([
      { heading: 'Lv.Ⅰの工夫', text: '同じ工夫' },
      { heading: 'Lv.Ⅱの工夫の例', text: '同じ工夫' },
    ]);
  });

  it('工夫のないレベルの業務には番号を振らない', () => {
    const bare: LevelInput = { id: 'lv3', numeral: '', title: '', tipsHeading: '視点', sharedTips: [], forms: [], points: [], slide: '', taskTypes: [] };
    const { rows, tips } = packRows([task('a')], [outcome('lv3')], [bare]);
    expect(rows[0]!.ref).toBe(0);
    expect(tips).toEqual([]);
  });
});
