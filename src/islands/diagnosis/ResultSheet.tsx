/**
 * The user's own result, on screen and as the A4 result sheet: page 1 the summary (団体名・担当課,
 * 診断日, total, chart, いまの位置, next actions, peers), page 2 the answers; the long parts
 * (concerns, programs, cases) print only when 「詳細も印刷する」 is ticked, from page 3. Every
 * printed page has the 団体名 and 「n / N」 in its margins; test/e2e/diagnosis-print.test.ts holds
 * the sheet to 2 pages (details to 2 more) over a matrix of answers, concerns and names.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Ref } from 'preact';
import { cssString } from '../../lib/css-string';
import { formatWarekiWithSeireki } from '../../lib/dates';
import type { AboutAnswers, Answers, DiagnosisContent } from '../../lib/diagnosis/types';
import ResultSummary from './ResultSummary';
import PeerComparison from './PeerComparison';
import AnswersTable from './AnswersTable';
import ResultDetails from './ResultDetails';

export type OrgField = 'name' | 'department';

interface Props {
  content: DiagnosisContent;
  answers: Answers;
  about: AboutAnswers;
  org: { name: string; department: string };
  /** The user's local date, YYYY-MM-DD ('' before hydration) */
  today: string;
  onOrg: (field: OrgField, value: string) => void;
  onOrgCommit: () => void;
  /** A failed save of 団体名・担当課, shown beside the fields ('' when saved) */
  orgError: string;
  shareUrl: string;
  onShare: () => void;
  headingRef: Ref<HTMLHeadingElement>;
}

export default function ResultSheet(p: Props) {
  const [printDetails, setPrintDetails] = useState(false);
  // Every printed page carries the 団体名 in its top margin (src/styles/print.css @page diag-sheet):
  // the page-margin box reads it from a custom property, set through the CSSOM (allowed by the CSP).
  useEffect(() => {
    document.documentElement.style.setProperty('--diag-org', cssString(`団体名：${p.org.name}`));
  }, [p.org.name]);
  const errorId = p.orgError ? 'org-save-error' : undefined;
  const field = (key: OrgField, label: string, autoComplete: string) => (
    <label>
      {label}
      <input
        type="text"
        name={`org-${key}`}
        value={p.org[key]}
        maxLength={100}
        autoComplete={autoComplete}
        aria-describedby={errorId}
        aria-invalid={p.orgError ? true : undefined}
        onInput={(e) => p.onOrg(key, (e.currentTarget as HTMLInputElement).value)}
        onChange={p.onOrgCommit}
      />
    </label>
  );
  return (
    <section id="result" class={printDetails ? 'diag__result diag__result--details' : 'diag__result'} aria-labelledby="result-heading">
      <h2 id="result-heading" tabIndex={-1} ref={p.headingRef}>
        診断結果
      </h2>
      <div class="diag__sheet-head">
        <p class="print-only diag__sheet-title">テレワーク導入の自己診断 結果シート（自治体テレワーク推進ナビ）</p>
        <div class="diag__org no-print">
          {field('name', '団体名（任意）', 'organization')}
          {field('department', '担当課（任意）', 'off')}
        </div>
        {p.orgError && (
          <p id="org-save-error" class="note note--error no-print" role="alert">
            {p.orgError}
          </p>
        )}
        <p class="print-only">
          団体名：{p.org.name || '　'}　担当課：{p.org.department || '　'}
        </p>
        <p>診断日：{p.today ? formatWarekiWithSeireki(p.today) : ''}</p>
      </div>

      <ResultSummary content={p.content} answers={p.answers} idPrefix="own" />
      <PeerComparison content={p.content} about={p.about} />
      <AnswersTable content={p.content} answers={p.answers} about={p.about} />
      <ResultDetails content={p.content} answers={p.answers} about={p.about} />

      <h3 class="no-print">結果を残す・共有する</h3>
      <div class="no-print diag__share">
        <p>共有リンクには回答だけが入ります（団体名・担当課は入りません）。開いた人のブラウザで同じ結果を表示します。</p>
        <p class="diag__check">
          <label>
            <input type="checkbox" name="print-details" checked={printDetails} onChange={(e) => setPrintDetails((e.currentTarget as HTMLInputElement).checked)} /> 詳細も印刷する（懸念への答え・支援策・事例を3ページ目以降に印刷します）
          </label>
        </p>
        <div class="diag__buttons">
          <button type="button" class="button" onClick={p.onShare}>
            共有リンクを作る
          </button>
          <button type="button" class="button button--secondary" onClick={() => window.print()}>
            結果シートを印刷する（A4）
          </button>
        </div>
        {p.shareUrl && (
          <label class="diag__share-url">
            共有リンク（選択してコピーできます）
            <input type="text" readOnly value={p.shareUrl} onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />
          </label>
        )}
      </div>
    </section>
  );
}
