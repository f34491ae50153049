/**
 * The 導入工程表 on /steps/plan/: the start month and the month the body aims to start 本格実施,
 * the site's suggested months for each step (src/lib/plan.ts), moving any step (its months,
 * or one month earlier / later), the user's milestones (庁議, 議会 …), the month grid with
 * 担当・期限 from the tracker, printing it on one A4 landscape page with 団体名, date and the
 * steps' statuses, and 「Excelで保存」 (exceljs loaded on the press). Saved as the `plan`
 * section of the one store.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatWarekiWithSeireki, localDateIso, nowIso } from '../lib/dates';
import type { LevelInput } from '../lib/inventory/levels';
import { effectivePlan, isMonth } from '../lib/plan';
import { addMilestone, MILESTONE_SUGGESTIONS, milestoneProblem, moveStep, rangeProblem, removeMilestone, resetSteps, setRange, shiftStep } from '../lib/plan-edit';
import { monthLabel, outsideWarning, planTable, sortedMilestones } from '../lib/plan-table';
import { getStep } from '../lib/step-progress';
import { MILESTONE_NAME_MAX } from '../schemas/state/plan';
import { useSavedState } from './shared/store';
import PlanGrid from './shared/PlanGrid';
import './shared/tracker.css';

interface Props {
  steps: { id: string; number: number; title: string }[];
  /** /steps/ with the base path */
  stepsHref: string;
  /** The levels' content, for the 棚卸し sheet of the Excel file */
  levels: LevelInput[];
}

const MONTH_HINT = '月は「2027-04」のように、年（4桁）と月（2桁）をハイフンでつないで入力してください。';

export default function PlanEditor({ steps, stepsHref, levels }: Props) {
  const [plan, update, snap] = useSavedState('plan');
  const [tracker] = useSavedState('tracker');
  const [profile] = useSavedState('profile');
  const [inventory] = useSavedState('inventory');
  const [today, setToday] = useState('');
  const [said, say] = useState('');
  const [msName, setMsName] = useState('');
  const [msMonth, setMsMonth] = useState('');
  const [msError, setMsError] = useState('');
  const [excelBusy, setExcelBusy] = useState(false);
  const msNameRef = useRef<HTMLInputElement>(null);
  useEffect(() => setToday(localDateIso()), []);
  const eff = effectivePlan(plan, steps);
  const problem = plan.start || plan.target ? rangeProblem(plan.start, plan.target) : '';
  const moved = Object.keys(plan.steps).length;
  const table = eff ? planTable(steps, eff, (id) => getStep(tracker, id), plan.milestones, today) : null;
  const planNote = `各ステップの期間は${moved ? `、${moved}ステップを担当者が動かしたほかは、` : ''}当サイトの提案（ステップ1〜9を開始月から本格実施の前月まで手引きの順に均等に割り振り、ステップ10を本格実施の月に置く）です。手引きは各ステップの期間を定めていません。`;

  const onAddMilestone = (e: Event) => {
    e.preventDefault();
    const why = milestoneProblem(plan, msName, msMonth.trim());
    if (why) {
      setMsError(why);
      // The field the message is about takes focus, so the message is read where it applies.
      document.getElementById(why.includes('月を') ? 'plan-ms-month' : 'plan-ms-name')?.focus();
      return;
    }
    setMsError('');
    update((p) => addMilestone(p, msName, msMonth.trim(), nowIso()));
    say(`節目「${msName.trim()}」（${monthLabel(msMonth.trim())}）を加えました。`);
    setMsName('');
    msNameRef.current?.focus();
  };
  const onRemoveMilestone = (id: string, label: string, index: number) => {
    update((p) => removeMilestone(p, id, nowIso()));
    say(`節目「${label}」を削除しました。`);
    // Focus the next (or previous) milestone's button, or the name field when none is left.
    requestAnimationFrame(() => {
      const buttons = [...document.querySelectorAll<HTMLElement>('[data-ms-remove]')];
      (buttons[index] ?? buttons[index - 1] ?? msNameRef.current)?.focus();
    });
  };
  const onExcel = async () => {
    // aria-disabled, not disabled: a disabled button would drop the keyboard focus to <body>.
    if (excelBusy) return;
    setExcelBusy(true);
    say('Excelファイルを作っています…');
    try {
      const saveExcel = await import('./shared/ondemand-excel').then((m) => m.saveExcel);
      const name = await saveExcel({ org: profile.name, department: profile.department, today, plan: table, planNote, inventory, levels });
      say(`Excelファイル「${name}」を保存しました（工程表と棚卸しの2シート）。`);
    } catch {
      say('Excelファイルを作れませんでした。ページを読み込み直してから、もう一度お試しください。');
    } finally {
      setExcelBusy(false);
    }
  };

  const onRange = (field: 'start' | 'target') => (e: Event) => {
    const v = (e.currentTarget as HTMLInputElement).value.trim();
    // Browsers without a month picker show a text box: say what went wrong instead of ignoring it.
    if (v && !isMonth(v)) say(MONTH_HINT);
    else {
      say('');
      update((p) => setRange(p, field, v, nowIso()));
    }
  };
  const onMonth = (id: string, which: 'start' | 'end') => (e: Event) => {
    const v = (e.currentTarget as HTMLInputElement).value.trim();
    const cur = eff?.[id];
    if (!cur) return;
    if (!isMonth(v)) return say(MONTH_HINT);
    const [start, end] = which === 'start' ? [v, cur.end < v ? v : cur.end] : [cur.start, v];
    if (moveStep(plan, id, start, end, nowIso()) === plan) say('終了月は開始月と同じか後の月にしてください。');
    else {
      say('');
      // Applied to the stored plan (another tab's change to another step is kept).
      update((p) => moveStep(p, id, start, end, nowIso()));
    }
  };
  const shift = (s: Props['steps'][number], delta: number) => {
    const cur = eff?.[s.id];
    if (!cur) return;
    update((p) => shiftStep(p, cur, s.id, delta, nowIso()));
    say(`ステップ${s.number}を1か月${delta < 0 ? '早く' : '遅く'}しました。`);
  };

  return (
    <div class="plan-editor" data-plan-editor data-ready={snap.ready ? 'true' : 'false'}>
      <div class="no-print">
        <div class="tracker-fields">
          <div class="tracker-field">
            <label for="plan-start">取組の開始月</label>
            <input type="month" id="plan-start" name="plan-start" value={plan.start} onChange={onRange('start')} aria-describedby="plan-range-hint" />
          </div>
          <div class="tracker-field">
            <label for="plan-target">本格実施（ステップ10）を始める月</label>
            <input type="month" id="plan-target" name="plan-target" value={plan.target} onChange={onRange('target')} aria-describedby="plan-range-hint" />
          </div>
        </div>
        <p id="plan-range-hint" class="tracker-field__hint">年と月を「2027-04」のように入力します（月の選択欄がないブラウザでも同じ形で入力できます）。</p>
        <div role="status" aria-live="polite" class="plan-editor__status">
          {problem && <p class="note note--warning" data-plan-problem>{problem}</p>}
          {snap.saveError && <p class="note note--warning" data-plan-save-error>{snap.saveError}</p>}
          {said && <p>{said}</p>}
        </div>
      </div>

      {eff && table ? (
        <>
          <section class="plan-print" aria-labelledby="plan-grid-heading" data-plan-print>
            <h2 id="plan-grid-heading">導入工程表</h2>
            <p class="plan-print__meta">
              団体名：{profile.name || '　　　　'}　担当課：{profile.department || '　　　　'}　作成日：{today ? formatWarekiWithSeireki(today) : ''}
            </p>
            <PlanGrid steps={steps} plan={eff} tracker={tracker} today={today} milestones={plan.milestones} />
            <p class="plan-print__note">
              {planNote}担当・状況・期限は<a href={stepsHref}>10ステップ</a>の記録から<span class="no-print">（ここでは変えられません）</span>。
            </p>
          </section>

          <section class="no-print plan-milestones" aria-labelledby="plan-ms-heading">
            <h2 id="plan-ms-heading">節目（庁議・議会など）を加える</h2>
            <p id="plan-ms-hint">庁議、議会、予算要求、例規整備、説明会など、工程表に入れたい節目の名前と月を入れます（{MILESTONE_NAME_MAX}文字以内、候補から選ぶか自由に入力）。</p>
            <form class="plan-ms-form" onSubmit={onAddMilestone} noValidate>
              <label>
                節目の名前
                <input type="text" id="plan-ms-name" name="plan-ms-name" ref={msNameRef} list="plan-ms-suggestions" value={msName} maxLength={MILESTONE_NAME_MAX} autoComplete="off" aria-describedby={msError ? 'plan-ms-hint plan-ms-error' : 'plan-ms-hint'} aria-invalid={msError && !msError.includes('月を') ? true : undefined} onInput={(e) => setMsName((e.currentTarget as HTMLInputElement).value)} />
              </label>
              <datalist id="plan-ms-suggestions">
                {MILESTONE_SUGGESTIONS.map((n) => (
                  <option key={n} value={n} />
                ))}
              </datalist>
              <label>
                月
                <input type="month" id="plan-ms-month" name="plan-ms-month" value={msMonth} aria-describedby={msError ? 'plan-range-hint plan-ms-error' : 'plan-range-hint'} aria-invalid={msError.includes('月を') ? true : undefined} onInput={(e) => setMsMonth((e.currentTarget as HTMLInputElement).value)} onChange={(e) => setMsMonth((e.currentTarget as HTMLInputElement).value)} />
              </label>
              <button type="submit" class="button button--secondary">
                節目を加える
              </button>
            </form>
            {msError && (
              <p id="plan-ms-error" class="note note--warning" data-plan-ms-error>
                {msError}
              </p>
            )}
            {plan.milestones.length > 0 && (
              <ul class="plan-ms-list" data-plan-ms-list>
                {sortedMilestones(plan.milestones).map((ms, i) => (
                  <li key={ms.id}>
                    <span aria-hidden="true">▲</span>
                    {ms.name}（{monthLabel(ms.month)}）{' '}
                    <button type="button" class="button button--secondary" data-ms-remove onClick={() => onRemoveMilestone(ms.id, ms.name, i)}>
                      削除<span class="visually-hidden">（{ms.name}、{monthLabel(ms.month)}）</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section class="no-print" aria-labelledby="plan-steps-heading">
            <h2 id="plan-steps-heading">ステップごとの月を動かす</h2>
            <p>動かしたステップは、開始月・本格実施の月を変えてもそのまま残ります。期限を入れていないステップは、終了月の末日が<a href={stepsHref}>10ステップ</a>の期限になります。</p>
            <ol class="plan-steps">
              {steps.map((s) => {
                const p = eff[s.id];
                if (!p) return null;
                const row = table.rows.find((r) => r.id === s.id);
                return (
                  <li key={s.id} class="plan-step" data-step-id={s.id}>
                    <fieldset>
                      <legend>
                        ステップ{s.number}　{s.title}
                        {p.moved ? '（変更済み）' : '（提案のまま）'}
                      </legend>
                      <div class="plan-step__row">
                        <label>
                          開始月
                          <input type="month" id={`plan-${s.id}-start`} value={p.start} onChange={onMonth(s.id, 'start')} />
                        </label>
                        <label>
                          終了月
                          <input type="month" id={`plan-${s.id}-end`} value={p.end} onChange={onMonth(s.id, 'end')} />
                        </label>
                        <button type="button" class="button button--secondary" onClick={() => shift(s, -1)}>
                          1か月早く<span class="visually-hidden">（ステップ{s.number}）</span>
                        </button>
                        <button type="button" class="button button--secondary" onClick={() => shift(s, 1)}>
                          1か月遅く<span class="visually-hidden">（ステップ{s.number}）</span>
                        </button>
                        {p.moved && (
                          <button type="button" class="button button--secondary" onClick={(e) => { update((x) => resetSteps(x, nowIso(), s.id)); say(`ステップ${s.number}を提案の月に戻しました。`); (e.currentTarget.previousElementSibling as HTMLElement | null)?.focus(); }}>
                            提案に戻す<span class="visually-hidden">（ステップ{s.number}）</span>
                          </button>
                        )}
                      </div>
                      {row?.outside && <p class="note note--warning plan-step__warning">{outsideWarning(row)}期限は<a href={stepsHref}>10ステップ</a>で変えられます。</p>}
                    </fieldset>
                  </li>
                );
              })}
            </ol>
            <p class="plan-editor__buttons">
              <button type="button" class="button" onClick={() => window.print()} data-print-plan>
                工程表を印刷する（A4横）
              </button>{' '}
              <button type="button" class="button button--secondary" onClick={onExcel} aria-disabled={excelBusy ? true : undefined} data-save-xlsx>
                Excelで保存（工程表と棚卸し）
              </button>{' '}
              {moved > 0 && (
                <button type="button" class="button button--secondary" onClick={() => { update((x) => resetSteps(x, nowIso())); say('すべてのステップを提案の月に戻しました。'); document.querySelector<HTMLElement>('[data-print-plan]')?.focus(); }}>
                  すべて提案に戻す
                </button>
              )}
            </p>
          </section>
        </>
      ) : (
        <p class="note">開始月と本格実施の月を入れると、ステップごとの月の提案と工程表を表示します。</p>
      )}
    </div>
  );
}
