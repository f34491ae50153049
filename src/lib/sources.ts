import type { SourceDoc, SourceRef } from '../schemas/common';

/** The two source documents (sources/README.md); 別添1 is part of the notice. */
export const SOURCES: Record<SourceDoc, { title: string; publisher: string; date: string; dateLabel: string; url?: string; note?: string; dateNote?: string }> = {
  guide: {
    title: '地方公共団体におけるテレワーク推進のための手引き',
    publisher: '総務省',
    date: '2021-04',
    dateLabel: '令和3年（2021年）4月',
    url: 'https://www.soumu.go.jp/main_content/000746987.pdf',
  },
  notice: {
    title: '地方公共団体におけるテレワークの推進について',
    publisher: '総務省 自治行政局公務員部公務員課 女性活躍・人材活用推進室',
    date: '2022',
    // The notice's text carries no date: this is an estimate (see dateNote).
    dateLabel: '令和4年（2022年）初め〔推定〕',
    note: '各地方公共団体あての通知',
    dateNote: '通知の本文には発出日の記載がありません。「令和4年（2022年）初め」は当サイトの推定です（根拠：通知が引く別添1の調査は令和3年（2021年）10月1日現在で、通知は令和4年度の予定（特別交付税措置・実証実験の追加公募）に触れています）。',
  },
  annex1: {
    title: '地方公共団体におけるテレワークの取組状況調査結果のポイント（通知「地方公共団体におけるテレワークの推進について」別添1）',
    publisher: '総務省',
    date: '2021-10-01',
    dateLabel: '令和3年（2021年）10月1日現在',
  },
};

/** One line citing a source: 出典：総務省「…」（令和3年（2021年）4月）スライド4「…」. */
export function citeSource(ref: SourceRef): string {
  const s = SOURCES[ref.doc];
  const where = [ref.pages, ref.section ? `「${ref.section}」` : ''].filter(Boolean).join(' ');
  return `出典：${s.publisher.startsWith('総務省') ? '総務省' : s.publisher}「${s.title}」（${s.dateLabel}）${where}`;
}
