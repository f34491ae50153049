/**
 * The progress summary as it prints (the report on /steps/ and the 決裁パック): one table of
 * step, status, 担当, 期限 (和暦と西暦), items done / total and 期限切れ, and, only when chosen,
 * each step's open items and メモ. User text is rendered as text.
 */
import { formatWarekiWithSeireki } from '../../lib/dates';
import type { ProgressReport } from '../../lib/tracker-report';
import { STATUS_LABELS } from '../../schemas/state/tracker';

/** The one summary table. */
export function ProgressTable({ report }: { report: ProgressReport }) {
  return (
    <table class="report-table" data-progress-table>
      <caption>ステップごとの状況（{report.summary.text}）</caption>
      <thead>
        <tr>
          <th scope="col">ステップ</th>
          <th scope="col">状況</th>
          <th scope="col">担当</th>
          <th scope="col">期限</th>
          <th scope="col">チェック項目（済／全）</th>
        </tr>
      </thead>
      <tbody>
        {report.steps.map((s) => (
          <tr key={s.number} data-overdue={s.overdue ? 'true' : undefined}>
            <th scope="row">
              {s.number}．{s.title}
            </th>
            <td>
              {STATUS_LABELS[s.status]}
              {s.status === 'done' && s.open.length > 0 && `（未済${s.open.length}）`}
            </td>
            <td class="report-table__text">{s.owner}</td>
            <td>
              {s.overdue && <strong class="report-overdue">期限切れ　</strong>}
              {s.due ? formatWarekiWithSeireki(s.due) : ''}
              {s.dueFromPlan && '（工程表）'}
            </td>
            <td>
              {s.ticked.length}／{s.ticked.length + s.open.length}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Each step's open items and メモ (printed only when the user asks for them). */
export function OpenItems({ report }: { report: ProgressReport }) {
  const withSomething = report.steps.filter((s) => (s.open.length > 0 && s.status !== 'excluded') || s.memo);
  if (!withSomething.length) return <p>未済の項目とメモはありません。</p>;
  return (
    <div class="report-open" data-open-items>
      {withSomething.map((s) => (
        <div class="report-open__step" key={s.number}>
          <h3>
            ステップ{s.number}　{s.title}（{STATUS_LABELS[s.status]}）
          </h3>
          {s.memo && <p class="tracker-memo">メモ：{s.memo}</p>}
          {s.status !== 'excluded' && s.open.length > 0 && (
            <ul class="report-open__items">
              {s.open.map((t, i) => (
                <li key={i}>［未］{t}</li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </div>
  );
}
