/**
 * Suggests the guide's level (Lv.Ⅰ–Ⅳ) for a task name, and says why and on whose authority.
 *
 * Evidence (see rules.ts for the words and their sources):
 * - a real match with one of the guide's 具体的な業務（例） or a 業務類型 name (character bigrams
 *   over normalized text, similarity ≥ EXAMPLE_MIN) → 「手引きの例に近い」;
 * - a word the guide's table uses for a level → 「手引きの記載による」;
 * - a word the site reads as that level (synonyms; the 20 基幹業務 → Lv.Ⅳ) → 「当サイトの目安」.
 * The strictest level with evidence wins: adding 入力, 作成, 確認… to a task never lowers it.
 * General words that only hint (`weak`: 作成, 会議, 審査…) decide only when nothing else
 * does; Lv.Ⅳ has no such words.
 * Two refinements, both unable to touch Lv.Ⅳ: a Lv.Ⅰ–Ⅲ word inside a longer phrase of the
 * table (審査 in 法令審査) counts as that phrase, and a Lv.Ⅰ–Ⅲ word that the matched guide example
 * itself contains (申請 in 申請書・仕様書作成) counts as that example.
 * No evidence gives 未分類.
 *
 * In the inventory these readings do not decide the level: the strictest Lv.Ⅰ–Ⅲ reading
 * (`typeReason`) names the 業務類型, and the Lv.Ⅳ readings (`lv4Reasons`: 基幹業務, 個人番号,
 * 特殊な機器) only pre-fill the answers to the three questions (questions.ts), from which the
 * level is derived (derive.ts). `level` and `residentNote` remain the words-only reading.
 */
import { normalizeJa } from '../normalize';
import { LEVEL_IDS, levelLabel, type LevelId, type LevelInput, type LevelOrNone } from './levels';
import { RESIDENT_TERMS, RULES, type Rule } from './rules';

/** Where a reading comes from: the guide's example, the guide's words, or the site's reading. */
export type ReasonSource = 'example' | 'guide' | 'site';

export interface Reason {
  level: LevelId;
  source: ReasonSource;
  /** The word of the task name that triggered a rule ('' for an example match) */
  term: string;
  /** The guide's words: the example, the type name, or a sentence */
  quote: string;
  /** "スライド12" */
  slide: string;
  /** The 業務類型 of content/levels.yaml the reading maps onto, and its name */
  typeId: string;
  typeName: string;
  /** The 基幹業務 a site reading belongs to, '' otherwise */
  kikan: string;
  /** A general word that only hints */
  weak: boolean;
}

export interface Suggestion {
  level: LevelOrNone;
  /** Source of the deciding reason; 'none' for 未分類 */
  source: ReasonSource | 'none';
  /** The deciding reason first, then the other readings (other levels or sources) */
  reasons: Reason[];
  /** The deciding reason rests on a general word only: check it */
  tentative: boolean;
  /** The 業務類型 of the deciding reason */
  taskType: { id: string; name: string } | null;
  /** Heading for tips as the guide names it (テレワークを実施する際の工夫 / 視点 / 手引きの記載) */
  tipsHeading: string;
  /** The guide's 工夫 (Lv.Ⅰ–Ⅱ), 視点 (Lv.Ⅲ), or its notes on continuity (Lv.Ⅳ) */
  tips: string[];
  /**
   * The strictest reading of Lv.Ⅰ–Ⅲ (the 業務類型 the words point to), null if none. Lv.Ⅳ
   * readings are not levels in the inventory: they pre-fill the answers (questions.ts).
   */
  typeReason: Reason | null;
  /** Every Lv.Ⅳ reading (基幹業務, 個人番号, 特殊な機器 …): evidence for the pre-filled answers */
  lv4Reasons: Reason[];
  /** The guide's note on residents' information applies (スライド12): a limit on the form */
  residentNote: boolean;
}

/** 「LGWAN接続系の業務のうち…」: the guide's note on residents' information, verbatim (スライド12). */
export const LGWAN_NOTE =
  'LGWAN接続系の業務のうち、大量または機微な住民の情報を扱う業務については、原則、自宅等でのテレワークの対象外（庁舎と同等の物理的な対策がなされたサテライトオフィス（支所等）におけるテレワークについては、住民情報を含めたLGWAN接続系の情報資産へのアクセスが許容される）';
export const LGWAN_NOTE_SLIDE = 'スライド12';
/** The site's reading of the 基幹業務, in its words (issue 13). */
export const KIKAN_READING = '住民記録・税・福祉などの基幹業務のシステムは多くの団体で個人番号利用事務系に置かれています';
export const MY_NUMBER_READING = '個人番号（マイナンバー）を扱う事務のシステムは個人番号利用事務系に置かれます';

/** Smallest similarity that counts as a real match with a guide example. */
export const EXAMPLE_MIN = 0.72;

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

/** Similarity of two bigram sets in [0, 1]: the better of Dice and (discounted) containment. */
export function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const g of a) if (b.has(g)) common++;
  const dice = (2 * common) / (a.size + b.size);
  const aInB = a.size >= 3 ? (common / a.size) * 0.9 : 0;
  const bInA = b.size >= 3 ? (common / b.size) * 0.9 : 0;
  return Math.max(dice, aInB, bInA);
}

interface Entry {
  level: LevelId;
  typeId: string;
  kind: 'example' | 'type';
  text: string;
  key: string;
  grams: Set<string>;
  slide: string;
}

interface CompiledTerm {
  key: string;
  term: string;
  rule: Rule;
  quote: string;
  slide: string;
  typeName: string;
}

interface Hit {
  t: CompiledTerm;
  start: number;
  end: number;
}

/** One word of the rules as the classifier uses it, with the guide text it quotes. */
export interface Reading {
  ruleId: string;
  level: LevelId;
  source: 'guide' | 'site';
  term: string;
  quote: string;
  slide: string;
  weak: boolean;
}

export interface Classifier {
  /** Suggests a level for one task name. */
  classify(name: string): Suggestion;
  levels: LevelInput[];
  /** Every rule word with its resolved quote and slide (for tests and the page's explanation) */
  readings: Reading[];
}

const rank = (l: LevelId) => LEVEL_IDS.indexOf(l);
const sourceRank = (r: Reason) => (r.source === 'example' ? 0 : r.source === 'guide' ? 1 : 2);

/** Builds a classifier from the levels content (content/levels.yaml via toLevelInput). */
export function createClassifier(levels: LevelInput[]): Classifier {
  const byLevel = new Map(levels.map((l) => [l.id, l]));
  const types = new Map(levels.flatMap((l) => l.taskTypes.map((t) => [t.id, { level: l, type: t }] as const)));
  const entries: Entry[] = levels.flatMap((l) =>
    l.taskTypes.flatMap((t) => [
      { level: l.id, typeId: t.id, kind: 'type' as const, text: t.name, key: matchKey(t.name), grams: grams(fuzzyKey(t.name)), slide: l.slide },
      ...t.examples.map((e) => ({ level: l.id, typeId: t.id, kind: 'example' as const, text: e, key: matchKey(e), grams: grams(fuzzyKey(e)), slide: l.slide })),
    ]),
  );
  // A rule whose 業務類型 the content no longer has is dropped (content changed): no quote, no rule.
  const terms: CompiledTerm[] = RULES.filter((r) => types.get(r.typeId)?.level.id === r.level).flatMap((r) => {
    const { level, type } = types.get(r.typeId)!;
    return r.terms.map((term) => {
      const key = matchKey(term);
      const want = r.quoteContains ? matchKey(r.quoteContains) : key;
      const quote = r.quote ?? type.examples.find((e) => matchKey(e).includes(want)) ?? type.name;
      return { key, term, rule: r, quote, slide: r.slide ?? level.slide, typeName: type.name };
    });
  });
  const residentKeys = RESIDENT_TERMS.map(matchKey);

  function hitsOf(key: string): Hit[] {
    const hits: Hit[] = [];
    for (const t of terms) {
      if (!t.key) continue;
      let i = key.indexOf(t.key);
      while (i >= 0) {
        hits.push({ t, start: i, end: i + t.key.length });
        i = key.indexOf(t.key, i + 1);
      }
    }
    return hits;
  }

  function bestEntry(name: string): { e: Entry; score: number } | null {
    const g = grams(fuzzyKey(name));
    let best: { e: Entry; score: number } | null = null;
    for (const e of entries) {
      const s = similarity(g, e.grams) * (e.kind === 'type' ? 0.9 : 1);
      if (s >= EXAMPLE_MIN && (!best || s > best.score || (s === best.score && rank(e.level) > rank(best.e.level)))) best = { e, score: s };
    }
    return best;
  }

  function classify(name: string): Suggestion {
    const key = matchKey(name);
    if (!key) return none(false);
    const match = bestEntry(name);
    const hits = hitsOf(key);
    const reasons: Reason[] = [];
    if (match) {
      reasons.push({ level: match.e.level, source: match.e.kind === 'example' ? 'example' : 'guide', term: '', quote: match.e.text, slide: match.e.slide, typeId: match.e.typeId, typeName: types.get(match.e.typeId)?.type.name ?? '', kikan: '', weak: false });
    }
    for (const h of hits) {
      const lv4 = h.t.rule.level === 'lv4';
      // Lv.Ⅳ words always count. Others give way to a longer phrase around them, or to the matched example that contains them.
      if (!lv4 && hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start)) continue;
      if (!lv4 && match && match.e.key.includes(h.t.key)) continue;
      const r = h.t.rule;
      reasons.push({ level: r.level, source: r.source, term: h.t.term, quote: h.t.quote, slide: h.t.slide, typeId: r.typeId, typeName: h.t.typeName, kikan: r.kikan ?? '', weak: r.weak === true });
    }
    const residentNote = residentKeys.some((k) => k && key.includes(k));
    if (reasons.length === 0) return none(residentNote);
    // Strictest level wins among the reasons that are not mere hints; hints decide only alone.
    reasons.sort((a, b) => Number(a.weak) - Number(b.weak) || rank(b.level) - rank(a.level) || sourceRank(a) - sourceRank(b) || b.term.length - a.term.length);
    const best = reasons[0]!;
    // One reason per level and source, at most four, deciding one first.
    const seen = new Set<string>();
    const shown = reasons.filter((r) => {
      const k = `${r.level}:${r.source}:${r.kikan}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    const out = build(best, shown.slice(0, 4), residentNote);
    out.typeReason = reasons.find((r) => r.level !== 'lv4') ?? null;
    out.lv4Reasons = reasons.filter((r) => r.level === 'lv4');
    return out;
  }

  function none(residentNote: boolean): Suggestion {
    return { level: 'unclassified', source: 'none', reasons: [], tentative: false, taskType: null, tipsHeading: '', tips: [], residentNote, typeReason: null, lv4Reasons: [] };
  }

  function build(best: Reason, reasons: Reason[], residentNote: boolean): Suggestion {
    const level = byLevel.get(best.level)!;
    const t = types.get(best.typeId)?.type;
    let tips = t && t.tips.length ? t.tips : level.sharedTips;
    let tipsHeading = level.tipsHeading;
    if (tips.length === 0 && level.points.length) {
      // Lv.Ⅳ has no 工夫 column: its notes on continuity stand in
      tips = level.points;
      tipsHeading = '手引きの記載';
    }
    return {
      level: best.level,
      source: best.source,
      reasons,
      tentative: best.weak,
      taskType: t ? { id: t.id, name: t.name } : null,
      tipsHeading,
      tips,
      residentNote,
      typeReason: null,
      lv4Reasons: [],
    };
  }

  const readings: Reading[] = terms.map((t) => ({ ruleId: t.rule.id, level: t.rule.level, source: t.rule.source, term: t.term, quote: t.quote, slide: t.slide, weak: t.rule.weak === true }));
  return { classify, levels, readings };
}

/** One reason as a sentence, naming its source. */
export function reasonSentence(r: Reason): string {
  const lv = levelLabel(r.level);
  const type = r.typeName ? `${lv}「${r.typeName}」` : lv;
  if (r.source === 'example') return `手引きの${type}の例「${r.quote}」（${r.slide}）に近い業務です。`;
  if (r.source === 'guide') {
    if (!r.term) return `手引きの${lv}の業務類型「${r.quote}」（${r.slide}）に近い業務です。`;
    return `「${r.term}」を含むため：手引きの${type}の例「${r.quote}」（${r.slide}）。`;
  }
  if (r.kikan) {
    return `「${r.term}」は基幹業務「${r.kikan}」の語です。当サイトの目安：${KIKAN_READING}（標準化法（令和3年法律第40号）の20業務）。手引きは「${r.quote}」を${lv}としています（${r.slide}）。`;
  }
  if (r.level === 'lv4' && r.quote.startsWith('個人番号利用事務系')) {
    return `「${r.term}」を含むため。当サイトの目安：${MY_NUMBER_READING}。手引きは「${r.quote}」を${lv}としています（${r.slide}）。`;
  }
  return `「${r.term}」を含むため、手引きの${type}の例「${r.quote}」（${r.slide}）と同じ種類の業務と読みました（当サイトの目安${r.weak ? '、要確認' : ''}）。`;
}

