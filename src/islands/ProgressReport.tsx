/**
 * The A4 progress report for meetings and 決裁 (print only): profile, date, the summary, a
 * table of every step's status, 担当 and 期限, then each step's ticked and open items and
 * メモ. On screen only the print button shows. Without JS the server HTML prints the blank
 * report (every step 未着手, every item open), so the page still prints as a working sheet.
 */
import { useEffect, useState } from 'preact/hooks';
import { formatSeireki, formatWarekiWithSeireki } from '../lib/dates';
import { progressReport } from '../lib/tracker';
import { useStore } from './shared/store';
import { localToday, toStepInfo, type TrackerStep } from './shared/step-content';
import './shared/tracker.css';

interface Props {
  steps: TrackerStep[];
}

export default function ProgressReport({ steps }: Props) {
  const snap = useStore();
  const [today, setToday] = useState('');
  useEffect(() => setToday(localToday()), []);
  const r = progressReport(snap.state, steps.map(toStepInfo), today);

  return (
    <div class="progress-report-wrap">
      <p class="no-print progress-report__button">
        {today && (
          <button type="button" class="button button--secondary" onClick={() => window.print()} data-print-report>
            進捗報告を印刷（A4）
          </button>
        )}
      </p>
      <section class="print-only progress-report" aria-labelledby="report-heading" data-progress-report>
        <h2 id="report-heading">テレワーク導入の進捗報告</h2>
        <table class="progress-report__meta">
          <tbody>
            <tr>
              <th scope="row">団体名</th>
              <td>{r.name || '　'}</td>
              <th scope="row">担当課</th>
              <td>{r.department || '　'}</td>
            </tr>
            <tr>
              <th scope="row">作成日</th>
              <td colSpan={3}>{r.date ? formatWarekiWithSeireki(r.date) : '　　年　　月　　日'}</td>
            </tr>
            <tr>
              <th scope="row">進み具合</th>
              <td colSpan={3}>
                {r.summary.text}（{r.summary.srText}）
              </td>
            </tr>
          </tbody>
        </table>

        <table class="progress-report__steps">
          <caption>ステップごとの状況</caption>
          <thead>
            <tr>
              <th scope="col">ステップ</th>
              <th scope="col">状況</th>
              <th scope="col">担当</th>
              <th scope="col">期限</th>
              <th scope="col">チェック</th>
            </tr>
          </thead>
          <tbody>
            {r.steps.map((s) => (
              <tr key={s.number}>
                <th scope="row">
                  {s.number}．{s.title}
                </th>
                <td>{s.status}</td>
                <td>{s.owner}</td>
                <td>{s.due ? formatSeireki(s.due) : ''}</td>
                <td>
                  {s.ticked.length}/{s.ticked.length + s.open.length}
                </td>
              </tr>
            ))}
          </tbody>
        </table>

        {r.steps.map((s) => (
          <div class="progress-report__step" key={s.number}>
            <h3>
              ステップ{s.number}　{s.title}（{s.status}）
            </h3>
            {s.memo && <p class="tracker-memo">メモ：{s.memo}</p>}
            {s.ticked.length + s.open.length > 0 && (
              <ul class="progress-report__items">
                {s.ticked.map((t, i) => (
                  <li key={`t${i}`}>
                    <span class="progress-report__mark">［済］</span>
                    {t}
                  </li>
                ))}
                {s.open.map((t, i) => (
                  <li key={`o${i}`}>
                    <span class="progress-report__mark">［未］</span>
                    {t}
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}

        {r.orphans.length > 0 && (
          <div class="progress-report__step">
            <h3>現在の内容にない保存データ</h3>
            <ul>
              {r.orphans.map((o, i) => (
                <li key={i}>{o}</li>
              ))}
            </ul>
          </div>
        )}
      </section>
    </div>
  );
}
