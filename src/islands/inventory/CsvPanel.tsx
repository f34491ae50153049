/**
 * CSV: export the table (src/lib/inventory/csv.ts maps rows to CSV rows), and import with a
 * preview — nothing is added until the user confirms. The writer, the reader and the preview
 * (CsvPreview.tsx) load when 「CSVを書き出す」 is pressed or a file is chosen (ondemand-csv.ts).
 */
import { useRef, useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import type { CsvPreview } from '../../lib/inventory/csv';
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
  const [shown, setShown] = useState<{ csv: Csv; preview: CsvPreview } | null>(null);
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
      setShown(null);
      setError(CSV_LOAD_ERROR);
      announce('error', CSV_LOAD_ERROR);
      return;
    }
    const r = csv.importCsv(new Uint8Array(await file.arrayBuffer()));
    input.value = '';
    if (!r.ok) {
      setShown(null);
      setError(r.message);
      announce('error', r.message);
      return;
    }
    setError('');
    setShown({ csv, preview: r });
    announce('info', `「${file.name}」から${r.tasks.length}件を読み取りました。内容を確認して「一覧に追加する」を押してください。まだ何も追加していません。`);
  };

  const done = () => {
    setShown(null);
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
      {shown && (
        <shown.csv.CsvPreview
          preview={shown.preview}
          onAdd={() => { confirm(shown.preview.tasks); done(); }}
          onCancel={() => { announce('info', '読み込みを取り消しました。何も追加していません。'); done(); }}
        />
      )}
    </section>
  );
}
