/**
 * The task list: a full-width table on wide screens, one card per task below ~700 px (CSS).
 * An ARIA table of block elements rather than <table>, so that each row can skip rendering
 * while off screen (`content-visibility: auto`): with 1,000 tasks, a keystroke costs what a
 * screenful of rows costs. Rows are memoised on their row object (src/lib/inventory/rows.ts
 * keeps it identical while the task is unchanged), so typing elsewhere or editing one task
 * re-renders one row only. Control ids (inv-up-<id>, inv-edit-<id>, e-name-<id> …) let the
 * island put focus back.
 */
import { memo } from './memo';
import type { TargetedEvent } from 'preact';
import { useState } from 'preact/hooks';
import { LGWAN_NOTE, LGWAN_NOTE_SLIDE } from '../../lib/inventory/classify';
import { RESIDENT_NOTE } from '../../lib/inventory/outcome';
import { LEVEL_IDS, levelLabel } from '../../lib/inventory/levels';
import { answerLabel, QUESTION_KEYS, QUESTIONS, type QuestionKey } from '../../lib/inventory/questions';
import { NO_READING, OVERRIDE_RAISED, typeBasis, type InventoryRow } from '../../lib/inventory/rows';
import { MAX_MEMO, MAX_NAME, MAX_UNIT } from '../../lib/inventory/tasks';

export interface RowActions {
  edit(id: string): void;
  cancel(id: string): void;
  save(id: string, form: HTMLFormElement): void;
  move(id: string, delta: -1 | 1): void;
  remove(id: string): void;
  choose(id: string, level: string): void;
  answer(id: string, key: QuestionKey, value: string): void;
  select(id: string, on: boolean): void;
}

interface TableProps {
  rows: InventoryRow[];
  /** Ids of the rows selected for a bulk answer */
  selected: ReadonlySet<string>;
  editing: string | null;
  editError: string;
  actions: RowActions;
}

export const TaskTable = memo(function TaskTable({ rows, selected, editing, editError, actions }: TableProps) {
  return (
    <>
      <p id="inv-table-cap" class="inv-caption">業務の一覧（{rows.length}件）と手引きのレベル</p>
      <div class="inv-table" role="table" aria-labelledby="inv-table-cap" aria-rowcount={rows.length + 1}>
        <div role="rowgroup" class="inv-head-group">
          <div role="row" class="inv-head">
            <span role="columnheader" class="inv-col-no">No.</span>
            <span role="columnheader" class="inv-col-name">業務名・所属・メモ</span>
            <span role="columnheader" class="inv-col-answers">3つの問い（業務が扱うもの）</span>
            <span role="columnheader" class="inv-col-suggest">レベル（根拠と理由）</span>
            <span role="columnheader" class="inv-col-level">採用するレベル</span>
            <span role="columnheader" class="inv-col-ops">操作</span>
          </div>
        </div>
        <div role="rowgroup">
          {rows.map((row, i) => (
            <TaskRowView key={row.task.id} row={row} n={i + 1} last={i === rows.length - 1} checked={selected.has(row.task.id)} editing={editing === row.task.id} editError={editing === row.task.id ? editError : ''} actions={actions} />
          ))}
        </div>
      </div>
    </>
  );
});

interface RowProps {
  row: InventoryRow;
  n: number;
  last: boolean;
  checked: boolean;
  editing: boolean;
  editError: string;
  actions: RowActions;
}

const TaskRowView = memo(function TaskRowView({ row, n, last, checked, editing, editError, actions }: RowProps) {
  const { task, derived: d } = row;
  const id = task.id;
  const first = n === 1;
  const named = (verb: string) => `${verb}：${task.name}`;
  return (
    <div role="row" class="inv-row" id={`inv-row-${id}`} aria-rowindex={n + 1}>
      <div role="cell" class="inv-col-no">
        <span class="inv-no">{n}</span>
        <input type="checkbox" id={`inv-sel-${id}`} class="inv-sel" checked={checked} aria-label={`選ぶ：${task.name}`} onChange={(e) => actions.select(id, e.currentTarget.checked)} />
      </div>
      {editing ? (
        <div role="cell" class="inv-col-name inv-editing" aria-colspan={2}>
          <EditForm row={row} error={editError} actions={actions} />
        </div>
      ) : (
        <>
          <div role="cell" class="inv-col-name">
            <span class="inv-name">{task.name}</span>
            {task.unit && <span class="inv-unit meta">所属：{task.unit}</span>}
            {task.memo && <span class="inv-memo meta">メモ：{task.memo}</span>}
          </div>
          <div role="cell" class="inv-col-answers">
            <Answers row={row} actions={actions} />
          </div>
          <div role="cell" class="inv-col-suggest inv-suggest">
            <span class="inv-level-line">
              <strong class="inv-level" data-level={row.level}>{levelLabel(row.level)}</strong>
              {d.needsCheck && <span class="inv-check">要確認</span>}
              {d.needsCheck && <span class="visually-hidden">（暫定）</span>}
              {typeBasis(row.suggestion) && <span class="inv-basis" data-source={row.suggestion.typeReason?.source}>{typeBasis(row.suggestion)}</span>}
            </span>
            {d.needsCheck && <span class="inv-checks">暫定のレベルです。{d.checks.join('')}</span>}
            <span class="inv-reason">{d.steps[0] ? d.steps[0].text : NO_READING}</span>
            {d.overrideRaised && <span class="inv-reason">{OVERRIDE_RAISED}</span>}
            {d.residentNote && (
              <span class="inv-resident">
                <strong>住民情報：</strong>
                {RESIDENT_NOTE}
              </span>
            )}
            {d.constraints.map((c) => <span class="inv-constraint">{c}</span>)}
            {(d.steps.length > 1 || row.tips.items.length > 0) && <MoreDetails row={row} />}
          </div>
        </>
      )}
      <div role="cell" class="inv-col-level">
        <label class="inv-cell-label" for={`o-${id}`}>
          採用するレベル<span class="visually-hidden">：{task.name}</span>
        </label>
        <select id={`o-${id}`} value={task.override} onChange={(e) => actions.choose(id, e.currentTarget.value)}>
          <option value="">提案どおり（{levelLabel(d.derived)}）</option>
          {LEVEL_IDS.map((l) => <option value={l}>{levelLabel(l)}</option>)}
        </select>
      </div>
      <div role="cell" class="inv-col-ops">
        <span class="inv-ops">
          {!editing && (
            <button type="button" id={`inv-edit-${id}`} class="inv-op" aria-label={named('編集')} onClick={() => actions.edit(id)}>編集</button>
          )}
          <button type="button" id={`inv-up-${id}`} class="inv-op" aria-label={named('上へ')} aria-disabled={first ? 'true' : undefined} onClick={() => actions.move(id, -1)}>上へ</button>
          <button type="button" id={`inv-down-${id}`} class="inv-op" aria-label={named('下へ')} aria-disabled={last ? 'true' : undefined} onClick={() => actions.move(id, 1)}>下へ</button>
          <button type="button" id={`inv-del-${id}`} class="inv-op" aria-label={named('削除')} onClick={() => actions.remove(id)}>削除</button>
        </span>
      </div>
    </div>
  );
});

/** The three questions of one row: each a select whose first option is the pre-fill (推定), until the officer answers. */
function Answers({ row, actions }: { row: InventoryRow; actions: RowActions }) {
  const id = row.task.id;
  return (
    <>
      {QUESTION_KEYS.map((k) => {
        const a = row.answers[k];
        const stored = row.task.answers?.[k] ?? '';
        return (
          <span class="inv-q" data-confirmed={a.confirmed ? 'true' : undefined}>
            <label for={`q-${k}-${id}`}>
              {QUESTIONS[k].label}
              <span class="visually-hidden">：{row.task.name}</span>
            </label>
            <select id={`q-${k}-${id}`} value={stored} onChange={(e) => actions.answer(id, k, e.currentTarget.value)}>
              <option value="">{`推定：${answerLabel(k, row.answers[k].value as never)}${!a.confirmed && a.words.length ? `（語：${a.words.slice(0, 3).join('・')}）` : ''}`}</option>
              {QUESTIONS[k].options.map((o) => <option value={o.id}>{o.label}</option>)}
            </select>
          </span>
        );
      })}
    </>
  );
}

/** Other steps of the derivation and the tips of the adopted level: built when the disclosure is first opened (1,000 rows stay light). */
function MoreDetails({ row }: { row: InventoryRow }) {
  const [open, setOpen] = useState(false);
  const d = row.derived;
  return (
    <details class="inv-more" onToggle={(e) => e.currentTarget.open && setOpen(true)}>
      <summary>ほかの根拠と{levelLabel(row.level)}の{row.tips.heading || '工夫'}</summary>
      {open && (
        <>
          {d.steps.length > 1 && (
            <ul>
              {d.steps.slice(1).map((s) => (
                <li>{levelLabel(s.level)}：{s.text}</li>
              ))}
            </ul>
          )}
          {row.tips.items.length > 0 && (
            <>
              <p class="inv-more-h">{levelLabel(row.level)}の{row.tips.heading}（手引き）</p>
              <ul>{row.tips.items.map((t) => <li>{t}</li>)}</ul>
            </>
          )}
          {d.residentNote && <p>手引き（{LGWAN_NOTE_SLIDE}）の全文：{LGWAN_NOTE}</p>}
        </>
      )}
    </details>
  );
}

function EditForm({ row, error, actions }: { row: InventoryRow; error: string; actions: RowActions }) {
  const { task } = row;
  const id = task.id;
  const errId = `e-err-${id}`;
  const onSubmit = (e: TargetedEvent<HTMLFormElement>) => {
    e.preventDefault();
    actions.save(id, e.currentTarget);
  };
  return (
    <form class="inv-edit" onSubmit={onSubmit} onKeyDown={(e) => e.key === 'Escape' && actions.cancel(id)} aria-label={`「${task.name}」の編集`}>
      <p>
        <label for={`e-name-${id}`}>業務名</label>
        <input id={`e-name-${id}`} name="name" type="text" maxLength={MAX_NAME} defaultValue={task.name} autoComplete="off" aria-invalid={error ? 'true' : undefined} aria-describedby={error ? errId : undefined} />
      </p>
      {error && <p id={errId} class="inv-field-error">{error}</p>}
      <p>
        <label for={`e-unit-${id}`}>所属</label>
        <input id={`e-unit-${id}`} name="unit" type="text" maxLength={MAX_UNIT} defaultValue={task.unit} autoComplete="organization" />
      </p>
      <p>
        <label for={`e-memo-${id}`}>メモ</label>
        <input id={`e-memo-${id}`} name="memo" type="text" maxLength={MAX_MEMO} defaultValue={task.memo} autoComplete="off" />
      </p>
      <p class="inv-actions">
        <button type="submit" class="button">保存</button>
        <button type="button" id={`e-cancel-${id}`} class="button button--secondary" onClick={() => actions.cancel(id)}>キャンセル</button>
        <span class="meta">Esc キーでも取り消せます。</span>
      </p>
    </form>
  );
}
