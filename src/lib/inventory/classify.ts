/**
 * Suggests the guide's level (Lv.Ⅰ–Ⅳ) for a task name, and says why.
 *
 * Three kinds of evidence, all from the guide (手引き Ⅳ., スライド11–14):
 * - the task resembles one of the 具体的な業務（例） or a 業務類型 name (fuzzy: character
 *   bigrams over normalizeJa'd text);
 * - the task names a term the guide uses for a level (窓口, 届出, 交付 → Lv.Ⅲ; 議事録,
 *   集計 → Lv.Ⅰ; Web会議, 現場, 議会 → Lv.Ⅱ …), quoted with the guide's own example;
 * - the guide's explicit limits: 個人番号利用事務系 / 税務電算 / 生活保護システム / 特殊な
 *   機器 → Lv.Ⅳ, and 大量または機微な住民の情報 → not from home (サテライトオフィスのみ).
 * Lv.Ⅳ evidence always wins (a sensitive task is never suggested as easy). Weak evidence is
 * returned with confidence 'low'; no evidence gives 未分類. The user's choice always wins
 * over the suggestion (see effectiveLevel).
 */
import { normalizeJa } from '../normalize';
import { LEVEL_IDS, levelLabel, type LevelId, type LevelInput, type LevelOrNone } from './levels';

export type Confidence = 'high' | 'medium' | 'low' | 'none';

export interface Reason {
  /** example: resembles a 具体的な業務（例）; type: a 業務類型 name; rule: names a term the guide uses */
  kind: 'example' | 'type' | 'rule';
  /** The guide's words that matched (an example, a type name, or a sentence of the guide) */
  quote: string;
  /** The term of the task name that triggered a rule, if any */
  term: string;
  /** "スライド12" */
  slide: string;
}

export interface Suggestion {
  level: LevelOrNone;
  confidence: Confidence;
  reason: Reason | null;
  /** The 業務類型 the suggestion comes from */
  taskType: { id: string; name: string } | null;
  /** Heading for tips as the guide names it (テレワークを実施する際の工夫 / 視点 / 手引きの記載) */
  tipsHeading: string;
  /** The guide's 工夫 (Lv.Ⅰ–Ⅱ), 視点 (Lv.Ⅲ), or its notes on continuity (Lv.Ⅳ) */
  tips: string[];
  /** Forms of telework the guide points to for this level or rule */
  forms: string[];
  /** Warnings quoted from the guide (e.g. the LGWAN note on residents' information) */
  cautions: string[];
  /** Other levels that also had some evidence */
  alternatives: LevelId[];
}

interface Rule {
  id: string;
  level: LevelId;
  terms: string[];
  weight: number;
  /** 業務類型 whose 工夫 and examples apply */
  typeId?: string;
  /** Quote the example of that type that contains this text */
  quoteContains?: string;
  /** A sentence of the guide quoted verbatim, when the rule is not one table row */
  quote?: string;
  slide?: string;
  forms?: string[];
  tips?: string[];
}

/** 「LGWAN接続系の業務のうち…」: the guide's note on residents' information (スライド12). */
export const LGWAN_NOTE =
  'LGWAN接続系の業務のうち、大量または機微な住民の情報を扱う業務については、原則、自宅等でのテレワークの対象外（庁舎と同等の物理的な対策がなされたサテライトオフィス（支所等）におけるテレワークについては、住民情報を含めたLGWAN接続系の情報資産へのアクセスが許容される）';

/**
 * Terms the guide uses per level. Weights: 0.9 = the guide's own word for the type;
 * 0.8 = a close synonym; 0.6–0.7 = a general word that only hints.
 */
const RULES: Rule[] = [
  // Lv.Ⅳ: the guide's explicit limits
  { id: 'my-number', level: 'lv4', weight: 0.95, typeId: 'my-number-systems', quoteContains: '個人番号利用事務系', terms: ['個人番号利用事務', '個人番号系', 'マイナンバー系', 'マイナンバー利用事務', '個人番号を利用', 'マイナンバーを利用', '番号利用事務'] },
  { id: 'tax-system', level: 'lv4', weight: 0.95, typeId: 'my-number-systems', quoteContains: '税務電算', terms: ['税務電算', '税務システム', '税務の電算', '課税システム', '収納システム', '滞納管理システム', '滞納整理システム'] },
  { id: 'welfare-system', level: 'lv4', weight: 0.95, typeId: 'my-number-systems', quoteContains: '生活保護システム', terms: ['生活保護システム'] },
  { id: 'tax-work', level: 'lv4', weight: 0.75, typeId: 'my-number-systems', quoteContains: '税務電算', terms: ['課税', '賦課', '税額', '徴収', '滞納', '住民税', '固定資産税', '軽自動車税', '市県民税', '市民税'] },
  { id: 'welfare-work', level: 'lv4', weight: 0.75, typeId: 'my-number-systems', quoteContains: '生活保護システム', terms: ['生活保護', '保護費'] },
  { id: 'resident-data', level: 'lv4', weight: 0.9, quote: LGWAN_NOTE, slide: 'スライド12', forms: ['サテライトオフィス勤務'], tips: [LGWAN_NOTE], terms: ['大量の住民', '機微な住民', '住民情報', '住民の情報', '住民データ', '住民の個人情報', '住民基本台帳', '住基'] },
  { id: 'specimens', level: 'lv4', weight: 0.9, typeId: 'special-equipment', quoteContains: '検体', terms: ['検体', '精密検査'] },
  { id: 'special-equipment', level: 'lv4', weight: 0.9, typeId: 'special-equipment', quoteContains: '実験機器', terms: ['分析機器', '実験機器', '特殊な機器', '専用機器', '検査機器', '測定機器'] },
  // Lv.Ⅲ: paper applications and counters
  { id: 'counter', level: 'lv3', weight: 0.9, typeId: 'paper-applications', quoteContains: '窓口', terms: ['窓口', '来庁', '対面'] },
  { id: 'applications', level: 'lv3', weight: 0.85, typeId: 'paper-applications', quoteContains: '届出', terms: ['届出', '届け出', '届', '受理', '申請受付', '申請の受付', '申請書の受付', '紙の申請', '紙書類', '申請の処理', '申請処理'] },
  { id: 'licensing', level: 'lv3', weight: 0.85, typeId: 'paper-applications', quoteContains: '交付', terms: ['許認可', '許可', '認可', '交付'] },
  { id: 'certificates', level: 'lv3', weight: 0.8, typeId: 'paper-applications', quoteContains: '交付', terms: ['証明書', '発行'] },
  { id: 'reception', level: 'lv3', weight: 0.7, typeId: 'paper-applications', quoteContains: '届出', terms: ['受付', '申請'] },
  { id: 'screening', level: 'lv3', weight: 0.6, typeId: 'paper-applications', quoteContains: '交付', terms: ['審査'] },
  // Lv.Ⅱ: tools and devices
  { id: 'web-meeting', level: 'lv2', weight: 0.9, typeId: 'communication', quoteContains: '内部会議', terms: ['web会議', 'ウェブ会議', 'オンライン会議', 'テレビ会議', 'リモート会議'] },
  { id: 'contact', level: 'lv2', weight: 0.8, typeId: 'communication', quoteContains: '問い合わせ', terms: ['電話', '問い合わせ', '問合せ', '問い合せ', '相談対応', '連絡調整', '連絡', 'メール', '照会対応', '照会への回答'] },
  { id: 'meeting', level: 'lv2', weight: 0.65, typeId: 'communication', quoteContains: '打ち合わせ', terms: ['打ち合わせ', '打合せ', '打ち合せ', '会議', '協議', '調整', '相談', '公募', '発表会'] },
  { id: 'on-site', level: 'lv2', weight: 0.85, typeId: 'field-work', quoteContains: '現地確認', terms: ['現場', '現地'] },
  { id: 'field', level: 'lv2', weight: 0.8, typeId: 'field-work', quoteContains: '現地確認', terms: ['巡回', '訪問', 'パトロール', '立会', '立ち会い', '点検', '視察', '出張'] },
  { id: 'broadcast', level: 'lv2', weight: 0.8, typeId: 'field-work', quoteContains: 'ライブ配信', terms: ['ライブ配信', '配信', '情報発信', 'sns'] },
  { id: 'field-survey', level: 'lv2', weight: 0.55, typeId: 'field-work', quoteContains: '現地確認', terms: ['調査'] },
  { id: 'rapid', level: 'lv2', weight: 0.8, typeId: 'rapid-communication', quoteContains: '議会', terms: ['議会', '議員', '答弁'] },
  { id: 'press', level: 'lv2', weight: 0.8, typeId: 'rapid-communication', quoteContains: '報道', terms: ['報道', '記者', 'プレスリリース'] },
  { id: 'disaster', level: 'lv2', weight: 0.8, typeId: 'rapid-communication', quoteContains: '災害', terms: ['災害', '防災', '危機管理', '避難', '被災'] },
  { id: 'dedicated', level: 'lv2', weight: 0.85, typeId: 'dedicated-systems', quoteContains: '専用', terms: ['専用システム', '専用ソフト', '業務システム', 'cad', 'gis'] },
  { id: 'system', level: 'lv2', weight: 0.6, typeId: 'dedicated-systems', quoteContains: '専用', terms: ['システム', 'ソフト'] },
  { id: 'staff-data', level: 'lv2', weight: 0.85, typeId: 'confidential-information', quoteContains: '職員の個人情報', terms: ['人事給与', '給与', '庶務事務', '職員の個人情報', '人事', '服務', '勤怠', '休暇'] },
  { id: 'closed-data', level: 'lv2', weight: 0.85, typeId: 'confidential-information', quoteContains: '入札情報', terms: ['財務会計', '起案', '決裁', '電子調達', '入札', '積算', '非公開', '機密', '秘密', '契約'] },
  // Lv.Ⅰ: a little ingenuity
  { id: 'minutes', level: 'lv1', weight: 0.9, typeId: 'document-preparation', quoteContains: '議事録', terms: ['議事録', '会議録'] },
  { id: 'documents', level: 'lv1', weight: 0.85, typeId: 'document-preparation', quoteContains: '企画書', terms: ['資料作成', '資料の作成', '文書作成', '企画書', '報告書', '仕様書', 'マニュアル', '手順書', 'チラシ', 'ポスター', '教材', '研修資料', '広報紙', '原稿', '計画の策定', '計画策定', '計画書'] },
  { id: 'writing', level: 'lv1', weight: 0.6, typeId: 'document-preparation', quoteContains: '企画書', terms: ['作成', '資料', '文書', '起草', '執筆'] },
  { id: 'compilation', level: 'lv1', weight: 0.85, typeId: 'data-compilation', quoteContains: 'アンケート集計', terms: ['集計', '統計', 'アンケート', 'データ入力', 'データ化', '取りまとめ', 'とりまとめ', '取り纏め', '名簿'] },
  { id: 'sorting', level: 'lv1', weight: 0.65, typeId: 'data-compilation', quoteContains: '整理', terms: ['整理', '分析', '入力', 'エクセル', 'excel'] },
  { id: 'pdf-docs', level: 'lv1', weight: 0.8, typeId: 'digitizable-documents', quoteContains: '法令審査', terms: ['法令', '例規', '条例', '規則', '要綱', '図面', '事前審査', 'pdf', '電子化', '校正'] },
  { id: 'accounting', level: 'lv1', weight: 0.75, typeId: 'digitizable-documents', quoteContains: '会計事務', terms: ['会計', '経理', '支出', '伝票'] },
];

/** Terms that call for the guide's LGWAN note even when the level is not Lv.Ⅳ. */
const CAUTION_TERMS = ['住民票', '戸籍', '住民', '個人番号', 'マイナンバー', '税', '保護', '福祉', '介護', '国保', '国民健康保険', '年金', '児童', '障害', '健診', '個人情報'];

const PUNCT = /[\s・、，,。．.（）()「」『』【】［］[\]\/／:：;；!！?？"'`＜＞<>＝=＋+＊*…‥]/g;
// Particles (already katakana after normalizeJa) between kanji or Latin words
const PARTICLES = /(?<=[\p{sc=Han}a-z0-9])(ニヨル|ニ関スル|ニオケル|ニツイテ|ニ係ル|カラノ|ヘノ|デノ|トノ|ニ向ケタ|ノ|ヲ|ニ|ガ|デ|ト|ヘ|ヤ)(?=[\p{sc=Han}a-z0-9])/gu;
const FILLER = /業務|各種|等$/g;

/** The key both sides are compared on: normalizeJa, punctuation and particles removed. */
export function matchKey(text: string): string {
  return normalizeJa(text).replace(PUNCT, '').replace(PARTICLES, '');
}

const fuzzyKey = (text: string) => matchKey(text).replace(FILLER, '') || matchKey(text);

function grams(s: string): Set<string> {
  const out = new Set<string>();
  if (s.length === 1) out.add(s);
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

/** Similarity of two keys in [0, 1]: the better of Dice and (discounted) containment. */
export function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const g of a) if (b.has(g)) common++;
  const dice = (2 * common) / (a.size + b.size);
  const aInB = a.size >= 3 ? (common / a.size) * 0.9 : 0;
  const bInA = b.size >= 3 ? (common / b.size) * 0.9 : 0;
  return Math.max(dice, aInB, bInA);
}

interface Candidate {
  level: LevelId;
  score: number;
  reason: Reason;
  typeId: string | null;
  rule: Rule | null;
}

interface Entry {
  level: LevelId;
  typeId: string;
  kind: 'example' | 'type';
  text: string;
  grams: Set<string>;
  slide: string;
}

export interface Classifier {
  /** Suggests a level for one task name. */
  classify(name: string): Suggestion;
  levels: LevelInput[];
}

const NONE: Suggestion = { level: 'unclassified', confidence: 'none', reason: null, taskType: null, tipsHeading: '', tips: [], forms: [], cautions: [], alternatives: [] };

/** Builds a classifier from the levels content (content/levels.yaml via toLevelInput). */
export function createClassifier(levels: LevelInput[]): Classifier {
  const byLevel = new Map(levels.map((l) => [l.id, l]));
  const types = new Map(levels.flatMap((l) => l.taskTypes.map((t) => [t.id, { level: l, type: t }] as const)));
  const entries: Entry[] = levels.flatMap((l) =>
    l.taskTypes.flatMap((t) => [
      { level: l.id, typeId: t.id, kind: 'type' as const, text: t.name, grams: grams(fuzzyKey(t.name)), slide: l.slide },
      ...t.examples.map((e) => ({ level: l.id, typeId: t.id, kind: 'example' as const, text: e, grams: grams(fuzzyKey(e)), slide: l.slide })),
    ]),
  );
  // Rules whose type the content does not have (content changed) keep working only if they quote the guide themselves.
  const rules = RULES.filter((r) => byLevel.has(r.level) && (r.quote || (r.typeId && types.has(r.typeId)))).map((r) => {
    const t = r.typeId ? types.get(r.typeId) : undefined;
    const quote = r.quote ?? t?.type.examples.find((e) => r.quoteContains && e.includes(r.quoteContains)) ?? t?.type.name ?? '';
    return { rule: r, quote, slide: r.slide ?? t?.level.slide ?? '', keys: r.terms.map(matchKey) };
  });
  const cautionKeys = CAUTION_TERMS.map(matchKey);

  function build(c: Candidate, confidence: Confidence, alternatives: LevelId[], key: string): Suggestion {
    const level = byLevel.get(c.level)!;
    const t = c.typeId ? types.get(c.typeId)?.type : undefined;
    let tips = c.rule?.tips ?? (t && t.tips.length ? t.tips : level.sharedTips);
    let tipsHeading = level.tipsHeading;
    if (tips.length === 0 && level.points.length) {
      // Lv.Ⅳ has no 工夫 column: its notes on continuity stand in
      tips = level.points;
      tipsHeading = '手引きの記載';
    }
    if (c.rule?.tips) tipsHeading = '手引きの記載';
    const cautions = c.level !== 'lv4' && cautionKeys.some((k) => key.includes(k)) ? [LGWAN_NOTE] : [];
    return {
      level: c.level,
      confidence,
      reason: c.reason,
      taskType: t ? { id: t.id, name: t.name } : null,
      tipsHeading,
      tips,
      forms: c.rule?.forms ?? level.forms,
      cautions,
      alternatives,
    };
  }

  function classify(name: string): Suggestion {
    const key = matchKey(name);
    if (!key) return NONE;
    const fk = grams(fuzzyKey(name));
    const cands: Candidate[] = [];
    for (const e of entries) {
      const s = similarity(fk, e.grams) * (e.kind === 'type' ? 0.9 : 1);
      if (s >= 0.5) cands.push({ level: e.level, score: s, typeId: e.typeId, rule: null, reason: { kind: e.kind, quote: e.text, term: '', slide: e.slide } });
    }
    for (const r of rules) {
      const i = r.keys.findIndex((k) => k && key.includes(k));
      if (i >= 0) cands.push({ level: r.rule.level, score: r.rule.weight, typeId: r.rule.typeId ?? null, rule: r.rule, reason: { kind: 'rule', quote: r.quote, term: r.rule.terms[i]!, slide: r.slide } });
    }
    if (cands.length === 0) return NONE;
    cands.sort((a, b) => b.score - a.score || LEVEL_IDS.indexOf(b.level) - LEVEL_IDS.indexOf(a.level));
    // Lv.Ⅳ evidence wins: never suggest a sensitive task as easy.
    const best = cands.find((c) => c.level === 'lv4' && c.score >= 0.6) ?? cands[0]!;
    const alternatives = [...new Set(cands.filter((c) => c.level !== best.level && c.score >= 0.6).map((c) => c.level))];
    const close = cands.some((c) => c.level !== best.level && best.score - c.score < 0.05);
    let confidence: Confidence = best.score >= 0.85 ? 'high' : best.score >= 0.65 ? 'medium' : 'low';
    if (close && confidence !== 'low') confidence = confidence === 'high' ? 'medium' : 'low';
    return build(best, confidence, alternatives, key);
  }

  return { classify, levels };
}

/** The level that counts: the user's choice if any, else the suggestion. */
export function effectiveLevel(override: string, suggestion: Suggestion): LevelOrNone {
  return (LEVEL_IDS as readonly string[]).includes(override) ? (override as LevelId) : suggestion.level;
}

/** One sentence saying why, for the table and the CSV: 「手引きの例『会議議事録作成』（スライド12）に近い」. */
export function reasonText(s: Suggestion): string {
  if (!s.reason) return '手引きの例に当てはまるものが見つかりませんでした。レベルを選んでください。';
  const r = s.reason;
  const where = r.slide ? `（${r.slide}）` : '';
  const type = s.taskType ? `${levelLabel(s.level)}「${s.taskType.name}」の` : `${levelLabel(s.level)}の`;
  if (r.kind === 'example') return `手引きの${type}例「${r.quote}」${where}に近い業務です。`;
  if (r.kind === 'type') return `手引きの業務類型「${r.quote}」${where}に近い業務です。`;
  if (!s.taskType) return `「${r.term}」を含むため：手引き${where}「${r.quote}」`;
  if (r.quote === s.taskType.name) return `「${r.term}」を含むため：手引きの${levelLabel(s.level)}の業務類型「${r.quote}」${where}`;
  return `「${r.term}」を含むため：手引きの${type}例「${r.quote}」${where}`;
}
