/**
 * The progress report (part of the 決裁パック, also printed alone from /pack/?parts=progress):
 * the summary sentence, one table of every step (status, 担当, 期限, items done / total,
 * 期限切れ) that fits one page for 10 filled steps, and — only when chosen — each step's open
 * items and メモ, plus saved data the content no longer has.
 */
import type { ProgressReport as Report } from '../lib/tracker-report';
import { OpenItems, ProgressTable } from './shared/ProgressTable';

interface Props {
  report: Report;
  /** Print each step's open items and メモ too */
  details: boolean;
}

export default function ProgressReport({ report, details }: Props) {
  const late = report.steps.filter((s) => s.overdue).length;
  return (
    <div class="progress-report" data-progress-report>
      <h2>10ステップの進捗</h2>
      <p>
        {report.summary.text}。{late > 0 && <strong>期限切れ{late}ステップ。</strong>}チェック項目は{report.summary.itemsTotal}項目中{report.summary.itemsChecked}項目済み。
      </p>
      <ProgressTable report={report} />
      {details && <OpenItems report={report} />}
      {report.orphans.length > 0 && (
        <div class="report-open__step">
          <h3>現在の内容にない保存データ</h3>
          <ul>
            {report.orphans.map((o, i) => (
              <li key={i}>{o}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
