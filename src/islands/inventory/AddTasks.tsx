/**
 * 所属 of the sheet, one task at a time, and many tasks pasted at once. The fields keep their
 * own state, so typing re-renders this form only, never the list of up to 1,000 tasks.
 */
import { useRef, useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import { leftoverLines, MAX_MEMO, MAX_NAME, MAX_TASKS, MAX_UNIT, parseLines, type AddReport, type NewTask } from '../../lib/inventory/tasks';

interface Props {
  department: string;
  setDepartment(value: string): void;
  /** Adds the tasks and reports; the island announces the result */
  add(items: NewTask[], from: 'one' | 'paste'): AddReport;
}

export function AddTasks({ department, setDepartment, add }: Props) {
  const [one, setOne] = useState({ name: '', unit: '', memo: '' });
  const [nameError, setNameError] = useState('');
  const [paste, setPaste] = useState('');
  const [pasteError, setPasteError] = useState('');
  const nameRef = useRef<HTMLInputElement>(null);
  const pasteRef = useRef<HTMLTextAreaElement>(null);

  const addOne = (e: TargetedEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!one.name.trim()) {
      setNameError('業務名を入力してください。');
      nameRef.current?.focus();
      return;
    }
    const r = add([one], 'one');
    setNameError(r.added ? '' : r.duplicates.length ? 'この業務（同じ所属）は一覧にすでにあります。' : r.tooLong.length ? `業務名は${MAX_NAME}文字以内で入力してください。` : '一覧がいっぱいです。');
    if (r.added) setOne({ name: '', unit: one.unit, memo: '' });
    nameRef.current?.focus();
  };

  const addPasted = (e: TargetedEvent<HTMLFormElement>) => {
    e.preventDefault();
    const items = parseLines(paste);
    if (items.every((i) => !i.name.trim())) {
      setPasteError('業務名を1行に1つずつ入力するか、貼り付けてください。');
      pasteRef.current?.focus();
      return;
    }
    const r = add(items, 'paste');
    const left = leftoverLines(r);
    setPaste(left);
    setPasteError(left ? '追加しなかった行をこの欄に残しています（理由は上のお知らせ）。' : '');
    pasteRef.current?.focus();
  };

  return (
    <>
      <section class="no-print" aria-labelledby="inv-dept-h">
        <h2 id="inv-dept-h">所属</h2>
        <p>
          <label for="inv-dept">シートに載せる所属（課・係）</label>
          <DepartmentField value={department} onCommit={setDepartment} />
        </p>
      </section>

      <section class="no-print" aria-labelledby="inv-add-h">
        <h2 id="inv-add-h">業務を追加する</h2>
        <form class="inv-add" onSubmit={addOne} noValidate>
          <p>
            <label for="inv-name">業務名（必須）</label>
            <input id="inv-name" ref={nameRef} type="text" maxLength={MAX_NAME} autoComplete="off" value={one.name} aria-invalid={nameError ? 'true' : undefined} aria-describedby={nameError ? 'inv-name-err' : undefined} onInput={(e) => setOne({ ...one, name: e.currentTarget.value })} />
            {nameError && <span id="inv-name-err" class="inv-field-error">{nameError}</span>}
          </p>
          <p>
            <label for="inv-unit">所属（任意）</label>
            <input id="inv-unit" type="text" maxLength={MAX_UNIT} autoComplete="organization" value={one.unit} onInput={(e) => setOne({ ...one, unit: e.currentTarget.value })} />
          </p>
          <p>
            <label for="inv-memo">メモ（任意）</label>
            <input id="inv-memo" type="text" maxLength={MAX_MEMO} autoComplete="off" value={one.memo} onInput={(e) => setOne({ ...one, memo: e.currentTarget.value })} />
          </p>
          <p><button type="submit" class="button">追加</button></p>
        </form>

        <form onSubmit={addPasted} noValidate>
          <p>
            <label for="inv-paste">まとめて追加（1行に1業務。Excel から2列を貼り付けると2列目は所属になります）</label>
            <textarea id="inv-paste" ref={pasteRef} rows={6} aria-invalid={pasteError && !paste ? 'true' : undefined} aria-describedby={pasteError ? 'inv-paste-hint inv-paste-err' : 'inv-paste-hint'} value={paste} onInput={(e) => setPaste(e.currentTarget.value)} />
            <span id="inv-paste-hint" class="meta">空の行は読み飛ばします。同じ業務は追加しません。一覧は{MAX_TASKS.toLocaleString('ja-JP')}件までです。</span>
            {pasteError && <span id="inv-paste-err" class="inv-field-error">{pasteError}</span>}
          </p>
          <p><button type="submit" class="button">まとめて追加</button></p>
        </form>
      </section>
    </>
  );
}

/** The 所属 field: typed freely, saved when it changes (on leaving the field or Enter). */
function DepartmentField({ value, onCommit }: { value: string; onCommit(v: string): void }) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <input
      id="inv-dept"
      type="text"
      maxLength={MAX_UNIT}
      autoComplete="organization"
      value={draft ?? value}
      onInput={(e) => setDraft(e.currentTarget.value)}
      onChange={(e) => {
        onCommit(e.currentTarget.value.trim());
        setDraft(null);
      }}
    />
  );
}
