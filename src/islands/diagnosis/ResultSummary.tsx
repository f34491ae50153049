/**
 * The heart of a result, for the user's own sheet and for a shared result alike: total and band
 * with the raw points and what 「わからない」 did, the area chart and table, 「いまの位置」 and
 * the three actions to take next. Everything is computed in src/lib/diagnosis.
 */
import { bandFor, placeStep, priorityActions, scoreAnswers } from '../../lib/diagnosis/score';
import { compareAnswers } from '../../lib/diagnosis/compare';
import { answerLabel, scoreWords } from '../../lib/diagnosis/labels';
import type { Answers, DiagnosisContent } from '../../lib/diagnosis/types';
import AreaChart from './AreaChart';

interface Props {
  content: DiagnosisContent;
  answers: Answers;
  /** Prefix for ids, unique on the page */
  idPrefix: string;
  /** The user's own answers, to show beside these per area (「自分の回答と比べる」) */
  own?: Answers | undefined;
}

const diff = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0');

export default function ResultSummary({ content, answers, idPrefix, own }: Props) {
  const { questions, areas } = content;
  const score = scoreAnswers(questions, areas, answers);
  const { band } = bandFor(content.bands, score.total);
  const words = scoreWords(score);
  const place = placeStep(questions, answers);
  const step = content.steps[place.step - 1]!;
  const actions = priorityActions(questions, answers, place.step);
  const cmp = own && compareAnswers(questions, areas, answers, own);
  return (
    <div class="diag__summary">
      <p class="diag__total">
        合計 <strong>{score.total}点</strong>（100点満点）
        <span class="diag__band">
          結果の区分：<strong>{band.label}</strong>（{band.min}〜{band.max}点）
        </span>
      </p>
      <p class="diag__breakdown">
        {words.breakdown}
        {words.deduction && <strong class="diag__deduction">{words.deduction}</strong>}
      </p>
      <p>{band.text}</p>
      <p class="meta">{content.bandNote}</p>

      <h3>領域ごとの点数</h3>
      <AreaChart areas={score.areas} idPrefix={`${idPrefix}-chart`} />
      <table class={cmp ? 'diag__table diag__compare-table' : 'diag__table diag__area-table'} id={`${idPrefix}-areas`} tabIndex={cmp ? -1 : undefined}>
        <caption>{cmp ? '領域ごとの点数：この結果とあなたの回答（各領域100点満点に換算、差は「あなた − この結果」）' : '領域ごとの点数（各領域100点満点に換算）'}</caption>
        <thead>
          <tr>
            <th scope="col">領域</th>
            <th scope="col">点数</th>
            {cmp ? <th scope="col">あなたの回答</th> : <th scope="col">設問数</th>}
            {cmp ? <th scope="col">差</th> : <th scope="col">「わからない」</th>}
          </tr>
        </thead>
        <tbody>
          {cmp && (
            <tr class="diag__compare-total">
              <th scope="row">合計</th>
              <td>{cmp.total.shared}点</td>
              <td>{cmp.total.own}点</td>
              <td>{diff(cmp.total.difference)}</td>
            </tr>
          )}
          {score.areas.map((a, i) => {
            const c = cmp?.areas[i];
            return (
              <tr key={a.id}>
                <th scope="row">{a.label}</th>
                <td>{a.score}点</td>
                <td>{c ? `${c.own.score}点${c.own.answered < a.questions ? `（${a.questions}問中${c.own.answered}問回答）` : ''}` : `${a.questions}問`}</td>
                <td>{c ? diff(c.difference) : `${a.unknown}問`}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {cmp && (
        <p class="diag__differences">
          回答が違う設問：{cmp.differences.map((d) => `問${d.number}`).join('、') || 'なし'}
          {cmp.ownComplete ? '' : `（あなたの回答は${cmp.ownAnswered}問。未回答は0点として計算）`}
        </p>
      )}

      <h3>いまの位置</h3>
      <p class="diag__step">
        {place.allInPlace ? 'すべてのステップの必須項目がそろっています。' : ''}
        <a href={step.href}>
          ステップ{step.number}「{step.title}」
        </a>
        のあたりにいます。
      </p>
      {place.missing.length > 0 && (
        <>
          <p>このステップでまだそろっていない必須項目：</p>
          <ul class="diag__missing-essentials">
            {place.missing.map((q) => (
              <li key={q.id}>
                {q.text}（回答：{answerLabel(answers[q.id])}）
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="meta">いまの位置は、ステップ1から順に、そのステップの必須項目がすべて「実施している」かどうかで決めています。</p>

      <h3>次にすること</h3>
      {actions.length > 0 ? (
        <ol class="diag__actions">
          {actions.map((q) => (
            <li key={q.id}>
              <p>{q.action}</p>
              <p class="meta">
                手引き：<a href={q.href}>{q.hrefLabel}</a>（{q.sourceLabel}）
              </p>
            </li>
          ))}
        </ol>
      ) : (
        <p>すべての設問が「実施している」です。本格実施後も定期的に見直し、PDCAサイクルを回しましょう。</p>
      )}
    </div>
  );
}
