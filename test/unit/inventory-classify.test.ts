import { describe, expect, it } from 'vitest';
import { createClassifier, effectiveLevel, reasonText, LGWAN_NOTE } from '../../src/lib/inventory/classify';
import { levelLabel, parseLevel, toLevelInput } from '../../src/lib/inventory/levels';
import { countLevels, nextActions } from '../../src/lib/inventory/summary';
import { loadLevels } from '../fixtures/inventory/load-levels';

const levels = loadLevels();
const c = createClassifier(levels);

/** Task names (the guide's examples and realistic variants) with the level the guide points to. */
const TABLE: [string, string][] = [
  // Lv.Ⅰ: スライド12
  ['会議議事録作成', 'lv1'],
  ['議事録の作成', 'lv1'],
  ['会議録の作成', 'lv1'],
  ['仕様書の作成', 'lv1'],
  ['研修資料・教材作成', 'lv1'],
  ['職員研修の資料作成', 'lv1'],
  ['チラシの作成', 'lv1'],
  ['マニュアルの改訂', 'lv1'],
  ['予算要求資料の作成', 'lv1'],
  ['アンケートの集計', 'lv1'],
  ['ｱﾝｹｰﾄ集計', 'lv1'],
  ['統計調査の取りまとめ', 'lv1'],
  ['照会結果の取りまとめ', 'lv1'],
  ['受付データのデータ化', 'lv1'],
  ['工事図面の確認', 'lv1'],
  ['申請書の事前審査', 'lv1'],
  ['例規の審査', 'lv1'],
  ['会計事務', 'lv1'],
  // Lv.Ⅱ: スライド13
  ['Web会議による内部会議', 'lv2'],
  ['ウェブ会議での打ち合わせ', 'lv2'],
  ['電話での問い合わせ対応', 'lv2'],
  ['企画提案公募', 'lv2'],
  ['工事現場の確認', 'lv2'],
  ['道路パトロール', 'lv2'],
  ['イベントのライブ配信', 'lv2'],
  ['SNSでの情報発信', 'lv2'],
  ['議会対応', 'lv2'],
  ['記者発表の準備', 'lv2'],
  ['災害対応', 'lv2'],
  ['GISでの地図作成', 'lv2'],
  ['人事給与システムでの給与計算', 'lv2'],
  ['起案文書の決裁', 'lv2'],
  ['工事の積算', 'lv2'],
  ['入札参加資格の審査', 'lv2'],
  // Lv.Ⅲ: スライド14
  ['住民票の交付', 'lv3'],
  ['転入届の受付', 'lv3'],
  ['窓口での相談対応', 'lv3'],
  ['許可申請の審査', 'lv3'],
  ['補助金の交付決定', 'lv3'],
  ['各種申請・届出受理業務', 'lv3'],
  ['証明書の発行', 'lv3'],
  // Lv.Ⅳ: スライド14 and the LGWAN note of スライド12
  ['税務システムでの課税処理', 'lv4'],
  ['税務電算システム利用業務', 'lv4'],
  ['固定資産税の課税処理', 'lv4'],
  ['生活保護システムへの入力', 'lv4'],
  ['生活保護費の支給決定', 'lv4'],
  ['マイナンバーを利用する事務', 'lv4'],
  ['個人番号利用事務系システムを利用する業務', 'lv4'],
  ['住民基本台帳の異動処理', 'lv4'],
  ['検体の精密検査', 'lv4'],
  ['水質の分析機器による検査', 'lv4'],
  // nothing in the guide
  ['庁舎の清掃', 'unclassified'],
  ['公用車の運転', 'unclassified'],
  ['選挙事務', 'unclassified'],
  ['<img src=x onerror=alert(1)>', 'unclassified'],
  ['', 'unclassified'],
];

describe('レベルの提案（手引き Ⅳ．スライド11〜14）', () => {
  it('表: 40件以上の業務名がある', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(40);
  });

  it.each(TABLE)('提案: 「%s」→ %s', (name, expected) => {
    const s = c.classify(name);
    expect(s.level, reasonText(s)).toBe(expected);
  });

  it('理由: 手引きの例そのものなら、その例を引用し確信度は高い', () => {
    const s = c.classify('議事録の作成');
    expect(s.confidence).toBe('high');
    expect(s.reason?.quote).toBe('会議議事録作成');
    expect(s.reason?.slide).toBe('スライド12');
    expect(reasonText(s)).toContain('「会議議事録作成」');
  });

  it('理由: 規則で決めたときは、業務名の語と手引きの例を示す', () => {
    const s = c.classify('住民票の交付');
    expect(s.reason?.kind).toBe('rule');
    expect(s.reason?.term).toBe('交付');
    expect(s.reason?.quote).toBe('各種許認可等の審査・交付');
    expect(reasonText(s)).toMatch(/^「交付」を含むため：.*「各種許認可等の審査・交付」（スライド14）$/);
  });

  it('工夫: Lv.Ⅰは全行共通の工夫、Lv.Ⅱは類型ごとの工夫を返す', () => {
    expect(c.classify('アンケートの集計').tips).toEqual(['資料の電子化・保存', 'テレワークで実施する業務と出勤時に実施する業務を切り分け']);
    expect(c.classify('イベントのライブ配信').tips).toEqual(['モバイル端末の活用']);
    expect(c.classify('イベントのライブ配信').tipsHeading).toBe('テレワークを実施する際の工夫');
  });

  it('形態: Lv.Ⅰは3つの形態、住民情報の規則はサテライトオフィス勤務のみ', () => {
    expect(c.classify('議事録の作成').forms).toEqual(['在宅勤務', 'サテライトオフィス勤務', 'モバイルワーク']);
    const s = c.classify('住民基本台帳の異動処理');
    expect(s.forms).toEqual(['サテライトオフィス勤務']);
    expect(s.tips).toEqual([LGWAN_NOTE]);
  });

  it('Lv.Ⅳ: 工夫の列がないため、業務継続の検討など手引きの記載を返す', () => {
    const s = c.classify('検体の精密検査');
    expect(s.tipsHeading).toBe('手引きの記載');
    expect(s.tips.some((t) => t.includes('業務が継続できる方法・体制を検討'))).toBe(true);
  });

  it('Lv.Ⅳ優先: ほかのレベルの語を含んでも、機微な業務は易しいレベルにしない', () => {
    expect(c.classify('課税資料の作成').level).toBe('lv4');
    expect(c.classify('税務システムでの課税処理').alternatives).toContain('lv2');
  });

  it('注意: 住民の情報にかかわる語があれば、Lv.Ⅳでなくても手引きの注意を添える', () => {
    expect(c.classify('戸籍の届出受理').cautions).toEqual([LGWAN_NOTE]);
    expect(c.classify('議事録の作成').cautions).toEqual([]);
  });

  it('未分類: 当てはまらないときは推測せず、選ぶよう促す', () => {
    const s = c.classify('庁舎の清掃');
    expect(s).toMatchObject({ level: 'unclassified', confidence: 'none', reason: null, tips: [], forms: [] });
    expect(reasonText(s)).toContain('レベルを選んでください');
  });

  it('確信度: 一般的な語だけのときは low か medium で、high にしない', () => {
    expect(['low', 'medium']).toContain(c.classify('庁内会議への出席').confidence);
    expect(['low', 'medium']).toContain(c.classify('文書の起草').confidence);
  });

  it('上書き: 利用者の選んだレベルが提案に優先する', () => {
    const s = c.classify('議事録の作成');
    expect(effectiveLevel('lv3', s)).toBe('lv3');
    expect(effectiveLevel('', s)).toBe('lv1');
    expect(effectiveLevel('bogus', s)).toBe('lv1');
  });

  it('マークアップ: 業務名はそのまま文字として扱い、引用にも入らない', () => {
    const s = c.classify('<script>alert(1)</script>議事録の作成');
    expect(s.level).toBe('lv1');
    expect(reasonText(s)).not.toContain('<script>');
  });

  it('内容の変更: 類型が内容にないときも例外を出さない', () => {
    const lv1 = levels.find((l) => l.id === 'lv1')!;
    const small = createClassifier([{ ...lv1, taskTypes: lv1.taskTypes.slice(0, 1) }]);
    expect(small.classify('税務システムでの課税処理').level).toBe('unclassified');
    expect(small.classify('議事録の作成').level).toBe('lv1');
  });
});

describe('レベルの表記と読み取り', () => {
  it('表記: Lv.Ⅰ〜Lv.Ⅳと未分類', () => {
    expect(['lv1', 'lv2', 'lv3', 'lv4', 'unclassified'].map((l) => levelLabel(l as 'lv1'))).toEqual(['Lv.Ⅰ', 'Lv.Ⅱ', 'Lv.Ⅲ', 'Lv.Ⅳ', '未分類']);
  });

  it.each([
    ['Lv.Ⅰ', 'lv1'], ['Lv.1', 'lv1'], ['lv2', 'lv2'], ['Ⅲ', 'lv3'], ['レベル４', 'lv4'], ['LV.IV', 'lv4'], ['未分類', 'unclassified'], ['', null], ['5', null],
  ])('読み取り: 「%s」→ %s', (text, expected) => {
    expect(parseLevel(text)).toBe(expected);
  });

  it('入力: 内容の例（入れ子の例を含む）を平らにして受け取る', () => {
    const l = toLevelInput('lv4', { numeral: 'Ⅳ', title: 't', source: { pages: 'スライド14' }, taskTypes: [{ id: 'x', name: 'n', examples: [{ text: 'a', items: ['b', 'c'] }, 'd'] }] });
    expect(l.taskTypes[0]!.examples).toEqual(['a', 'b', 'c', 'd']);
    expect(() => toLevelInput('lv9', { numeral: 'Ⅳ', title: 't', source: { pages: 'x' }, taskTypes: [] })).toThrow();
  });
});

describe('レベルごとのまとめ', () => {
  it('件数: レベルごとに数える', () => {
    expect(countLevels(['lv1', 'lv1', 'lv4', 'unclassified'])).toEqual({ lv1: 2, lv2: 0, lv3: 0, lv4: 1, unclassified: 1 });
  });

  it('次の一手: 各レベルの見出しと /levels/ のアンカー、Lv.Ⅱは導入するツールを挙げる', () => {
    const a = nextActions(levels);
    expect(a.map((x) => [x.level, x.heading, x.anchor])).toEqual([
      ['lv1', 'すぐ始められる', 'lv1'],
      ['lv2', '導入するツール', 'lv2'],
      ['lv3', 'デジタル化の進展次第', 'lv3'],
      ['lv4', '業務継続の方法・体制の検討', 'lv4'],
      ['unclassified', 'レベルを選ぶ', 'levels'],
    ]);
    expect(a[1]!.items).toEqual(expect.arrayContaining(['Web会議の活用', 'モバイル端末の活用', '電子決裁システムの活用']));
    expect(a[3]!.items.join('')).toContain('業務が継続できる方法・体制を検討');
  });
});
