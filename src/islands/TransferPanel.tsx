/**
 * 保存とバックアップ (すべての入力): one panel on every tool page (src/components/SavedDataPanel.astro).
 * - 「すべての入力をファイルに保存」 (a JSON file through a Blob URL), always shown;
 * - 「ファイルからの復元・合わせた読み込み・バックアップ」, a `<details>` whose contents
 *   (ondemand-transfer-tools.tsx: a file or a text code read and shown, then 「置き換えて復元」 or
 *   「合わせて読み込む」 with the merge preview; the backups kept in this browser; the 引き継ぎ note)
 *   load only when it is opened (or the page is opened at #transfer), so no tool page carries them
 *   in its first JavaScript. Opening leaves focus on the summary; 「読み込み中…」 shows until the
 *   part arrives, and a failed load says so with a button to try again;
 * - the one message region of the panel, with 「元に戻す」 after a restore or merge.
 * `compact` shows the export button only (the step pages link to the full panel).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { exportFileName, exportState } from '../lib/state-file';
import type { Known } from '../lib/transfer';
import { downloadText, getSnapshot, markExported, undoReplace, useStore } from './shared/store';
import { localDateIso as localToday, localDateTime, nowIso } from '../lib/dates';
import type { Message } from './ondemand-transfer-tools';

interface Props {
  compact?: boolean;
  /** The full panel (restore, code, backups) when this one is compact */
  fullHref?: string;
  /** Step ids the site has (the confirmation counts only these) */
  knownSteps?: string[];
  /** Question ids the diagnosis has */
  knownQuestions?: string[];
}

type Tools = typeof import('./ondemand-transfer-tools').default;
let loading: Promise<Tools> | null = null;
/** Loads the restore/backup part once per page (a failed load may be tried again). */
const loadTools = (): Promise<Tools> =>
  (loading ??= import('./ondemand-transfer-tools').then(
    (m) => m.default,
    (e: unknown) => {
      loading = null;
      throw e;
    },
  ));

export default function TransferPanel({ compact = false, fullHref, knownSteps, knownQuestions }: Props) {
  const snap = useStore();
  const known: Known = { ...(knownSteps ? { steps: knownSteps } : {}), ...(knownQuestions ? { questions: knownQuestions } : {}) };
  const [mounted, setMounted] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const [open, setOpen] = useState(false);
  const [Tools, setTools] = useState<Tools | null>(null);
  const [failed, setFailed] = useState(false);
  const messageRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLElement>(null);

  const load = () => {
    setFailed(false);
    loadTools().then(
      (t) => setTools(() => t),
      () => setFailed(true),
    );
  };
  useEffect(() => {
    setMounted(true);
    // Followed a link to the full panel (the step pages' 「…はこちら」, the export reminder): open it.
    if (!compact && location.hash === '#transfer') setOpen(true);
  }, []);
  useEffect(() => {
    if (open && !Tools) load();
  }, [open]);

  if (!mounted) {
    return (
      <div class="transfer" data-transfer>
        <p>ファイルへの保存と復元には JavaScript が必要です。JavaScript が使えないときは、このページを印刷して記録してください。</p>
      </div>
    );
  }

  const say = (m: Message) => {
    setMessage(m);
    requestAnimationFrame(() => messageRef.current?.focus());
  };

  const doExport = () => {
    const state = getSnapshot().state;
    const name = exportFileName(state, localToday());
    downloadText(name, exportState(state, nowIso()), 'application/json');
    markExported();
    setMessage({ kind: 'success', text: `「${name}」を書き出しました（ブラウザのダウンロード先に保存されます）。大切に保管してください。` });
  };

  const undo = () => {
    const ok = undoReplace();
    say({ kind: ok ? 'success' : 'error', text: ok ? '元に戻しました（直前の復元・合わせた読み込みの前の状態です）。' : '元に戻せる状態がありません。' });
  };
  const retry = () => {
    // The retry button goes away while loading: focus returns to the part's summary.
    summaryRef.current?.focus();
    load();
  };

  return (
    <div class="transfer" data-transfer>
      <div class="transfer__row">
        <button type="button" class="button" onClick={doExport} data-export>
          すべての入力をファイルに保存
        </button>
        <span class="transfer__hint">
          {snap.exportMeta.lastExportAt ? `前回の書き出し：${localDateTime(snap.exportMeta.lastExportAt)}` : 'まだ書き出していません。'}
        </span>
      </div>
      {snap.unreadable && (
        <p class="transfer__row">
          <button type="button" class="button button--secondary" data-panel-download-unreadable onClick={() => downloadText(`テレワーク推進ナビ_読めなかった保存データ_${localToday()}.txt`, snap.unreadable, 'text/plain')}>
            元のデータをファイルに保存
          </button>
          <span class="transfer__hint">読み込めなかった保存データを、そのままファイルにします。</span>
        </p>
      )}

      {/* Above the part that loads on demand, so a message stays next to the export button and the file input. */}
      <div role="status" aria-live="polite" data-transfer-message tabIndex={-1} ref={messageRef}>
        {message && (
          <div class={`note ${message.kind === 'error' ? 'note--error' : 'note--success'}`}>
            <p>
              {message.text}{' '}
              {message.undo && snap.undo && (
                <button type="button" class="button button--secondary" onClick={undo} data-undo>
                  元に戻す
                </button>
              )}
            </p>
          </div>
        )}
      </div>

      {!compact && (
        <details class="transfer__tools" open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)} data-transfer-details>
          <summary ref={summaryRef}>ファイルからの復元・合わせた読み込み・バックアップ</summary>
          {Tools ? (
            <Tools known={known} say={say} show={setMessage} />
          ) : failed ? (
            <div class="note note--error" role="alert" data-transfer-load-error>
              <p>
                この部分を読み込めませんでした（通信が切れた、またはサイトが更新された可能性があります）。入力は変わっていません。{' '}
                <button type="button" class="button button--secondary" onClick={retry} data-transfer-retry>
                  もう一度読み込む
                </button>
              </p>
              <p>直らないときは、ページを再読み込みしてください。</p>
            </div>
          ) : (
            <p role="status" data-transfer-loading>
              読み込み中…
            </p>
          )}
        </details>
      )}
      {compact && fullHref && (
        <p>
          <a href={fullHref}>ファイルからの復元・合わせた読み込み・バックアップはこちら</a>
        </p>
      )}
    </div>
  );
}
