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
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { reasonSentence, RESIDENT_NOTE_SHORT, LGWAN_NOTE, sourceLabel } from '../../lib/inventory/classify';
import { LEVEL_IDS, levelLabel } from '../../lib/inventory/levels';
import type { InventoryRow } from '../../lib/inventory/rows';
import { MAX_MEMO, MAX_NAME, MAX_UNIT } from '../../lib/inventory/tasks';

export interface RowActions {
  edit(id: string): void;
  cancel(id: string): void;
  save(id: string, form: HTMLFormElement): void;
  move(id: string, delta: -1 | 1): void;
  remove(id: string): void;
  choose(id: string, level: string): void;
}

interface TableProps {
  rows: InventoryRow[];
  editing: string | null;
  editError: string;
  actions: RowActions;
}

export const TaskTable = memo(function TaskTable({ rows, editing, editError, actions }: TableProps) {
  return (
    <>
      <p id="inv-table-cap" class="inv-caption">業務の一覧（{rows.length}件）と手引きのレベル</p>
      <div class="inv-table" role="table" aria-labelledby="inv-table-cap" aria-rowcount={rows.length + 1}>
        <div role="rowgroup" class="inv-head-group">
          <div role="row" class="inv-head">
            <span role="columnheader" class="inv-col-no">No.</span>
            <span role="columnheader" class="inv-col-name">業務名・所属・メモ</span>
            <span role="columnheader" class="inv-col-suggest">提案（根拠と理由）</span>
            <span role="columnheader" class="inv-col-level">採用するレベル</span>
            <span role="columnheader" class="inv-col-ops">操作</span>
          </div>
        </div>
        <div role="rowgroup">
          {rows.map((row, i) => (
            <TaskRowView key={row.task.id} row={row} n={i + 1} last={i === rows.length - 1} editing={editing === row.task.id} editError={editing === row.task.id ? editError : ''} actions={actions} />
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
  editing: boolean;
  editError: string;
  actions: RowActions;
}

const TaskRowView = memo(function TaskRowView({ row, n, last, editing, editError, actions }: RowProps) {
  const { task, suggestion: s } = row;
  const id = task.id;
  const first = n === 1;
  const named = (verb: string) => `${verb}：${task.name}`;
  return (
    <div role="row" class="inv-row" id={`inv-row-${id}`} aria-rowindex={n + 1}>
      <div role="cell" class="inv-col-no">{n}</div>
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
          <div role="cell" class="inv-col-suggest inv-suggest">
            <span class="inv-level-line">
              <strong class="inv-level" data-level={s.level}>{levelLabel(s.level)}</strong>
              {s.source !== 'none' && <span class="inv-basis" data-source={s.source}>{sourceLabel(s)}</span>}
            </span>
            <span class="inv-reason">{s.reasons[0] ? reasonSentence(s.reasons[0]) : '手引きの例・語に当てはまるものが見つかりませんでした。レベルを選んでください。'}</span>
            {s.residentNote && (
              <span class="inv-resident">
                <strong>住民情報：</strong>
                {RESIDENT_NOTE_SHORT}（手引き スライド12。レベルとは別の、働き方の制約です）
              </span>
            )}
            {(s.reasons.length > 1 || s.tips.length > 0) && <MoreDetails row={row} />}
          </div>
        </>
      )}
      <div role="cell" class="inv-col-level">
        <label class="inv-cell-label" for={`o-${id}`}>
          採用するレベル<span class="visually-hidden">：{task.name}</span>
        </label>
        <select id={`o-${id}`} value={task.override} onChange={(e) => actions.choose(id, e.currentTarget.value)}>
          <option value="">提案どおり（{levelLabel(s.level)}）</option>
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

/** Other reasons, tips and forms: the content is built when the disclosure is first opened (1,000 rows stay light). */
function MoreDetails({ row }: { row: InventoryRow }) {
  const [open, setOpen] = useState(false);
  const s = row.suggestion;
  return (
    <details class="inv-more" onToggle={(e) => e.currentTarget.open && setOpen(true)}>
      <summary>ほかの根拠と{s.tipsHeading || '工夫'}</summary>
      {open && (
        <>
          {s.reasons.length > 1 && (
            <ul>
              {s.reasons.slice(1).map((r) => (
                <li>{levelLabel(r.level)}：{reasonSentence(r)}</li>
              ))}
            </ul>
          )}
          {s.tips.length > 0 && (
            <>
              <p class="inv-more-h">{s.tipsHeading}（手引き）</p>
              <ul>{s.tips.map((t) => <li>{t}</li>)}</ul>
            </>
          )}
          {s.forms.length > 0 && <p>手引きが挙げる形態：{s.forms.join('、')}</p>}
          {s.residentNote && <p>手引き（スライド12）：{LGWAN_NOTE}</p>}
        </>
      )}
    </details>
  );
}

function EditForm({ row, error, actions }: { row: InventoryRow; error: string; actions: RowActions }) {
  const { task } = row;
  const id = task.id;
  const errId = `e-err-${id}`;
  const onSubmit = (e: JSX.TargetedEvent<HTMLFormElement>) => {
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
