/**
 * 読み込む内容の確認: what a chosen CSV file would add, with 「一覧に追加する」 and 「取り消す」.
 * Shown only after a file was read, so it loads with the CSV reader (ondemand-csv.ts).
 */
import type { CsvPreview as Preview } from '../../lib/inventory/csv';
import { levelLabel, type LevelId } from '../../lib/inventory/levels';

interface Props {
  preview: Preview;
  /** 「一覧に追加する」 */
  onAdd(): void;
  /** 「取り消す」 */
  onCancel(): void;
}

export function CsvPreview({ preview, onAdd, onCancel }: Props) {
  return (
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
        <button type="button" class="button" onClick={onAdd}>一覧に追加する</button>
        <button type="button" class="button button--secondary" onClick={onCancel}>取り消す</button>
      </p>
    </div>
  );
}
