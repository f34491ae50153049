/**
 * The 導入工程表 on /steps/plan/: the start month and the month the body aims to start 本格実施,
 * the site's suggested months for each step (src/lib/plan.ts), moving any step (its months,
 * or one month earlier / later), the month grid, and printing it on one A4 landscape page
 * with 団体名, date and the steps' statuses. Saved as the `plan` section of the one store.
 */
import { useEffect, useState } from 'preact/hooks';
import { formatWarekiWithSeireki, localDateIso, nowIso } from '../lib/dates';
import { effectivePlan, isMonth } from '../lib/plan';
import { moveStep, rangeProblem, resetSteps, setRange, shiftStep } from '../lib/plan-edit';
import { useSavedState } from './shared/store';
import PlanGrid from './shared/PlanGrid';
import './shared/tracker.css';

interface Props {
  steps: { id: string; number: number; title: string }[];
  /** /steps/ with the base path */
  stepsHref: string;
}

export default function PlanEditor({ steps, stepsHref }: Props) {
  const [plan, update, snap] = useSavedState('plan');
  const [tracker] = useSavedState('tracker');
  const [profile] = useSavedState('profile');
  const [today, setToday] = useState('');
  const [said, say] = useState('');
  useEffect(() => setToday(localDateIso()), []);
  const eff = effectivePlan(plan, steps);
  const problem = plan.start || plan.target ? rangeProblem(plan.start, plan.target) : '';
  const moved = Object.keys(plan.steps).length;

  const onRange = (field: 'start' | 'target') => (e: Event) => {
    const v = (e.currentTarget as HTMLInputElement).value.trim();
    // Browsers without a month picker show a text box: say what went wrong instead of ignoring it.
    if (v && !isMonth(v)) say('月は「2027-04」のように、年（4桁）と月（2桁）をハイフンでつないで入力してください。');
    else {
      say('');
      update((p) => setRange(p, field, v, nowIso()));
    }
  };
  const onMonth = (id: string, which: 'start' | 'end') => (e: Event) => {
    const v = (e.currentTarget as HTMLInputElement).value.trim();
    const cur = eff?.[id];
    if (!cur) return;
    if (!isMonth(v)) return say('月は「2027-04」のように、年（4桁）と月（2桁）をハイフンでつないで入力してください。');
    const next = which === 'start' ? moveStep(plan, id, v, cur.end < v ? v : cur.end, nowIso()) : moveStep(plan, id, cur.start, v, nowIso());
    if (next === plan) say('終了月は開始月と同じか後の月にしてください。');
    else {
      say('');
      update(() => next);
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

      {eff ? (
        <>
          <section class="plan-print" aria-labelledby="plan-grid-heading" data-plan-print>
            <h2 id="plan-grid-heading">導入工程表</h2>
            <p class="plan-print__meta">
              団体名：{profile.name || '　　　　'}　担当課：{profile.department || '　　　　'}　作成日：{today ? formatWarekiWithSeireki(today) : ''}
            </p>
            <div class="plan-grid-wrap" data-scroll tabIndex={0} role="region" aria-labelledby="plan-grid-heading">
              <PlanGrid steps={steps} plan={eff} tracker={tracker} today={today} />
            </div>
            <p class="plan-print__note">
              各ステップの期間は{moved ? `、${moved}ステップを担当者が動かしたほかは、` : ''}当サイトの提案（ステップ1〜9を開始月から本格実施の前月まで手引きの順に均等に割り振り、ステップ10を本格実施の月に置く）です。手引きは各ステップの期間を定めていません。
            </p>
          </section>

          <section class="no-print" aria-labelledby="plan-steps-heading">
            <h2 id="plan-steps-heading">ステップごとの月を動かす</h2>
            <p>動かしたステップは、開始月・本格実施の月を変えてもそのまま残ります。期限を入れていないステップは、終了月の末日が<a href={stepsHref}>10ステップ</a>の期限になります。</p>
            <ol class="plan-steps">
              {steps.map((s) => {
                const p = eff[s.id];
                if (!p) return null;
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
                    </fieldset>
                  </li>
                );
              })}
            </ol>
            <p class="plan-editor__buttons">
              <button type="button" class="button" onClick={() => window.print()} data-print-plan>
                工程表を印刷する（A4横）
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
