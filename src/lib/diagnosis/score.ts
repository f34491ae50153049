/**
 * Scoring of the self-diagnosis, after IPA「5分でできる！情報セキュリティ自社診断」:
 * 実施している 4 / 一部実施 2 / 実施していない 0 / わからない −1 points. With 25 questions the
 * sum is the score out of 100; with another number N the sum is scaled by 100 / (4 × N) and
 * rounded. The score is clamped to 0–100 (all わからない gives −25 → 0) and is never NaN.
 */
import { ANSWER_POINTS, type Answer, type Answers, type DArea, type DBand, type DQuestion } from './types';

export interface AreaScore {
  id: string;
  label: string;
  shortLabel: string;
  /** 0–100 */
  score: number;
  questions: number;
  answered: number;
  unknown: number;
}

export interface Score {
  /** 0–100 */
  total: number;
  /** Sum of points before scaling (may be negative) */
  raw: number;
  questions: number;
  answered: number;
  unknown: number;
  /** Ids of the questions not yet answered, in content order */
  unanswered: string[];
  complete: boolean;
  areas: AreaScore[];
}

const isAnswer = (a: unknown): a is Answer => typeof a === 'string' && a in ANSWER_POINTS;

/** Scales a sum of points over `count` questions to 0–100 (clamped, rounded, never NaN). */
export function scaleTo100(raw: number, count: number): number {
  if (!Number.isFinite(raw) || count <= 0) return 0;
  const v = Math.round((raw * 100) / (4 * count));
  return Math.min(100, Math.max(0, v));
}

/** The points of one answer; an unanswered or unreadable answer gives 0. */
export function pointsOf(a: unknown): number {
  return isAnswer(a) ? ANSWER_POINTS[a] : 0;
}

/** Total and per-area scores for the given answers (answers to unknown ids are ignored). */
export function scoreAnswers(questions: DQuestion[], areas: DArea[], answers: Answers): Score {
  let raw = 0;
  let answered = 0;
  let unknown = 0;
  const unanswered: string[] = [];
  for (const q of questions) {
    const a = answers[q.id];
    if (!isAnswer(a)) {
      unanswered.push(q.id);
      continue;
    }
    answered++;
    if (a === 'unknown') unknown++;
    raw += ANSWER_POINTS[a];
  }
  const areaScores = areas.map((area): AreaScore => {
    const qs = questions.filter((q) => q.area === area.id);
    let sum = 0;
    let n = 0;
    let u = 0;
    for (const q of qs) {
      const a = answers[q.id];
      if (!isAnswer(a)) continue;
      n++;
      if (a === 'unknown') u++;
      sum += ANSWER_POINTS[a];
    }
    return { id: area.id, label: area.label, shortLabel: area.shortLabel, score: scaleTo100(sum, qs.length), questions: qs.length, answered: n, unknown: u };
  });
  return {
    total: scaleTo100(raw, questions.length),
    raw,
    questions: questions.length,
    answered,
    unknown,
    unanswered,
    complete: questions.length > 0 && unanswered.length === 0,
    areas: areaScores,
  };
}

/** The result band a score falls in (the first band when none matches). */
export function bandFor(bands: DBand[], total: number): { band: DBand; index: number } {
  const t = Number.isFinite(total) ? total : 0;
  const index = bands.findIndex((b) => t >= b.min && t <= b.max);
  const i = index < 0 ? 0 : index;
  return { band: bands[i]!, index: i };
}

export interface Placement {
  /** "You are around step N": the first step whose essentials are not all 実施している */
  step: number;
  /** The essentials of that step not yet in place (empty when every step is in place) */
  missing: DQuestion[];
  /** true when every step's essentials are 実施している (step is then 10) */
  allInPlace: boolean;
}

/** The step the body is at: the first step (1–10) whose essential questions are not all 実施している. */
export function placeStep(questions: DQuestion[], answers: Answers, lastStep = 10): Placement {
  for (let step = 1; step <= lastStep; step++) {
    const essentials = questions.filter((q) => q.step === step && q.essential);
    const missing = essentials.filter((q) => answers[q.id] !== 'yes');
    if (missing.length > 0) return { step, missing, allInPlace: false };
  }
  return { step: lastStep, missing: [], allInPlace: true };
}

const ANSWER_URGENCY: Record<string, number> = { no: 0, unknown: 1, partial: 2 };

/**
 * The most useful next actions: questions not 実施している, the current step's essentials first,
 * then what belongs to earlier or the current step, then later steps; within each, 実施していない
 * before わからない before 一部実施, then by step and content order.
 */
export function nextActions(questions: DQuestion[], answers: Answers, step: number, count = 3): DQuestion[] {
  const tier = (q: DQuestion) => (q.essential && q.step === step ? 0 : q.step <= step ? 1 : 2);
  return questions
    .map((q, i) => ({ q, i, a: answers[q.id] }))
    .filter((x) => x.a !== 'yes' && isAnswer(x.a))
    .sort((x, y) => tier(x.q) - tier(y.q) || (ANSWER_URGENCY[x.a!] ?? 3) - (ANSWER_URGENCY[y.a!] ?? 3) || x.q.step - y.q.step || x.i - y.i)
    .slice(0, count)
    .map((x) => x.q);
}
