/**
 * One step's working fields, shared by the tracker on /steps/ and the panel on /steps/N/:
 * status (a radio group with a legend), 担当, 期限, メモ, and the checklist as checkboxes.
 * Renders plain form controls, so the server HTML is a usable (printable) checklist.
 * All user text is rendered as text: JSX escapes it, and no raw-HTML API is used.
 */
import { STEP_STATUSES, type StepProgress } from '../../schemas/state/tracker';
import { LIMITS, setField, setItem, setStatus, type TextField } from '../../lib/tracker';
import { countChange, updateSection } from './store';
import { nowIso, type TrackerStep } from './step-content';

interface Props {
  step: TrackerStep;
  progress: StepProgress;
  /** false hides the checklist's legend visually (it stays for screen readers) */
  showChecklistLegend?: boolean;
}

const update = (fn: Parameters<typeof updateSection<'tracker'>>[1], opts?: Parameters<typeof updateSection>[2]) => updateSection('tracker', fn, opts);

/** The status radio group alone (shown outside the collapsible part on /steps/). */
export function StatusField({ step, progress }: Pick<Props, 'step' | 'progress'>) {
  const name = `status-${step.id}`;
  return (
    <fieldset class="tracker-status">
      <legend>ステップ{step.number}の状況</legend>
      <div class="tracker-status__options">
        {STEP_STATUSES.map((s, i) => (
          <span class="tracker-status__option" key={s}>
            <input
              type="radio"
              id={`${name}-${i}`}
              name={name}
              value={s}
              checked={progress.status === s}
              onChange={() => update((t) => setStatus(t, step.id, s, nowIso()), { completed: s === '完了' })}
            />
            <label for={`${name}-${i}`}>{s}</label>
          </span>
        ))}
      </div>
    </fieldset>
  );
}

/** 担当・期限・メモ. Saved on every keystroke; counted as one edit when committed. */
export function DetailFields({ step, progress }: Pick<Props, 'step' | 'progress'>) {
  const id = (f: string) => `${f}-${step.id}`;
  const onText = (field: TextField) => (e: Event) => {
    const v = (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;
    update((t) => setField(t, step.id, field, v, nowIso()), { count: false });
  };
  return (
    <div class="tracker-fields">
      <div class="tracker-field">
        <label for={id('owner')}>担当（担当者または担当課）</label>
        <input type="text" id={id('owner')} name={id('owner')} maxLength={LIMITS.owner} value={progress.owner} autoComplete="off" onInput={onText('owner')} onChange={countChange} />
      </div>
      <div class="tracker-field">
        <label for={id('due')}>期限</label>
        <input type="date" id={id('due')} name={id('due')} value={progress.due} onInput={onText('due')} onChange={countChange} />
      </div>
      <div class="tracker-field tracker-field--wide">
        <label for={id('memo')}>メモ</label>
        <textarea id={id('memo')} name={id('memo')} rows={3} maxLength={LIMITS.memo} value={progress.memo} onInput={onText('memo')} onChange={countChange} />
      </div>
    </div>
  );
}

/** The step's checklist as checkboxes, grouped as in the guide's table. */
export function ChecklistField({ step, progress, showChecklistLegend = true }: Props) {
  const box = (it: { id: string; text: string }) => (
    <>
      <input
        type="checkbox"
        id={`chk-${it.id}`}
        name={it.id}
        value={it.id}
        checked={progress.checked.includes(it.id)}
        onChange={(e) => {
          const on = (e.currentTarget as HTMLInputElement).checked;
          update((t) => setItem(t, step.id, it.id, on, nowIso()));
        }}
      />
      <label for={`chk-${it.id}`}>{it.text}</label>
    </>
  );
  return (
    <fieldset class="step-checklist" data-step={step.number} data-step-checklist>
      <legend class={showChecklistLegend ? '' : 'visually-hidden'}>ステップ{step.number}のチェックリスト：{step.checklistTitle}</legend>
      {step.groups.map((g, gi) => {
        const list = (
          <ul class="step-checklist__items">
            {g.items.map((it) => (
              <li key={it.id}>
                {box(it)}
                {it.children && it.children.length > 0 && (
                  <ul class="step-checklist__children">
                    {it.children.map((ch) => <li key={ch.id}>{box(ch)}</li>)}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        );
        return g.heading ? (
          <fieldset class="step-checklist__group" key={gi}>
            <legend>{g.heading}</legend>
            {list}
          </fieldset>
        ) : (
          <div key={gi}>{list}</div>
        );
      })}
    </fieldset>
  );
}
