/**
 * The self-diagnosis as the island receives it: small, plain props built at build time from
 * content/diagnosis/*.yaml, concerns, programs, cases and the survey. No zod here, so the
 * browser bundle stays small; the content is validated when the site is built.
 */

import type { Answer } from '../../schemas/state/diagnosis';

/**
 * The one answer type (実施している / 一部実施 / 実施していない / わからない) is the saved
 * state's (src/schemas/state/diagnosis.ts); imported as a type only, so no zod reaches the island.
 */
export type { Answer };
/** The answers in the order the form shows them. */
export const ANSWER_VALUES: readonly Answer[] = ['yes', 'partial', 'no', 'unknown'];
/** Japanese labels of the answers, in the order the form shows them. */
export const ANSWER_LABELS: Record<Answer, string> = { yes: '実施している', partial: '一部実施', no: '実施していない', unknown: 'わからない' };
/** Points per answer (IPA「5分でできる！情報セキュリティ自社診断」). */
export const ANSWER_POINTS: Record<Answer, number> = { yes: 4, partial: 2, no: 0, unknown: -1 };

export type Answers = Record<string, Answer>;
/**
 * Answers to the 「団体について」 questions (kind of body, staff band, status, concerns):
 * question id → option value (or values for a multiple-choice question). Named "about" so that
 * "profile" means only the organisation's 団体名・担当課 (the saved `profile` section, called
 * `org` in the diagnosis code). Saved as `diagnosis.about` (format v3; v1 and v2 called it
 * `diagnosis.profile`, migrated on read); only src/lib/diagnosis/session.ts reads and writes it.
 */
export type AboutAnswers = Record<string, string | string[]>;

export interface DQuestion {
  id: string;
  /** Permanent number in share links */
  n: number;
  area: string;
  text: string;
  why: string;
  step: number;
  essential: boolean;
  action: string;
  /** Link to the guide passage, already with the base path */
  href: string;
  /** Where the link goes, in words (「ステップ3 環境整備（ハード面・ソフト面）」) */
  hrefLabel: string;
  /** 出典 in one line (「手引き スライド5」) */
  sourceLabel: string;
}

export interface DArea {
  id: string;
  label: string;
  shortLabel: string;
  basis: string;
}

export interface AboutOption {
  code: string;
  value: string;
  label: string;
  surveyLabel?: string;
}

/** A 「団体について」 question. */
export interface AboutQuestion {
  id: string;
  code: string;
  label: string;
  hint?: string;
  multiple: boolean;
  onlyWhen?: { question: string; values: string[] };
  options: AboutOption[];
}

export interface DBand {
  min: number;
  max: number;
  label: string;
  text: string;
}

export interface DRule {
  kind: 'program' | 'case';
  id: string;
  when: { notDone: string[]; concerns: string[]; status: string[] };
  reason: string;
}

export interface DLinkItem {
  id: string;
  title: string;
  href: string;
  /** A subtitle or a one-line summary */
  note?: string;
}

export interface DConcern {
  id: string;
  label: string;
  percent: number;
  lead?: string;
  answers: { title?: string; text: string; href?: string; hrefLabel?: string; source: string }[];
}

export interface PeerRow {
  label: string;
  group: 'kind' | 'band' | 'total';
  bodies: number;
  count: number;
  percent: number;
  prevCount: number;
  prevPercent: number;
}

export interface PeerData {
  /** 令和3年（2021年）10月1日 */
  asOfLabel: string;
  /** 令和2年（2020年）10月1日 */
  prevAsOfLabel: string;
  /** 令和3年: the survey year, for 「職員数の区分での比較は令和3年の調査」 */
  yearLabel: string;
  /** How adoption moved on after this survey (content/later-figures.yaml), its own source; '' if none */
  later: string;
  rows: PeerRow[];
}

export interface DStep {
  number: number;
  title: string;
  href: string;
}

/** Everything the diagnosis island needs. */
export interface DiagnosisContent {
  version: number;
  areas: DArea[];
  questions: DQuestion[];
  /** The 「団体について」 questions */
  about: AboutQuestion[];
  bands: DBand[];
  bandNote: string;
  rules: DRule[];
  fallbackCases: string[];
  programs: DLinkItem[];
  cases: DLinkItem[];
  concerns: DConcern[];
  peers: PeerData | null;
  steps: DStep[];
}
