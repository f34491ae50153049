/**
 * The rules of a diagnosis session, apart from the page: how saved answers meet the current
 * questions, how an edit is saved, how multiple choices are ordered, and when a share link may
 * replace the user's own answers. Pure functions; the island calls them and renders.
 */
import type { DiagnosisState } from '../../schemas/state/diagnosis';
import { ANSWER_VALUES, type AboutAnswers, type AboutQuestion, type Answer, type Answers, type DQuestion } from './types';
import type { ShareResult } from './share';

/** What the page works with: the answers the current content knows. */
export interface Session {
  answers: Answers;
  about: AboutAnswers;
  /** Saved ids (or values) the current content does not have: kept in storage, not counted */
  ignored: string[];
  note?: string;
}

/** The saved diagnosis section, read through the current content (unknown ids and values left out). */
export function fromSaved(saved: Pick<DiagnosisState, 'answers' | 'about'>, questions: DQuestion[], aboutQs: AboutQuestion[]): Session {
  const answers: Answers = {};
  const ignored: string[] = [];
  for (const [id, a] of Object.entries(saved.answers)) {
    if (questions.some((q) => q.id === id) && (ANSWER_VALUES as string[]).includes(a)) answers[id] = a as Answer;
    else ignored.push(id);
  }
  const about: AboutAnswers = {};
  for (const [id, v] of Object.entries(saved.about)) {
    const q = aboutQs.find((x) => x.id === id);
    if (!q) {
      ignored.push(id);
      continue;
    }
    const given = Array.isArray(v) ? v : [v];
    const vals = given.filter((x) => q.options.some((o) => o.value === x));
    if (vals.length !== given.length) ignored.push(id);
    if (vals.length) about[id] = q.multiple ? vals : vals[0]!;
  }
  const note = ignored.length ? `以前の回答のうち${ignored.length}件は、現在の設問にないため集計に含めていません（設問が変更されたためです）。` : undefined;
  return { answers, about, ignored, ...(note ? { note } : {}) };
}

/**
 * The saved section after an edit: the page's answers, plus what was saved for questions the
 * current content no longer has (a later version of the site may bring them back). Other fields
 * of the section (kept by the store) pass through.
 */
export function toSaved<S extends DiagnosisState>(prev: S, answers: Answers, about: AboutAnswers, questions: DQuestion[], aboutQs: AboutQuestion[], now: string): S {
  const keptAnswers = Object.fromEntries(Object.entries(prev.answers).filter(([id]) => !questions.some((q) => q.id === id)));
  const keptAbout = Object.fromEntries(Object.entries(prev.about).filter(([id]) => !aboutQs.some((q) => q.id === id)));
  return { ...prev, answers: { ...keptAnswers, ...answers }, about: { ...keptAbout, ...about }, updatedAt: now };
}

/** The saved section after 「消してやり直す」: nothing, not even answers to removed questions. */
export function clearedSaved<S extends DiagnosisState>(prev: S, now: string): S {
  return { ...prev, answers: {}, about: {}, updatedAt: now };
}

/** Whether a 「団体について」 question applies, given the other answers (e.g. staff band only for 市区町村). */
export function aboutApplies(q: AboutQuestion, about: AboutAnswers): boolean {
  if (!q.onlyWhen) return true;
  const v = about[q.onlyWhen.question];
  return typeof v === 'string' && q.onlyWhen.values.includes(v);
}

/**
 * The 「団体について」 answers after one choice: a radio replaces the value; a checkbox adds or
 * removes its value, and the values stay in the options' order (whatever order they were ticked).
 */
export function chooseAbout(about: AboutAnswers, q: AboutQuestion, value: string, checked: boolean): AboutAnswers {
  if (!q.multiple) return checked ? { ...about, [q.id]: value } : about;
  const cur = about[q.id];
  const values = (Array.isArray(cur) ? cur : typeof cur === 'string' && cur ? [cur] : []).filter((v) => v !== value);
  if (checked) values.push(value);
  const order = q.options.map((o) => o.value);
  return { ...about, [q.id]: values.filter((v) => order.includes(v)).sort((a, b) => order.indexOf(a) - order.indexOf(b)) };
}

const sorted = (o: Record<string, unknown>) => JSON.stringify(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** Same answers and same 「団体について」 answers, in any key order. */
export function sameSession(a: { answers: Answers; about: AboutAnswers }, b: { answers: Answers; about: AboutAnswers }): boolean {
  return sorted(a.answers) === sorted(b.answers) && sorted(a.about) === sorted(b.about);
}

/** How many answers (questions and 「団体について」) a session holds. */
export const answerCount = (s: { answers: Answers; about: AboutAnswers }) => Object.keys(s.answers).length + Object.keys(s.about).length;

/** What the page does with a share link in the URL fragment. */
export type ShareDecision =
  | { kind: 'none' }
  | { kind: 'error'; message: string }
  /** The link holds exactly the answers already saved here: say so, nothing to show apart */
  | { kind: 'same'; message: string }
  /**
   * Show the shared result first, read-only and labelled as someone else's; offer to compare it
   * with the user's own answers (when there are any) and to replace them with it. Never
   * replaced without the user pressing 「この回答で置き換える」.
   */
  | { kind: 'show'; shared: { answers: Answers; about: AboutAnswers }; note?: string; hasOwn: boolean; ownAnswered: number };

/** The share-link acceptance rule: a decoded fragment and the user's own answers → what to do. */
export function decideShare(decoded: ShareResult, own: { answers: Answers; about: AboutAnswers }): ShareDecision {
  if (decoded.kind === 'none') return decoded;
  if (decoded.kind === 'error') return { kind: 'error', message: decoded.message };
  const shared = { answers: decoded.answers, about: decoded.about };
  if (answerCount(own) > 0 && sameSession(shared, own)) {
    return { kind: 'same', message: `共有リンクの回答は、このブラウザに保存されている回答と同じです。${decoded.note ?? ''}` };
  }
  return { kind: 'show', shared, hasOwn: answerCount(own) > 0, ownAnswered: Object.keys(own.answers).length, ...(decoded.note ? { note: decoded.note } : {}) };
}
