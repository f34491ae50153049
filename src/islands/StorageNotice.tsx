/**
 * What the reader must know about where their input lives: storage unavailable (memory only),
 * saved data that could not be read (kept under a backup key), a failed save, storage that is
 * not persistent (information only), a change merged from another tab, and one gentle,
 * dismissible reminder to export after significant changes. Every notice points to export.
 * Shared by the tracker pages; other tools can use it too (prop `exportHref`).
 */
import { shouldRemindExport } from '../lib/tracker';
import { acknowledgeExternal, dismissExportReminder, useStore } from './shared/store';
import { localDateTime } from './shared/step-content';
import './shared/tracker.css';

interface Props {
  /** Where the export button is (an in-page anchor such as "#transfer") */
  exportHref: string;
}

export default function StorageNotice({ exportHref }: Props) {
  const s = useStore();
  const exportLink = <a href={exportHref}>「進捗をファイルに保存」</a>;
  return (
    <div class="storage-notice" data-storage-notice>
      {/* One polite live region that is always present, so what appears in it is announced. */}
      <div role="status" aria-live="polite">
        {s.ready && !s.available && (
          <div class="note note--warning" data-notice="unavailable">
            <p>
              <strong>このブラウザには入力を保存できません。</strong>
              保存機能が無効か、プライベートモードの可能性があります。ページは使えますが、入力はこのページを閉じると消えます。
              終える前に{exportLink}で書き出してください。
            </p>
          </div>
        )}
        {s.ready && s.available && s.loadMessage && (
          <div class="note note--warning" data-notice="load-problem">
            <p>
              <strong>保存されていたデータを読み込めませんでした。</strong>
            </p>
            <p>{s.loadMessage}</p>
          </div>
        )}
        {s.saveError && (
          <div class="note note--warning" data-notice="save-error">
            <p>{s.saveError}</p>
          </div>
        )}
        {s.ready && s.available && s.persisted === false && (
          <div class="note" data-notice="not-persistent">
            <p>
              入力はこのブラウザの中に保存されます。ただし、このブラウザの保存は「永続」になっていないため、容量が足りなくなったときや、
              シンクライアントなどでログオフ時にデータを消す設定のときには消えることがあります。区切りごとに{exportLink}で書き出しておくと、
              「ファイルから復元」でいつでも戻せます。
            </p>
          </div>
        )}
        {s.external && (
          <div class="note note--success" data-notice="external">
            <p>
              別のタブ（またはウィンドウ）での変更を反映しました（{localDateTime(s.external)}）。どちらの変更も残っています。{' '}
              <button type="button" class="button button--secondary storage-notice__close" onClick={acknowledgeExternal}>
                このお知らせを閉じる
              </button>
            </p>
          </div>
        )}
        {s.ready && s.available && shouldRemindExport(s.exportMeta) && (
          <div class="note" data-notice="remind-export">
            <p>
              {s.exportMeta.completed ? '完了したステップがあります。' : '前回の書き出しから、入力が増えています。'}
              {exportLink}で書き出しておくと、ブラウザのデータが消えても戻せます。{' '}
              <button type="button" class="button button--secondary storage-notice__close" onClick={dismissExportReminder}>
                今は書き出さない（次の書き出しまで表示しません）
              </button>
            </p>
          </div>
        )}
      </div>
    </div>
  );
}
