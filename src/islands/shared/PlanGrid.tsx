/**
 * The 導入工程表, on /steps/plan/ and in the 決裁パック: a legend line, then the month grid in
 * its own scroll box (one row per step: number and title, 担当, 状況, 期限; one column per
 * month under its 年度; the planned months filled as one continuous bar; ◆ the month of the
 * 期限; a row of the user's milestones ▲), the warnings for steps whose own 期限 is outside
 * their months, and — on a phone (≤ 600 px, screen only) — the same plan as a list by month.
 * The layout is src/lib/plan-edit.ts `planTable`, which the Excel sheet reads too.
 *
 * Marks are characters and words, so the grid reads in black and white and in text; a screen
 * reader hears 「計画」 / 「期限」 / the milestone's name instead of the shapes.
 */
import { formatSeireki, formatWareki } from '../../lib/dates';
import type { EffectiveStep } from '../../lib/plan';
import { fiscalYear, monthLabel, outsideWarning, planByMonth, planTable } from '../../lib/plan-table';
import { getStep } from '../../lib/step-progress';
import type { Milestone } from '../../schemas/state/plan';
import { STATUS_LABELS, type TrackerState } from '../../schemas/state/tracker';
import { useSavedState } from './store';

interface Props {
  steps: { id: string; number: number; title: string }[];
  plan: Record<string, EffectiveStep>;
  tracker: TrackerState;
  /** The user's local date (YYYY-MM-DD), '' before it is known */
  today: string;
  /** Prefix of the header ids (unique on the page) */
  idPrefix?: string;
  /** The plan's milestones (default: the saved plan's) */
  milestones?: Milestone[];
}

export default function PlanGrid({ steps, plan, tracker, today, idPrefix = 'plan', milestones }: Props) {
  const [saved] = useSavedState('plan');
  const t = planTable(steps, plan, (id) => getStep(tracker, id), milestones ?? saved.milestones, today);
  // Two rows of column headers (年度, month): every cell names its headers (WCAG H43).
  const hid = (kind: string, key: string | number) => `${idPrefix}-${kind}-${key}`;
  const many = t.months.length > 24;
  const fyOf = fiscalYear;
  const hasMilestones = t.milestones.some((ms) => ms.length > 0);
  return (
    <div class="plan-grid-block" data-plan-block>
      <p class="plan-legend" data-plan-legend>
        導入工程表（■ 塗った帯が計画の期間、◆ 期限、▲ 節目、太線は年度の始まり）
      </p>
      <div class="plan-grid-wrap" data-scroll tabIndex={0} role="region" aria-label="工程表の表（月ごと。横にスクロールできます）">
        <table class="plan-grid" data-plan-grid data-months={many ? 'many' : 'few'}>
          <caption class="visually-hidden">導入工程表：ステップごとの計画の月、担当、状況、期限</caption>
          <colgroup>
            <col class="plan-grid__col-step" />
            <col class="plan-grid__col-owner" />
            <col class="plan-grid__col-status" />
            <col class="plan-grid__col-due" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col" rowSpan={2} class="plan-grid__step" id={hid('h', 'step')}>
                ステップ
              </th>
              <th scope="col" rowSpan={2} class="plan-grid__owner" id={hid('h', 'owner')}>
                担当
              </th>
              <th scope="col" rowSpan={2} class="plan-grid__status" id={hid('h', 'status')}>
                状況
              </th>
              <th scope="col" rowSpan={2} class="plan-grid__due" id={hid('h', 'due')}>
                期限
              </th>
              {t.years.map((y) => (
                <th scope="colgroup" colSpan={y.count} key={y.fy} id={hid('y', y.fy)} class="plan-grid__year plan-grid__fy">
                  {y.label === y.full ? (
                    y.full
                  ) : (
                    <>
                      <span aria-hidden="true">{y.label}</span>
                      <span class="visually-hidden">{y.full}</span>
                    </>
                  )}
                </th>
              ))}
            </tr>
            <tr>
              {t.months.map((m) => (
                <th scope="col" key={m} id={hid('m', m)} headers={hid('y', fyOf(m))} class={`plan-grid__month${m.endsWith('-04') ? ' plan-grid__fy' : ''}`}>
                  {Number(m.slice(5))}
                  {!many && '月'}
                  <span class="visually-hidden">（{m.slice(0, 4)}年）</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {t.rows.map((r) => {
              const own = (h: string) => `${hid('h', h)} ${hid('s', r.id)}`;
              return (
                <tr key={r.id} data-step-id={r.id} data-outside={r.outside ? 'true' : undefined}>
                  <th scope="row" class="plan-grid__step" id={hid('s', r.id)} headers={hid('h', 'step')}>
                    {r.number}．{r.title}
                  </th>
                  <td class="plan-grid__owner" headers={own('owner')}>
                    {r.owner || '—'}
                  </td>
                  <td class="plan-grid__status" headers={own('status')}>
                    {STATUS_LABELS[r.status]}
                    {r.late && <strong class="report-overdue plan-grid__late">期限切れ</strong>}
                  </td>
                  <td class="plan-grid__due" headers={own('due')}>
                    {/* 和暦 alone, short enough for one line; the 年度 header above gives the 西暦 */}
                    {formatWareki(r.due)}
                    {!r.ownDue && <span class="plan-grid__from-plan">（工程表から）</span>}
                    {r.outside && (
                      <strong class="plan-grid__outside" data-plan-outside>
                        ※計画の期間外
                      </strong>
                    )}
                  </td>
                  {t.months.map((m, i) => {
                    const on = r.on[i]!;
                    const isDue = r.due.slice(0, 7) === m;
                    const cls = ['plan-grid__cell', on && 'plan-grid__on', on && !r.on[i - 1] && 'plan-grid__on--first', on && !r.on[i + 1] && 'plan-grid__on--last', m.endsWith('-04') && 'plan-grid__fy'].filter(Boolean).join(' ');
                    return (
                      <td key={m} headers={`${hid('y', fyOf(m))} ${hid('m', m)} ${hid('s', r.id)}`} class={cls}>
                        {isDue && <span aria-hidden="true">◆</span>}
                        {(on || isDue) && <span class="visually-hidden">{[on && '計画', isDue && '期限'].filter(Boolean).join('・')}</span>}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
            {hasMilestones && (
              <tr class="plan-grid__milestones" data-plan-milestones>
                <th scope="row" class="plan-grid__step" id={hid('s', 'milestones')} headers={hid('h', 'step')}>
                  節目（庁議・議会など）
                </th>
                {/* One cell per fixed column: a row header spanning them reads as a column header to checkers (H43). */}
                {(['owner', 'status', 'due'] as const).map((h) => (
                  <td key={h} class={`plan-grid__${h}`} headers={`${hid('h', h)} ${hid('s', 'milestones')}`} />
                ))}
                {t.months.map((m, i) => (
                  <td key={m} headers={`${hid('y', fyOf(m))} ${hid('m', m)} ${hid('s', 'milestones')}`} class={`plan-grid__ms${m.endsWith('-04') ? ' plan-grid__fy' : ''}`}>
                    {t.milestones[i]!.map((ms) => (
                      <span key={ms.id} class="plan-grid__ms-item">
                        <span aria-hidden="true">▲</span>
                        {ms.name}
                      </span>
                    ))}
                  </td>
                ))}
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {t.outside.length > 0 && (
        <div class="note note--warning plan-warnings" data-plan-warnings>
          <p>
            <strong>期限が計画の期間の外にあるステップがあります。</strong>期限か計画の月のどちらかを見直してください。
          </p>
          <ul>
            {t.outside.map((r) => (
              <li key={r.id}>{outsideWarning(r)}</li>
            ))}
          </ul>
        </div>
      )}
      {t.milestonesOutside.length > 0 && (
        <p class="plan-print__note" data-plan-ms-outside>
          表の期間から離れた節目：{t.milestonesOutside.map((ms) => `${ms.name}（${monthLabel(ms.month)}）`).join('、')}
        </p>
      )}
      <PlanList table={t} />
    </div>
  );
}

/** The phone view (screen ≤ 600 px): the whole plan as a list by month. */
function PlanList({ table }: { table: ReturnType<typeof planTable> }) {
  const entries = planByMonth(table);
  const fyLabel = (fy: number) => table.years.find((y) => y.fy === fy)?.full ?? '';
  return (
    <div class="plan-list" data-plan-list>
      <p class="plan-list__lead">月ごとの一覧（広い画面と印刷では表になります）</p>
      <ol class="plan-list__months">
        {entries.map((e, i) => (
          <li key={e.month} class="plan-list__month" data-month={e.month}>
            <p class="plan-list__label">
              <strong>{monthLabel(e.month)}</strong>
              {(i === 0 || entries[i - 1]!.fy !== e.fy) && <span class="plan-list__fy">（{fyLabel(e.fy)}）</span>}
            </p>
            <ul>
              {e.milestones.map((ms) => (
                <li key={ms.id} class="plan-list__ms">
                  <span aria-hidden="true">▲</span>節目：{ms.name}
                </li>
              ))}
              {e.starts.map((r) => (
                <li key={r.id} data-step-id={r.id}>
                  開始：ステップ{r.number}　{r.title}（{r.start === r.end ? monthLabel(r.start) : `${monthLabel(r.start)}〜${monthLabel(r.end)}`}、{r.status}
                  {r.owner ? `、担当：${r.owner}` : ''}）
                </li>
              ))}
              {e.continues.length > 0 && <li>実施中：{e.continues.map((r) => `ステップ${r.number}`).join('、')}</li>}
              {e.dues.map((r) => (
                <li key={`due-${r.id}`}>
                  <span aria-hidden="true">◆</span>期限：ステップ{r.number}（{formatSeireki(r.due)}
                  {r.ownDue ? '' : '、工程表から'}）{r.late && <strong class="report-overdue">期限切れ</strong>}
                </li>
              ))}
              {table.outside
                .filter((r) => r.start === e.month)
                .map((r) => (
                  <li key={`out-${r.id}`}>
                    <strong class="plan-grid__outside">※{outsideWarning(r)}</strong>
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}
