/**
 * The level and the limits on the form of telework, DERIVED from the three answers
 * (questions.ts) and the 業務類型 the words point to (classify.ts). Each step cites the guide's
 * slide, or says 「当サイトの目安」. The strictest step wins.
 *
 * - 使うシステム＝個人番号利用事務系 → Lv.Ⅳ, whatever else (スライド14).
 * - 場所・機器＝職場の特殊な機器 → Lv.Ⅳ (スライド14).
 * - 場所・機器＝窓口・現場 → Lv.Ⅲ 「窓口業務」 (スライド14); for 現場 work of the Lv.Ⅱ table
 *   (現場での確認・調査・情報発信, 災害・議会対応) → Lv.Ⅱ (スライド13).
 * - 扱う情報＝職員の個人情報 → Lv.Ⅱ (スライド13).
 * - 扱う情報＝住民の個人情報 → the guide's note on residents' information (スライド12), and
 *   Lv.Ⅱ at least (当サイトの目安: at least as confidential as staff data).
 * - わからない counts as the strictest answer of its question, and is 要確認.
 * - An answer that is only 推定 is 要確認 until the officer answers (the message says when its
 *   strictest answer would give a higher level or add the residents' note).
 * The officer may choose another level, but never below what the answers require.
 */
import { LEVEL_IDS, type LevelId, type LevelOrNone } from './levels';
import { answerLabel, QUESTION_KEYS, QUESTIONS, type AnswerSet, type Effective, type QuestionKey } from './questions';

/** The guide's sentence on mobile work, which it gives for 現場巡回・訪問業務 only (スライド13). */
export const PATROL_NOTE =
  '（例）現場巡回・訪問業務：モバイル端末を活用して、現場訪問時の隙間時間を活用して作業ができたり、記録作業等をその場で実施したりすることで、大幅な業務の効率化につながる可能性もある（手引き スライド13）';
/** The site's reading for work that needs a counter or a site. */
export const COUNTER_NOTE = '窓口・現場での対応そのものは自宅等では行えません。準備・記録・集計など切り分けられる部分をテレワークの対象として検討します（当サイトの目安）';

export interface Step {
  key: QuestionKey | 'type';
  level: LevelId;
  source: 'guide' | 'site';
  /** One sentence, naming the answer and the slide (or 当サイトの目安) */
  text: string;
}

/** What the words say the task is: the 業務類型 reading (Lv.Ⅰ–Ⅲ) of classify.ts. */
export interface TypeReading {
  level: LevelOrNone;
  typeId: string;
  /** The reading is 現場巡回・訪問 (the guide's slide-13 example) */
  patrol: boolean;
  /** The sentence of the reading */
  text: string;
  source: 'example' | 'guide' | 'site' | 'none';
}

export interface Derived {
  /** The level adopted: the officer's choice, but never below `floor` */
  level: LevelOrNone;
  /** The level the rules give (type and answers), before the officer's choice */
  derived: LevelOrNone;
  /** The least level the answers require */
  floor: LevelOrNone;
  /** The steps that set a level, strictest first */
  steps: Step[];
  /** The guide's note on residents' information applies (扱う情報 is 住民 or わからない) */
  residentNote: boolean;
  /** Other limits on the form of telework (each cites its source) */
  constraints: string[];
  /** An answer is わからない or still only 推定: the level is provisional */
  needsCheck: boolean;
  /** Why 要確認, in short sentences ([] when settled) */
  checks: string[];
  /** The officer's choice was below the answers' floor and was raised */
  overrideRaised: boolean;
  /** Some answer is still an estimate */
  estimated: boolean;
}

/** -1 for 未分類, 0…3 for Lv.Ⅰ…Ⅳ. */
export const levelRank = (l: LevelOrNone | '') => LEVEL_IDS.indexOf(l as LevelId);
const maxLevel = (a: LevelOrNone, b: LevelOrNone): LevelOrNone => (levelRank(b) > levelRank(a) ? b : a);
const FIELD_TYPES = new Set(['field-work', 'rapid-communication']);

/** The steps the answers give (no type), for one set of answer values. */
export function answerSteps(a: AnswerSet, type: Pick<TypeReading, 'typeId'>): Step[] {
  const steps: Step[] = [];
  const lbl = <K extends QuestionKey>(k: K) => `${QUESTIONS[k].label}「${answerLabel(k, a[k])}」`;
  if (a.system === 'mynumber' || a.system === 'unknown') {
    steps.push({ key: 'system', level: 'lv4', source: 'guide', text: `${lbl('system')}：手引きは「個人番号利用事務系システムを利用する業務」を Lv.Ⅳ としています（スライド14）。${a.system === 'unknown' ? 'わからない間は、もっとも厳しい場合として扱います。' : ''}` });
  }
  if (a.place === 'equipment' || a.place === 'unknown') {
    steps.push({ key: 'place', level: 'lv4', source: 'guide', text: `${lbl('place')}：手引きは「職場に設置された特殊な機器等の利用が必要な業務」を Lv.Ⅳ としています（スライド14）。${a.place === 'unknown' ? 'わからない間は、もっとも厳しい場合として扱います。' : ''}` });
  } else if (a.place === 'counter') {
    steps.push(
      FIELD_TYPES.has(type.typeId)
        ? { key: 'place', level: 'lv2', source: 'guide', text: `${lbl('place')}：手引きは「現場での確認・調査・情報発信等を行う業務」などを Lv.Ⅱ とし、モバイル端末の活用を挙げています（スライド13）。` }
        : { key: 'place', level: 'lv3', source: 'guide', text: `${lbl('place')}：手引きは「各種申請・届出受理業務、窓口業務」を Lv.Ⅲ としています（スライド14）。` },
    );
  }
  if (a.info === 'staff') {
    steps.push({ key: 'info', level: 'lv2', source: 'guide', text: `${lbl('info')}：手引きは「職員の個人情報を扱う業務」を Lv.Ⅱ「秘密文書に相当する機密性を要する情報資産を扱う業務」としています（スライド13）。` });
  } else if (a.info === 'resident' || a.info === 'unknown') {
    steps.push({
      key: 'info',
      level: 'lv2',
      source: 'site',
      text: `${lbl('info')}：当サイトの目安として少なくとも Lv.Ⅱ とします（手引きは職員の個人情報を扱う業務を Lv.Ⅱ としており（スライド13）、住民の個人情報はそれ以上の機密性があるため）。あわせて手引きの住民情報の注意（スライド12）が付きます。${a.info === 'unknown' ? 'わからない間は、住民の個人情報を扱う場合として扱います。' : ''}`,
    });
  }
  return steps;
}

function core(a: AnswerSet, type: TypeReading, override: string) {
  const steps = answerSteps(a, type);
  let floor: LevelOrNone = 'unclassified';
  for (const s of steps) floor = maxLevel(floor, s.level);
  const derived = maxLevel(type.level, floor);
  const chosen = (LEVEL_IDS as readonly string[]).includes(override) ? (override as LevelId) : null;
  const level = chosen ? maxLevel(chosen, floor) : derived;
  return { steps, floor, derived, level, overrideRaised: !!chosen && level !== chosen, residentNote: a.info === 'resident' || a.info === 'unknown' };
}

/** Derives the level, the notes and 要確認 from the answers (officer's or pre-filled), the type reading and the officer's level. */
export function derive(answers: Effective, type: TypeReading, override = ''): Derived {
  const values: AnswerSet = { info: answers.info.value, system: answers.system.value, place: answers.place.value };
  const now = core(values, type, override);
  // Every answer still 推定 or わからない leaves the row 要確認; say whether the strictest answer would give more.
  const unknown: string[] = [];
  const estimated: string[] = [];
  let more = false;
  for (const k of QUESTION_KEYS) {
    const a = answers[k];
    if (a.value === 'unknown') unknown.push(QUESTIONS[k].label);
    else if (!a.confirmed) {
      estimated.push(QUESTIONS[k].label);
      const worst = core({ ...values, [k]: 'unknown' } as AnswerSet, type, override);
      more ||= levelRank(worst.level) > levelRank(now.level) || (worst.residentNote && !now.residentNote);
    }
  }
  const checks: string[] = [];
  if (unknown.length) checks.push(`${unknown.join('・')}が「わからない」のため、もっとも厳しい場合として扱っています。`);
  if (estimated.length) checks.push(`${estimated.join('・')}は語からの推定です。${more ? '違えばレベルが上がる、または住民情報の注意が付きます。' : ''}`);
  if (checks.length) checks.push('確かめて選んでください。');
  const steps = [...now.steps];
  if (type.level !== 'unclassified') steps.push({ key: 'type', level: type.level, source: type.source === 'site' ? 'site' : 'guide', text: type.text });
  steps.sort((x, y) => levelRank(y.level) - levelRank(x.level));
  const constraints: string[] = [];
  if (values.place === 'counter') constraints.push(COUNTER_NOTE);
  if (type.patrol) constraints.push(PATROL_NOTE);
  return {
    level: now.level,
    derived: now.derived,
    floor: now.floor,
    steps,
    residentNote: now.residentNote,
    constraints,
    needsCheck: checks.length > 0,
    checks,
    overrideRaised: now.overrideRaised,
    estimated: QUESTION_KEYS.some((k) => !answers[k].confirmed),
  };
}
