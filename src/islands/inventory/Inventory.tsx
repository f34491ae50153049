/**
 * 業務の棚卸し: the island that holds the state and wires the parts together. Saved state comes
 * from the shared store (`useSavedState('inventory')`); rules live in src/lib/inventory. After
 * every action focus goes to the thing acted on (or its natural successor) and the change is
 * announced in the status region.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createClassifier } from '../../lib/inventory/classify';
import { countLevels, levelLabel, type LevelInput } from '../../lib/inventory/levels';
import { answerLabel, QUESTIONS, type QuestionKey } from '../../lib/inventory/questions';
import { cachedClassify, countChecks, outcomeOf, rowBuilder, withAnswer } from '../../lib/inventory/rows';
import { writeOutcomeCache } from '../../lib/inventory/level-cache';
import { addTasks, confirmEstimates, describeAdd, editTask, idMaker, leftoverLines, moveTask, removeTask, setAnswers, undoRemove, type NewTask, type Removed } from '../../lib/inventory/tasks';
import { formatWarekiWithSeireki, localDateIso } from '../../lib/dates';
import type { TaskRow } from '../../schemas/state/inventory';
import { derivedStorage, downloadText, useSavedState } from '../shared/store';
import { AddTasks } from './AddTasks';
import { BulkAnswers } from './BulkAnswers';
import { CSV_LOAD_ERROR, CsvPanel, loadCsv } from './CsvPanel';
import { LevelSummary } from './LevelSummary';
import { PrintSheet } from './PrintSheet';
import { TaskTable, type RowActions } from './TaskTable';

interface Props {
  levels: LevelInput[];
  /** /levels/ with the site's base */
  levelsHref: string;
  /** The version of the rules as built (src/utils/inventory-rules-key.ts), for the level cache */
  rulesKey: string;
}

type Status = { kind: 'success' | 'error' | 'info'; text: string } | null;

const newId = idMaker();

export default function Inventory({ levels, levelsHref, rulesKey }: Props) {
  const [inventory, update, snap] = useSavedState('inventory');
  const classifier = useMemo(() => createClassifier(levels), [levels]);
  const build = useMemo(() => rowBuilder(cachedClassify(classifier), levels), [classifier, levels]);
  const tasks = inventory.tasks;
  const rows = useMemo(() => build(tasks), [build, tasks]);
  const counts = useMemo(() => countLevels(rows.map((r) => r.level)), [rows]);
  const checks = useMemo(() => countChecks(rows), [rows]);
  // The outcomes just derived, kept for /pack/ (src/lib/inventory/level-cache.ts): after the paint, once the saved tasks are shown.
  useEffect(() => {
    if (snap.ready) writeOutcomeCache(derivedStorage(), rulesKey, tasks, rows.map(outcomeOf));
  }, [rows, snap.ready, rulesKey]);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState<Status>(null);
  const [removed, setRemoved] = useState<Removed | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [editError, setEditError] = useState('');
  /** Id of the element to focus after the next render */
  const focusNext = useRef<string | null>(null);
  const latest = useRef({ tasks, update, rows, department: inventory.department });
  latest.current = { tasks, update, rows, department: inventory.department };

  // Focus moves right after the render that shows its target, before paint (never left on <body>).
  useLayoutEffect(() => {
    const id = focusNext.current;
    if (!id) return;
    focusNext.current = null;
    document.getElementById(id)?.focus();
  });

  /** Changes the task list through the store's updater: `fn` gets the STORED tasks, never a copy from an earlier render. */
  const changeTasks = (fn: (tasks: TaskRow[]) => TaskRow[]) =>
    latest.current.update((inv) => {
      const next = fn(inv.tasks);
      return next === inv.tasks ? inv : { ...inv, tasks: next };
    });
  const nameOf = (id: string) => latest.current.tasks.find((t) => t.id === id)?.name ?? '';

  // Stable for the memoised rows: they read the latest state through the ref.
  const actions = useMemo<RowActions>(
    () => ({
      edit(id) {
        setEditing(id);
        setEditError('');
        focusNext.current = `e-name-${id}`;
      },
      cancel(id) {
        setEditing(null);
        setEditError('');
        setStatus({ kind: 'info', text: `「${nameOf(id)}」の編集を取り消しました。` });
        focusNext.current = `inv-edit-${id}`;
      },
      save(id, form) {
        const f = new FormData(form);
        const patch = { name: String(f.get('name') ?? ''), unit: String(f.get('unit') ?? ''), memo: String(f.get('memo') ?? '') };
        const r = editTask(latest.current.tasks, id, patch);
        if (!r.ok) {
          setEditError(r.message);
          focusNext.current = `e-name-${id}`;
          return;
        }
        changeTasks((stored) => {
          const again = editTask(stored, id, patch);
          return again.ok ? again.tasks : stored;
        });
        setEditing(null);
        setEditError('');
        setStatus({ kind: 'success', text: `「${r.tasks.find((t) => t.id === id)?.name ?? ''}」の変更を保存しました。` });
        focusNext.current = `inv-edit-${id}`;
      },
      move(id, delta) {
        const all = latest.current.tasks;
        const i = all.findIndex((t) => t.id === id);
        const j = i + delta;
        const name = all[i]?.name ?? '';
        if (j < 0 || j >= all.length) {
          setStatus({ kind: 'info', text: `「${name}」はすでに${delta < 0 ? '先頭' : '最後'}です。` });
          return;
        }
        changeTasks((stored) => moveTask(stored, id, delta));
        setStatus({ kind: 'info', text: `「${name}」を${j + 1}番目に移動しました（全${all.length}件）。` });
        focusNext.current = `inv-${delta < 0 ? 'up' : 'down'}-${id}`;
      },
      remove(id) {
        const r = removeTask(latest.current.tasks, id);
        if (!r.removed) return;
        changeTasks((stored) => removeTask(stored, id).tasks);
        setSelected((prev) => (prev.has(id) ? new Set([...prev].filter((x) => x !== id)) : prev));
        setRemoved(r.removed);
        setEditing((e) => (e === id ? null : e));
        setStatus({ kind: 'info', text: `「${r.removed.task.name}」を削除しました。` });
        focusNext.current = 'inv-undo';
      },
      choose(id, level) {
        changeTasks((all) => {
          const r = editTask(all, id, { override: level });
          return r.ok ? r.tasks : all;
        });
        setStatus({ kind: 'info', text: level ? `「${nameOf(id)}」の採用するレベルを${levelLabel(level as 'lv1')}にしました。` : `「${nameOf(id)}」は提案どおりのレベルにしました。` });
      },
      answer(id, key, value) {
        changeTasks((all) => all.map((t) => (t.id === id ? withAnswer(t, key, value) : t)));
        const q = QUESTIONS[key].label;
        setStatus({ kind: 'info', text: value ? `「${nameOf(id)}」の${q}を「${answerLabel(key, value as never)}」にしました。` : `「${nameOf(id)}」の${q}を未回答（推定）に戻しました。` });
      },
      select(id, on) {
        setSelected((prev) => {
          const next = new Set(prev);
          if (on) next.add(id);
          else next.delete(id);
          return next;
        });
      },
    }),
    [],
  );

  if (!snap.ready) {
    return <p class="note">読み込み中です。この道具は JavaScript を使います。JavaScript が使えない場合は、下の空欄のシートを印刷して手書きでお使いください。</p>;
  }

  const add = (items: NewTask[], from: 'one' | 'paste' | 'csv') => {
    const seen = latest.current.tasks;
    const r = addTasks(seen, items, newId);
    // Through the updater: if the stored list moved on (another tab), add to that list instead.
    if (r.added) changeTasks((stored) => (stored === seen ? r.tasks : addTasks(stored, items, newId).tasks));
    const left = from === 'paste' && leftoverLines(r) ? '追加しなかった行は入力欄に残しています。' : '';
    setStatus({ kind: r.added ? 'success' : 'error', text: (from === 'csv' ? 'CSVから' : '') + describeAdd(r) + left });
    setRemoved(null);
    return r;
  };

  const undo = () => {
    if (!removed) return;
    changeTasks((stored) => undoRemove(stored, removed));
    setStatus({ kind: 'success', text: `「${removed.task.name}」を元に戻しました（${Math.min(removed.index, latest.current.tasks.length) + 1}番目）。` });
    focusNext.current = `inv-edit-${removed.task.id}`;
    setRemoved(null);
  };

  const ids = () => rows.filter((r) => selected.has(r.task.id)).map((r) => r.task.id);
  const bulkAnswer = (key: QuestionKey, value: string) => {
    const chosen = ids();
    changeTasks((stored) => setAnswers(stored, new Set(chosen), key, value));
    setStatus({ kind: 'success', text: `選んだ${chosen.length}件の${QUESTIONS[key].label}を「${answerLabel(key, value as never)}」にしました。` });
  };
  const bulkConfirm = () => {
    const chosen = new Set(ids());
    // The pre-fill as the current rows show it: the same words give the same pre-fill when the updater runs.
    const pre = new Map(latest.current.rows.filter((r) => chosen.has(r.task.id)).map((r) => [r.task.id, r.answers] as const));
    changeTasks((stored) => confirmEstimates(stored, pre));
    setStatus({ kind: 'success', text: `選んだ${chosen.size}件の推定の回答を、そのまま回答として確定しました。` });
  };
  const selectAll = (on: boolean, which: 'all' | 'check') => {
    setSelected(on ? new Set(rows.filter((r) => which === 'all' || r.derived.needsCheck).map((r) => r.task.id)) : new Set());
  };

  const download = async () => {
    setStatus({ kind: 'info', text: '読み込み中…' });
    let csvLib: Awaited<ReturnType<typeof loadCsv>>;
    try {
      csvLib = await loadCsv();
    } catch {
      setStatus({ kind: 'error', text: CSV_LOAD_ERROR });
      return;
    }
    const { csvFileName, exportCsv, toExportRows } = csvLib;
    downloadText(csvFileName(latest.current.department, localDateIso()), exportCsv(toExportRows(latest.current.rows)), 'text/csv;charset=utf-8');
    setStatus({ kind: 'success', text: `${latest.current.tasks.length}件をCSVファイルに書き出しました。` });
  };

  const storeProblem = [snap.loadMessage, snap.available ? '' : 'この一覧は「CSVを書き出す」で残すこともできます。'].filter(Boolean).join(' ');

  return (
    <div class="inv">
      {storeProblem && <p class="note note--warning inv-narrow" role="alert">{storeProblem}</p>}

      <div class="inv-narrow">
        <AddTasks department={inventory.department} setDepartment={(v) => update((inv) => (inv.department === v ? inv : { ...inv, department: v }))} add={add} />
      </div>

      <div class="inv-status no-print inv-narrow" role="status" aria-live="polite">
        {status && (
          <p class={status.kind === 'info' ? 'note' : `note note--${status.kind}`}>
            {status.text}
            {removed && status.kind === 'info' && (
              <>
                {' '}
                <button type="button" id="inv-undo" class="button button--secondary" onClick={undo}>元に戻す</button>
              </>
            )}
          </p>
        )}
      </div>
      {snap.saveError && <p class="note note--error no-print inv-narrow" role="alert">保存できませんでした：{snap.saveError}</p>}

      <div class="inv-narrow">
        <CsvPanel count={tasks.length} download={download} confirm={(t) => add(t, 'csv')} announce={(kind, text) => setStatus({ kind, text })} />
      </div>

      <section class="no-print inv-list" aria-labelledby="inv-list-h">
        <h2 id="inv-list-h">業務の一覧</h2>
        {tasks.length === 0 ? (
          <p>まだ業務がありません。上の欄から追加してください。</p>
        ) : (
          <>
            <BulkAnswers count={selected.size} total={rows.length} checks={checks} selectAll={selectAll} setAnswer={bulkAnswer} confirm={bulkConfirm} />
            <TaskTable rows={rows} selected={selected} editing={editing} editError={editError} actions={actions} />
          </>
        )}
      </section>

      <LevelSummary levels={levels} counts={counts} checks={checks} levelsHref={levelsHref} />
      <PrintSheet rows={rows} levels={levels} department={inventory.department} date={formatWarekiWithSeireki(localDateIso())} counts={counts} checks={checks} />
    </div>
  );
}
