/** 「同じ規模の団体との比較」 with the survey's date and source (別添1, 令和3年10月1日現在). */
import { comparePeers } from '../../lib/diagnosis/peers';
import type { AboutAnswers, DiagnosisContent } from '../../lib/diagnosis/types';

/** A survey percentage as 別添1 prints it: one decimal, 100 without. */
const pct = (x: number) => (x === 100 ? '100' : x.toFixed(1));

export default function PeerComparison({ content, about }: { content: DiagnosisContent; about: AboutAnswers }) {
  const peers = comparePeers(content.about, about, content.peers);
  if (!peers) {
    return (
      <div class="diag__peers">
        <h3>同じ規模の団体との比較</h3>
        <p>「団体の種類」を選ぶと、同じ種類・規模の団体の導入率を表示します。</p>
      </div>
    );
  }
  return (
    <div class="diag__peers">
      <h3>同じ規模の団体との比較（{peers.asOfLabel}現在）</h3>
      <ul>
        {[peers.band, peers.kind].filter((f) => f !== undefined).map((f) => (
          <li key={f!.label}>
            {f!.label}のテレワーク導入率は<strong>{pct(f!.percent)}%</strong>（{f!.bodies.toLocaleString('ja-JP')}団体中{f!.count.toLocaleString('ja-JP')}団体）です。前年（{peers.prevAsOfLabel}現在）は{pct(f!.prevPercent)}%（{f!.prevCount.toLocaleString('ja-JP')}団体）でした。{' '}
            <span class="meta" data-peer-difference>{f!.difference}</span>
          </li>
        ))}
      </ul>
      <p class="meta">
        出典：総務省「地方公共団体におけるテレワークの取組状況調査結果」（通知の別添1、{peers.asOfLabel}現在）。「導入」には試験的・実験的な導入を含みます。
        {peers.band ? `職員数の区分での比較は${peers.yearLabel}の調査の数値です（その後の調査の区分別の数値は当サイトでは確認できていません）。` : ''}
      </p>
      {peers.later && <p class="meta" data-later-figures>{peers.later}</p>}
    </div>
  );
}
