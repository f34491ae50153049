/**
 * The parts of 保存とバックアップ (TransferPanel.tsx) that only matter once the user opens
 * 「ファイルからの復元・復元コード・バックアップ」: reading a file or a text code and checking it,
 * the confirmation with the merge preview, the backups kept in this browser and the 引き継ぎ note.
 * Loaded on demand (a dynamic `import()` from TransferPanel when that `<details>` opens), so a tool
 * page's first JavaScript carries only the export button; see scripts/lib/weight.mjs for the
 * `ondemand-` convention. The panel's one message region stays in TransferPanel: this module
 * reports through `say` (moves focus to the message) and `show` (no focus move).
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { MAX_IMPORT_BYTES, parseState, type BackupEntry } from '../lib/storage';
import { decodeCode, encodeCode, importState, mergePreview, mergeProblem, summarize, type ImportResult, type ImportSummary, type Known, type MergeRow } from '../lib/transfer';
import { mergeFiles } from '../lib/state-file';
import HandoverPart from './shared/HandoverPart';
import type { SavedState } from '../schemas/state/envelope';
import { downloadText, getSnapshot, mergeState, pageStore, replaceState, useStore } from './shared/store';
import { deleteKept, keptBackups, restoreKept } from '../lib/kept-backups';
import { localDateIso as localToday, localDateTime, nowIso } from '../lib/dates';

/** A message of the panel (shown in TransferPanel's message region). */
export type Message = { kind: 'error' | 'success'; text: string; undo?: boolean };

interface Props {
  known: Known;
  /** Shows a message and moves focus to it */
  say: (m: Message) => void;
  /** Shows (or clears) a message without moving focus */
  show: (m: Message | null) => void;
}

type Pending = { state: SavedState; summary: ImportSummary; from: 'file' | 'code'; preview: MergeRow[]; mergeBlocked: string };

const TOO_LARGE = 'ファイルが大きすぎます（1MBまで）。このサイトで書き出したファイルを選んでください。何も変更していません。';
const OUTCOME: Record<MergeRow['outcome'], string> = { ours: '今の内容を残す', theirs: '読み込む内容にする', same: 'どちらも同じ' };

/** 「〇〇町・完了3ステップ・回答12問・業務5件」, or why it cannot be read. */
function holds(raw: string, known: Known): string {
  try {
    const r = parseState(JSON.parse(raw));
    if (r.problem) return '一部が読み込めない形式のデータ（ファイルに保存して確認できます）';
    const s = summarize(r.state, known);
    return [s.name || '団体名なし', `完了${s.stepsDone}ステップ`, `回答${s.answered}問`, `業務${s.tasks}件`].join('・');
  } catch {
    return '読み込めない形式のデータ（ファイルに保存して確認できます）';
  }
}

export default function TransferTools({ known, say, show }: Props) {
  const snap = useStore();
  const [pending, setPending] = useState<Pending | null>(null);
  const [code, setCode] = useState('');
  const [pasted, setPasted] = useState('');
  const [deleting, setDeleting] = useState('');
  const [backups, setBackups] = useState<BackupEntry[]>([]);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const codeRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    const store = pageStore();
    setBackups(store ? keptBackups(store) : []);
  }, [snap.backupsVersion, snap.ready]);
  useLayoutEffect(() => {
    if (pending) confirmRef.current?.focus();
  }, [pending]);

  const handle = (r: ImportResult, from: Pending['from']) => {
    if (!r.ok) {
      setPending(null);
      show({ kind: 'error', text: r.message });
      return;
    }
    show(null);
    const ours = getSnapshot().state;
    setPending({ state: r.state, summary: r.summary, from, preview: mergePreview(ours, r.state), mergeBlocked: mergeProblem(mergeFiles(ours, r.state)) });
  };

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) return handle({ ok: false, message: TOO_LARGE }, 'file');
    let text: string;
    try {
      text = await file.text();
    } catch {
      return handle({ ok: false, message: 'ファイルを読み取れませんでした。何も変更していません。' }, 'file');
    }
    handle(importState(text, known), 'file');
  };

  const after = (what: string) => {
    const s = getSnapshot();
    const failed = s.saveError;
    setPending(null);
    say({
      kind: failed ? 'error' : 'success',
      text: `${what}${failed || '開いているほかのタブも、この内容に切り替わります。'}${s.undo ? (s.undo.key ? '前の状態はバックアップとして残しました。' : '前の状態はこのページを開いている間だけ戻せます（バックアップを残す場所がありませんでした）。') : ''}`,
      undo: !!s.undo,
    });
  };
  const confirmReplace = () => {
    if (!pending) return;
    replaceState(pending.state);
    const s = pending.summary;
    after(`${s.name ? `「${s.name}」の` : ''}入力を復元しました（${localDateTime(s.savedAt)}に保存されたもの）。`);
  };
  const confirmMerge = () => {
    if (!pending) return;
    mergeState(pending.state);
    after('読み込んだ内容を今の入力と合わせました。');
  };
  const cancel = () => (setPending(null), say({ kind: 'success', text: '読み込みをやめました。何も変更していません。' }));

  const restoreBackup = (b: BackupEntry) => {
    const store = pageStore();
    const why = store ? restoreKept(store, b.key, nowIso()) : '保存機能が使えません。';
    if (why) say({ kind: 'error', text: why });
    else after(`バックアップ（${b.at ? localDateTime(b.at) : '日時不明'}）を戻しました。`);
  };
  const saveBackup = (b: BackupEntry) => downloadText(`テレワーク推進ナビ_バックアップ_${(b.at || localToday()).slice(0, 10)}.json`, b.raw, 'application/json');
  const removeBackup = (b: BackupEntry) => {
    setDeleting('');
    const store = pageStore();
    const ok = !!store && deleteKept(store, b.key);
    say({ kind: ok ? 'success' : 'error', text: ok ? 'バックアップを削除しました。' : 'バックアップを削除できませんでした。' });
  };

  const showCode = () => setCode(encodeCode(getSnapshot().state, nowIso()));
  const copyCode = async () => {
    codeRef.current?.select();
    try {
      await navigator.clipboard.writeText(code);
      show({ kind: 'success', text: '復元コードをコピーしました。メールやチャットに貼り付けて、移したい先のパソコンで「コードを読み込む」に貼り付けてください。' });
    } catch {
      show({ kind: 'success', text: 'コードを選択しました。Ctrl+C（Macは⌘+C）でコピーしてください。' });
    }
  };

  return (
    <div data-transfer-tools>
      <div class="transfer__row">
        <label for="import-file" class="transfer__label">ファイルを読み込む（このサイトで書き出した .json ファイル。読み込む前に内容を確認します）</label>
        <input type="file" id="import-file" accept=".json,application/json" onChange={onFile} data-import-file />
      </div>

      <details class="transfer__code">
        <summary>ファイルを移せないときは：復元コード（文字列）で移す</summary>
        <p>庁内のネットワークの間でファイルを移せないときは、すべての入力を表す文字列（復元コード）をコピーして、メールやチャットで送れます。</p>
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
          <button type="button" class="button button--secondary" onClick={() => handle(decodeCode(pasted, known), 'code')} data-restore-code>
            コードを読み込む
          </button>
        </p>
      </details>

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
            <dd>
              {pending.summary.stepsDone}ステップ（進行中 {pending.summary.stepsStarted}ステップ）
              {pending.summary.unknownSteps > 0 && `。このサイトにないステップの記録${pending.summary.unknownSteps}件は数えていません（消さずに残します）`}
            </dd>
            <dt>自己診断の回答</dt>
            <dd>
              {pending.summary.answered}問
              {pending.summary.unknownAnswers > 0 && `（このサイトにない設問への回答${pending.summary.unknownAnswers}件は数えていません）`}
            </dd>
            <dt>業務の棚卸し</dt>
            <dd>{pending.summary.tasks}件</dd>
          </dl>
          {pending.preview.length > 0 && (
            <table class="transfer__preview" data-merge-preview>
              <caption>「合わせて読み込む」を選んだときの、項目ごとの結果</caption>
              <thead>
                <tr>
                  <th scope="col">項目</th>
                  <th scope="col">結果</th>
                </tr>
              </thead>
              <tbody>
                {pending.preview.map((r) => (
                  <tr key={r.key} data-outcome={r.outcome}>
                    <th scope="row">{r.label}</th>
                    <td>{OUTCOME[r.outcome]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p>
            「置き換えて復元」は、今このブラウザにあるすべての入力（進捗・団体の情報・自己診断・業務の棚卸し・導入工程表）をこの内容に置き換えます。
            「合わせて読み込む」は、項目ごとに、後から変更されたほうを残します（同僚のファイルと合わせるときに使います）。
            どちらも、今の状態をバックアップとして残し、すぐ後に「元に戻す」で戻せます（開いているほかのタブも切り替わります）。
          </p>
          {pending.mergeBlocked && <p class="note note--error">合わせると上限を超えるため、「合わせて読み込む」は使えません：{pending.mergeBlocked}</p>}
          <p class="transfer__row">
            <button type="button" class="button" onClick={confirmReplace} data-confirm-replace>
              置き換えて復元
            </button>
            <button type="button" class="button" onClick={confirmMerge} disabled={!!pending.mergeBlocked} data-confirm-merge>
              合わせて読み込む
            </button>
            <button type="button" class="button button--secondary" onClick={cancel}>
              やめる
            </button>
          </p>
        </section>
      )}

      <section aria-labelledby="backups-heading" class="transfer__backups" data-backups>
        <h3 id="backups-heading">このブラウザに残っているバックアップ</h3>
        {backups.length === 0 ? (
          <p>ありません。復元・合わせた読み込みの前の状態と、読み込めなかった保存データがここに残ります（最大5件。古いものから消えます）。</p>
        ) : (
          <>
            <p>復元・合わせた読み込みの前の状態と、読み込めなかった保存データです（最大5件。古いものから消えます）。</p>
            <ul class="transfer__backup-list">
              {backups.map((b) => (
                <li key={b.key} data-backup={b.key}>
                  <p>
                    <strong>{b.at ? localDateTime(b.at) : '日時不明'}</strong>　{b.kind === 'replaced' ? '復元・合わせた読み込みの前の状態' : '読み込めなかった保存データ'}
                    <br />
                    {holds(b.raw, known)}
                  </p>
                  <p class="transfer__row">
                    <button type="button" class="button button--secondary" onClick={() => restoreBackup(b)} data-restore-backup>
                      この状態に戻す
                    </button>
                    <button type="button" class="button button--secondary" onClick={() => saveBackup(b)}>
                      ファイルに保存
                    </button>
                    {deleting === b.key ? (
                      <>
                        <button type="button" class="button" onClick={() => removeBackup(b)} data-delete-backup-confirm>
                          削除する（元に戻せません）
                        </button>
                        <button type="button" class="button button--secondary" onClick={() => setDeleting('')}>
                          削除しない
                        </button>
                      </>
                    ) : (
                      <button type="button" class="button button--secondary" onClick={() => setDeleting(b.key)} data-delete-backup>
                        削除…
                      </button>
                    )}
                  </p>
                </li>
              ))}
            </ul>
          </>
        )}
        <details class="transfer__handover">
          <summary>作業者名と引き継ぎメモ（いつ・誰が・何を変更したか）</summary>
          <HandoverPart snap={snap} />
        </details>
      </section>
    </div>
  );
}
