/**
 * 業務の棚卸し: the task table with suggested levels, the per-level summary, CSV export and
 * import, and the printable 見える化シート. Thin: the logic is in src/lib/inventory.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { createClassifier, effectiveLevel, reasonText, type Suggestion } from '../../lib/inventory/classify';
import { csvFileName, exportCsv, importCsv, type CsvPreview } from '../../lib/inventory/csv';
import { LEVEL_IDS, levelLabel, type LevelInput } from '../../lib/inventory/levels';
import { countLevels, nextActions, SUMMARY_KEYS } from '../../lib/inventory/summary';
import { addTasks, describeAdd, editTask, idMaker, leftoverLines, MAX_MEMO, MAX_NAME, MAX_TASKS, MAX_UNIT, moveTask, parseLines, removeTask, undoRemove, type Removed } from '../../lib/inventory/tasks';
import { formatWarekiWithSeireki } from '../../lib/dates';
import type { TaskRow } from '../../schemas/state/inventory';
import { useInventoryStore } from './store';
import './inventory.css';

interface Props {
  levels: LevelInput[];
  /** /levels/ with the site's base */
  levelsHref: string;
}

const CONFIDENCE: Record<string, string> = { high: '手引きの例に近い', medium: '関連する語あり', low: '候補（要確認）', none: '' };
const newId = idMaker();
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

type Status = { kind: 'success' | 'error' | 'info'; text: string } | null;

export default function Inventory({ levels, levelsHref }: Props) {
  const store = useInventoryStore();
  const { inventory, update } = store;
  const classifier = useMemo(() => createClassifier(levels), [levels]);
  const cache = useRef(new Map<string, Suggestion>());
  const suggest = (name: string) => {
    let s = cache.current.get(name);
    if (!s) cache.current.set(name, (s = classifier.classify(name)));
    return s;
  };
  const [status, setStatus] = useState<Status>(null);
  const [removed, setRemoved] = useState<Removed | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [editError, setEditError] = useState('');
  const [paste, setPaste] = useState('');
  const [preview, setPreview] = useState<CsvPreview | null>(null);
  const [one, setOne] = useState({ name: '', unit: '', memo: '' });
  const undoRef = useRef<HTMLButtonElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  const tasks = inventory.tasks;
  const rows = tasks.map((task) => {
    const s = suggest(task.name);
    return { task, s, level: effectiveLevel(task.override, s) };
  });
  const counts = countLevels(rows.map((r) => r.level));
  const actions = nextActions(levels);
  const byLevel = (id: string) => levels.find((l) => l.id === id);

  // After a delete, move focus to 元に戻す so keyboard users can undo at once.
  useEffect(() => {
    if (removed) undoRef.current?.focus();
  }, [removed]);

  if (!store.ready) {
    return <p class="note">読み込み中です。この道具は JavaScript を使います。JavaScript が使えない場合は、下の空欄のシートを印刷して手書きでお使いください。</p>;
  }

  const setTasks = (next: TaskRow[]) => update((inv) => ({ ...inv, tasks: next }));

  const addOne = (e: JSX.TargetedEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!one.name.trim()) {
      setStatus({ kind: 'error', text: '業務名を入力してください。' });
      nameRef.current?.focus();
      return;
    }
    const r = addTasks(tasks, [one], newId);
    if (r.added) {
      setTasks(r.tasks);
      setOne({ name: '', unit: one.unit, memo: '' });
    }
    setStatus({ kind: r.added ? 'success' : 'error', text: describeAdd(r) });
    nameRef.current?.focus();
  };

  const addPasted = (e: JSX.TargetedEvent<HTMLFormElement>) => {
    e.preventDefault();
    const r = addTasks(tasks, parseLines(paste), newId);
    if (r.added) setTasks(r.tasks);
    const left = leftoverLines(r);
    setPaste(left);
    setStatus({ kind: r.added ? 'success' : 'error', text: describeAdd(r) + (left ? '追加しなかった行は入力欄に残しています。' : '') });
  };

  const remove = (t: TaskRow) => {
    const r = removeTask(tasks, t.id);
    setTasks(r.tasks);
    setRemoved(r.removed);
    setStatus({ kind: 'info', text: `「${t.name}」を削除しました。` });
  };

  const undo = () => {
    if (!removed) return;
    setTasks(undoRemove(tasks, removed));
    setStatus({ kind: 'success', text: `「${removed.task.name}」を元に戻しました。` });
    setRemoved(null);
  };

  const saveEdit = (e: JSX.TargetedEvent<HTMLFormElement>, id: string) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const r = editTask(tasks, id, { name: String(f.get('name') ?? ''), unit: String(f.get('unit') ?? ''), memo: String(f.get('memo') ?? '') });
    if (!r.ok) {
      setEditError(r.message);
      return;
    }
    setTasks(r.tasks);
    setEditing(null);
    setEditError('');
    setStatus({ kind: 'success', text: '変更を保存しました。' });
  };

  const setOverride = (id: string, override: string) => {
    const r = editTask(tasks, id, { override });
    if (r.ok) setTasks(r.tasks);
  };

  const download = () => {
    const csv = exportCsv(rows.map((r) => ({ task: r.task, suggested: r.s.level, adopted: r.level, reason: reasonText(r.s), tips: r.s.tips })));
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    a.download = csvFileName(inventory.department, today());
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    setStatus({ kind: 'success', text: `${tasks.length}件をCSVファイルに書き出しました。` });
  };

  const readFile = async (e: JSX.TargetedEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const r = importCsv(new Uint8Array(await file.arrayBuffer()));
    input.value = '';
    if (!r.ok) {
      setPreview(null);
      setStatus({ kind: 'error', text: r.message });
      return;
    }
    setPreview(r);
    setStatus({ kind: 'info', text: `「${file.name}」から${r.tasks.length}件を読み取りました。内容を確認して「一覧に追加する」を押してください。まだ何も追加していません。` });
  };

  const confirmImport = () => {
    if (!preview) return;
    const r = addTasks(tasks, preview.tasks, newId);
    if (r.added) setTasks(r.tasks);
    setPreview(null);
    setStatus({ kind: r.added ? 'success' : 'error', text: 'CSVから' + describeAdd(r) });
  };

  const date = formatWarekiWithSeireki(today());

  return (
    <div class="inv">
      {store.problem && <p class="note note--warning" role="alert">{store.problem}</p>}

      <section class="no-print" aria-labelledby="inv-dept-h">
        <h2 id="inv-dept-h">所属</h2>
        <p>
          <label for="inv-dept">シートに載せる所属（課・係）</label>
          <input id="inv-dept" type="text" maxLength={MAX_UNIT} autocomplete="organization-title" value={inventory.department} onChange={(e) => update((inv) => ({ ...inv, department: e.currentTarget.value.trim() }))} />
        </p>
      </section>

      <section class="no-print" aria-labelledby="inv-add-h">
        <h2 id="inv-add-h">業務を追加する</h2>
        <form class="inv-add" onSubmit={addOne}>
          <p>
            <label for="inv-name">業務名（必須）</label>
            <input id="inv-name" ref={nameRef} type="text" maxLength={MAX_NAME} value={one.name} onInput={(e) => setOne({ ...one, name: e.currentTarget.value })} />
          </p>
          <p>
            <label for="inv-unit">所属（任意）</label>
            <input id="inv-unit" type="text" maxLength={MAX_UNIT} value={one.unit} onInput={(e) => setOne({ ...one, unit: e.currentTarget.value })} />
          </p>
          <p>
            <label for="inv-memo">メモ（任意）</label>
            <input id="inv-memo" type="text" maxLength={MAX_MEMO} value={one.memo} onInput={(e) => setOne({ ...one, memo: e.currentTarget.value })} />
          </p>
          <p><button type="submit" class="button">追加</button></p>
        </form>

        <form onSubmit={addPasted}>
          <p>
            <label for="inv-paste">まとめて追加（1行に1業務。Excel から2列を貼り付けると2列目は所属になります）</label>
            <textarea id="inv-paste" rows={6} aria-describedby="inv-paste-hint" value={paste} onInput={(e) => setPaste(e.currentTarget.value)} />
            <span id="inv-paste-hint" class="meta">空の行は読み飛ばします。同じ業務は追加しません。一覧は{MAX_TASKS.toLocaleString('ja-JP')}件までです。</span>
          </p>
          <p><button type="submit" class="button">まとめて追加</button></p>
        </form>
      </section>

      <div class="inv-status no-print" role="status" aria-live="polite">
        {status && (
          <p class={status.kind === 'info' ? 'note' : `note note--${status.kind}`}>
            {status.text}
            {removed && status.kind === 'info' && (
              <>
                {' '}
                <button type="button" class="button button--secondary" ref={undoRef} onClick={undo}>元に戻す</button>
              </>
            )}
          </p>
        )}
      </div>

      <section class="no-print" aria-labelledby="inv-csv-h">
        <h2 id="inv-csv-h">CSVで書き出す・読み込む</h2>
        <p>書き出すCSVは Excel でそのまま開けます（UTF-8、BOM付き）。読み込みは UTF-8 と、Excel で保存した Shift_JIS の CSV に対応しています。1行目は列名（業務名、所属、メモ、提案レベル、採用レベル、理由、工夫。業務名のほかは省略可）にしてください。</p>
        <p class="inv-actions">
          <button type="button" class="button" onClick={download} disabled={tasks.length === 0}>CSVを書き出す</button>
          <label for="inv-file" class="inv-file-label">CSVを読み込む（追加する前に内容を確認できます）</label>
          <input id="inv-file" ref={fileRef} type="file" accept=".csv,text/csv" onChange={readFile} />
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
                    <tr><td>{t.name}</td><td>{t.unit}</td><td>{t.memo}</td><td>{t.override ? levelLabel(t.override as 'lv1') : '提案どおり'}</td></tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p class="inv-actions">
              <button type="button" class="button" onClick={confirmImport}>一覧に追加する</button>
              <button type="button" class="button button--secondary" onClick={() => { setPreview(null); setStatus({ kind: 'info', text: '読み込みを取り消しました。何も追加していません。' }); }}>取り消す</button>
            </p>
          </div>
        )}
      </section>

      <section class="no-print" aria-labelledby="inv-list-h">
        <h2 id="inv-list-h">業務の一覧</h2>
        {tasks.length === 0 ? (
          <p>まだ業務がありません。上の欄から追加してください。</p>
        ) : (
          <div class="table-scroll" tabindex={0} role="region" aria-labelledby="inv-table-cap">
            <table class="inv-table">
              <caption id="inv-table-cap">業務の一覧（{tasks.length}件）と手引きのレベル</caption>
              <thead>
                <tr>
                  <th scope="col">No.</th>
                  <th scope="col">業務名・所属・メモ</th>
                  <th scope="col">提案（理由と工夫）</th>
                  <th scope="col">採用するレベル</th>
                  <th scope="col">操作</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ task, s }, i) => (
                  <tr key={task.id}>
                    <td>{i + 1}</td>
                    {editing === task.id ? (
                      <td colSpan={2}>
                        <form class="inv-edit" onSubmit={(e) => saveEdit(e, task.id)}>
                          <p><label for={`e-name-${task.id}`}>業務名</label><input id={`e-name-${task.id}`} name="name" type="text" maxLength={MAX_NAME} defaultValue={task.name} /></p>
                          <p><label for={`e-unit-${task.id}`}>所属</label><input id={`e-unit-${task.id}`} name="unit" type="text" maxLength={MAX_UNIT} defaultValue={task.unit} /></p>
                          <p><label for={`e-memo-${task.id}`}>メモ</label><input id={`e-memo-${task.id}`} name="memo" type="text" maxLength={MAX_MEMO} defaultValue={task.memo} /></p>
                          {editError && <p class="note note--error" role="alert">{editError}</p>}
                          <p class="inv-actions">
                            <button type="submit" class="button">保存</button>
                            <button type="button" class="button button--secondary" onClick={() => { setEditing(null); setEditError(''); }}>キャンセル</button>
                          </p>
                        </form>
                      </td>
                    ) : (
                      <>
                        <td>
                          <span class="inv-name">{task.name}</span>
                          {task.unit && <span class="meta">　所属：{task.unit}</span>}
                          {task.memo && <span class="inv-memo">メモ：{task.memo}</span>}
                        </td>
                        <td class="inv-suggest">
                          <strong>{levelLabel(s.level)}</strong>
                          {s.confidence !== 'none' && <span class="meta">（{CONFIDENCE[s.confidence]}）</span>}
                          <span class="inv-reason">{reasonText(s)}</span>
                          {s.tips.length > 0 && (
                            <details>
                              <summary>{s.tipsHeading || '工夫'}{s.forms.length > 0 && '・形態'}</summary>
                              <ul>{s.tips.map((t) => <li>{t}</li>)}</ul>
                              {s.forms.length > 0 && <p>手引きが挙げる形態：{s.forms.join('、')}</p>}
                            </details>
                          )}
                          {s.cautions.length > 0 && (
                            <details class="inv-caution">
                              <summary>住民の情報を扱う場合の注意（手引き スライド12）</summary>
                              {s.cautions.map((c) => <p>{c}</p>)}
                            </details>
                          )}
                        </td>
                      </>
                    )}
                    <td>
                      <label class="visually-hidden" for={`o-${task.id}`}>「{task.name}」の採用するレベル</label>
                      <select id={`o-${task.id}`} value={task.override} onChange={(e) => setOverride(task.id, e.currentTarget.value)}>
                        <option value="">提案どおり（{levelLabel(s.level)}）</option>
                        {LEVEL_IDS.map((l) => <option value={l}>{levelLabel(l)}</option>)}
                      </select>
                    </td>
                    <td class="inv-ops">
                      <button type="button" class="button button--secondary" onClick={() => { setEditing(task.id); setEditError(''); }}>編集<span class="visually-hidden">：{task.name}</span></button>
                      <button type="button" class="button button--secondary" disabled={i === 0} onClick={() => setTasks(moveTask(tasks, task.id, -1))}>上へ<span class="visually-hidden">：{task.name}</span></button>
                      <button type="button" class="button button--secondary" disabled={i === tasks.length - 1} onClick={() => setTasks(moveTask(tasks, task.id, 1))}>下へ<span class="visually-hidden">：{task.name}</span></button>
                      <button type="button" class="button button--secondary" onClick={() => remove(task)}>削除<span class="visually-hidden">：{task.name}</span></button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section class="no-print" aria-labelledby="inv-sum-h">
        <h2 id="inv-sum-h">レベルごとのまとめと次の一手</h2>
        <table class="inv-summary">
          <caption>レベルごとの業務の数（採用するレベルで数えています）</caption>
          <thead><tr><th scope="col">レベル</th><th scope="col">件数</th><th scope="col">次の一手</th></tr></thead>
          <tbody>
            {SUMMARY_KEYS.map((k) => {
              const a = actions.find((x) => x.level === k)!;
              const lv = byLevel(k);
              return (
                <tr>
                  <th scope="row">{a.label}{lv && <span class="meta">　{lv.title}</span>}</th>
                  <td>{counts[k]}件</td>
                  <td>
                    <strong>{a.heading}</strong>：{a.text}
                    {a.items.length > 0 && <ul>{a.items.map((x) => <li>{x}</li>)}</ul>}
                    <a href={`${levelsHref}#${a.anchor}`}>手引きの{a.level === 'unclassified' ? '4つのレベルの例' : `${a.label}の例と工夫`}を見る</a>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <section class="inv-sheet print-only" data-filled={tasks.length > 0 ? 'true' : undefined} aria-label="担当業務の見える化シート（印刷用）">
        <h2>担当業務の見える化シート</h2>
        <p>所属：{inventory.department || '（未記入）'}　作成日：{date}　業務数：{tasks.length}件（Lv.Ⅰ {counts.lv1}件、Lv.Ⅱ {counts.lv2}件、Lv.Ⅲ {counts.lv3}件、Lv.Ⅳ {counts.lv4}件、未分類 {counts.unclassified}件）</p>
        <table>
          <caption>担当業務とテレワークの対象とするレベル（手引き Ⅳ．のレベル分け）</caption>
          <thead><tr><th scope="col">No.</th><th scope="col">業務名</th><th scope="col">所属</th><th scope="col">レベル</th><th scope="col">工夫・メモ</th></tr></thead>
          <tbody>
            {rows.map(({ task, s, level }, i) => (
              <tr>
                <td>{i + 1}</td>
                <td>{task.name}</td>
                <td>{task.unit}</td>
                <td>{levelLabel(level)}{task.override ? '（選択）' : s.confidence === 'low' ? '（要確認）' : ''}</td>
                <td>{(task.override && task.override !== s.level ? [] : s.tips).join('／')}{task.memo && <><br />メモ：{task.memo}</>}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>レベル：{levels.map((l) => `${l.numeral}＝${l.title}`).join('、')}（総務省「地方公共団体におけるテレワーク推進のための手引き」スライド11）。提案は自治体テレワーク推進ナビが手引きの例から機械的に示したもので、（選択）は担当者が選んだレベルです。</p>
      </section>
    </div>
  );
}
