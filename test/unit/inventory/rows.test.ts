/**
 * Rows of the inventory (src/lib/inventory/rows.ts): the word reading, the answers, the level
 * adopted, reuse of unchanged rows, the bounded classification cache, the tips of the ADOPTED
 * level, and the cells of the CSV, the sheet and the pack.
 */
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../src/lib/inventory/classify';
import { RESIDENT_NOTE } from '../../../src/lib/inventory/outcome';
import { answersCell, cachedClassify, countChecks, outcomeOf, rowBuilder, rowLevelText, SHEET_LV3, sheetTips, tipsTypeOf, toRow, typeBasis, typeReading, withAnswer, type InventoryRow } from '../../../src/lib/inventory/rows';
import { toExportRows } from '../../../src/lib/inventory/csv';
import { packRows } from '../../../src/lib/inventory/pack-rows';
import type { TaskRow } from '../../../src/schemas/state/inventory';
import { loadLevels } from '../../fixtures/inventory/load-levels';

const levels = loadLevels();
/** The pack's rows from the rows /inventory/ shows (their outcomes, as the level cache keeps them). */
const pack = (rows: InventoryRow[]) => packRows(rows.map((r) => r.task), rows.map(outcomeOf), levels);
const classifier = createClassifier(levels);
const task = (id: string, name: string, override = '', answers?: TaskRow['answers']): TaskRow => ({ id, name, unit: '', memo: '', override, ...(answers ? { answers } : {}) });
const ALL = (info: string, system: string, place: string) => ({ info, system, place });

describe('表の行', () => {
  const suggest = cachedClassify(classifier);
  const row = (t: TaskRow) => toRow(t, suggest, levels);

  it('行: 語の読み、推定の回答、導いたレベル、選んだレベル', () => {
    expect(row(task('a', '議事録の作成'))).toMatchObject({ level: 'lv1', chosen: false, type: { level: 'lv1', typeId: 'document-preparation' } });
    const r = row(task('b', '住民票の交付', 'lv2'));
    // 住民票 → 個人番号利用事務系（推定）→ Lv.Ⅳ: the officer's Lv.Ⅱ cannot go below the answers' floor
    expect(r).toMatchObject({ level: 'lv4', chosen: true, derived: { overrideRaised: true, derived: 'lv4' } });
    // once the officer answers LGWAN接続系, the choice stands (still at least Lv.Ⅱ for residents' data)
    expect(row(task('b', '住民票の交付', 'lv2', ALL('resident', 'lgwan', 'anywhere')))).toMatchObject({ level: 'lv2', derived: { needsCheck: false, residentNote: true } });
  });

  it('古い保存データ（回答なし）は全件が要確認、回答すれば外れる', () => {
    expect(row(task('a', '議事録の作成')).derived.needsCheck).toBe(true);
    expect(row(task('a', '議事録の作成', '', ALL('none', 'lgwan', 'anywhere'))).derived.needsCheck).toBe(false);
    expect(countChecks([row(task('a', '議事録の作成')), row(task('b', 'x', '', ALL('none', 'lgwan', 'anywhere')))])).toBe(1);
  });

  it('表示のレベル: 要確認のあいだは「暫定・要確認」', () => {
    expect(rowLevelText(row(task('a', '議事録の作成')))).toBe('Lv.Ⅰ（暫定・要確認）');
    expect(rowLevelText(row(task('a', '議事録の作成', '', ALL('none', 'lgwan', 'anywhere'))))).toBe('Lv.Ⅰ');
    expect(answersCell(row(task('a', '住民票の交付')))).toBe('住民の個人情報（大量または機微）（推定：住民票）／個人番号利用事務系（推定：住民票）／窓口・現場での対応が必要（推定：交付）');
  });

  it('回答の変更: 同じ値なら同じオブジェクト、違えばその問いだけ変える', () => {
    const t = task('a', 'x');
    const t2 = withAnswer(t, 'info', 'staff');
    expect(t2.answers).toEqual({ info: 'staff', system: '', place: '' });
    expect(withAnswer(t2, 'info', 'staff')).toBe(t2);
  });
});

describe('工夫は採用したレベルのもの', () => {
  const suggest = cachedClassify(classifier);
  const row = (t: TaskRow) => toRow(t, suggest, levels);
  const done = ALL('none', 'lgwan', 'anywhere');

  it('提案どおりなら業務類型の工夫、選び直せばそのレベルの工夫', () => {
    expect(row(task('a', '議事録の作成', '', done)).tips).toEqual({ heading: 'テレワークを実施する際の工夫', items: ['資料の電子化・保存', 'テレワークで実施する業務と出勤時に実施する業務を切り分け'] });
    const lv3 = row(task('a', '議事録の作成', 'lv3', done));
    expect(lv3.tips.heading).toBe('テレワークが可能な業務を洗い出す際の視点');
    expect(lv3.tips.items.join()).toContain('デジタル・ガバメント実行計画');
    const lv4 = row(task('a', '議事録の作成', 'lv4', done));
    expect(lv4.tips.heading).toBe('手引きの記載');
    expect(lv4.tips.items.join()).toContain('業務が継続できる方法・体制を検討');
    // 住民の個人情報 lifts Lv.Ⅰ to Lv.Ⅱ: the Lv.Ⅱ tips of 秘密文書に相当する…情報資産
    expect(row(task('c', '住民の個人データの集計', '', ALL('resident', 'lgwan', 'anywhere'))).tips.items).toEqual(['セキュリティの担保による業務効率の向上', '電子決裁システムの活用']);
  });

  it('CSV の工夫の欄も採用したレベルのもの（issue 22：選び直したあとも古い工夫が残っていた）', () => {
    const [a, b] = toExportRows([row(task('a', '議事録の作成', '', done)), row(task('b', '議事録の作成', 'lv3', done))]);
    expect(a!.tips).toContain('資料の電子化・保存');
    expect(b!.tips).not.toContain('資料の電子化・保存');
    expect(b!.adopted).toBe('lv3');
    expect(b!.suggested).toBe('lv1');
  });

  it('印刷の工夫欄: Lv.Ⅲ は視点への案内、Lv.Ⅳ は業務継続の記載、住民情報の注意は必ず最後に', () => {
    expect(sheetTips(row(task('a', '議事録の作成', '', done)))).toEqual(['資料の電子化・保存', 'テレワークで実施する業務と出勤時に実施する業務を切り分け']);
    expect(sheetTips(row(task('d', '請願の受理', '', done)))).toEqual([SHEET_LV3]);
    expect(sheetTips(row(task('c', '検体の精密検査')))).toEqual(['これらの業務については、感染症や災害の発生時においても、業務が継続できる方法・体制を検討']);
    const t = sheetTips(row(task('b', '転入届の受付', 'lv3')));
    expect(t.at(-1)).toBe(`住民情報：${RESIDENT_NOTE}`);
  });

  it('決裁パック: 同じ工夫は1度だけ番号を振り、住民情報の注意と要確認のレベルを載せる', () => {
    const p = pack([row(task('a', '議事録の作成', '', done)), row(task('b', '会議資料の作成', '', done)), row(task('c', '住民票の交付')), row(task('d', '庁舎の清掃', '', done))]);
    expect(p.rows.map((r) => r.ref)).toEqual([1, 1, 2, 0]);
    expect(p.rows[2]!.note).toContain(RESIDENT_NOTE);
    expect(p.rows[0]!.note).toBe('');
    expect(p.rows[2]!.levelText).toBe('Lv.Ⅳ（暫定・要確認）');
    expect(p.rows[3]!.levelText).toBe('未分類');
    expect(p.tips[0]!.heading).toBe('Lv.Ⅰのテレワークを実施する際の工夫');
  });
});

describe('分類の記憶と行の再利用', () => {
  it('キャッシュ: 同じ名前は一度だけ分類し、同じ提案のオブジェクトを返す', () => {
    let calls = 0;
    const suggest = cachedClassify({ ...classifier, classify: (n) => (calls++, classifier.classify(n)) });
    expect(suggest('議事録の作成')).toBe(suggest('議事録の作成'));
    suggest('住民票の交付');
    expect(calls).toBe(2);
  });

  it('上限の件数に達したら記憶を捨てて、覚え直す（上限までは分類し直さない）', () => {
    const calls: string[] = [];
    const suggest = cachedClassify({ ...classifier, classify: (n) => (calls.push(n), classifier.classify(n)) }, 2);
    suggest('A');
    suggest('B');
    suggest('A');
    expect(calls).toEqual(['A', 'B']);
    suggest('C');
    suggest('C');
    suggest('A');
    expect(calls).toEqual(['A', 'B', 'C', 'A']);
  });

  it('再利用: 変わっていない業務の行は同じオブジェクトのまま、変わった業務だけ作り直す', () => {
    let calls = 0;
    const build = rowBuilder((n) => (calls++, classifier.classify(n)), levels);
    const tasks = Array.from({ length: 1000 }, (_, i) => task(`t${i}`, `議事録の作成（${i}）`));
    const first = build(tasks);
    expect(calls).toBe(1000);
    const edited = [...tasks];
    edited[500] = withAnswer(tasks[500]!, 'system', 'mynumber');
    const second = build(edited);
    expect(calls).toBe(1001);
    expect(second.filter((r, i) => r !== first[i]).map((r) => r.task.id)).toEqual(['t500']);
    expect(second[500]!.level).toBe('lv4');
    const moved = build([edited[1]!, edited[0]!, ...edited.slice(2)]);
    expect(moved[0]).toBe(second[1]);
  });

  it('行の組み立ては呼び出しをまたいで、消えた業務の行を持ち越さない', () => {
    const build = rowBuilder(cachedClassify(classifier), levels);
    const t = task('a', '議事録の作成');
    const first = build([t]);
    build([]);
    expect(build([t])[0]).not.toBe(first[0]);
    expect(build([t])[0]).toEqual(first[0]);
  });
});

describe('語の読みとその根拠の表示', () => {
  const suggest = cachedClassify(classifier);

  it('根拠の表示: 手引きの例／手引きの記載／当サイトの目安、一般的な語はそう断る。読みがなければ空', () => {
    expect(typeBasis(suggest('法令審査'))).toBe('手引きの例に近い');
    expect(typeBasis(suggest('住民票の交付'))).toBe('手引きの記載による');
    expect(typeBasis(suggest('台帳の整理'))).toBe('手引きの記載による（一般的な語）');
    expect(typeBasis(suggest('道路パトロール'))).toBe('当サイトの目安');
    expect(typeBasis(suggest('マイナンバーの入力'))).toBe('当サイトの目安（一般的な語）');
    expect(typeBasis(suggest('あいうえお'))).toBe('');
  });

  it('語の読みがない業務は未分類（業務類型なし、巡回でない、文なし）', () => {
    expect(typeReading(suggest('あいうえお'))).toEqual({ level: 'unclassified', typeId: '', patrol: false, text: '', source: 'none' });
  });

  it('現場巡回・訪問: 手引きの「現場巡回・訪問業務」の例か、巡回・訪問・パトロールの語なら巡回の業務', () => {
    const base = suggest('訪問指導');
    const reason = base.typeReason!;
    expect(typeReading(base)).toMatchObject({ level: 'lv2', typeId: 'field-work', patrol: true, source: 'guide' });
    // the guide's example alone (no word of the set) …
    expect(typeReading({ ...base, typeReason: { ...reason, term: '' } }).patrol).toBe(true);
    // … or a word of the set alone (another quote)
    expect(typeReading({ ...base, typeReason: { ...reason, term: 'パトロール', quote: '工事現場の現地確認・情報共有' } }).patrol).toBe(true);
    expect(typeReading({ ...base, typeReason: { ...reason, term: '現場', quote: '工事現場の現地確認・情報共有' } }).patrol).toBe(false);
    expect(typeReading(suggest('現場調査')).patrol).toBe(false);
  });
});

describe('工夫を引く業務類型（採用したレベルのもの）', () => {
  const suggest = cachedClassify(classifier);
  const out = (t: TaskRow) => outcomeOf(toRow(t, suggest, levels));

  it('語の読みのレベルを採用したら、その業務類型', () => {
    expect(out(task('a', '議事録の作成', '', ALL('none', 'lgwan', 'anywhere')))).toEqual({ level: 'lv1', needsCheck: false, residentNote: false, tipsType: 'document-preparation' });
    // 職員の個人情報 also sets Lv.Ⅱ, but the words' own 業務類型 at that level comes first
    expect(out(task('a', 'Web会議の開催', '', ALL('staff', 'internet', 'anywhere')))).toEqual({ level: 'lv2', needsCheck: false, residentNote: false, tipsType: 'communication' });
  });

  it('回答がレベルを上げたら、その回答の業務類型（窓口→申請・届出、機器→特殊な機器、個人番号→個人番号利用事務系、職員→機密情報）', () => {
    const tipsType = (a: ReturnType<typeof ALL>) => out(task('a', '議事録の作成', '', a)).tipsType;
    expect(tipsType(ALL('none', 'lgwan', 'counter'))).toBe('paper-applications');
    expect(tipsType(ALL('none', 'lgwan', 'equipment'))).toBe('special-equipment');
    expect(tipsType(ALL('none', 'mynumber', 'anywhere'))).toBe('my-number-systems');
    expect(tipsType(ALL('staff', 'lgwan', 'anywhere'))).toBe('confidential-information');
  });

  it('選んだレベルに語も回答も届かなければ、そのレベル自身の工夫（業務類型なし）', () => {
    const r = toRow(task('a', '議事録の作成', 'lv4', ALL('staff', 'lgwan', 'anywhere')), suggest, levels);
    expect(outcomeOf(r)).toEqual({ level: 'lv4', needsCheck: false, residentNote: false, tipsType: '' });
    expect(r.tips.heading).toBe('手引きの記載');
  });

  it('Lv.Ⅱ の場所の回答（現場の業務）は語の業務類型のまま', () => {
    const r = toRow(task('a', '現場調査', '', ALL('none', 'lgwan', 'counter')), suggest, levels);
    expect(outcomeOf(r).tipsType).toBe('field-work');
    // the same answer, when the words read another level: the words' 業務類型 is kept
    expect(tipsTypeOf({ ...r, type: { ...r.type, level: 'lv1' } })).toBe('field-work');
  });
});

describe('回答の変更（回答のない業務）', () => {
  it('回答のない業務に1つ答えると、ほかの問いは未回答（空）のまま', () => {
    expect(withAnswer(task('a', 'x'), 'system', 'lgwan').answers).toEqual({ info: '', system: 'lgwan', place: '' });
    expect(withAnswer(task('a', 'x'), 'place', 'counter').answers).toEqual({ info: '', system: '', place: 'counter' });
  });
});
