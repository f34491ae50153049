/**
 * One step's working fields, shared by the tracker on /steps/ and the panel on /steps/N/:
 * status (a radio group with a legend), 担当, 期限, メモ, and the checklist as checkboxes.
 * Renders plain form controls, so the server HTML is a usable (printable) checklist.
 * Choosing 完了 while items are open asks once, after the group and without moving focus
 * (「未済のまま完了にする」 / 「やめる」); the answer is kept as the status itself, and the step
 * then reads 「完了（未済N項目）」.
 * All user text is rendered as text: JSX escapes it, and no raw-HTML API is used.
 */
import { useState } from 'preact/hooks';
import { STATUS_LABELS, STEP_STATUSES, type StepProgress } from '../../schemas/state/tracker';
import type { PlannedStep } from '../../schemas/state/plan';
import { LIMITS, setField, setItem, setStatus, type TextField } from '../../lib/tracker';
import { dueAgreement } from '../../lib/plan';
import { formatWarekiWithSeireki, nowIso } from '../../lib/dates';
import type { TrackerStep } from '../../lib/tracker-content';
import { countChange, updateSection } from './store';

interface Props {
  step: TrackerStep;
  progress: StepProgress;
  /** false hides the checklist's legend visually (it stays for screen readers) */
  showChecklistLegend?: boolean;
}

const update = (fn: Parameters<typeof updateSection<'tracker'>>[1], opts?: Parameters<typeof updateSection>[2]) => updateSection('tracker', fn, opts);

/**
 * The status radio group alone (shown outside the collapsible part on /steps/). `open` is
 * `openItemsToConfirm(tracker, step, 'done')` (src/lib/tracker.ts: 0 when already 完了): choosing 完了 with open items asks before saving. Choosing
 * never moves focus (WCAG 3.2.2): the 完了 radio stays focused and checked while the
 * question appears after the group and is announced through a live region that is always
 * in the page; arrowing on to another status answers it by choosing that status instead.
 * Focus moves only when the user presses one of the question's buttons.
 */
export function StatusField({ step, progress, open = 0 }: Pick<Props, 'step' | 'progress'> & { open?: number }) {
  const name = `status-${step.id}`;
  const askId = `${name}-ask`;
  const [asking, setAsking] = useState(false);
  const save = (s: string) => update((t) => setStatus(t, step.id, s, nowIso()), { completed: s === 'done' });
  const choose = (s: string) => {
    if (s === 'done' && open > 0) return setAsking(true);
    setAsking(false);
    if (s !== progress.status) save(s);
  };
  const answer = (done: boolean) => {
    setAsking(false);
    if (done) save('done');
    const i = done ? STEP_STATUSES.indexOf('done') : STEP_STATUSES.indexOf(progress.status);
    document.getElementById(`${name}-${i}`)?.focus();
  };
  // While asking, the radios show the choice being confirmed (完了), not the saved status.
  const shown = asking ? 'done' : progress.status;
  return (
    <>
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
                checked={shown === s}
                aria-describedby={asking && s === 'done' ? askId : undefined}
                onChange={() => choose(s)}
              />
              <label for={`${name}-${i}`}>{STATUS_LABELS[s]}</label>
            </span>
          ))}
        </div>
      </fieldset>
      <div
        class={asking ? 'tracker-confirm note note--warning' : 'tracker-confirm'}
        role={asking ? 'group' : undefined}
        aria-labelledby={asking ? askId : undefined}
        data-confirm-complete={asking ? '' : undefined}
      >
        <p id={askId} class="tracker-confirm__question" role="status">
          {asking && `未済の項目が${open}項目あります。ステップ${step.number}を「完了」にしますか？（まだ保存していません）`}
        </p>
        {asking && (
          <p class="tracker-confirm__buttons">
            <button type="button" class="button" onClick={() => answer(true)}>
              未済のまま完了にする
            </button>{' '}
            <button type="button" class="button button--secondary" onClick={() => answer(false)}>
              やめる
            </button>
          </p>
        )}
      </div>
    </>
  );
}

/**
 * 担当・期限・メモ. Saved on every keystroke; counted as one edit when committed. `planned` is
 * the step's months in the 工程表: an empty 期限 follows its end month, and a 期限 in another
 * month is pointed out.
 */
export function DetailFields({ step, progress, planned = null }: Pick<Props, 'step' | 'progress'> & { planned?: PlannedStep | null }) {
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
        <input type="date" id={id('due')} name={id('due')} value={progress.due} onInput={onText('due')} onChange={countChange} aria-describedby={planned ? id('due-hint') : undefined} />
        {planned && <DueHint id={id('due-hint')} due={progress.due} planned={planned} />}
      </div>
      <div class="tracker-field tracker-field--wide">
        <label for={id('memo')}>メモ</label>
        <textarea id={id('memo')} name={id('memo')} rows={3} maxLength={LIMITS.memo} value={progress.memo} onInput={onText('memo')} onChange={countChange} />
      </div>
    </div>
  );
}

/** How the 期限 relates to the 導入工程表 (its end month gives the default). */
function DueHint({ id, due, planned }: { id: string; due: string; planned: PlannedStep }) {
  const a = dueAgreement(due, planned);
  return (
    <p class="tracker-field__hint" id={id}>
      導入工程表の終了月：{formatWarekiWithSeireki(planned.end)}
      {a === 'plan' ? '（空欄のときはこの月の末日が期限）' : a === 'differs' ? '（期限はこれと違う月です。期限を優先します）' : ''}
    </p>
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
