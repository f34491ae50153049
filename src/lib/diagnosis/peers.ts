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
  /**
   * This year's adopting bodies minus last year's. The site's arithmetic, not a figure of 別添1,
   * and a net difference (not the bodies that adopted): always shown with `difference`'s label.
   */
  newlyAdopted: number;
  /** The difference as a sentence that says it is the site's arithmetic (and, for a staff band, only a rough guide) */
  difference: string;
}

/**
 * 「前年との差（当サイトによる計算：…）：+69団体（導入率は+14.0ポイント）」. 別添1 prints both years
 * but no difference; a staff band's members change between the years (496 → 493 bodies of 100名以下),
 * so its difference is only a rough guide and says so.
 */
export function differenceText(f: Pick<PeerFigure, 'count' | 'prevCount' | 'increasePoints'>, yearLabel: string, prevYearLabel: string, band: boolean): string {
  const sign = (n: number, s: string) => `${n >= 0 ? '+' : '−'}${s}`;
  const diff = f.count - f.prevCount;
  const how = `当サイトによる計算：${yearLabel}の団体数 − ${prevYearLabel}の団体数${band ? '。規模区分の構成が年で変わるため目安' : ''}`;
  return `前年との差（${how}）：${sign(diff, `${Math.abs(diff).toLocaleString('ja-JP')}団体`)}（導入率は${sign(f.increasePoints, `${Math.abs(f.increasePoints).toFixed(1)}ポイント`)}）`;
}

/** 「令和2年」 from 「令和2年（2020年）10月1日」. */
const eraYearOf = (label: string) => /^(令和|平成)(\d+|元)年/.exec(label)?.[0] ?? label;

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

function figure(row: PeerRow, label: string, data: PeerData, band: boolean): PeerFigure {
  const increasePoints = round1(row.percent - row.prevPercent);
  return {
    label,
    bodies: row.bodies,
    count: row.count,
    percent: row.percent,
    prevCount: row.prevCount,
    prevPercent: row.prevPercent,
    increasePoints,
    newlyAdopted: row.count - row.prevCount,
    difference: differenceText({ count: row.count, prevCount: row.prevCount, increasePoints }, eraYearOf(data.yearLabel), eraYearOf(data.prevAsOfLabel), band),
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
    if (row) result.kind = figure(row, row.label, data, false);
    const sizeQ = questions.find((x) => x.id === 'size');
    const applies = !sizeQ?.onlyWhen || sizeQ.onlyWhen.values.includes(kind.value);
    const size = applies ? optionOf(questions, 'size', about) : undefined;
    if (size?.surveyLabel) {
      const bands = data.rows.filter((r) => r.group === 'band');
      const b = bands.find((r) => r.label === size.surveyLabel) ?? bands.find((r) => r.label.includes(size.surveyLabel!));
      if (b) result.band = figure(b, `一般行政職員数${size.label}の${kind.label}`, data, true);
    }
  }
  return result.kind || result.band ? result : null;
}
