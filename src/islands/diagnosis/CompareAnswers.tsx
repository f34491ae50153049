/** A shared result beside the user's own answers: per area, the total, and the questions answered differently. */
import { compareAnswers } from '../../lib/diagnosis/compare';
import { answerLabel } from '../../lib/diagnosis/labels';
import type { Answers, DiagnosisContent } from '../../lib/diagnosis/types';

const diff = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0');

export default function CompareAnswers({ content, shared, own }: { content: DiagnosisContent; shared: Answers; own: Answers }) {
  const c = compareAnswers(content.questions, content.areas, shared, own);
  const total = content.questions.length;
  return (
    <div class="diag__compare" id="diag-compare">
      <table class="diag__table diag__compare-table">
        <caption>共有された回答とあなたの回答の比較（各領域100点満点に換算、差は「あなた − 共有」）</caption>
        <thead>
          <tr>
            <th scope="col">領域</th>
            <th scope="col">共有された回答</th>
            <th scope="col">あなたの回答</th>
            <th scope="col">差</th>
          </tr>
        </thead>
        <tbody>
          <tr class="diag__compare-total">
            <th scope="row">合計</th>
            <td>{c.total.shared}点</td>
            <td>{c.total.own}点</td>
            <td>{diff(c.total.difference)}</td>
          </tr>
          {c.areas.map((a) => (
            <tr key={a.id}>
              <th scope="row">{a.label}</th>
              <td>{a.shared.score}点</td>
              <td>
                {a.own.score}点{a.own.answered < a.questions ? `（${a.questions}問中${a.own.answered}問回答）` : ''}
              </td>
              <td>{diff(a.difference)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!c.ownComplete && <p class="meta">あなたの回答は{total}問中{c.ownAnswered}問です。未回答の設問は0点として計算しています。</p>}
      {c.differences.length > 0 ? (
        <details class="diag__differences">
          <summary>回答が違う設問（{c.differences.length}問）</summary>
          <table class="diag__table">
            <caption>回答が違う設問</caption>
            <thead>
              <tr>
                <th scope="col" class="diag__n">問</th>
                <th scope="col">設問</th>
                <th scope="col">共有された回答</th>
                <th scope="col">あなたの回答</th>
              </tr>
            </thead>
            <tbody>
              {c.differences.map((d) => (
                <tr key={d.question.id}>
                  <td class="diag__n">{d.number}</td>
                  <th scope="row">{d.question.text}</th>
                  <td>{answerLabel(d.shared)}</td>
                  <td>{answerLabel(d.own)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : (
        <p>{total}問の回答はすべて同じです（「団体について」の回答だけが違います）。</p>
      )}
    </div>
  );
}
