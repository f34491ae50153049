/** Comparison with peers: 別添1's adoption rate for the body's kind and staff band. */
import type { AboutQuestion, PeerData, PeerRow, AboutAnswers } from './types';

export interface PeerFigure {
  /** 「100名以下の市区町村」 */
  label: string;
  bodies: number;
  count: number;
  percent: number;
  prevCount: number;
  prevPercent: number;
  /** Increase in percentage points since the previous year (one decimal) */
  increasePoints: number;
  /** Bodies that adopted since the previous year */
  newlyAdopted: number;
}

export interface PeerComparison {
  /** 令和3年（2021年）10月1日 */
  asOfLabel: string;
  prevAsOfLabel: string;
  /** 令和3年: the survey's year (the staff-band comparison exists only for it) */
  yearLabel: string;
  /** How adoption moved on after the survey, with its own source ('' if none) */
  later: string;
  /** The kind of body (always, when chosen) */
  kind?: PeerFigure;
  /** The staff band (市区町村 only, when chosen) */
  band?: PeerFigure;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

function figure(row: PeerRow, label: string): PeerFigure {
  return {
    label,
    bodies: row.bodies,
    count: row.count,
    percent: row.percent,
    prevCount: row.prevCount,
    prevPercent: row.prevPercent,
    increasePoints: round1(row.percent - row.prevPercent),
    newlyAdopted: row.count - row.prevCount,
  };
}

function optionOf(questions: AboutQuestion[], id: string, about: AboutAnswers) {
  const q = questions.find((x) => x.id === id);
  const v = about[id];
  return q?.options.find((o) => o.value === v);
}

/** The survey rows matching the chosen kind of body and staff band, or null without survey data. */
export function comparePeers(questions: AboutQuestion[], about: AboutAnswers, data: PeerData | null): PeerComparison | null {
  if (!data) return null;
  const result: PeerComparison = { asOfLabel: data.asOfLabel, prevAsOfLabel: data.prevAsOfLabel, yearLabel: data.yearLabel, later: data.later };
  const kind = optionOf(questions, 'kind', about);
  if (kind?.surveyLabel) {
    const row = data.rows.find((r) => r.group === 'kind' && r.label === kind.surveyLabel);
    if (row) result.kind = figure(row, row.label);
    const sizeQ = questions.find((x) => x.id === 'size');
    const applies = !sizeQ?.onlyWhen || sizeQ.onlyWhen.values.includes(kind.value);
    const size = applies ? optionOf(questions, 'size', about) : undefined;
    if (size?.surveyLabel) {
      const bands = data.rows.filter((r) => r.group === 'band');
      const b = bands.find((r) => r.label === size.surveyLabel) ?? bands.find((r) => r.label.includes(size.surveyLabel!));
      if (b) result.band = figure(b, `一般行政職員数${size.label}の${kind.label}`);
    }
  }
  return result.kind || result.band ? result : null;
}
