/**
 * The three questions asked of every task, and what the words of its name suggest as answers.
 *
 * The guide's criteria (手引き Ⅳ., スライド11–14) turn on what a task touches: the information
 * it handles (スライド12: 大量または機微な住民の情報; スライド13: 職員の個人情報), the system it
 * uses (スライド14: 個人番号利用事務系システム; スライド12: LGWAN接続系) and whether it needs a
 * place or a machine (スライド14: 窓口業務, 職場に設置された特殊な機器). A list of words can never
 * be complete, so words only PRE-FILL the answers (shown as 「推定」 with the words that led
 * there); the officer confirms or changes them, and the level is derived from the answers
 * (derive.ts). An answer the officer has not given is stored as ''.
 */
import { matchKey, type Suggestion } from './classify';
import { KIKAN, LEVY } from './rules';

export const QUESTION_KEYS = ['info', 'system', 'place'] as const;
export type QuestionKey = (typeof QUESTION_KEYS)[number];

export const INFO_ANSWERS = ['resident', 'staff', 'none', 'unknown'] as const;
export const SYSTEM_ANSWERS = ['mynumber', 'lgwan', 'internet', 'unknown'] as const;
export const PLACE_ANSWERS = ['counter', 'equipment', 'anywhere', 'unknown'] as const;
export type InfoAnswer = (typeof INFO_ANSWERS)[number];
export type SystemAnswer = (typeof SYSTEM_ANSWERS)[number];
export type PlaceAnswer = (typeof PLACE_ANSWERS)[number];

/** One answer per question. */
export interface AnswerSet {
  info: InfoAnswer;
  system: SystemAnswer;
  place: PlaceAnswer;
}
/** The officer's answers as saved: '' where the officer has not answered (the pre-fill stands). */
export type StoredAnswers = { [K in QuestionKey]: AnswerSet[K] | '' };

export const ANSWER_IDS: { [K in QuestionKey]: readonly AnswerSet[K][] } = { info: INFO_ANSWERS, system: SYSTEM_ANSWERS, place: PLACE_ANSWERS };

export interface Question<K extends QuestionKey = QuestionKey> {
  key: K;
  label: string;
  options: { id: AnswerSet[K]; label: string }[];
}

/** The questions and their answers, in the words shown on the page, the sheet and the CSV. */
export const QUESTIONS: { [K in QuestionKey]: Question<K> } = {
  info: {
    key: 'info',
    label: '扱う情報',
    options: [
      { id: 'resident', label: '住民の個人情報（大量または機微）' },
      { id: 'staff', label: '職員の個人情報' },
      { id: 'none', label: '個人情報なし' },
      { id: 'unknown', label: 'わからない' },
    ],
  },
  system: {
    key: 'system',
    label: '使うシステム',
    options: [
      { id: 'mynumber', label: '個人番号利用事務系' },
      { id: 'lgwan', label: 'LGWAN接続系' },
      { id: 'internet', label: 'インターネット接続系・なし' },
      { id: 'unknown', label: 'わからない' },
    ],
  },
  place: {
    key: 'place',
    label: '場所・機器',
    options: [
      { id: 'counter', label: '窓口・現場での対応が必要' },
      { id: 'equipment', label: '職場の特殊な機器が必要' },
      { id: 'anywhere', label: '場所を選ばない' },
      { id: 'unknown', label: 'わからない' },
    ],
  },
};

/** 「住民の個人情報（大量または機微）」 for ('info', 'resident'). */
export function answerLabel<K extends QuestionKey>(key: K, id: AnswerSet[K]): string {
  return (QUESTIONS[key].options as { id: string; label: string }[]).find((o) => o.id === id)?.label ?? '';
}

/** Reads an answer as written in a CSV cell (its label, with or without 「（推定）」), or null. */
export function parseAnswer<K extends QuestionKey>(key: K, text: string): { value: AnswerSet[K]; estimated: boolean } | null {
  const t = text.normalize('NFKC').trim();
  if (!t) return null;
  const estimated = /[(]推定[^)]*[)]\s*$/.test(t) || t.startsWith('推定');
  const body = t.replace(/^推定[:：]?/, '').replace(/\s*[(]推定[^)]*[)]\s*$/, '').trim();
  for (const o of QUESTIONS[key].options as { id: AnswerSet[K]; label: string }[]) {
    if (o.label.normalize('NFKC') === body || o.id === body) return { value: o.id, estimated };
  }
  return null;
}

/** True for a valid stored answer of `key` ('' included). */
export function isStoredAnswer(key: QuestionKey, v: unknown): boolean {
  return v === '' || (ANSWER_IDS[key] as readonly unknown[]).includes(v);
}

/** The stored answers of a task that has none (old saved data, a new task). */
export const NO_ANSWERS: StoredAnswers = Object.freeze({ info: '', system: '', place: '' });

/* ------------------------------------------------------------------------------------------
 * Words that pre-fill the answers. Each list says which answer it suggests; none decides.
 * ---------------------------------------------------------------------------------------- */

/** Words that name residents or their personal data outright: pre-fill 住民の個人情報. */
export const RESIDENT_WORDS: string[] = [
  '住民情報', '住民の情報', '住民データ', '住民の個人', '住民', '市民', '町民', '村民', '区民', '宛名',
  '高齢者', '高齢', 'ひとり暮らし', '独居', '児童', '子ども', '子供', 'こども', '乳幼児', '園児', '生徒', '妊産婦', '母子', '父子',
  '障害', '障がい', '生活困窮', '困窮', '家計', '所得', '世帯', '被災者', '罹災', '見守り', '虐待', 'dv', '配偶者暴力', '後見',
  '要援護', '要配慮', '要支援', '避難行動', '認知症', 'ひきこもり', '不登校', 'いじめ', '自殺', '里親', '遺族',
  '患者', '受給者', '受給資格', '納税者', '滞納者', '申請者', '相談者', '利用者', '対象者', '入居者', '入所者', '保護者', '家庭', '個票', 'ケース記録', '相談記録',
  '死亡', '埋火葬', '火葬', 'り災', '民生委員', '地域包括', '奨学金',
  // Found trying names the lists had no word for (2026-12-06): vaccinations, water accounts, insured persons, owners, tenants, dog owners, mailing lists.
  '接種', 'ワクチン', '予約者', '契約者', '使用者', '加入者', '被保険者', '水道料金', '要保護', '通報',
  '所有者', '公営住宅', '家賃', '飼い主', '畜犬', '犬の登録', '予防注射', '配布先', '送付先', '名義',
];
/** Words of personal data that may be residents' or staff's: residents' unless the name is about staff. */
export const PERSONAL_WORDS: string[] = ['個人データ', '個人情報', '台帳', '名簿', '照会', '相談', '記録', '健診', '検診', '健康', '診断', 'カルテ'];
/** Words of staff matters (the guide's 職員の個人情報, スライド13): pre-fill 職員の個人情報. */
export const STAFF_WORDS: string[] = [
  '職員', '人事', '給与', '服務', '勤怠', '休暇', '共済', '採用', '任用', '昇任', '昇格', '懲戒', 'ストレスチェック', '年末調整', '扶養', '通勤手当',
  '時間外勤務', '超過勤務', '出勤簿', '庶務事務', '会計年度任用', '退職', '研修受講',
];
/** Words of work on the internet side (ホームページ, SNS, Web会議 …): pre-fill インターネット接続系. */
export const INTERNET_WORDS: string[] = ['ホームページ', 'ウェブサイト', 'webサイト', 'sns', 'web会議', 'ウェブ会議', 'オンライン会議', 'ライブ配信', 'インターネット', 'メールマガジン', 'youtube'];
/** Words of work at a counter or out in the field: pre-fill 窓口・現場での対応が必要. */
export const COUNTER_WORDS: string[] = [
  '窓口', '受付', '来庁', '対面', '交付', '現場', '現地', '巡回', '訪問', 'パトロール', '立会', '立ち会い', '点検', '視察', '実地', '測量',
  '家屋調査', '認定調査', '期日前投票', '投票所', '避難所', '検針', '捕獲', '除雪',
];

export interface Prefilled<V> {
  value: V;
  /** The words of the name that led to it ([] when nothing did: the default) */
  words: string[];
}
export type Prefill = { [K in QuestionKey]: Prefilled<AnswerSet[K]> };

const keyed = (words: string[]) => words.map((w) => ({ w, k: matchKey(w) })).filter((x) => x.k);
const RESIDENT_K = keyed(RESIDENT_WORDS);
const PERSONAL_K = keyed(PERSONAL_WORDS);
const STAFF_K = keyed(STAFF_WORDS);
const INTERNET_K = keyed(INTERNET_WORDS);
const COUNTER_K = keyed(COUNTER_WORDS);
/** 基幹業務 and tax words are residents' data too (住民票, 課税 …). */
const KIKAN_K = keyed([...KIKAN.flatMap((k) => k.terms), ...LEVY.terms, '個人番号', 'マイナンバー']);

type Keyed = { w: string; k: string };

function found(key: string, list: Keyed[]): Keyed[] {
  return list.filter(({ k }) => key.includes(k));
}

/** The words, without one that is part of a longer one found (住民 inside 住民票). */
function shortest(found: Keyed[]): string[] {
  const out: string[] = [];
  for (const x of found) {
    if (out.includes(x.w)) continue;
    if (found.some((y) => y.k.length > x.k.length && y.k.includes(x.k))) continue;
    out.push(x.w);
  }
  return out;
}

/**
 * The answers the words of a task name suggest, with the words. Lv.Ⅳ readings of the
 * classifier (基幹業務, 個人番号, 税務電算 …: 個人番号利用事務系; 検体, 実験機器 …: 特殊な機器)
 * become answers, not levels. With no word: 個人情報なし / LGWAN接続系 / 場所を選ばない, each
 * still only 推定 (and so 要確認 while it could be stricter).
 */
export function prefill(name: string, suggestion: Suggestion): Prefill {
  const key = matchKey(name);
  const myNumber = suggestion.lv4Reasons.filter((r) => r.typeId === 'my-number-systems');
  const equipment = suggestion.lv4Reasons.filter((r) => r.typeId === 'special-equipment');
  const words = (rs: typeof myNumber) => shortest(keyed(rs.map((r) => r.term || r.quote)));

  // 扱う情報: residents' words (and the 基幹業務 words) before staff words; generic personal words follow the staff context.
  const resident = [...found(key, KIKAN_K), ...found(key, RESIDENT_K)];
  const personal = found(key, PERSONAL_K);
  const staff = found(key, STAFF_K);
  let info: Prefilled<InfoAnswer>;
  if (resident.length) info = { value: 'resident', words: shortest([...resident, ...personal]) };
  // The 個人番号利用事務系 holds residents' data (税務電算, 生活保護システム …)
  else if (myNumber.length) info = { value: 'resident', words: words(myNumber) };
  else if (staff.length) info = { value: 'staff', words: shortest([...staff, ...personal]) };
  else if (personal.length) info = { value: 'resident', words: shortest(personal) };
  else info = { value: 'none', words: [] };

  let system: Prefilled<SystemAnswer>;
  if (myNumber.length) system = { value: 'mynumber', words: words(myNumber) };
  else {
    const net = found(key, INTERNET_K);
    system = net.length && info.value === 'none' ? { value: 'internet', words: shortest(net) } : { value: 'lgwan', words: [] };
  }

  let place: Prefilled<PlaceAnswer>;
  const counter = found(key, COUNTER_K);
  if (equipment.length) place = { value: 'equipment', words: words(equipment) };
  else if (counter.length) place = { value: 'counter', words: shortest(counter) };
  else place = { value: 'anywhere', words: [] };
  return { info, system, place };
}

/** One question's answer as the rules see it: the officer's, or the pre-fill (推定). */
export interface EffectiveAnswer<V> {
  value: V;
  /** The officer answered (the value is no longer an estimate) */
  confirmed: boolean;
  /** Words behind an estimate */
  words: string[];
}
export type Effective = { [K in QuestionKey]: EffectiveAnswer<AnswerSet[K]> };

/** The officer's answers over the pre-fill. */
export function effectiveAnswers(stored: { [K in QuestionKey]: string } | undefined, pre: Prefill): Effective {
  const s = stored ?? NO_ANSWERS;
  const one = <K extends QuestionKey>(k: K): EffectiveAnswer<AnswerSet[K]> => {
    const v = s[k];
    return v && isStoredAnswer(k, v) ? { value: v as AnswerSet[K], confirmed: true, words: [] } : { value: pre[k].value, confirmed: false, words: pre[k].words };
  };
  return { info: one('info'), system: one('system'), place: one('place') };
}

/** 「住民の個人情報（大量または機微）（推定：台帳）」, 「LGWAN接続系（推定）」, or the label when confirmed. */
export function answerText<K extends QuestionKey>(key: K, a: EffectiveAnswer<AnswerSet[K]>): string {
  const label = answerLabel(key, a.value);
  if (a.confirmed) return label;
  return `${label}（推定${a.words.length ? '：' + a.words.join('・') : ''}）`;
}
