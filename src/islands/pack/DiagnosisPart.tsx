/**
 * The diagnosis result in the 決裁パック, on one page: total and band with the raw points and
 * what the 「わからない」 deduction did, area scores, いまの位置, the three next actions and the
 * peer comparison with its date. Computed with src/lib/diagnosis from the saved answers.
 */
import { comparePeers } from '../../lib/diagnosis/peers';
import { bandFor, placeStep, priorityActions, scoreAnswers } from '../../lib/diagnosis/score';
import type { AboutAnswers, Answers, DiagnosisContent } from '../../lib/diagnosis/types';
import { formatWarekiWithSeireki } from '../../lib/dates';

export type PackDiagnosisContent = Pick<DiagnosisContent, 'areas' | 'questions' | 'about' | 'bands' | 'bandNote' | 'peers' | 'steps'>;

interface Props {
  content: PackDiagnosisContent;
  answers: Answers;
  about: AboutAnswers;
  /** The local date of the last answer (YYYY-MM-DD) */
  date: string;
}

const pct = (x: number) => (Math.round(x * 10) / 10).toFixed(1);

export default function DiagnosisPart({ content, answers, about, date }: Props) {
  const { questions, areas } = content;
  const score = scoreAnswers(questions, areas, answers);
  const { band } = bandFor(content.bands, score.total);
  const place = placeStep(questions, answers);
  const step = content.steps[place.step - 1];
  const actions = priorityActions(questions, answers, place.step);
  const peers = comparePeers(content.about, about, content.peers);
  const count = (a: string) => questions.filter((q) => answers[q.id] === a).length;
  const [yes, partial, no, unknown] = [count('yes'), count('partial'), count('no'), score.unknown];
  const beforeDeduction = score.raw + unknown;
  const scaled = score.questions !== 25;

  return (
    <>
      <h2>自己診断の結果</h2>
      <p class="pack-meta">診断日：{date ? formatWarekiWithSeireki(date) : '不明'}　回答：{score.questions}問中{score.answered}問</p>
      <p class="pack-total" data-pack-total>
        合計 <strong>{score.total}点</strong>（100点満点）　結果の区分：<strong>{band.label}</strong>（{band.min}〜{band.max}点）
      </p>
      <p>
        素点 {score.raw}点（実施している{yes}問×4点＋一部実施{partial}問×2点＋実施していない{no}問×0点＋わからない{unknown}問×−1点
        {score.unanswered.length > 0 && `。未回答${score.unanswered.length}問は0点`}）。
        {unknown > 0 && `「わからない」${unknown}問で${unknown}点を差し引きました（差し引く前は${beforeDeduction}点）。`}
        {score.raw < 0 && '素点がマイナスのため、合計は0点としました（0点未満にはしません）。'}
        {scaled && `${score.questions}問のため、素点を100点満点に換算しています。`}
      </p>
      <p>{band.text}</p>
      <p class="pack-small">{content.bandNote}</p>

      <table class="report-table pack-areas">
        <caption>領域ごとの点数（各領域100点満点に換算）</caption>
        <thead>
          <tr>
            <th scope="col">領域</th>
            <th scope="col">点数</th>
            <th scope="col">「わからない」</th>
          </tr>
        </thead>
        <tbody>
          {score.areas.map((a) => (
            <tr key={a.id}>
              <th scope="row">{a.label}</th>
              <td>
                <svg class="pack-bar" viewBox="0 0 100 8" width="100" height="8" aria-hidden="true">
                  <rect x="0" y="0" width="100" height="8" class="pack-bar__track" />
                  <rect x="0" y="0" width={a.score} height="8" class="pack-bar__fill" />
                </svg>{' '}
                {a.score}点
              </td>
              <td>{a.unknown}問</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>いまの位置</h3>
      <p>
        {place.allInPlace && 'すべてのステップの必須項目がそろっています。'}
        {step ? `ステップ${step.number}「${step.title}」のあたりにいます。` : ''}
        {place.missing.length > 0 && `まだそろっていない必須項目：${place.missing.map((q) => q.text).join('／')}`}
      </p>

      <h3>次にすること</h3>
      {actions.length > 0 ? (
        <ol class="pack-actions">
          {actions.map((q) => (
            <li key={q.id}>
              {q.action}（手引き：{q.hrefLabel}、{q.sourceLabel}）
            </li>
          ))}
        </ol>
      ) : (
        <p>すべての設問が「実施している」です。本格実施後も定期的に見直し、PDCAサイクルを回しましょう。</p>
      )}

      <h3>同じ規模の団体との比較</h3>
      {peers ? (
        <ul>
          {[peers.band, peers.kind].map((f) =>
            f ? (
              <li key={f.label}>
                {peers.asOfLabel}現在、{f.label}のテレワーク導入率は{pct(f.percent)}%（{f.bodies.toLocaleString('ja-JP')}団体中{f.count.toLocaleString('ja-JP')}団体）。前年（{peers.prevAsOfLabel}現在）の{pct(f.prevPercent)}%から{f.increasePoints.toFixed(1)}ポイント増。
              </li>
            ) : null,
          )}
        </ul>
      ) : (
        <p>自己診断で「団体の種類」が選ばれていないため、比較はありません。</p>
      )}
      {peers && <p class="pack-small">出典：総務省「地方公共団体におけるテレワークの取組状況調査結果」（通知の別添1、{peers.asOfLabel}現在）。「導入」には試験的・実験的な導入を含みます。職員数の区分での比較は{peers.yearLabel}の調査の数値です。</p>}
      {peers?.later && <p class="pack-small" data-later-figures>{peers.later}</p>}
    </>
  );
}
