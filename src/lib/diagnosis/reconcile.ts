/** Matching saved answers to the current questions, so a changed question set never breaks the page. */
import { ANSWER_VALUES, type Answer, type Answers, type DProfileQuestion, type DQuestion, type ProfileAnswers } from './types';

export interface Reconciled {
  answers: Answers;
  profile: ProfileAnswers;
  /** Saved answers the current questions do not have (kept in storage, not counted) */
  ignored: string[];
  note?: string;
}

/** Keeps the answers and profile values the current content knows; reports the others. */
export function reconcile(questions: DQuestion[], profileQs: DProfileQuestion[], savedAnswers: Record<string, string>, savedProfile: Record<string, string | string[]>): Reconciled {
  const answers: Answers = {};
  const ignored: string[] = [];
  for (const [id, a] of Object.entries(savedAnswers)) {
    if (questions.some((q) => q.id === id) && (ANSWER_VALUES as string[]).includes(a)) answers[id] = a as Answer;
    else ignored.push(id);
  }
  const profile: ProfileAnswers = {};
  for (const [id, v] of Object.entries(savedProfile)) {
    const pq = profileQs.find((q) => q.id === id);
    if (!pq) {
      ignored.push(id);
      continue;
    }
    const vals = (Array.isArray(v) ? v : [v]).filter((x) => pq.options.some((o) => o.value === x));
    if (vals.length !== (Array.isArray(v) ? v.length : 1)) ignored.push(id);
    if (vals.length) profile[id] = pq.multiple ? vals : vals[0]!;
  }
  const note = ignored.length ? `以前の回答のうち${ignored.length}件は、現在の設問にないため集計に含めていません（設問が変更されたためです）。` : undefined;
  return { answers, profile, ignored, ...(note ? { note } : {}) };
}

/** Whether a profile question applies, given the other profile answers (e.g. staff band for 市区町村). */
export function profileApplies(q: DProfileQuestion, profile: ProfileAnswers): boolean {
  if (!q.onlyWhen) return true;
  const v = profile[q.onlyWhen.question];
  return typeof v === 'string' && q.onlyWhen.values.includes(v);
}
