/**
 * What the reader must know about where their input lives: storage unavailable (memory only),
 * saved data that could not be read (kept under a backup key, or, when there was no room for
 * a backup, left untouched and offered as a file), a failed save, storage that is not
 * persistent (information only), a restore or an edit made in another tab, and one gentle,
 * dismissible reminder to export. Every notice points to export. Used on the tracker pages;
 * other tools can use it too (prop `exportHref`).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { shouldRemindExport } from '../lib/export-meta';
import { exportFileName, exportState } from '../lib/state-file';
import { acknowledgeExternal, claimNotices, dismissExportReminder, downloadText, getSnapshot, markExported, releaseUnreadable, useStore } from './shared/store';
import { localDateIso as localToday, localDateTime, nowIso } from '../lib/dates';
import './shared/tracker.css';

interface Props {
  /** Where the export button is (an in-page anchor such as "#transfer") */
  exportHref: string;
}

export default function StorageNotice({ exportHref }: Props) {
  const s = useStore();
  const [downloaded, setDownloaded] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useEffect(claimNotices, []);
  // The notice (and its button) goes away: keep focus here rather than on <body>.
  const then = (f: () => void) => () => (f(), box.current?.focus());
  const exportLink = <a href={exportHref}>「すべての入力をファイルに保存」</a>;
  // Memory-only: the button the message names is right here, on this page.
  const exportNow = () => {
    const state = getSnapshot().state;
    downloadText(exportFileName(state, localToday()), exportState(state, nowIso()), 'application/json');
    markExported();
  };
  const exportButton = (
    <button type="button" class="button" data-notice-export onClick={exportNow}>
      すべての入力をファイルに保存
    </button>
  );
  const close = (
    <button type="button" class="button button--secondary storage-notice__close" onClick={then(acknowledgeExternal)}>
      このお知らせを閉じる
    </button>
  );
  return (
    <div class="storage-notice" data-storage-notice tabIndex={-1} ref={box}>
      {/* One polite live region that is always present, so what appears in it is announced. */}
      <div role="status" aria-live="polite">
        {s.ready && !s.available && (
          <div class="note note--warning" data-notice="unavailable">
            {s.unreadable ? (
              <>
                <p>
                  <strong>保存されていたデータを読み込めず、このページは保存しないで動いています。</strong>
                </p>
                <p>{s.loadMessage}</p>
                <p>
                  <button type="button" class="button" data-download-unreadable onClick={() => (downloadText(`テレワーク推進ナビ_読めなかった保存データ_${localToday()}.txt`, s.unreadable, 'text/plain'), setDownloaded(true))}>
                    元のデータをファイルに保存
                  </button>{' '}
                  {exportButton}{' '}
                  {downloaded && (
                    <button type="button" class="button button--secondary" data-release-unreadable onClick={then(releaseUnreadable)}>
                      保存したので、元のデータを上書きして保存を再開する
                    </button>
                  )}
                </p>
              </>
            ) : (
              <p>
                <strong>このブラウザには入力を保存できません。</strong>
                保存機能が無効か、プライベートモードの可能性があります。ページは使えますが、入力はこのページを閉じると消えます。
                終える前に書き出してください。 {exportButton}
              </p>
            )}
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
        {/* A failed save is shown beside the control that failed (src/islands/shared/store.ts), not here. */}
        {s.ready && s.available && s.persisted === false && (
          <div class="note" data-notice="not-persistent">
            <p>
              入力はこのブラウザの中に保存されます。ただし、このブラウザの保存は「永続」になっていないため、容量が足りなくなったときや、
              シンクライアントなどでログオフ時にデータを消す設定のときには消えることがあります。区切りごとに{exportLink}で書き出しておくと、
              「保存とバックアップ」の「ファイルを読み込む」でいつでも戻せます。
            </p>
          </div>
        )}
        {s.generationNotice && (
          <div class="note note--warning" data-notice="generation">
            <p>
              {s.generationNotice} {close}
            </p>
          </div>
        )}
        {s.external && (
          <div class="note note--success" data-notice="external">
            <p>
              別のタブ（またはウィンドウ）での変更を反映しました（{localDateTime(s.external)}）。別々の項目の変更はどちらも残り、同じ項目を両方で変えたときは後から変えたほうが残ります。{' '}
              {close}
            </p>
          </div>
        )}
        {s.ready && s.available && shouldRemindExport(s.exportMeta) && (
          <div class="note" data-notice="remind-export">
            <p>
              {s.exportMeta.completed ? '完了したステップがあります。' : '前回の書き出しから、入力が増えています。'}
              {exportLink}で書き出しておくと、ブラウザのデータが消えても戻せます。{' '}
              <button type="button" class="button button--secondary storage-notice__close" onClick={then(dismissExportReminder)}>
                今は書き出さない（次の書き出しまで表示しません）
              </button>
            </p>
          </div>
        )}
      </div>
    </div>
  );
}
