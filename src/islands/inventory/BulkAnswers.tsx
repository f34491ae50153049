/**
 * Bulk answering: select rows (checkboxes in the table, or all / all 要確認 at once), then set
 * one question's answer for all of them, or confirm their pre-filled answers as they stand.
 */
import { useState } from 'preact/hooks';
import { QUESTION_KEYS, QUESTIONS, type QuestionKey } from '../../lib/inventory/questions';

interface Props {
  count: number;
  total: number;
  /** Rows that are 要確認 */
  checks: number;
  selectAll(on: boolean, which: 'all' | 'check'): void;
  setAnswer(key: QuestionKey, value: string): void;
  confirm(): void;
}

export function BulkAnswers({ count, total, checks, selectAll, setAnswer, confirm }: Props) {
  const [values, setValues] = useState<Record<QuestionKey, string>>({ info: 'resident', system: 'lgwan', place: 'anywhere' });
  const none = count === 0;
  return (
    <section class="inv-bulk" aria-labelledby="inv-bulk-h">
      <h3 id="inv-bulk-h">選んだ業務にまとめて回答する</h3>
      <p id="inv-bulk-count" role="status">
        選んでいる業務：{count}件（全{total}件。うち要確認 {checks}件）
      </p>
      <p class="inv-actions">
        <button type="button" class="button button--secondary" onClick={() => selectAll(true, 'all')}>すべて選ぶ</button>
        <button type="button" class="button button--secondary" onClick={() => selectAll(true, 'check')}>要確認の業務を選ぶ</button>
        <button type="button" class="button button--secondary" onClick={() => selectAll(false, 'all')}>選択を解除</button>
      </p>
      <div class="inv-bulk-qs">
        {QUESTION_KEYS.map((k) => (
          <p class="inv-bulk-q">
            <label for={`bulk-${k}`}>{QUESTIONS[k].label}</label>
            <select id={`bulk-${k}`} value={values[k]} onChange={(e) => setValues({ ...values, [k]: e.currentTarget.value })}>
              {QUESTIONS[k].options.map((o) => <option value={o.id}>{o.label}</option>)}
            </select>
            <button type="button" id={`bulk-set-${k}`} class="button" disabled={none} aria-describedby="inv-bulk-count" onClick={() => setAnswer(k, values[k])}>
              選んだ業務の{QUESTIONS[k].label}にする
            </button>
          </p>
        ))}
      </div>
      <p class="inv-actions">
        <button type="button" id="bulk-confirm" class="button" disabled={none} aria-describedby="inv-bulk-count" onClick={confirm}>
          選んだ業務の推定の回答をそのまま確定する
        </button>
      </p>
    </section>
  );
}
