/**
 * The tracker on /steps/: overall progress (text, <progress> and a polite live summary), the
 * 10 steps by phase with status, 担当, 期限, メモ and the checklist, and the saved data the
 * content no longer has. Server-rendered with the empty state (plain controls, works without
 * JS); after hydration it shows and saves the saved state. Each step shows its item count
 * and its 期限 (和暦と西暦; from the 導入工程表 when it has none of its own) without opening, and
 * 「期限切れ」 when the user's local date is past it.
 */
import { useEffect, useState } from 'preact/hooks';
import { openItemsToConfirm, orphanSteps, reconcile, stepItemCounts, stepLabel, summarizeProgress } from '../lib/tracker';
import { getStep, isOverdue } from '../lib/step-progress';
import { effectiveDue, effectivePlan } from '../lib/plan';
import { formatWarekiWithSeireki, localDateIso } from '../lib/dates';
import { toStepInfo, type TrackerStep } from '../lib/tracker-content';
import { useSavedState } from './shared/store';
import { ChecklistField, DetailFields, StatusField } from './shared/StepFields';
import { STATUS_LABELS } from '../schemas/state/tracker';
import './shared/tracker.css';

interface Props {
  phases: { phase: string; slug: string; lead: string; range: string }[];
  steps: TrackerStep[];
}

export default function StepTracker({ phases, steps }: Props) {
  const [tracker, update, snap] = useSavedState('tracker');
  const [plan] = useSavedState('plan');
  const [today, setToday] = useState('');
  useEffect(() => setToday(localDateIso()), []);
  const infos = steps.map(toStepInfo);
  const planned = effectivePlan(plan, infos);

  // Align saved ticks with the current content (moves, never deletes). No-op when aligned.
  useEffect(() => {
    if (snap.ready) update((t) => reconcile(t, infos).tracker, { count: false });
  }, [snap.ready, tracker]);

  const sum = summarizeProgress(tracker, infos);
  const lostSteps = orphanSteps(tracker, infos.map((s) => s.id));

  return (
    <div class="tracker" data-tracker data-ready={snap.ready ? 'true' : 'false'}>
      <section class="tracker-progress" aria-labelledby="progress-heading">
        <h2 id="progress-heading">進み具合</h2>
        <p class="tracker-progress__text" data-progress-text>
          {sum.text}
        </p>
        <progress max={Math.max(sum.counted, 1)} value={sum.done} aria-labelledby="progress-heading" aria-describedby="progress-sr">
          {sum.text}
        </progress>
        <p id="progress-sr" class="tracker-progress__detail" role="status" aria-live="polite">
          {sum.srText}
        </p>
      </section>

      {phases.map((p) => {
        const inPhase = steps.filter((s) => s.phase === p.phase);
        if (!inPhase.length) return null;
        return (
          <section aria-labelledby={p.slug} key={p.slug}>
            <h2 id={p.slug}>
              {p.phase}
              <span class="step-list__range">（{p.range}）</span>
            </h2>
            <p>{p.lead}</p>
            <ol start={inPhase[0]!.number} class="tracker-steps">
              {inPhase.map((s) => {
                const prog = getStep(tracker, s.id);
                const c = stepItemCounts(tracker, toStepInfo(s));
                const p = planned?.[s.id] ?? null;
                const due = effectiveDue(prog.due, p);
                const late = isOverdue(due, prog.status, today);
                const count = `${c.total}項目中${c.checked}項目済み`;
                return (
                  <li key={s.id} class="tracker-step" data-step={s.number} data-step-id={s.id} data-status={prog.status} data-overdue={late ? 'true' : undefined}>
                    <h3 class="tracker-step__title">
                      <a href={s.href}>
                        ステップ{s.number}　{s.title}
                      </a>
                    </h3>
                    <p class="tracker-step__summary">{s.summary}</p>
                    <p class="tracker-step__state" data-step-state>
                      {late && <strong class="tracker-overdue" data-overdue-mark>期限切れ</strong>}
                      状況：<strong>{STATUS_LABELS[prog.status]}</strong>
                      {prog.status === 'done' && c.checked < c.total && `（未済${c.total - c.checked}項目のまま完了）`}　チェック：{count}
                      {prog.owner && <>　担当：{prog.owner}</>}
                      {due && <>　期限：{formatWarekiWithSeireki(due)}{prog.due ? '' : '（工程表から）'}</>}
                    </p>
                    <StatusField step={s} progress={prog} open={openItemsToConfirm(tracker, toStepInfo(s), 'done')} />
                    {/* The group is named by its summary, which names the step (one name per step). */}
                    <details class="tracker-step__details" aria-labelledby={`details-${s.id}`}>
                      <summary id={`details-${s.id}`}>
                        <span class="visually-hidden">ステップ{s.number}「{s.title}」の</span>担当・期限・メモとチェックリスト（{count}）
                      </summary>
                      <DetailFields step={s} progress={prog} planned={p} />
                      <ChecklistField step={s} progress={prog} />
                    </details>
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}

      {(tracker.orphans.length > 0 || lostSteps.length > 0) && (
        <section class="tracker-orphans note note--warning" aria-labelledby="orphans-heading" data-orphans>
          <h2 id="orphans-heading">現在の内容にない保存データ</h2>
          <p>
            サイトの内容が更新され、以前にチェックした項目やステップの一部が今のチェックリストにありません。
            消さずに保存したままにしており、書き出すファイルにも含まれます。
          </p>
          <ul>
            {tracker.orphans.map((o) => (
              <li key={`${o.step}-${o.item}`}>
                {stepLabel(o.step)}：項目「{o.item}」（チェック済み）
              </li>
            ))}
            {lostSteps.map(({ id, progress }) => (
              <li key={id}>
                {stepLabel(id)}：状況「{STATUS_LABELS[progress.status]}」
                {progress.owner && `、担当「${progress.owner}」`}
                {progress.memo && `、メモ「${progress.memo}」`}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
