/**
 * The three questions (src/lib/inventory/questions.ts) and the level derived from their answers
 * (derive.ts), over the inventory of a small town: every 課, 215 task names, each with the
 * answers its words pre-fill and the (provisional) level. Words only pre-fill: every row whose
 * answers are not confirmed is 要確認. At least 40 rows are residents'-data work whose names
 * hold none of the 基幹業務 words (the gap of issue 22).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createClassifier, matchKey } from '../../../src/lib/inventory/classify';
import { cachedClassify, rowBuilder } from '../../../src/lib/inventory/rows';
import { ANSWER_IDS, answerLabel, answerText, effectiveAnswers, isStoredAnswer, NO_ANSWERS, parseAnswer, prefill, QUESTION_KEYS, QUESTIONS, type QuestionKey } from '../../../src/lib/inventory/questions';
import { KIKAN, LEVY } from '../../../src/lib/inventory/rules';
import type { TaskRow } from '../../../src/schemas/state/inventory';
import { loadLevels } from '../../fixtures/inventory/load-levels';

const levels = loadLevels();
const classifier = createClassifier(levels);
const build = rowBuilder(cachedClassify(classifier), levels);

/** [課, 業務名, 扱う情報, 使うシステム, 場所・機器, level (provisional until answered)] */
const TOWN: [string, string, string, string, string, string][] = [
  ['総務課', '会議議事録作成', 'none', 'lgwan', 'anywhere', 'lv1'],
  ['総務課', '庁議の資料作成', 'none', 'lgwan', 'anywhere', 'lv1'],
  ['総務課', '例規の審査', 'none', 'lgwan', 'anywhere', 'lv1'],
  ['総務課', '条例の改正案の作成', 'none', 'lgwan', 'anywhere', 'lv1'],
  ['総務課', '文書の収受と発送', 'none', 'lgwan', 'anywhere', 'lv3'],
  ['総務課', '公印の管理', 'none', 'lgwan', 'anywhere', 'lv3'],
  ['総務課', '情報公開請求への対応', 'none', 'lgwan', 'anywhere', 'lv3'],
  ['総務課', '個人情報保護審議会の運営', 'resident', 'lgwan', 'anywhere', 'lv2'],
  ['総務課', '職員研修の企画', 'staff', 'lgwan', 'anywhere', 'lv2'],
  ['総務課', '職員の給与計算', 'staff', 'lgwan', 'anywhere', 'lv2'],
  ['総務課', '人事評価の取りまとめ', 'staff', 'lgwan', 'anywhere', 'lv2'],
  ['総務課', '年次休暇の管理', 'staff', 'lgwan', 'anywhere', 'lv2'],
  ['総務課', '職員採用試験の実施', 'staff', 'lgwan', 'anywhere', 'lv2'],
  ['総務課', '職員の健康診断の日程調整', 'staff', 'lgwan', 'anywhere', 'lv2'],
  ['総務課', 'ストレスチェックの実施', 'staff', 'lgwan', 'anywhere', 'lv2'],
  ['総務課', '時間外勤務の集計', 'staff', 'lgwan', 'anywhere', 'lv2'],
  ['総務課', '庁舎の維持管理', 'none', 'lgwan', 'anywhere', 'unclassified'],
  ['総務課', '公用車の管理', 'none', 'lgwan', 'anywhere', 'unclassified'],
  ['総務課', '情報システムの運用管理', 'none', 'lgwan', 'anywhere', 'lv2'],
  ['総務課', 'ホームページの更新', 'none', 'internet', 'anywhere', 'lv2'],
  ['総務課', '広報紙の原稿作成', 'none', 'lgwan', 'anywhere', 'lv1'],
  ['総務課', 'SNSでの情報発信', 'none', 'internet', 'anywhere', 'lv2'],
  ['総務課', '報道機関への資料提供', 'none', 'lgwan', 'anywhere', 'lv2'],
  ['総務課', '議会対応', 'none', 'lgwan', 'anywhere', 'lv2'],
  ['総務課', '防災訓練の計画策定', 'none', 'lgwan', 'anywhere', 'lv2'],
  ['総務課', '避難所の開設準備', 'none', 'lgwan', 'counter', 'lv2'],
  ['総務課', '災害対応', 'none', 'lgwan', 'anywhere', 'lv2'],
  ['総務課', '避難行動要支援者名簿の更新', 'resident', 'lgwan', 'anywhere', 'lv2'],
  ['総務課', '被災者台帳の作成', 'resident', 'lgwan', 'anywhere', 'lv2'],
  ['総務課', 'り災証明書の交付', 'resident', 'lgwan', 'counter', 'lv3'],
  ['企画財政課', '予算要求資料の作成', 'none', 'lgwan', 'anywhere', 'lv1'],
  ['企画財政課', '決算統計の作成', 'none', 'lgwan', 'anywhere', 'lv1'],
  ['企画財政課', '総合計画の策定', 'none', 'lgwan', 'anywhere', 'lv1'],
  ['企画財政課', '地方債の起債事務', 'none', 'lgwan', 'anywhere', 'lv1'],
  ['企画財政課', '移住相談への対応', 'resident', 'lgwan', 'anywhere', 'lv2'],
  ['企画財政課', '地域おこし協力隊の活動報告の取りまとめ', 'none', 'lgwan', 'anywhere', 'lv1'],
  ['企画財政課', 'アンケートの集計', 'none', 'lgwan', 'anywhere', 'lv1'],
  ['企画財政課', '統計調査の実施', 'none', 'lgwan', 'anywhere', 'lv1'],
  ['企画財政課', '国勢調査の調査員説明会', 'none', 'lgwan', 'anywhere', 'lv2'],
  ['企画財政課', '入札の執行', 'none', 'lgwan', 'anywhere', 'lv2'],
  ['企画財政課', '契約書の作成', 'none', 'lgwan', 'anywhere', 'lv2'],
  ['企画財政課', '工事の積算', 'none', 'lgwan', 'anywhere', 'lv2'],
  ['企画財政課', '財務会計システムでの支出命令', 'none', 'lgwan', 'anywhere', 'lv2'],
  ['企画財政課', '公共施設等総合管理計画の改訂', 'none', 'lgwan', 'anywhere', 'lv1'],
  ['会計課', '支出負担行為の審査', 'none', 'lgwan', 'anywhere', 'lv1'],
  ['会計課', '公金の収納', 'none', 'lgwan', 'anywhere', 'lv1'],
  ['会計課', '出納の事務', 'none', 'lgwan', 'anywhere', 'lv1'],
  ['会計課', '決算書の作成', 'none', 'lgwan', 'anywhere', 'lv1'],
  ['税務課', '住民税の課税', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['税務課', '固定資産税の賦課', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['税務課', '軽自動車税の課税', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['税務課', '市税の滞納整理', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['税務課', '税の督促状の発送', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['税務課', '課税証明の交付', 'resident', 'mynumber', 'counter', 'lv4'],
  ['税務課', '確定申告の受付', 'resident', 'mynumber', 'counter', 'lv4'],
  ['税務課', '家屋調査', 'resident', 'mynumber', 'counter', 'lv4'],
  ['税務課', '償却資産の申告受付', 'resident', 'mynumber', 'counter', 'lv4'],
  ['税務課', '所得照会への回答', 'resident', 'lgwan', 'anywhere', 'lv2'],
  ['税務課', '税務電算システム利用業務', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['税務課', '口座振替の事務', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['税務課', '納税相談', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['税務課', '固定資産評価審査委員会の事務', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['住民課', '住民票の写しの交付', 'resident', 'mynumber', 'counter', 'lv4'],
  ['住民課', '転入届の受付', 'resident', 'mynumber', 'counter', 'lv4'],
  ['住民課', '戸籍の届出の審査', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['住民課', '印鑑登録', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['住民課', 'マイナンバーカードの交付', 'resident', 'mynumber', 'counter', 'lv4'],
  ['住民課', '個人番号の記載された申告書の入力', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['住民課', '宛名システムの管理', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['住民課', '国保資格管理', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['住民課', '国民健康保険税の賦課', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['住民課', '後期高齢者医療の資格管理', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['住民課', '国民年金の届出受付', 'resident', 'mynumber', 'counter', 'lv4'],
  ['住民課', '窓口の案内', 'none', 'lgwan', 'counter', 'lv3'],
  ['住民課', '住民の個人データの集計', 'resident', 'lgwan', 'anywhere', 'lv2'],
  ['住民課', '住民からの問い合わせ対応', 'resident', 'lgwan', 'anywhere', 'lv2'],
  ['住民課', '外国人住民の届出', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['住民課', '選挙事務', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['住民課', '期日前投票所の運営', 'resident', 'mynumber', 'counter', 'lv4'],
  ['住民課', '埋火葬許可証の交付', 'resident', 'lgwan', 'counter', 'lv3'],
  ['福祉課', '生活保護のケースワーク', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['福祉課', '生活困窮者の家計相談', 'resident', 'lgwan', 'anywhere', 'lv2'],
  ['福祉課', '窓口での相談（福祉課）', 'resident', 'lgwan', 'counter', 'lv3'],
  ['福祉課', '障害者手帳の交付', 'resident', 'mynumber', 'counter', 'lv4'],
  ['福祉課', '障害福祉サービスの支給決定', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['福祉課', '要介護認定の事務', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['福祉課', '介護保険料の賦課', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['福祉課', 'ひとり暮らし高齢者台帳の整理', 'resident', 'lgwan', 'anywhere', 'lv2'],
  ['福祉課', '高齢者の見守り訪問', 'resident', 'lgwan', 'counter', 'lv2'],
  ['福祉課', '高齢者虐待の通報対応', 'resident', 'lgwan', 'anywhere', 'lv2'],
  ['福祉課', 'DV被害者の相談記録の作成', 'resident', 'lgwan', 'anywhere', 'lv2'],
  ['福祉課', '成年後見制度の利用支援', 'resident', 'lgwan', 'anywhere', 'lv2'],
  ['福祉課', '民生委員との連絡調整', 'resident', 'lgwan', 'anywhere', 'lv2'],
  ['福祉課', '敬老会の企画', 'none', 'lgwan', 'anywhere', 'lv1'],
  ['福祉課', '地域包括支援センターとの会議', 'resident', 'lgwan', 'anywhere', 'lv2'],
  ['福祉課', '認知症カフェの運営', 'resident', 'lgwan', 'anywhere', 'lv2'],
  ['福祉課', '社会福祉協議会への補助金の交付', 'none', 'lgwan', 'counter', 'lv3'],
  ['福祉課', '福祉計画の策定', 'none', 'lgwan', 'anywhere', 'lv1'],
  ['福祉課', '生活保護システム利用業務', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['福祉課', '避難行動要支援者の個別避難計画の作成', 'resident', 'lgwan', 'anywhere', 'lv2'],
  ['福祉課', '障がい者の就労相談', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['福祉課', 'ひきこもり相談の記録', 'resident', 'lgwan', 'anywhere', 'lv2'],
  ['健康推進課', '住民の健康診断の結果入力', 'resident', 'lgwan', 'anywhere', 'lv2'],
  ['健康推進課', '特定健診の受診勧奨', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['健康推進課', 'がん検診の予約受付', 'resident', 'mynumber', 'counter', 'lv4'],
  ['健康推進課', '予防接種の予診票の確認', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['健康推進課', '母子健康手帳の交付', 'resident', 'mynumber', 'counter', 'lv4'],
  ['健康推進課', '新生児訪問', 'resident', 'mynumber', 'counter', 'lv4'],
  ['健康推進課', '乳幼児健診の記録', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['健康推進課', '妊産婦の相談対応', 'resident', 'lgwan', 'anywhere', 'lv2'],
  ['健康推進課', '健康づくり教室のチラシ作成', 'resident', 'lgwan', 'anywhere', 'lv2'],
  ['健康推進課', '健康相談の記録の整理', 'resident', 'lgwan', 'anywhere', 'lv2'],
  ['健康推進課', '精神保健の相談対応', 'resident', 'lgwan', 'anywhere', 'lv2'],
  ['健康推進課', '感染症の発生動向の取りまとめ', 'none', 'lgwan', 'anywhere', 'lv1'],
  ['健康推進課', '保健事業の実績報告', 'none', 'lgwan', 'anywhere', 'lv1'],
  ['健康推進課', '検体の精密検査', 'none', 'lgwan', 'equipment', 'lv4'],
  ['子育て支援課', '児童手当の現況届', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['子育て支援課', '児童扶養手当の認定', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['子育て支援課', '保育所の入所調整', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['子育て支援課', '保育料の算定', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['子育て支援課', '子ども医療費助成の申請受付', 'resident', 'lgwan', 'counter', 'lv3'],
  ['子育て支援課', '児童虐待の通告対応', 'resident', 'lgwan', 'anywhere', 'lv2'],
  ['子育て支援課', '要保護児童対策地域協議会の記録', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['子育て支援課', '子育て世帯への給付金の支給', 'resident', 'lgwan', 'anywhere', 'lv2'],
  ['子育て支援課', '放課後児童クラブの運営', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['子育て支援課', '子ども・子育て支援事業計画の策定', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['子育て支援課', '子育て支援センターのイベント企画', 'none', 'lgwan', 'anywhere', 'lv2'],
  ['子育て支援課', 'ひとり親家庭の相談', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['子育て支援課', '家庭訪問', 'resident', 'lgwan', 'counter', 'lv2'],
  ['産業振興課', '農地台帳の整理', 'resident', 'lgwan', 'anywhere', 'lv2'],
  ['産業振興課', '農業委員会の議事録作成', 'none', 'lgwan', 'anywhere', 'lv1'],
  ['産業振興課', '農地転用の許可申請の審査', 'none', 'lgwan', 'anywhere', 'lv3'],
  ['産業振興課', '有害鳥獣の捕獲', 'none', 'lgwan', 'counter', 'lv3'],
  ['産業振興課', '商工会との打ち合わせ', 'none', 'lgwan', 'anywhere', 'lv2'],
  ['産業振興課', '観光パンフレットの作成', 'none', 'lgwan', 'anywhere', 'lv1'],
  ['産業振興課', '観光イベントのライブ配信', 'none', 'internet', 'anywhere', 'lv2'],
  ['産業振興課', '中小企業融資のあっせん', 'none', 'lgwan', 'anywhere', 'unclassified'],
  ['産業振興課', '企業誘致の交渉', 'none', 'lgwan', 'anywhere', 'lv2'],
  ['産業振興課', '補助金の交付決定', 'none', 'lgwan', 'counter', 'lv3'],
  ['産業振興課', '農業者の経営相談', 'resident', 'lgwan', 'anywhere', 'lv2'],
  ['産業振興課', '森林整備計画の策定', 'none', 'lgwan', 'anywhere', 'lv1'],
  ['産業振興課', '特産品のPR', 'none', 'lgwan', 'anywhere', 'unclassified'],
  ['建設課', '工事現場の確認', 'none', 'lgwan', 'counter', 'lv2'],
  ['建設課', '道路パトロール', 'none', 'lgwan', 'counter', 'lv2'],
  ['建設課', '工事の監督', 'none', 'lgwan', 'anywhere', 'lv2'],
  ['建設課', '工事図面の確認', 'none', 'lgwan', 'anywhere', 'lv1'],
  ['建設課', '設計書の作成', 'none', 'lgwan', 'anywhere', 'lv1'],
  ['建設課', '道路台帳の更新', 'resident', 'lgwan', 'anywhere', 'lv2'],
  ['建設課', '町営住宅の入居者の管理', 'resident', 'lgwan', 'anywhere', 'lv2'],
  ['建設課', '町営住宅の家賃の徴収', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['建設課', '建築確認の受付', 'none', 'lgwan', 'counter', 'lv3'],
  ['建設課', '橋梁の点検', 'none', 'lgwan', 'counter', 'lv2'],
  ['建設課', '除雪の計画', 'none', 'lgwan', 'counter', 'lv3'],
  ['建設課', '測量の立会い', 'none', 'lgwan', 'counter', 'lv2'],
  ['建設課', '都市計画の決定', 'none', 'lgwan', 'anywhere', 'lv1'],
  ['上下水道課', '水道料金の徴収', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['上下水道課', '水質検査', 'none', 'lgwan', 'equipment', 'lv4'],
  ['上下水道課', '水道メーターの検針', 'none', 'lgwan', 'counter', 'lv3'],
  ['上下水道課', '給水装置工事の申請受付', 'none', 'lgwan', 'counter', 'lv3'],
  ['上下水道課', '下水道の使用料の算定', 'none', 'lgwan', 'anywhere', 'unclassified'],
  ['上下水道課', '浄水場の運転管理', 'none', 'lgwan', 'anywhere', 'unclassified'],
  ['上下水道課', '水道事業の経営戦略の策定', 'none', 'lgwan', 'anywhere', 'unclassified'],
  ['環境課', 'ごみ収集の計画', 'none', 'lgwan', 'anywhere', 'lv1'],
  ['環境課', '不法投棄のパトロール', 'none', 'lgwan', 'counter', 'lv2'],
  ['環境課', '環境基本計画の策定', 'none', 'lgwan', 'anywhere', 'lv1'],
  ['環境課', '犬の登録', 'resident', 'lgwan', 'anywhere', 'lv3'], // the dog's owner: residents' data (word added 2026-12-06)
  ['環境課', '浄化槽設置補助の審査', 'none', 'lgwan', 'anywhere', 'lv3'],
  ['環境課', '分析機器による水質分析', 'none', 'lgwan', 'equipment', 'lv4'],
  ['教育委員会', '学齢簿の整理', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['教育委員会', '就学援助の認定', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['教育委員会', '就学時健診の実施', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['教育委員会', '児童生徒の名簿の作成', 'resident', 'lgwan', 'anywhere', 'lv2'],
  ['教育委員会', 'いじめの相談記録', 'resident', 'lgwan', 'anywhere', 'lv2'],
  ['教育委員会', '不登校の児童生徒の支援', 'resident', 'lgwan', 'anywhere', 'lv2'],
  ['教育委員会', '奨学金の貸与の審査', 'resident', 'lgwan', 'anywhere', 'lv3'],
  ['教育委員会', '教職員の研修資料作成', 'staff', 'lgwan', 'anywhere', 'lv2'],
  ['教育委員会', '学校施設の点検', 'none', 'lgwan', 'counter', 'lv2'],
  ['教育委員会', '教育委員会会議の議事録作成', 'none', 'lgwan', 'anywhere', 'lv1'],
  ['教育委員会', '給食費の徴収', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['教育委員会', '公民館講座の企画', 'none', 'lgwan', 'anywhere', 'lv1'],
  ['教育委員会', '図書館の資料整理', 'none', 'lgwan', 'anywhere', 'lv1'],
  ['教育委員会', '文化財の調査', 'none', 'lgwan', 'anywhere', 'lv2'],
  ['教育委員会', 'スポーツ大会の運営', 'none', 'lgwan', 'anywhere', 'unclassified'],
  ['教育委員会', '学校の統廃合の説明会', 'none', 'lgwan', 'anywhere', 'lv2'],
  ['議会事務局', '本会議の会議録の作成', 'none', 'lgwan', 'anywhere', 'lv2'],
  ['議会事務局', '一般質問の答弁書の取りまとめ', 'none', 'lgwan', 'anywhere', 'lv2'],
  ['議会事務局', '議会だよりの編集', 'none', 'lgwan', 'anywhere', 'lv1'],
  ['議会事務局', '請願の受理', 'none', 'lgwan', 'anywhere', 'lv3'],
  ['議会事務局', '委員会の傍聴の受付', 'none', 'lgwan', 'counter', 'lv3'],
  ['議会事務局', '議員の政務活動費の審査', 'none', 'lgwan', 'anywhere', 'lv2'],
  ['選挙管理委員会', '選挙人名簿の調製', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['選挙管理委員会', '投票所の入場券の発送', 'resident', 'mynumber', 'counter', 'lv4'],
  ['選挙管理委員会', '選挙公報の作成', 'none', 'lgwan', 'anywhere', 'lv1'],
  ['監査委員事務局', '例月出納検査', 'none', 'lgwan', 'anywhere', 'lv1'],
  ['監査委員事務局', '監査報告書の作成', 'none', 'lgwan', 'anywhere', 'lv1'],
  ['福祉課', '介護サービス事業者の指導', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['福祉課', '生活困窮者の就労支援の記録', 'resident', 'lgwan', 'anywhere', 'lv2'],
  ['福祉課', '障害児の通所支援の相談', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['住民課', '住民異動の統計作成', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['住民課', '戸籍の附票の管理', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['健康推進課', '高齢者の健康状態の聞き取り', 'resident', 'lgwan', 'anywhere', 'lv2'],
  ['子育て支援課', '児童の発達相談', 'resident', 'lgwan', 'anywhere', 'lv2'],
  ['子育て支援課', '子どもの見守り', 'resident', 'lgwan', 'anywhere', 'lv2'],
  ['総務課', '被災者の生活再建支援', 'resident', 'lgwan', 'anywhere', 'lv2'],
  ['総務課', 'DV等支援措置の申出受付', 'resident', 'lgwan', 'counter', 'lv3'],
  ['税務課', '滞納者への電話催告', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['住民課', '死亡届に伴う手続の案内', 'resident', 'mynumber', 'anywhere', 'lv4'],
  ['福祉課', '後見人への照会', 'resident', 'lgwan', 'anywhere', 'lv2'],
  ['企画財政課', '地域の集会所の予約', 'none', 'lgwan', 'anywhere', 'unclassified'],
  ['総務課', '電話交換', 'none', 'lgwan', 'anywhere', 'lv2'],
  ['総務課', '庁舎の清掃', 'none', 'lgwan', 'anywhere', 'unclassified'],
  ['総務課', '公用車の運転', 'none', 'lgwan', 'anywhere', 'unclassified'],
  ['総務課', 'Web会議による内部会議', 'none', 'internet', 'anywhere', 'lv2'],
  ['総務課', 'マニュアル作成', 'none', 'lgwan', 'anywhere', 'lv1'],
  ['総務課', 'チラシ作成', 'none', 'lgwan', 'anywhere', 'lv1'],
];

const KIKAN_KEYS = [...KIKAN.flatMap((k) => k.terms), ...LEVY.terms, '個人番号', 'マイナンバー', '宛名'].map(matchKey);
const task = (id: string, name: string, unit = '', over: Partial<TaskRow> = {}): TaskRow => ({ id, name, unit, memo: '', override: '', ...over });

describe('小さな町の業務（215件）：語からの推定と暫定のレベル', () => {
  const rows = build(TOWN.map(([unit, name], i) => task(`t${i}`, name, unit)));

  it('表は200件以上、課は10以上', () => {
    expect(TOWN.length).toBeGreaterThanOrEqual(200);
    expect(new Set(TOWN.map((t) => t[0])).size).toBeGreaterThanOrEqual(10);
    expect(new Set(TOWN.map((t) => t[1])).size).toBe(TOWN.length);
  });

  it.each(TOWN.map((t, i) => [t[1], i] as const))('%s', (_name, i) => {
    const [, name, info, system, place, level] = TOWN[i]!;
    const r = rows[i]!;
    expect(r.task.name).toBe(name);
    expect([r.answers.info.value, r.answers.system.value, r.answers.place.value, r.level]).toEqual([info, system, place, level]);
    // Nothing answered yet: every row is provisional, and a residents' answer always carries the note
    expect(r.derived.needsCheck).toBe(true);
    expect(r.derived.residentNote).toBe(info === 'resident');
  });

  it('基幹業務の語を含まない住民の個人情報の業務が40件以上あり、どれも住民情報の注意付きの要確認', () => {
    const outside = TOWN.filter(([, name, info]) => info === 'resident' && !KIKAN_KEYS.some((k) => matchKey(name).includes(k)));
    expect(outside.length).toBeGreaterThanOrEqual(40);
    for (const name of ['住民の個人データの集計', '所得照会への回答', 'ひとり暮らし高齢者台帳の整理', '住民の健康診断の結果入力', '生活困窮者の家計相談', '窓口での相談（福祉課）']) {
      expect(outside.map((t) => t[1]), name).toContain(name);
    }
  });

  it('issue 22 の例: どれも住民の個人情報と推定し、Lv.Ⅰ のままにはしない', () => {
    const at = (name: string) => rows[TOWN.findIndex((t) => t[1] === name)]!;
    for (const name of ['住民の個人データの集計', '所得照会への回答', 'ひとり暮らし高齢者台帳の整理', '住民の健康診断の結果入力', '生活困窮者の家計相談', '窓口での相談（福祉課）', '宛名システムの管理']) {
      const r = at(name);
      expect(r.answers.info.value, name).toBe('resident');
      expect(r.level === 'lv1' || r.level === 'unclassified', name).toBe(false);
      expect(r.derived.residentNote, name).toBe(true);
    }
    // 住民の健康診断 is residents' data, not staff's (the old reading said 職員の個人情報)
    expect(at('住民の健康診断の結果入力').answers.info.words).toContain('住民');
    expect(at('職員の健康診断の日程調整').answers.info.value).toBe('staff');
    // 宛名システム sits with the 基幹 systems
    expect(at('宛名システムの管理')).toMatchObject({ level: 'lv4' });
    expect(at('宛名システムの管理').answers.system).toMatchObject({ value: 'mynumber', confirmed: false, words: ['宛名システム'] });
    // 窓口での相談: counter work of residents → Lv.Ⅲ with the residents' note
    expect(at('窓口での相談（福祉課）')).toMatchObject({ level: 'lv3' });
  });
});

describe('推定の語', () => {
  const pre = (name: string) => prefill(name, classifier.classify(name));

  it('推定には、そこへ導いた語を添える（長い語に含まれる短い語は重ねない）', () => {
    expect(pre('住民票の写しの交付')).toEqual({
      info: { value: 'resident', words: ['住民票'] },
      system: { value: 'mynumber', words: ['住民票'] },
      place: { value: 'counter', words: ['交付'] },
    });
    expect(pre('DV被害者の相談記録の作成').info).toEqual({ value: 'resident', words: ['dv', '相談記録'] });
  });

  it('規則を書いたときに語のなかった住民の業務（2026年12月6日に試した名前）も住民の個人情報と推定し、住民情報の注意が付く', () => {
    const cases: [string, string][] = [
      ['ワクチン接種予約の管理', '接種'],
      ['水道料金の検針データ取込', '水道料金'],
      ['水道の使用者名義変更', '使用者'],
      ['下水道の契約者一覧の更新', '契約者'],
      ['後期高齢の被保険者の異動確認', '被保険者'],
      ['要保護児童の通報受付', '要保護'],
      ['空き家所有者への通知', '所有者'],
      ['公営住宅の家賃計算', '公営住宅'],
      ['犬の登録', '犬の登録'],
      ['狂犬病予防注射の案内', '予防注射'],
      ['広報誌の配布先リスト', '配布先'],
    ];
    const rows = build(cases.map(([name], i) => task(`n${i}`, name)));
    cases.forEach(([name, word], i) => {
      expect(pre(name).info.value, name).toBe('resident');
      expect(pre(name).info.words, name).toContain(word);
      expect(rows[i]!.derived.residentNote, name).toBe(true);
      expect(rows[i]!.level === 'lv1' || rows[i]!.level === 'unclassified', name).toBe(false);
    });
  });

  it('語がなければ 個人情報なし・LGWAN接続系・場所を選ばない（どれも推定）', () => {
    expect(pre('庁舎の清掃')).toEqual({ info: { value: 'none', words: [] }, system: { value: 'lgwan', words: [] }, place: { value: 'anywhere', words: [] } });
  });

  it('職員の語と一般的な個人情報の語なら職員の個人情報、住民の語があれば住民が勝つ', () => {
    expect(pre('職員の健康診断').info.value).toBe('staff');
    expect(pre('職員名簿の更新').info.value).toBe('staff');
    expect(pre('職員による住民の相談記録の入力').info.value).toBe('resident');
    expect(pre('相談記録の入力').info.value).toBe('resident');
  });

  it('インターネット接続系は個人情報の語がないときだけ推定する', () => {
    expect(pre('ホームページの更新').system.value).toBe('internet');
    expect(pre('住民向けホームページの相談フォームの確認').system.value).toBe('lgwan');
  });

  it('特殊な機器の語は 職場の特殊な機器が必要、窓口・現場の語は 窓口・現場', () => {
    expect(pre('検体の精密検査').place).toEqual({ value: 'equipment', words: ['検体の精密検査'] });
    expect(pre('道路パトロール').place).toEqual({ value: 'counter', words: ['パトロール'] });
  });
});

describe('回答の表記と読み取り', () => {
  it('選択肢は issue の言葉どおり、各問いに「わからない」がある', () => {
    expect(QUESTION_KEYS.map((k) => QUESTIONS[k].label)).toEqual(['扱う情報', '使うシステム', '場所・機器']);
    expect(QUESTIONS.info.options.map((o) => o.label)).toEqual(['住民の個人情報（大量または機微）', '職員の個人情報', '個人情報なし', 'わからない']);
    expect(QUESTIONS.system.options.map((o) => o.label)).toEqual(['個人番号利用事務系', 'LGWAN接続系', 'インターネット接続系・なし', 'わからない']);
    expect(QUESTIONS.place.options.map((o) => o.label)).toEqual(['窓口・現場での対応が必要', '職場の特殊な機器が必要', '場所を選ばない', 'わからない']);
  });

  it('推定は「（推定：語）」を付け、回答済みはラベルだけ。読み取りは両方を区別する', () => {
    const est = answerText('info', { value: 'resident', confirmed: false, words: ['台帳'] });
    expect(est).toBe('住民の個人情報（大量または機微）（推定：台帳）');
    expect(parseAnswer('info', est)).toEqual({ value: 'resident', estimated: true });
    expect(parseAnswer('info', answerText('info', { value: 'staff', confirmed: true, words: [] }))).toEqual({ value: 'staff', estimated: false });
    expect(parseAnswer('system', 'LGWAN接続系（推定）')).toEqual({ value: 'lgwan', estimated: true });
    expect(parseAnswer('place', 'どこでも')).toBeNull();
    expect(parseAnswer('place', '')).toBeNull();
    for (const k of QUESTION_KEYS) for (const o of QUESTIONS[k].options) expect(parseAnswer(k, answerLabel(k, o.id as never))).toEqual({ value: o.id, estimated: false });
  });

  it('保存できる回答は選択肢の id と空文字だけ', () => {
    expect(isStoredAnswer('info', '')).toBe(true);
    expect(isStoredAnswer('info', 'resident')).toBe(true);
    expect(isStoredAnswer('info', 'mynumber')).toBe(false);
    expect(isStoredAnswer('system', 'x')).toBe(false);
    expect(NO_ANSWERS).toEqual({ info: '', system: '', place: '' });
  });
});

describe('推定の語（分岐ごと）', () => {
  const pre = (name: string) => prefill(name, classifier.classify(name));

  it('名前に住民の語がなくても、個人番号利用事務系の読み（税務電算 …）なら住民の個人情報、語はその読みのもの', () => {
    expect(pre('税務電算')).toEqual({
      info: { value: 'resident', words: ['税務電算システム利用業務'] },
      system: { value: 'mynumber', words: ['税務電算システム利用業務'] },
      place: { value: 'anywhere', words: [] },
    });
  });

  it('職員の個人情報の推定には職員の語と個人情報の語を添える', () => {
    expect(pre('職員の給与計算').info).toEqual({ value: 'staff', words: ['職員', '給与'] });
    expect(pre('職員名簿の更新').info).toEqual({ value: 'staff', words: ['職員', '名簿'] });
  });

  it('一般的な個人情報の語だけなら住民の個人情報と推定し、その語を添える', () => {
    expect(pre('台帳の整理').info).toEqual({ value: 'resident', words: ['台帳'] });
  });

  it('2つの語の表にある語も、推定の語には1度だけ', () => {
    expect(pre('要保護世帯の調査').info).toEqual({ value: 'resident', words: ['要保護', '世帯'] });
  });
});

describe('回答の表記と読み取り（推定の印）', () => {
  it('回答済みの答えは推定の語を持たない', () => {
    const a = effectiveAnswers({ info: 'staff', system: '', place: 'x' }, prefill('台帳の整理', classifier.classify('台帳の整理')));
    expect(a.info).toEqual({ value: 'staff', confirmed: true, words: [] });
    expect(a.system).toEqual({ value: 'lgwan', confirmed: false, words: [] });
    // a value that is not an answer of the question is not the officer's answer
    expect(a.place).toEqual({ value: 'anywhere', confirmed: false, words: [] });
  });

  it('選択肢にない id の表記は空（例外にしない）', () => {
    expect(answerLabel('info', 'mynumber' as never)).toBe('');
  });

  it('先頭の「推定」「推定：」も推定の印、選択肢の id でも読める', () => {
    expect(parseAnswer('info', '推定：個人情報なし')).toEqual({ value: 'none', estimated: true });
    expect(parseAnswer('info', '推定:個人情報なし')).toEqual({ value: 'none', estimated: true });
    expect(parseAnswer('info', '推定個人情報なし')).toEqual({ value: 'none', estimated: true });
    expect(parseAnswer('info', 'resident')).toEqual({ value: 'resident', estimated: false });
    expect(parseAnswer('system', ' ＬＧＷＡＮ接続系 ')).toEqual({ value: 'lgwan', estimated: false });
    // a cell as typed in a spreadsheet: spaces around the text and after 「推定：」
    expect(parseAnswer('info', ' 推定：個人情報なし ')).toEqual({ value: 'none', estimated: true });
    expect(parseAnswer('info', '推定： 個人情報なし')).toEqual({ value: 'none', estimated: true });
  });

  it('「（推定）」が末尾でなければ印とも答えとも読まない', () => {
    expect(parseAnswer('info', '（推定）個人情報なし')).toBeNull();
    expect(parseAnswer('info', '個人情報なし（推定）あり')).toBeNull();
    expect(parseAnswer('info', '個人情報なし（推定：台帳） ')).toEqual({ value: 'none', estimated: true });
  });

  it('法則: 表や CSV に書いた回答（推定の語つき）は、読み戻すと同じ答えと推定の別', () => {
    const keyArb = fc.constantFrom(...QUESTION_KEYS);
    fc.assert(
      fc.property(keyArb, fc.nat(3), fc.boolean(), fc.array(fc.constantFrom('台帳', '住民票', '交付', 'web会議'), { maxLength: 3 }), (k: QuestionKey, i, confirmed, words) => {
        const value = ANSWER_IDS[k][i]!;
        const text = answerText(k, { value, confirmed, words: confirmed ? [] : words } as never);
        expect(text.endsWith(words.length && !confirmed ? `（推定：${words.join('・')}）` : confirmed ? answerLabel(k, value as never) : '（推定）')).toBe(true);
        expect(parseAnswer(k, text)).toEqual({ value, estimated: !confirmed });
      }),
    );
  });
});
