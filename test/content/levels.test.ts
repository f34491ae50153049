import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { LevelSchema, type Level } from '../../src/schemas/level';

const raw = readFileSync('content/levels.yaml', 'utf8');
const items = parseYaml(raw) as { id: string }[];
const parsed = items.map((item) => ({ id: item.id, result: LevelSchema.safeParse(item) }));
const levels = new Map<string, Level>(parsed.filter((p) => p.result.success).map((p) => [p.id, p.result.data as Level]));
const lv = (id: string): Level => {
  const l = levels.get(id);
  if (!l) throw new Error(`${id} がないか、スキーマに合いません`);
  return l;
};
const rowNames = (id: string) => lv(id).taskTypes.map((t) => t.name);
const examples = (id: string, row: number) => lv(id).taskTypes[row]!.examples.map((e) => e.text);

describe('業務のレベル分け（content/levels.yaml）', () => {
  it.each(parsed.map((p) => [p.id, p] as const))('スキーマ: %s がレベルのスキーマに合う', (_id, p) => {
    expect(p.result.success, p.result.success ? '' : JSON.stringify(p.result.error.issues, null, 2)).toBe(true);
  });

  it('構成: lv1〜lv4 の4つが、番号 1〜4・Ⅰ〜Ⅳ の順にある', () => {
    expect(items.map((i) => i.id)).toEqual(['lv1', 'lv2', 'lv3', 'lv4']);
    expect([...levels.values()].map((l) => [l.number, l.numeral])).toEqual([[1, 'Ⅰ'], [2, 'Ⅱ'], [3, 'Ⅲ'], [4, 'Ⅳ']]);
  });

  it('文字: U+2E80–U+2FDF の部首文字・半角カタカナ・半角かっこを含まない', () => {
    expect(/[\u2E80-\u2FDF]/u.test(raw)).toBe(false);
    expect(/[\uFF61-\uFF9F]/u.test(raw)).toBe(false);
    for (const l of levels.values()) expect(JSON.stringify(l)).not.toMatch(/[()]/);
  });

  it('出典: 各レベルが手引きのスライド12〜14を出典とする', () => {
    expect([...levels.values()].map((l) => [l.source.doc, l.source.pages])).toEqual([
      ['guide', 'スライド12'], ['guide', 'スライド13'], ['guide', 'スライド14'], ['guide', 'スライド14'],
    ]);
  });

  it('レベル名: 手引きスライド11のレベル分けの名前どおり', () => {
    expect([...levels.values()].map((l) => l.title)).toEqual([
      '少しの工夫でテレワークが導入しやすい業務',
      'ソフト・ハードの導入・改修等によりテレワークが導入しやすい業務',
      'デジタル化等の進展に伴いテレワークの対象とし得る業務',
      '当面はテレワークの対象とするには課題がある業務',
    ]);
  });

  it('Lv.Ⅰ: 3つの業務類型と、手引きの具体的な業務（例）がちょうどそろう', () => {
    expect(rowNames('lv1')).toEqual(['資料作成業務', 'データの集計・整理業務', '電子化（PDF化等）が可能な資料を利用した業務']);
    expect(examples('lv1', 0)).toEqual(['会議議事録作成', '申請書・仕様書作成', '研修資料・教材作成', 'チラシ作成', 'マニュアル作成', '企画書・報告書作成', '予算・決算関係資料作成']);
    expect(examples('lv1', 1)).toEqual(['統計資料作成業務', '試験データの整理', '成績書の作成', 'アンケート集計', '照会結果の取りまとめ', '受付データのデータ化']);
    expect(examples('lv1', 2)).toEqual(['会計事務', '法令審査', '工事図面の確認', '申請書の事前審査']);
    expect(lv('lv1').taskTypes.every((t) => t.etc)).toBe(true);
  });

  it('Lv.Ⅰ: 2つの工夫は3つの業務類型に共通の1つのセル', () => {
    expect(lv('lv1').sharedTips).toEqual(['資料の電子化・保存', 'テレワークで実施する業務と出勤時に実施する業務を切り分け']);
    expect(lv('lv1').taskTypes.every((t) => t.tips.length === 0)).toBe(true);
    expect(lv('lv1').tipsHeading).toBe('テレワークを実施する際の工夫');
  });

  it('Lv.Ⅱ: 5つの業務類型と、それぞれの工夫', () => {
    expect(rowNames('lv2')).toEqual([
      '内外でのコミュニケーションに関する業務',
      '現場での確認・調査・情報発信等を行う業務',
      '災害対応や、報道・議会対応等、情報の迅速な伝達が求められる業務',
      '専用ソフトや専用システムを使用する業務',
      '秘密文書に相当する機密性を要する情報資産を扱う業務',
    ]);
    expect(lv('lv2').taskTypes.map((t) => t.tips)).toEqual([
      ['Web会議の活用', 'コミュニケーションツールの活用'],
      ['モバイル端末の活用'],
      ['モバイル端末、コミュニケーションツール等の活用'],
      ['クラウドサービスの利用', '業務システムのイントラネットへの移行'],
      ['セキュリティの担保による業務効率の向上', '電子決裁システムの活用'],
    ]);
    expect(examples('lv2', 0)).toHaveLength(5);
    expect(examples('lv2', 2)).toEqual(['議会対応', '報道関係', '災害対応']);
  });

  it('Lv.Ⅱ: 機密性を要する情報資産の業務は、2つの業務とそれぞれのシステムの一覧を持つ', () => {
    const row = lv('lv2').taskTypes[4]!;
    expect(row.examples).toEqual([
      { text: '職員の個人情報を扱う業務', items: ['人事給与システム', '庶務事務システム'], etc: true },
      { text: '入札情報など非公開情報を扱う業務', items: ['財務会計システム', '起案／決裁システム', '電子調達システム', '工事積算システム'], etc: true },
    ]);
  });

  it('Lv.Ⅲ: 3列目は「テレワークが可能な業務を洗い出す際の視点」で、2つの視点を持つ', () => {
    expect(lv('lv3').tipsHeading).toBe('テレワークが可能な業務を洗い出す際の視点');
    expect(rowNames('lv3')).toEqual(['紙書類での申請・届出等への対応事務']);
    expect(examples('lv3', 0)).toEqual(['各種申請・届出受理業務、窓口業務', '各種許認可等の審査・交付']);
    expect(lv('lv3').taskTypes[0]!.tips).toHaveLength(2);
    expect(lv('lv3').taskTypes[0]!.tips[1]).toContain('2022年度末を目指して');
  });

  it('Lv.Ⅳ: 3列目がなく、2つの業務類型を持つ', () => {
    const l = lv('lv4');
    expect(l.tipsHeading).toBeUndefined();
    expect(l.sharedTips).toEqual([]);
    expect(l.taskTypes.every((t) => t.tips.length === 0)).toBe(true);
    expect(rowNames('lv4')).toEqual(['個人番号利用事務系システムを利用する業務', '職場に設置された特殊な機器等の利用が必要な業務']);
    expect(l.taskTypes[0]!.examples[0]!.items).toEqual(['税務電算システム利用業務', '生活保護システム利用業務']);
    expect(examples('lv4', 1)).toEqual(['検体の精密検査', '分析・実験機器を用いた業務']);
  });

  it('Lv.Ⅳ: 業務継続の方法・体制の検討とサテライトオフィスの活用を記載する', () => {
    const points = lv('lv4').points.join('\n');
    expect(points).toContain('感染症や災害の発生時においても、業務が継続できる方法・体制を検討');
    expect(points).toContain('サテライトオフィスの活用も検討');
  });

  it('業務類型の id は、レベルをまたいでも重複しない', () => {
    const ids = [...levels.values()].flatMap((l) => l.taskTypes.map((t) => t.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
