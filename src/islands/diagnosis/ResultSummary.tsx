/**
 * The heart of a result, for the user's own sheet and for a shared result alike: total and band
 * with the raw points and what 「わからない」 did, the area chart and table, 「いまの位置」 and
 * the three actions to take next. Everything is computed in src/lib/diagnosis.
 */
import { bandFor, placeStep, priorityActions, scoreAnswers } from '../../lib/diagnosis/score';
import { answerLabel, scoreWords } from '../../lib/diagnosis/labels';
import type { Answers, DiagnosisContent } from '../../lib/diagnosis/types';
import AreaChart from './AreaChart';

interface Props {
  content: DiagnosisContent;
  answers: Answers;
  /** Prefix for ids, unique on the page */
  idPrefix: string;
}

export default function ResultSummary({ content, answers, idPrefix }: Props) {
  const { questions, areas } = content;
  const score = scoreAnswers(questions, areas, answers);
  const { band } = bandFor(content.bands, score.total);
  const words = scoreWords(score);
  const place = placeStep(questions, answers);
  const step = content.steps[place.step - 1]!;
  const actions = priorityActions(questions, answers, place.step);
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
      <table class="diag__table diag__area-table">
        <caption>領域ごとの点数（各領域100点満点に換算）</caption>
        <thead>
          <tr>
            <th scope="col">領域</th>
            <th scope="col">点数</th>
            <th scope="col">設問数</th>
            <th scope="col">「わからない」</th>
          </tr>
        </thead>
        <tbody>
          {score.areas.map((a) => (
            <tr key={a.id}>
              <th scope="row">{a.label}</th>
              <td>{a.score}点</td>
              <td>{a.questions}問</td>
              <td>{a.unknown}問</td>
            </tr>
          ))}
        </tbody>
      </table>

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
