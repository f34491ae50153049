/** Rows of the inventory table (src/lib/inventory/rows.ts): suggestion, level that counts, reuse, export and sheet cells. */
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/lib/inventory/classify';
import { cachedClassify, rowBuilder, SHEET_LV3, sheetTips, toExportRows, toRow } from '../../src/lib/inventory/rows';
import type { TaskRow } from '../../src/schemas/state/inventory';
import { loadLevels } from '../fixtures/inventory/load-levels';

const classifier = createClassifier(loadLevels());
const task = (id: string, name: string, override = ''): TaskRow => ({ id, name, unit: '', memo: '', override });

describe('表の行', () => {
  it('行: 提案と、数えるレベル（選んだレベルが優先）', () => {
    const suggest = cachedClassify(classifier);
    expect(toRow(task('a', '議事録の作成'), suggest)).toMatchObject({ level: 'lv1', chosen: false });
    const r = toRow(task('b', '住民票の交付', 'lv2'), suggest);
    expect(r).toMatchObject({ level: 'lv2', chosen: true });
    expect(r.suggestion.level).toBe('lv4');
  });

  it('キャッシュ: 同じ名前は一度だけ分類する', () => {
    let calls = 0;
    const suggest = cachedClassify({ ...classifier, classify: (n) => (calls++, classifier.classify(n)) });
    suggest('議事録の作成');
    suggest('議事録の作成');
    suggest('住民票の交付');
    expect(calls).toBe(2);
  });

  it('再利用: 変わっていない業務の行は同じオブジェクトのまま、変わった業務だけ作り直す', () => {
    let calls = 0;
    const build = rowBuilder((n) => (calls++, classifier.classify(n)));
    const tasks = Array.from({ length: 1000 }, (_, i) => task(`t${i}`, `議事録の作成（${i}）`));
    const first = build(tasks);
    expect(calls).toBe(1000);
    const edited = [...tasks];
    edited[500] = { ...tasks[500]!, name: '住民票の交付' };
    const second = build(edited);
    expect(calls).toBe(1001);
    expect(second.filter((r, i) => r !== first[i]).map((r) => r.task.id)).toEqual(['t500']);
    expect(second[500]!.level).toBe('lv4');
    // a move keeps the rows and only reorders them
    const moved = build([edited[1]!, edited[0]!, ...edited.slice(2)]);
    expect(calls).toBe(1001);
    expect(moved[0]).toBe(second[1]);
  });

  it('CSV の行: 根拠の種類、理由、住民情報の注意、工夫', () => {
    const build = rowBuilder(cachedClassify(classifier));
    const [a, b, c] = toExportRows(build([task('a', '議事録の作成'), task('b', '転入届の受付', 'lv3'), task('c', '庁舎の清掃')]));
    expect(a).toMatchObject({ suggested: 'lv1', adopted: 'lv1', basis: '手引きの例に近い', note: '' });
    expect(a!.tips).toContain('資料の電子化・保存');
    expect(b).toMatchObject({ suggested: 'lv4', adopted: 'lv3', basis: '当サイトの目安' });
    expect(b!.note).toContain('スライド12');
    expect(b!.reason).toContain('基幹業務「住民基本台帳」');
    expect(c).toMatchObject({ suggested: 'unclassified', adopted: 'unclassified', basis: '' });
    expect(c!.reason).toContain('レベルを選んでください');
  });

  it('印刷の工夫欄: 選び直したときは提案の工夫を載せず、住民情報の注意は必ず載せる', () => {
    const suggest = cachedClassify(classifier);
    expect(sheetTips(toRow(task('a', '議事録の作成'), suggest))).toEqual(['資料の電子化・保存', 'テレワークで実施する業務と出勤時に実施する業務を切り分け']);
    expect(sheetTips(toRow(task('a', '議事録の作成', 'lv2'), suggest))).toEqual([]);
    const t = sheetTips(toRow(task('b', '転入届の受付', 'lv3'), suggest));
    expect(t).toEqual(['住民情報：在宅勤務は原則対象外、庁舎と同等の対策がある支所等のサテライトオフィスなら可（スライド12）']);
    // Lv.Ⅳ prints the guide's point on continuity, verbatim; Lv.Ⅲ a pointer to its 視点
    expect(sheetTips(toRow(task('c', '検体の精密検査'), suggest))).toEqual(['これらの業務については、感染症や災害の発生時においても、業務が継続できる方法・体制を検討']);
    expect(sheetTips(toRow(task('d', '窓口の案内'), suggest))).toEqual([SHEET_LV3]);
  });
});
