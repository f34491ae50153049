/**
 * Rows of the inventory (src/lib/inventory/rows.ts): the bounded classification cache, and the
 * printed 工夫 cell when the user confirms the suggested level.
 */
import { describe, expect, it } from 'vitest';
import { createClassifier, RESIDENT_NOTE_SHORT } from '../../src/lib/inventory/classify';
import { cachedClassify, rowBuilder, sheetTips, toExportRows, toRow } from '../../src/lib/inventory/rows';
import type { TaskRow } from '../../src/schemas/state/inventory';
import { loadLevels } from '../fixtures/inventory/load-levels';

const classifier = createClassifier(loadLevels());
const task = (id: string, name: string, override = ''): TaskRow => ({ id, name, unit: '', memo: '', override });

describe('cachedClassify：分類の記憶', () => {
  it('上限の件数に達したら記憶を捨てて、覚え直す（上限までは分類し直さない）', () => {
    const calls: string[] = [];
    const suggest = cachedClassify({ ...classifier, classify: (n) => (calls.push(n), classifier.classify(n)) }, 2);
    suggest('A');
    suggest('B');
    suggest('A');
    expect(calls).toEqual(['A', 'B']);
    suggest('C'); // full: forget A and B
    suggest('C');
    suggest('A');
    expect(calls).toEqual(['A', 'B', 'C', 'A']);
  });

  it('同じ名前には同じ提案のオブジェクトを返す', () => {
    const suggest = cachedClassify(classifier);
    expect(suggest('議事録の作成')).toBe(suggest('議事録の作成'));
  });
});

describe('sheetTips と toExportRows', () => {
  const suggest = cachedClassify(classifier);

  it('提案と同じレベルを選んだときは、提案の工夫をそのまま載せる', () => {
    const row = toRow(task('a', '議事録の作成', 'lv1'), suggest);
    expect(row.chosen).toBe(true);
    expect(sheetTips(row)).toEqual(sheetTips(toRow(task('a', '議事録の作成'), suggest)));
    expect(sheetTips(row).length).toBeGreaterThan(0);
  });

  it('住民情報の注意は工夫の後ろに付け、CSV では手引きのスライドを添える', () => {
    const row = toRow(task('b', '転入届の受付'), suggest);
    const tips = sheetTips(row);
    expect(tips.at(-1)).toBe(`住民情報：${RESIDENT_NOTE_SHORT}（スライド12）`);
    expect(tips.length).toBeGreaterThan(1);
    const [exp] = toExportRows([row]);
    expect(exp!.note).toBe(`${RESIDENT_NOTE_SHORT}（手引き スライド12）`);
    expect(exp!.tips).toBe(row.suggestion.tips);
    expect(exp!.task).toBe(row.task);
  });

  it('行の組み立ては呼び出しをまたいで、消えた業務の行を持ち越さない', () => {
    const build = rowBuilder(suggest);
    const t = task('a', '議事録の作成');
    const first = build([t]);
    build([]);
    expect(build([t])[0]).not.toBe(first[0]);
    expect(build([t])[0]).toEqual(first[0]);
  });
});
