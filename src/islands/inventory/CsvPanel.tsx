/**
 * CSV: export the table (src/lib/inventory/rows.ts maps rows to CSV rows), and import with a
 * preview — nothing is added until the user confirms.
 */
import { useRef, useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import type { CsvPreview } from '../../lib/inventory/csv';
import { levelLabel, type LevelId } from '../../lib/inventory/levels';
import type { NewTask } from '../../lib/inventory/tasks';

type Csv = typeof import('./ondemand-csv');
let loading: Promise<Csv> | null = null;
/** The CSV writer and reader, loaded the first time they are needed (a failed load may be tried again). */
export const loadCsv = (): Promise<Csv> =>
  (loading ??= import('./ondemand-csv').catch((e: unknown) => {
    loading = null;
    throw e;
  }));
/** Shown when the CSV part could not be loaded. */
export const CSV_LOAD_ERROR = 'CSVを扱う部分を読み込めませんでした（通信が切れた、またはサイトが更新された可能性があります）。一覧は変わっていません。もう一度お試しいただくか、ページを再読み込みしてください。';

interface Props {
  count: number;
  /** Writes the file and announces it */
  download(): void | Promise<void>;
  /** Adds the previewed tasks (after confirmation) */
  confirm(tasks: NewTask[]): void;
  announce(kind: 'info' | 'error', text: string): void;
}

export function CsvPanel({ count, download, confirm, announce }: Props) {
  const [preview, setPreview] = useState<CsvPreview | null>(null);
  const [error, setError] = useState('');
  const fileRef = useRef<HTMLInputElement>(null);

  const readFile = async (e: TargetedEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    announce('info', '読み込み中…');
    let csv: Csv;
    try {
      csv = await loadCsv();
    } catch {
      input.value = '';
      setPreview(null);
      setError(CSV_LOAD_ERROR);
      announce('error', CSV_LOAD_ERROR);
      return;
    }
    const r = csv.importCsv(new Uint8Array(await file.arrayBuffer()));
    input.value = '';
    if (!r.ok) {
      setPreview(null);
      setError(r.message);
      announce('error', r.message);
      return;
    }
    setError('');
    setPreview(r);
    announce('info', `「${file.name}」から${r.tasks.length}件を読み取りました。内容を確認して「一覧に追加する」を押してください。まだ何も追加していません。`);
  };

  const done = () => {
    setPreview(null);
    fileRef.current?.focus();
  };

  return (
    <section class="no-print" aria-labelledby="inv-csv-h">
      <h2 id="inv-csv-h">CSVで書き出す・読み込む</h2>
      <p>書き出すCSVは Excel でそのまま開けます（UTF-8、BOM付き）。読み込みは UTF-8 と、Excel で保存した Shift_JIS の CSV に対応しています。1行目は列名（業務名、所属、メモ、提案レベル、提案の根拠、採用レベル、理由、働き方の注意、工夫。業務名のほかは省略可）にしてください。</p>
      <p class="inv-actions">
        <button type="button" class="button" onClick={download} disabled={count === 0}>CSVを書き出す</button>
        <span>
          <label for="inv-file" class="inv-file-label">CSVを読み込む（追加する前に内容を確認できます）</label>
          <input id="inv-file" ref={fileRef} type="file" accept=".csv,text/csv" aria-invalid={error ? 'true' : undefined} aria-describedby={error ? 'inv-file-err' : undefined} onChange={readFile} />
          {error && <span id="inv-file-err" class="inv-field-error">{error}</span>}
        </span>
      </p>
      {preview && (
        <div class="inv-preview">
          <h3 id="inv-preview-h">読み込む内容の確認（{preview.tasks.length}件、文字コード：{preview.encoding === 'utf-8' ? 'UTF-8' : 'Shift_JIS'}）</h3>
          {preview.ignoredColumns.length > 0 && <p>使わない列：{preview.ignoredColumns.join('、')}</p>}
          {preview.notes.length > 0 && <ul>{preview.notes.slice(0, 20).map((n) => <li>{n}</li>)}</ul>}
          <div class="table-scroll" tabindex={0} role="region" aria-labelledby="inv-preview-h">
            <table>
              <caption>読み込む業務{preview.tasks.length > 20 ? `（先頭20件を表示、全${preview.tasks.length}件）` : ''}</caption>
              <thead><tr><th scope="col">業務名</th><th scope="col">所属</th><th scope="col">メモ</th><th scope="col">採用レベル</th></tr></thead>
              <tbody>
                {preview.tasks.slice(0, 20).map((t) => (
                  <tr><td>{t.name}</td><td>{t.unit}</td><td>{t.memo}</td><td>{t.override ? levelLabel(t.override as LevelId) : '提案どおり'}</td></tr>
                ))}
              </tbody>
            </table>
          </div>
          <p class="inv-actions">
            <button type="button" class="button" onClick={() => { confirm(preview.tasks); done(); }}>一覧に追加する</button>
            <button type="button" class="button button--secondary" onClick={() => { announce('info', '読み込みを取り消しました。何も追加していません。'); done(); }}>取り消す</button>
          </p>
        </div>
      )}
    </section>
  );
}
