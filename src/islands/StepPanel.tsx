/**
 * The step's own panel on /steps/N/: status, 担当, 期限, メモ and the checklist, bound to the
 * same saved state as the tracker on /steps/. Works as a plain checklist without JS. The
 * print button prints this checklist on its own (the page's other content is hidden while
 * printing through the `data-print-scope` attribute on <body>).
 */
import { useEffect, useState } from 'preact/hooks';
import { getStep, reconcile, stepItemCounts, stepLabel } from '../lib/tracker';
import { useSavedState } from './shared/store';
import { ChecklistField, DetailFields, StatusField } from './shared/StepFields';
import { toStepInfo, type TrackerStep } from './shared/step-content';
import './shared/tracker.css';

interface Props {
  step: TrackerStep;
  /** The /steps/ page (with base), for the overall progress, export and restore */
  trackerHref: string;
}

export default function StepPanel({ step, trackerHref }: Props) {
  const [tracker, update, snap] = useSavedState('tracker');
  const [mounted, setMounted] = useState(false);
  const info = toStepInfo(step);
  useEffect(() => setMounted(true), []);
  useEffect(() => {
    if (snap.ready) update((t) => reconcile(t, [info]).tracker, { count: false });
  }, [snap.ready, tracker]);

  const prog = getStep(tracker, step.id);
  const c = stepItemCounts(tracker, info);
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
        状況：<strong>{prog.status}</strong>　チェック：{c.total}項目中{c.checked}項目済み
      </p>
      <div class="no-print">
        <StatusField step={step} progress={prog} />
        <DetailFields step={step} progress={prog} />
      </div>
      <div class="print-only step-panel__print-meta">
        <p>
          状況：{prog.status}
          {prog.owner && `　担当：${prog.owner}`}
          {prog.due && `　期限：${prog.due}`}
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
        {mounted && (
          <button type="button" class="button button--secondary" onClick={printChecklist}>
            このチェックリストを印刷
          </button>
        )}{' '}
        <a href={trackerHref}>10ステップ全体の進み具合・ファイルへの保存と復元</a>
      </p>
    </div>
  );
}
