/** Words the diagnosis prints: answer labels, points, the score's breakdown, 時点 notes. */
import { ANSWER_LABELS, ANSWER_POINTS, ANSWER_VALUES, type AboutQuestion, type Answer } from './types';
import { deductionEffect, type Score } from './score';

const isAnswer = (a: unknown): a is Answer => typeof a === 'string' && (ANSWER_VALUES as readonly string[]).includes(a);

/** 「実施している」…, or 「未回答」 for nothing or an unreadable value. */
export function answerLabel(a: unknown): string {
  return isAnswer(a) ? ANSWER_LABELS[a] : '未回答';
}

/** Points with a real minus sign: 4 → "4", −1 → "−1" (U+2212, as the page's 「−1点」). */
export function pointsText(n: number): string {
  return n < 0 ? `−${-n}` : String(n);
}

/** The points an answer gives, as text ("" when unanswered). */
export function answerPoints(a: unknown): string {
  return isAnswer(a) ? pointsText(ANSWER_POINTS[a]) : '';
}

/** The chosen option labels of a 「団体について」 question, joined with 「、」, or 「未回答」. */
export function aboutLabel(q: AboutQuestion | undefined, v: string | string[] | undefined): string {
  const vals = Array.isArray(v) ? v : v ? [v] : [];
  return vals.map((x) => q?.options.find((o) => o.value === x)?.label ?? x).join('、') || '未回答';
}

/**
 * The note under a support program: its 時点 and where to check. Program labels already end in
 * 「…時点の情報」; adding 「の情報」 again printed 「…時点の情報の情報。」.
 */
export function asOfNote(asOfLabel: string): string {
  const label = asOfLabel.trim().replace(/。$/, '');
  return `${/の?情報$/.test(label) ? label : `${label}の情報`}。最新の状況は事業の窓口で確認してください。`;
}

/**
 * The score explained in words, for the screen and the result sheet:
 * - breakdown: each answer's count and points, and the 素点 (raw sum) out of the maximum;
 * - deduction: what the 「わからない」 answers took off, and, when the raw sum is negative,
 *   that the total was raised to 0 (empty when nothing was deducted).
 */
export function scoreWords(score: Score): { breakdown: string; deduction: string } {
  const parts = ANSWER_VALUES.map((a) => `${ANSWER_LABELS[a]} ${score.counts[a]}問（${pointsText(score.counts[a] * ANSWER_POINTS[a])}点）`);
  const breakdown = `内訳：${parts.join('、')}。素点 ${pointsText(score.raw)}点（${score.max}点満点）${score.max === 100 ? '' : `を100点満点に換算して${score.total}点`}。`;
  const d = deductionEffect(score);
  let deduction = '';
  if (d.clamped) {
    deduction = `「わからない」${d.points}問の減点（各−1点）で素点がマイナス（${pointsText(score.raw)}点）になったため、合計は0点としています（マイナスは0点とする決まりです）。減点がなければ${d.totalWithout}点でした。`;
  } else if (d.points > 0) {
    deduction = `「わからない」${d.points}問の減点（各−1点、計−${d.points}点）を含みます。減点がなければ${d.totalWithout}点でした。`;
  }
  return { breakdown, deduction };
}
