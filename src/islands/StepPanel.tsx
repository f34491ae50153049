/**
 * The step's own panel on /steps/N/: status, 担当, 期限, メモ and the checklist, bound to the
 * same saved state as the tracker on /steps/. Works as a plain checklist without JS. The
 * print button prints this checklist on its own (the page's other content is hidden while
 * printing through the `data-print-scope` attribute on <body>).
 */
import { useEffect, useState } from 'preact/hooks';
import { openItemsToConfirm, reconcile, stepItemCounts, stepLabel } from '../lib/tracker';
import { getStep, isOverdue } from '../lib/step-progress';
import { effectiveDue, effectivePlan } from '../lib/plan';
import { formatWarekiWithSeireki, localDateIso } from '../lib/dates';
import { toStepInfo, type TrackerStep } from '../lib/tracker-content';
import { useSavedState } from './shared/store';
import { ChecklistField, DetailFields, StatusField } from './shared/StepFields';
import { STATUS_LABELS } from '../schemas/state/tracker';
import './shared/tracker.css';

interface Props {
  step: TrackerStep;
  /** Every step's id and number: the 工程表 spreads all ten, so this step's months depend on them */
  planSteps: { id: string; number: number }[];
  /** The /steps/ page (with base), for the overall progress, export and restore */
  trackerHref: string;
}

export default function StepPanel({ step, planSteps, trackerHref }: Props) {
  const [tracker, update, snap] = useSavedState('tracker');
  const [plan] = useSavedState('plan');
  const [today, setToday] = useState('');
  const info = toStepInfo(step);
  useEffect(() => setToday(localDateIso()), []);
  useEffect(() => {
    if (snap.ready) update((t) => reconcile(t, [info]).tracker, { count: false });
  }, [snap.ready, tracker]);

  const prog = getStep(tracker, step.id);
  const c = stepItemCounts(tracker, info);
  const planned = effectivePlan(plan, planSteps)?.[step.id] ?? null;
  const due = effectiveDue(prog.due, planned);
  const late = isOverdue(due, prog.status, today);
  const dueText = due ? `　期限：${formatWarekiWithSeireki(due)}${prog.due ? '' : '（工程表から）'}` : '';
  const orphans = tracker.orphans.filter((o) => o.step === step.id);
  const printChecklist = () => {
    document.body.dataset['printScope'] = 'step-panel';
    const done = () => {
      delete document.body.dataset['printScope'];
      window.removeEventListener('afterprint', done);
    };
    window.addEventListener('afterprint', done);
    window.print();
  };

  return (
    <div class="step-panel" data-step-panel data-step-id={step.id} data-ready={snap.ready ? 'true' : 'false'}>
      <p class="tracker-step__state" data-step-state role="status" aria-live="polite">
        {late && <strong class="tracker-overdue" data-overdue-mark>期限切れ</strong>}
        状況：<strong>{STATUS_LABELS[prog.status]}</strong>　チェック：{c.total}項目中{c.checked}項目済み{dueText}
      </p>
      <div class="no-print">
        <StatusField step={step} progress={prog} open={openItemsToConfirm(tracker, info, 'done')} />
        <DetailFields step={step} progress={prog} planned={planned} />
      </div>
      <div class="print-only step-panel__print-meta">
        <p>
          {late && '【期限切れ】'}状況：{STATUS_LABELS[prog.status]}
          {prog.owner && `　担当：${prog.owner}`}
          {dueText}
        </p>
        {prog.memo && <p class="tracker-memo">メモ：{prog.memo}</p>}
      </div>
      <ChecklistField step={step} progress={prog} />
      {orphans.length > 0 && (
        <div class="note note--warning" data-orphans>
          <p>サイトの内容が更新され、以前にチェックした次の項目が今のチェックリストにありません。消さずに保存したままにしています。</p>
          <ul>
            {orphans.map((o) => (
              <li key={o.item}>
                {stepLabel(o.step)}：項目「{o.item}」（チェック済み）
              </li>
            ))}
          </ul>
        </div>
      )}
      <p class="no-print step-panel__links">
        {today && (
          <button type="button" class="button button--secondary" onClick={printChecklist}>
            このチェックリストを印刷
          </button>
        )}{' '}
        <a href={trackerHref}>10ステップ全体の進み具合・ファイルへの保存と復元</a>
      </p>
    </div>
  );
}
