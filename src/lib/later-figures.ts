/**
 * The later adoption series (content/later-figures.yaml) as one line of text, for places that
 * show the 別添1 peer comparison (the diagnosis result, the 決裁パック): the comparison stays on
 * 令和3年, and this line says how things moved on and where each figure comes from. The series
 * mixes two documents (令和2年・令和3年 from 別添1, 令和4年 from the later survey), so the source
 * line names the document of each year, never one source for all.
 */
import { formatWareki, formatWarekiWithSeireki } from './dates';

export interface LaterPoint {
  asOf: string;
  adopted: number;
  percent: number;
  municipalities: number;
  municipalityPercent?: number | undefined;
}

export interface LaterSeries {
  totalBodies: number;
  source: { publisher: string; title: string; asOf: string; published: string; via: string };
  series: LaterPoint[];
}

const count = (n: number) => n.toLocaleString('ja-JP');
const pct = (p: number) => `${p.toFixed(1)}％`;
/** "2022-10-01" → "令和4年" */
const year = (iso: string) => formatWareki(iso).replace(/\d+月(\d+日)?$/, '');

/**
 * 「その後の推移：令和2年 406団体（22.7％）→ …」 with the newest year's 市区町村 share and its source.
 * `short` keeps the source to publisher, title and date (for the one-page pack).
 */
export function laterSeriesLine(d: LaterSeries, opts: { short?: boolean } = {}): string {
  const steps = d.series.map((p) => `${year(p.asOf)} ${count(p.adopted)}団体（${pct(p.percent)}）`).join(' → ');
  const latest = d.series[d.series.length - 1];
  const muni = latest?.municipalityPercent !== undefined ? `。${year(latest.asOf)}の市区町村は${pct(latest.municipalityPercent)}` : '';
  // years before the later survey's date are 別添1's (令和3年, and 令和2年 from its brackets)
  const annexYears = d.series.filter((p) => p.asOf < d.source.asOf).map((p) => year(p.asOf));
  const laterYears = d.series.filter((p) => p.asOf >= d.source.asOf).map((p) => year(p.asOf));
  const annexNote = opts.short ? '' : `（総務省「地方公共団体におけるテレワークの取組状況調査結果のポイント」${annexYears.length > 1 ? `。${annexYears[0]}は前年の数値として（ ）内に示されたもの` : ''}）`;
  const annex = annexYears.length ? `${annexYears.join('・')}は通知の別添1${annexNote}` : '';
  const later = opts.short
    ? `${d.source.publisher}「${d.source.title}」（${formatWareki(d.source.asOf)}現在）`
    : `${d.source.publisher}「${d.source.title}」（${formatWarekiWithSeireki(d.source.asOf)}現在、${d.source.published}。${d.source.via}）`;
  const src = `出典：${[annex, laterYears.length ? `${laterYears.join('・')}は${later}` : annex ? '' : later].filter(Boolean).join('、')}`;
  return `その後の推移（導入団体、全${count(d.totalBodies)}団体のうち）：${steps}${muni}。${src}。`;
}
