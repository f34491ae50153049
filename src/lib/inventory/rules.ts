/**
 * The words that point a task name to a level, and where each reading comes from.
 *
 * Two sources, never mixed up:
 * - `guide`: the word stands in the guide's own table (手引き Ⅳ., スライド12–14) for that level —
 *   in a 業務類型 name or a 具体的な業務（例）. The unit tests hold every guide term to the
 *   quoted text: a term labelled `guide` must appear in the guide text it quotes.
 * - `site`: the site's reading (当サイトの目安): a synonym of a guide example, or one of the 20
 *   基幹業務 of 「地方公共団体情報システムの標準化に関する法律」（令和3年法律第40号）, whose
 *   systems most bodies run in the 個人番号利用事務系 segment — the segment of the guide's Lv.Ⅳ
 *   業務類型 「個人番号利用事務系システムを利用する業務」. The guide does not list them; the site
 *   reads them as Lv.Ⅳ and says so.
 * `weak` marks a general word that only hints (作成, 会議, 申請…): shown as 「要確認」.
 */
import type { LevelId } from './levels';

export interface Rule {
  id: string;
  level: LevelId;
  source: 'guide' | 'site';
  /** Words of a task name (matched after normalizeJa and removal of punctuation and particles) */
  terms: string[];
  /** The 業務類型 (content/levels.yaml) whose example is quoted and whose 工夫 apply */
  typeId: string;
  /** Quote the example of that type containing this text; default: the example holding the term */
  quoteContains?: string;
  /** A sentence of the guide quoted instead of a table cell, and its slide (must be in content/) */
  quote?: string;
  slide?: string;
  /** Only hints: the suggestion is marked 要確認 */
  weak?: boolean;
  /** For a 基幹業務 rule: the 基幹業務 the words belong to */
  kikan?: string;
}

/** The 20 基幹業務 of 令和3年法律第40号, in the law's order, with everyday words of each. */
export const KIKAN: { name: string; terms: string[] }[] = [
  { name: '住民基本台帳', terms: ['住民基本台帳', '住基', '住民票', '住民記録', '住民異動', '異動届', '転入', '転出', '転居', '世帯分離', '世帯主変更', '外国人住民'] },
  { name: '戸籍', terms: ['戸籍', '婚姻届', '離婚届', '出生届', '死亡届', '養子縁組', '認知届', '転籍', '分籍', '本籍'] },
  { name: '戸籍の附票', terms: ['附票'] },
  { name: '印鑑登録', terms: ['印鑑登録', '印鑑証明'] },
  { name: '選挙人名簿管理', terms: ['選挙人名簿', '選挙人', '選挙事務', '選挙の執行', '期日前投票', '不在者投票', '投票所', '入場券', '投票'] },
  { name: '固定資産税', terms: ['固定資産', '家屋調査', '家屋評価', '土地評価', '償却資産', '名寄帳', '路線価'] },
  { name: '個人住民税', terms: ['住民税', '市民税', '町民税', '村民税', '県民税', '市県民税', '町県民税', '給与支払報告', '所得証明', '課税証明', '確定申告', '申告相談', '申告書', '住民税申告'] },
  { name: '法人住民税', terms: ['法人住民税', '法人市民税', '法人町民税', '法人村民税', '法人税割', '法人設立'] },
  { name: '軽自動車税', terms: ['軽自動車', '原動機付自転車', '原付', 'ナンバープレート'] },
  { name: '国民健康保険', terms: ['国民健康保険', '国保', '高額療養費', '療養費', '被保険者証', '保険証', '資格確認書', '資格取得', '資格喪失', '出産育児一時金', 'レセプト', '特定健診'] },
  { name: '国民年金', terms: ['国民年金', '年金'] },
  { name: '障害者福祉', terms: ['障害者', '障がい者', '障害福祉', '障害児', '身体障害', '療育手帳', '精神保健福祉手帳', '自立支援', '支援区分', '補装具', '日常生活用具', '支給決定'] },
  { name: '後期高齢者医療', terms: ['後期高齢'] },
  { name: '介護保険', terms: ['介護保険', '要介護', '要支援認定', '介護認定', '認定調査', '介護給付', '介護サービス'] },
  { name: '児童手当', terms: ['児童手当', '現況届', '特例給付'] },
  { name: '生活保護', terms: ['生活保護', '保護費', '保護決定', '被保護', '要保護', 'ケースワーク', 'ケースワーカー', '扶助'] },
  { name: '健康管理', terms: ['健康管理', '健診', '検診', '予防接種', '母子健康手帳', '母子手帳', '妊婦', '新生児訪問', '保健指導'] },
  { name: '就学', terms: ['就学', '学齢簿', '区域外就学'] },
  { name: '児童扶養手当', terms: ['児童扶養手当', 'ひとり親', '母子家庭', '父子家庭'] },
  { name: '子ども・子育て支援', terms: ['子ども・子育て支援', '保育所', '保育園', '保育料', '保育の利用', '保育認定', '給付認定', '入所申込', '入園申込', '入所調整', '利用調整', '施設等利用給付', '放課後児童', '学童保育'] },
];

/** Words of assessing and collecting taxes and premiums, common to the tax and insurance 基幹業務. */
export const LEVY = {
  name: '税・保険料の賦課徴収（固定資産税・個人住民税・法人住民税・軽自動車税・国民健康保険 など）',
  terms: ['課税', '賦課', '徴収', '収納消込', '口座振替', '滞納', '督促', '納税', '税額', '納付書', '還付', '差押', '差し押さえ', '保険料', '保険税', '税証明', '税務証明', '市税', '町税', '村税', '税務調査', '税務システム'],
};

const MY_NUMBER_TYPE = 'my-number-systems';
const MY_NUMBER_EXAMPLE = '個人番号利用事務系システムを利用する業務';

export const RULES: Rule[] = [
  // ── Lv.Ⅳ: the guide's own words (スライド14) ──
  { id: 'my-number-system', level: 'lv4', source: 'guide', typeId: MY_NUMBER_TYPE, terms: ['個人番号利用事務系', '個人番号利用事務'] },
  { id: 'tax-system', level: 'lv4', source: 'guide', typeId: MY_NUMBER_TYPE, terms: ['税務電算'] },
  { id: 'welfare-system', level: 'lv4', source: 'guide', typeId: MY_NUMBER_TYPE, terms: ['生活保護システム'] },
  { id: 'special-equipment', level: 'lv4', source: 'guide', typeId: 'special-equipment', terms: ['特殊な機器', '検体', '精密検査', '実験機器'] },
  // ── Lv.Ⅳ: the site's reading ──
  { id: 'my-number', level: 'lv4', source: 'site', typeId: MY_NUMBER_TYPE, quoteContains: MY_NUMBER_EXAMPLE, terms: ['個人番号', 'マイナンバー'] },
  { id: 'levy', level: 'lv4', source: 'site', typeId: MY_NUMBER_TYPE, quoteContains: MY_NUMBER_EXAMPLE, kikan: LEVY.name, terms: LEVY.terms },
  ...KIKAN.map((k, i): Rule => ({ id: `kikan-${i + 1}`, level: 'lv4', source: 'site', typeId: MY_NUMBER_TYPE, quoteContains: MY_NUMBER_EXAMPLE, kikan: k.name, terms: k.terms })),
  // 宛名システム: the residents' register shared by the 基幹 systems, run beside them (当サイトの目安)
  { id: 'atena', level: 'lv4', source: 'site', typeId: MY_NUMBER_TYPE, quoteContains: MY_NUMBER_EXAMPLE, terms: ['宛名システム', '宛名'] },
  { id: 'equipment', level: 'lv4', source: 'site', typeId: 'special-equipment', quoteContains: '分析・実験機器', terms: ['分析機器', '検査機器', '測定機器', '専用機器', '水質検査', '水質分析', '細菌検査'] },

  // ── Lv.Ⅲ (スライド14) ──
  { id: 'counter', level: 'lv3', source: 'guide', typeId: 'paper-applications', terms: ['窓口', '申請', '届出', '受理', '許認可', '認可', '交付'] },
  { id: 'screening', level: 'lv3', source: 'guide', typeId: 'paper-applications', weak: true, terms: ['審査'] },
  { id: 'paper', level: 'lv3', source: 'site', typeId: 'paper-applications', quoteContains: '窓口', terms: ['受付', '届け出', '来庁', '対面', '証明書', '許可', '郵送', '郵便', '収受', '公印', '押印', '現金', '開示請求', '公開請求', '請願', '陳情', '傍聴'] },
  { id: 'procedure', level: 'lv3', source: 'site', typeId: 'paper-applications', quoteContains: '申請', weak: true, terms: ['手続', '登録', '発行', '届'] },

  // ── Lv.Ⅱ (スライド13) ──
  { id: 'communication', level: 'lv2', source: 'guide', typeId: 'communication', terms: ['web会議', '内部会議', '電話', '打ち合わせ', '連絡', '問い合わせ', '相談対応', '企画提案公募', '発表会'] },
  { id: 'communication-site', level: 'lv2', source: 'site', typeId: 'communication', quoteContains: '打ち合わせ', terms: ['ウェブ会議', 'オンライン会議', 'テレビ会議', 'リモート会議', '問合せ', '問い合せ', '照会対応', 'メール', '打合せ', '打ち合せ', '面談', 'ヒアリング', '説明会', '協議'] },
  { id: 'meeting', level: 'lv2', source: 'site', typeId: 'communication', quoteContains: '内部会議', weak: true, terms: ['会議', '委員会', '審議会', '調整', '相談', '交渉', '研修の実施', '講座', '教室'] },
  { id: 'field', level: 'lv2', source: 'guide', typeId: 'field-work', terms: ['現地確認', '現場', '現地', 'ライブ配信', '配信', '情報発信'] },
  { id: 'patrol', level: 'lv2', source: 'guide', typeId: 'field-work', quote: '現場巡回・訪問業務', slide: 'スライド13', terms: ['現場巡回', '巡回', '訪問'] },
  { id: 'field-site', level: 'lv2', source: 'site', typeId: 'field-work', quoteContains: '現地確認', terms: ['パトロール', '立会', '立ち会い', '点検', '視察', '出張', '監督', '実地', '測量', '見守り', 'sns', 'ホームページ', 'イベント'] },
  { id: 'survey', level: 'lv2', source: 'guide', typeId: 'field-work', weak: true, terms: ['調査'] },
  { id: 'rapid', level: 'lv2', source: 'guide', typeId: 'rapid-communication', terms: ['議会', '報道', '災害'] },
  { id: 'rapid-site', level: 'lv2', source: 'site', typeId: 'rapid-communication', quoteContains: '議会対応', terms: ['議員', '答弁', '一般質問', '本会議'] },
  { id: 'press-site', level: 'lv2', source: 'site', typeId: 'rapid-communication', quoteContains: '報道', terms: ['記者', 'プレスリリース', '取材'] },
  { id: 'disaster-site', level: 'lv2', source: 'site', typeId: 'rapid-communication', quoteContains: '災害対応', terms: ['防災', '危機管理', '避難', '被災', '防犯', '消防'] },
  { id: 'dedicated', level: 'lv2', source: 'guide', typeId: 'dedicated-systems', terms: ['専用ソフト', '専用システム'] },
  { id: 'dedicated-site', level: 'lv2', source: 'site', typeId: 'dedicated-systems', quoteContains: '専用', terms: ['cad', 'gis', '業務システム'] },
  { id: 'system', level: 'lv2', source: 'site', typeId: 'dedicated-systems', quoteContains: '専用', weak: true, terms: ['システム', 'ソフト'] },
  { id: 'confidential', level: 'lv2', source: 'guide', typeId: 'confidential-information', terms: ['職員の個人情報', '人事給与', '庶務事務', '財務会計', '起案', '決裁', '電子調達', '積算', '入札', '非公開'] },
  { id: 'staff-site', level: 'lv2', source: 'site', typeId: 'confidential-information', quoteContains: '職員の個人情報', terms: ['給与', '人事', '服務', '勤怠', '休暇', '出勤簿', '時間外勤務', '超過勤務', '年末調整', '扶養', '通勤手当', '共済', '社会保険', '採用', '昇任', '昇格', '職員の健康診断', '職員の定期健康診断', '職員健診', 'ストレスチェック', '職員名簿', '懲戒', '任用', '会計年度任用'] },
  { id: 'closed-site', level: 'lv2', source: 'site', typeId: 'confidential-information', quoteContains: '入札情報', terms: ['契約', '予定価格', '機密', '秘密', '指名', '購入', '調達'] },

  // ── Lv.Ⅰ (スライド12) ──
  { id: 'minutes', level: 'lv1', source: 'guide', typeId: 'document-preparation', terms: ['議事録'] },
  { id: 'minutes-site', level: 'lv1', source: 'site', typeId: 'document-preparation', quoteContains: '議事録', terms: ['会議録'] },
  { id: 'documents', level: 'lv1', source: 'guide', typeId: 'document-preparation', terms: ['仕様書', '研修資料', '教材', 'チラシ', 'マニュアル', '企画書', '報告書', '予算', '決算'] },
  { id: 'application-forms', level: 'lv1', source: 'site', typeId: 'document-preparation', quoteContains: '申請書', terms: ['申請書作成', '申請書の作成', '様式の作成'] },
  { id: 'documents-site', level: 'lv1', source: 'site', typeId: 'document-preparation', quoteContains: '企画書', terms: ['資料作成', '文書作成', '手順書', 'ポスター', 'パンフレット', '広報紙', '広報誌', '議会だより', '原稿', '計画策定', '計画書', '企画', '起草', '執筆', '通知文', '案内文', '冊子', '様式', '広報', '答弁書'] },
  { id: 'writing', level: 'lv1', source: 'site', typeId: 'document-preparation', quoteContains: '企画書', weak: true, terms: ['作成', '資料', '文書', '報告', '計画', '研修', '回答'] },
  { id: 'compilation', level: 'lv1', source: 'guide', typeId: 'data-compilation', terms: ['統計', '成績書', 'アンケート', '集計', '照会結果', '取りまとめ', 'データ化'] },
  { id: 'compilation-site', level: 'lv1', source: 'site', typeId: 'data-compilation', quoteContains: '取りまとめ', terms: ['とりまとめ', '取まとめ', '取り纏め', '集約', 'データ入力', '統計調査', '実績報告', '調書', '名簿', 'エクセル', 'excel'] },
  { id: 'sorting', level: 'lv1', source: 'guide', typeId: 'data-compilation', weak: true, terms: ['整理'] },
  { id: 'sorting-site', level: 'lv1', source: 'site', typeId: 'data-compilation', quoteContains: '整理', weak: true, terms: ['入力', '分析', '進捗管理', '台帳'] },
  { id: 'pdf-docs', level: 'lv1', source: 'guide', typeId: 'digitizable-documents', terms: ['会計事務', '会計', '法令審査', '法令', '図面', '事前審査', '電子化', 'pdf'] },
  { id: 'pdf-docs-site', level: 'lv1', source: 'site', typeId: 'digitizable-documents', quoteContains: '法令審査', terms: ['例規審査', '条例審査', '例規', '条例', '規則', '要綱', '規程', '校正', '設計書'] },
  { id: 'accounts-site', level: 'lv1', source: 'site', typeId: 'digitizable-documents', quoteContains: '会計事務', terms: ['支出', '経理', '伝票', '支払', '出納', '監査', '精算', '公金', '収納', '起債', '地方債', '基金'] },
];

/**
 * Words that mean large or sensitive residents' information: the guide's note on LGWAN接続系
 * work (スライド12) applies to them — a constraint on the form of telework, not a level.
 */
export const RESIDENT_TERMS: string[] = [
  '住民情報', '住民の情報', '住民データ', '住民の個人情報', '個人番号', 'マイナンバー', '要支援者名簿', '避難行動要支援者', 'ケース記録', '相談記録', '虐待', 'dv',
  ...LEVY.terms,
  ...KIKAN.flatMap((k) => k.terms),
];
