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
  /** Sum of points before scaling (may be negative): the 素点 */
  raw: number;
  /** Highest possible raw sum (4 × questions) */
  max: number;
  questions: number;
  answered: number;
  unknown: number;
  /** How many questions got each answer */
  counts: Record<Answer, number>;
  /** Ids of the questions not yet answered, in content order */
  unanswered: string[];
  complete: boolean;
  areas: AreaScore[];
}

const isAnswer = (a: unknown): a is Answer => typeof a === 'string' && Object.hasOwn(ANSWER_POINTS, a);

/** Scales a sum of points over `count` questions to 0–100 (clamped, rounded, never NaN). */
export function scaleTo100(raw: number, count: number): number {
  if (!Number.isFinite(raw) || count <= 0) return 0;
  const v = Math.round((raw * 100) / (4 * count));
  return Math.min(100, Math.max(0, v));
}

/** Total and per-area scores for the given answers (answers to unknown ids are ignored). */
export function scoreAnswers(questions: DQuestion[], areas: DArea[], answers: Answers): Score {
  let raw = 0;
  let answered = 0;
  const counts: Record<Answer, number> = { yes: 0, partial: 0, no: 0, unknown: 0 };
  const unanswered: string[] = [];
  for (const q of questions) {
    const a = answers[q.id];
    if (!isAnswer(a)) {
      unanswered.push(q.id);
      continue;
    }
    answered++;
    counts[a]++;
    raw += ANSWER_POINTS[a];
  }
  const unknown = counts.unknown;
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
    max: 4 * questions.length,
    questions: questions.length,
    answered,
    unknown,
    counts,
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

export interface DeductionEffect {
  /** Points the 「わからない」 answers took off the raw sum (1 each) */
  points: number;
  /** The total (0–100) had the 「わからない」 answers counted 0 instead of −1 */
  totalWithout: number;
  /** The total as scored */
  total: number;
  /** true when the raw sum went below 0 and the total was raised to 0 */
  clamped: boolean;
}

/**
 * What the 「わからない」 deduction did to the total, so the result can say it (a town with two
 * 一部実施 and 23 わからない scores 0 because −19 is raised to 0; the sheet must not hide that).
 */
export function deductionEffect(score: Pick<Score, 'raw' | 'unknown' | 'questions' | 'total'>): DeductionEffect {
  return {
    points: score.unknown,
    totalWithout: scaleTo100(score.raw + score.unknown, score.questions),
    total: score.total,
    clamped: score.raw < 0,
  };
}

/**
 * The three most useful actions to take next (the diagnosis's 「次にすること」): questions not
 * 実施している, the current step's essentials first, then what belongs to earlier or the
 * current step, then later steps; within each, 実施していない before わからない before 一部実施,
 * then by step and content order. (Not the inventory's `levelActions`, which is per level.)
 */
export function priorityActions(questions: DQuestion[], answers: Answers, step: number, count = 3): DQuestion[] {
  const tier = (q: DQuestion) => (q.essential && q.step === step ? 0 : q.step <= step ? 1 : 2);
  return questions
    .map((q, i) => ({ q, i, a: answers[q.id] }))
    .filter((x) => x.a !== 'yes' && isAnswer(x.a))
    .sort((x, y) => tier(x.q) - tier(y.q) || (ANSWER_URGENCY[x.a!] ?? 3) - (ANSWER_URGENCY[y.a!] ?? 3) || x.q.step - y.q.step || x.i - y.i)
    .slice(0, count)
    .map((x) => x.q);
}
