/** Every answer in one compact table: page 2 of the printed result sheet (its source line is in the page). */
import { aboutLabel, answerLabel, answerPoints } from '../../lib/diagnosis/labels';
import type { AboutAnswers, Answers, DiagnosisContent } from '../../lib/diagnosis/types';

export default function AnswersTable({ content, answers, about }: { content: DiagnosisContent; answers: Answers; about: AboutAnswers }) {
  return (
    <div class="print-only diag__answers">
      <h3>回答の一覧</h3>
      <p class="diag__about-line">
        団体について：
        {content.about.map((q, i) => (
          <span key={q.id}>
            {i > 0 ? '／' : ''}
            {q.label}：{aboutLabel(q, about[q.id])}
          </span>
        ))}
      </p>
      <table class="diag__table diag__answers-table">
        <caption>回答（実施している4点・一部実施2点・実施していない0点・わからない−1点）</caption>
        <colgroup>
          <col class="diag__col-n" />
          <col />
          <col class="diag__col-a" />
          <col class="diag__col-n" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col" class="diag__n">問</th>
            <th scope="col">設問</th>
            <th scope="col">回答</th>
            <th scope="col" class="diag__n">点</th>
          </tr>
        </thead>
        <tbody>
          {content.questions.map((q, i) => (
            <tr key={q.id}>
              <td class="diag__n">{i + 1}</td>
              <th scope="row">{q.text}</th>
              <td class="diag__a">{answerLabel(answers[q.id])}</td>
              <td class="diag__n">{answerPoints(answers[q.id])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
