/** A shared result beside the user's own answers: per area, the total, and the questions answered differently. */
import { scoreAnswers } from './score';
import type { Answer, Answers, DArea, DQuestion } from './types';

export interface AreaSide {
  /** 0–100 */
  score: number;
  answered: number;
}

export interface AreaComparison {
  id: string;
  label: string;
  shortLabel: string;
  questions: number;
  shared: AreaSide;
  own: AreaSide;
  /** own − shared, in points of the area's 100 */
  difference: number;
}

export interface AnswerDifference {
  question: DQuestion;
  /** 問N as the form numbers it (1-based, content order) */
  number: number;
  shared: Answer | undefined;
  own: Answer | undefined;
}

export interface Comparison {
  total: { shared: number; own: number; difference: number };
  /** Questions the user has answered (their total counts unanswered ones as 0 points) */
  ownAnswered: number;
  ownComplete: boolean;
  areas: AreaComparison[];
  differences: AnswerDifference[];
}

/** Compares a shared set of answers with the user's own, area by area. */
export function compareAnswers(questions: DQuestion[], areas: DArea[], shared: Answers, own: Answers): Comparison {
  const s = scoreAnswers(questions, areas, shared);
  const o = scoreAnswers(questions, areas, own);
  return {
    total: { shared: s.total, own: o.total, difference: o.total - s.total },
    ownAnswered: o.answered,
    ownComplete: o.complete,
    areas: s.areas.map((a, i) => {
      const mine = o.areas[i]!;
      return {
        id: a.id,
        label: a.label,
        shortLabel: a.shortLabel,
        questions: a.questions,
        shared: { score: a.score, answered: a.answered },
        own: { score: mine.score, answered: mine.answered },
        difference: mine.score - a.score,
      };
    }),
    differences: questions
      .map((q, i) => ({ question: q, number: i + 1, shared: shared[q.id], own: own[q.id] }))
      .filter((d) => d.shared !== d.own),
  };
}
