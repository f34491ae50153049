/**
 * Moving saved progress out of and back into the browser: 「進捗をファイルに保存」 (a JSON
 * file through a Blob URL), 「ファイルから復元」 (read → show what the file holds → confirm →
 * replace), and a copyable text code for networks that files cannot cross. Import never
 * writes before the user confirms; every rejection says why in Japanese and changes nothing.
 * `compact` shows the export button only (pages where storage may be memory-only must still
 * offer export).
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { MAX_IMPORT_BYTES } from '../lib/storage';
import { decodeCode, encodeCode, exportFileName, exportState, importState, type ImportResult, type ImportSummary } from '../lib/transfer';
import type { SavedState } from '../schemas/state/envelope';
import { downloadText, getSnapshot, markExported, replaceState, useStore } from './shared/store';
import { localDateTime, localToday, nowIso } from './shared/step-content';
import './shared/tracker.css';

interface Props {
  compact?: boolean;
  /** The full panel (restore, code) when this one is compact */
  fullHref?: string;
}

type Pending = { state: SavedState; summary: ImportSummary; from: 'file' | 'code' };
type Message = { kind: 'error' | 'success'; text: string };

const TOO_LARGE = 'ファイルが大きすぎます（1MBまで）。このサイトで書き出した進捗ファイルを選んでください。何も変更していません。';

export default function TransferPanel({ compact = false, fullHref }: Props) {
  const snap = useStore();
  const [mounted, setMounted] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [code, setCode] = useState('');
  const [pasted, setPasted] = useState('');
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const codeRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => setMounted(true), []);
  useLayoutEffect(() => {
    if (pending) confirmRef.current?.focus();
  }, [pending]);

  if (!mounted) {
    return (
      <div class="transfer" data-transfer>
        <p>ファイルへの保存と復元には JavaScript が必要です。JavaScript が使えないときは、このページを印刷して記録してください。</p>
      </div>
    );
  }

  const doExport = () => {
    const state = getSnapshot().state;
    const name = exportFileName(state, localToday());
    downloadText(name, exportState(state, nowIso()), 'application/json');
    markExported();
    setMessage({ kind: 'success', text: `「${name}」を書き出しました（ブラウザのダウンロード先に保存されます）。大切に保管してください。` });
  };

  const handle = (r: ImportResult, from: Pending['from']) => {
    if (!r.ok) {
      setPending(null);
      setMessage({ kind: 'error', text: r.message });
      return;
    }
    setMessage(null);
    setPending({ state: r.state, summary: r.summary, from });
  };

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      handle({ ok: false, message: TOO_LARGE }, 'file');
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      handle({ ok: false, message: 'ファイルを読み取れませんでした。何も変更していません。' }, 'file');
      return;
    }
    handle(importState(text), 'file');
  };

  // The confirmation goes away: focus moves to the message that says what happened.
  const done = (m: Message) => {
    setPending(null);
    setMessage(m);
    requestAnimationFrame(() => messageRef.current?.focus());
  };

  const confirm = () => {
    if (!pending) return;
    replaceState(pending.state);
    const s = pending.summary;
    const failed = getSnapshot().saveError;
    done({
      kind: failed ? 'error' : 'success',
      text: `${s.name ? `「${s.name}」の` : ''}進捗を復元しました（${localDateTime(s.savedAt)}に保存されたもの）。${failed || '開いているほかのタブも、この内容に切り替わります。'}`,
    });
  };

  const cancel = () => done({ kind: 'success', text: '復元をやめました。何も変更していません。' });

  const showCode = () => setCode(encodeCode(getSnapshot().state, nowIso()));
  const copyCode = async () => {
    codeRef.current?.select();
    try {
      await navigator.clipboard.writeText(code);
      setMessage({ kind: 'success', text: '復元コードをコピーしました。メールやチャットに貼り付けて、移したい先のパソコンで「コードから復元」に貼り付けてください。' });
    } catch {
      setMessage({ kind: 'success', text: 'コードを選択しました。Ctrl+C（Macは⌘+C）でコピーしてください。' });
    }
  };

  return (
    <div class="transfer" data-transfer>
      <div class="transfer__row">
        <button type="button" class="button" onClick={doExport} data-export>
          進捗をファイルに保存
        </button>
        <span class="transfer__hint">
          {snap.exportMeta.lastExportAt ? `前回の書き出し：${localDateTime(snap.exportMeta.lastExportAt)}` : 'まだ書き出していません。'}
        </span>
      </div>

      {!compact && (
        <>
          <div class="transfer__row">
            <label for="import-file" class="transfer__label">ファイルから復元（このサイトで書き出した .json ファイル）</label>
            <input type="file" id="import-file" accept=".json,application/json" onChange={onFile} data-import-file />
          </div>

          <details class="transfer__code">
            <summary>ファイルを移せないときは：復元コード（文字列）で移す</summary>
            <p>庁内のネットワークの間でファイルを移せないときは、進捗を表す文字列（復元コード）をコピーして、メールやチャットで送れます。</p>
            <p>
              <button type="button" class="button button--secondary" onClick={showCode} data-show-code>
                復元コードを表示
              </button>
            </p>
            {code && (
              <div class="tracker-field tracker-field--wide">
                <label for="export-code">復元コード（すべて選択してコピーしてください）</label>
                <textarea id="export-code" ref={codeRef} readOnly rows={4} value={code} data-export-code />
                <p>
                  <button type="button" class="button button--secondary" onClick={copyCode}>
                    コードをコピー
                  </button>
                </p>
              </div>
            )}
            <div class="tracker-field tracker-field--wide">
              <label for="import-code">復元コードを貼り付け</label>
              <textarea id="import-code" rows={4} value={pasted} onInput={(e) => setPasted((e.currentTarget as HTMLTextAreaElement).value)} data-import-code />
            </div>
            <p>
              <button type="button" class="button button--secondary" onClick={() => handle(decodeCode(pasted), 'code')} data-restore-code>
                コードから復元
              </button>
            </p>
          </details>
        </>
      )}
      {compact && fullHref && (
        <p>
          <a href={fullHref}>ファイルからの復元・復元コードはこちら</a>
        </p>
      )}

      <div role="status" aria-live="polite" data-transfer-message tabIndex={-1} ref={messageRef}>
        {message && (
          <div class={`note ${message.kind === 'error' ? 'note--error' : 'note--success'}`}>
            <p>{message.text}</p>
          </div>
        )}
      </div>

      {pending && (
        <section class="transfer__confirm note note--warning" aria-labelledby="confirm-heading" data-import-confirm>
          <h3 id="confirm-heading" tabIndex={-1} ref={confirmRef}>
            {pending.from === 'file' ? 'ファイル' : '復元コード'}の内容を確認してください
          </h3>
          <dl class="transfer__summary">
            <dt>団体名</dt>
            <dd>{pending.summary.name || '（未入力）'}</dd>
            <dt>担当課</dt>
            <dd>{pending.summary.department || '（未入力）'}</dd>
            <dt>保存日時</dt>
            <dd>{localDateTime(pending.summary.savedAt)}</dd>
            <dt>完了したステップ</dt>
            <dd>{pending.summary.stepsDone}ステップ（進行中 {pending.summary.stepsStarted}ステップ）</dd>
            <dt>自己診断の回答</dt>
            <dd>{pending.summary.answered}問</dd>
            <dt>業務の棚卸し</dt>
            <dd>{pending.summary.tasks}件</dd>
          </dl>
          <p>
            <strong>復元すると、今このブラウザにある進捗・団体の情報・自己診断の回答・業務の棚卸し・導入工程表は、すべてこの内容に置き換わります（開いているほかのタブも）。</strong>
            今の内容を残したいときは、先に「進捗をファイルに保存」で書き出してください。
          </p>
          <p class="transfer__row">
            <button type="button" class="button" onClick={confirm} data-confirm-import>
              置き換えて復元する
            </button>
            <button type="button" class="button button--secondary" onClick={cancel}>
              やめる
            </button>
          </p>
        </section>
      )}
    </div>
  );
}
