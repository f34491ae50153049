/**
 * The checklists (content/checklists/step-NN.yaml): every file parses with its schema, ids are
 * unique across the site, and the guide's example tables are rebuilt exactly (手引き スライド5–10).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ChecklistSchema, checklistItems, type Checklist } from '../../src/schemas/checklist';
import { guideFlat, hasSources } from '../support/guide-source';
import { itNeeds } from '../support/prerequisites';

const dir = join(import.meta.dirname, '../../content/checklists');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
const lists = files.map((f) => {
  const text = readFileSync(join(dir, f), 'utf8');
  return { file: f, id: f.replace(/\.yaml$/, ''), text, data: ChecklistSchema.parse(parse(text)) };
});
const byStep = (n: number): Checklist => lists.find((l) => l.data.step === n)!.data;
const texts = (n: number) => checklistItems(byStep(n)).map((i) => i.text);

describe('チェックリスト（content/checklists）', () => {
  it('step-01.yaml … step-10.yaml のちょうど10件で、ファイル名とステップ番号が一致する', () => {
    expect(files).toEqual(Array.from({ length: 10 }, (_, i) => `step-${String(i + 1).padStart(2, '0')}.yaml`));
    for (const l of lists) expect(l.id, l.file).toBe(`step-${String(l.data.step).padStart(2, '0')}`);
  });

  it('項目 id はサイト全体で重複しない', () => {
    const ids = lists.flatMap((l) => checklistItems(l.data).map((i) => i.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('手引きの表があるステップ（3・4・5・6・8・10）は表・一覧、ないステップ（1・2・7・9）は本文から作った一覧', () => {
    for (const n of [3, 4, 5, 6]) expect(byStep(n).kind, `step ${n}`).toBe('table');
    for (const n of [8, 10]) expect(byStep(n).kind, `step ${n}`).toBe('list');
    for (const n of [1, 2, 7, 9]) {
      expect(byStep(n).kind, `step ${n}`).toBe('text');
      expect(byStep(n).intro, `step ${n}`).toMatch(/手引きの表ではありません/);
    }
  });

  it('U+2E80–U+2FDF の部首文字・半角カナ・Wingdings の私用領域文字を含まない', () => {
    for (const l of lists) {
      expect(/[\u2E80-\u2FDF]/u.test(l.text), l.file).toBe(false);
      expect(/[\uFF61-\uFF9F]/u.test(l.text), l.file).toBe(false);
      expect(/[\uE000-\uF8FF]/u.test(l.text), l.file).toBe(false);
    }
  });

  it('忠実性: ステップ3「ICT環境整備において検討すべき項目例」は3行×3項目', () => {
    const c = byStep(3);
    expect(c.columns).toEqual(['項目', '検討事項例']);
    expect(c.groups.map((g) => g.heading)).toEqual(['セキュリティの確保', 'コミュニケーションの確保・充実化', 'テレワーク環境の構築']);
    expect(c.groups.map((g) => g.items.length)).toEqual([3, 3, 3]);
    expect(c.groups[1]!.items.map((i) => i.text)).toEqual(['電子メールの活用', 'チャットツールの活用', 'Web会議の活用']);
    expect(c.groups[2]!.items.map((i) => i.text)).toContain('自宅執務環境の整備支援（Wi-Fiルーター、ディスプレイの貸与等）');
  });

  it('忠実性: ステップ4「説明会での説明項目例」は7つの説明項目と16の説明内容例', () => {
    const c = byStep(4);
    expect(c.columns).toEqual(['説明項目', '説明内容例']);
    expect(c.groups.map((g) => g.heading)).toEqual([
      'テレワークの概要', 'テレワークの位置づけ', 'テレワーク関連規程', 'テレワーク導入による働き方の変化',
      'テレワーク環境支援', '情報セキュリティ', 'テレワーク環境でのマネジメント',
    ]);
    expect(c.groups.map((g) => g.items.length)).toEqual([1, 2, 2, 3, 2, 2, 3]);
    expect(c.groups[6]!.items.map((i) => i.text)).toEqual(['コミュニケーションにおける工夫', '部下の業務管理', '指導育成、評価']);
  });

  it('忠実性: ステップ5「試行導入後の検証項目例」はちょうど8項目で、手引きの順', () => {
    const c = byStep(5);
    expect(c.columns).toEqual(['検証項目（例）']);
    expect(texts(5)).toEqual([
      'テレワーク実施率（特定日（期間）のテレワーク可能人数に占めるテレワーク勤務者の割合等）',
      '利用方法（在宅・サテライト等の実施形態、終日・一部利用等）',
      '利用者の属性（管理職・管理職以外、年代、性別等）',
      '利用しやすさ（利用申請方法、利用時の業務報告方法等）',
      '業務面での支障の有無（進捗管理、コミュニケーション等）',
      'テレワーク時と出勤時での生産性の変化',
      'ワーク・ライフ・バランス面での効果',
      'セキュリティ上の問題の有無',
    ]);
  });

  it('忠実性: ステップ6「現状把握すべき項目と検討事項例」は5行で、各行の項目数が手引きどおり', () => {
    const c = byStep(6);
    expect(c.columns).toEqual(['把握すべき項目', '検討事項例']);
    expect(c.groups.map((g) => g.heading)).toEqual(['勤務時間、給与等', '勤怠管理・業務管理', 'ICT環境', 'セキュリティルール', '職員の意見']);
    expect(c.groups.map((g) => g.items.length)).toEqual([2, 2, 3, 1, 1]);
    expect(c.groups[0]!.items[1]!.text).toBe('テレワーク勤務に係る給与・手当、費用負担（機器費、通信費、光熱費）等');
  });

  it('忠実性: ステップ8「推進方針に盛り込むべきポイント」は7つの■と、その下の●の入れ子', () => {
    const items = byStep(8).groups.flatMap((g) => g.items);
    expect(items.map((i) => i.text)).toEqual([
      'ICT環境の構築', '制度・ルール整備', '対象部署、対象者の選定', '対象業務の選定', '実施頻度', '対象者及び管理職向け研修、説明会', '上記のスケジュールの明確化',
    ]);
    expect(items[0]!.children.map((i) => i.text)).toEqual(['実施形態、方式の選択', '必要な機器、システム、各種ツールの選定']);
    expect(items[1]!.children.map((i) => i.text)).toEqual(['労務管理、業務管理', '情報セキュリティポリシー']);
    expect(items[1]!.children[0]!.detail).toBe('（利用申請、勤務時間、給与・手当、安全衛生、服務規定、費用負担等）');
    expect(items.slice(2).every((i) => i.children.length === 0)).toBe(true);
  });

  it('忠実性: ステップ10「制度・ルールに関する見直し検討項目（例）」は5つの■と6つの●', () => {
    const items = byStep(10).groups.flatMap((g) => g.items);
    expect(items.map((i) => i.text)).toEqual([
      'テレワーク対象者、対象部門、実施形態は適切か',
      '利用可能端末、ID数等のICT環境は十分か',
      'アクセス可能な情報の範囲や情報セキュリティは適切か',
      '課題を踏まえた更なる利用促進策はあるか',
      '業務面、労務管理面での改善策はあるか',
    ]);
    expect(items.map((i) => i.children.map((c) => c.text))).toEqual([
      [], [], ['インターネット接続系のみ→LGWAN系への拡大等'],
      ['申請方法の簡略化', '利用時間の柔軟化', '幹部や管理職の意識醸成'],
      ['進捗管理の工夫', 'コミュニケーションツールの導入 等'],
    ]);
  });

  // The guide's extraction (../shared/source) with look-alike radicals mapped.
  itNeeds({ 'sources/ の抽出テキスト': hasSources })('忠実性: 表の各セルの文言は手引きの本文（抽出テキスト）にそのまま現れる', () => {
    const flat = guideFlat();
    for (const n of [3, 4, 5, 6, 8, 10]) {
      const c = byStep(n);
      const cells = [
        ...c.groups.map((g) => g.heading ?? '').filter((h) => h && h !== '勤怠管理・業務管理'),
        ...checklistItems(c).flatMap((i) => [i.text, i.detail ?? '']).filter(Boolean),
      ];
      for (const cell of cells) expect(flat.includes(cell.replace(/\s+/g, '')), `step ${n}: ${cell}`).toBe(true);
    }
  });
});
