/**
 * The 導入工程表 as a month grid: one row per step (number, title, status, 期限切れ), one column
 * per month, grouped by year, with the start of each 年度 (April) drawn heavier. ■ marks the
 * planned months and ◆ the month of the 期限 (the step's own, or the end of its months). The
 * marks are characters, so the grid reads in black and white and in text; a screen reader
 * hears 「計画」 / 「期限」 instead of the shapes.
 */
import { formatWarekiWithSeireki } from '../../lib/dates';
import { effectiveDue, type EffectiveStep } from '../../lib/plan';
import { inMonths, planMonths } from '../../lib/plan-edit';
import { getStep, isOverdue } from '../../lib/tracker';
import type { TrackerState } from '../../schemas/state/tracker';

interface Props {
  steps: { id: string; number: number; title: string }[];
  plan: Record<string, EffectiveStep>;
  tracker: TrackerState;
  /** The user's local date (YYYY-MM-DD), '' before it is known */
  today: string;
  /** Prefix of the header ids (unique on the page) */
  idPrefix?: string;
}

export default function PlanGrid({ steps, plan, tracker, today, idPrefix = 'plan' }: Props) {
  // Two rows of column headers (year, month): every cell names its headers (WCAG H43).
  const hid = (kind: string, key: string) => `${idPrefix}-${kind}-${key}`;
  const months = planMonths(plan);
  // Past two years the columns are narrow: the month number alone (the year is in the row above).
  const many = months.length > 24;
  const years: { year: string; count: number }[] = [];
  for (const m of months) {
    const y = m.slice(0, 4);
    if (years.at(-1)?.year === y) years.at(-1)!.count++;
    else years.push({ year: y, count: 1 });
  }
  return (
    <table class="plan-grid" data-plan-grid data-months={many ? 'many' : 'few'}>
      <caption>導入工程表（■ 計画の期間、◆ 期限、太線は年度の始まり）</caption>
      <thead>
        <tr>
          <th scope="col" rowSpan={2} class="plan-grid__step" id={hid('h', 'step')}>
            ステップ
          </th>
          <th scope="col" rowSpan={2} class="plan-grid__status" id={hid('h', 'status')}>
            状況・期限
          </th>
          {years.map((y) => (
            <th scope="colgroup" colSpan={y.count} key={y.year} id={hid('y', y.year)}>
              {formatWarekiWithSeireki(y.year)}
            </th>
          ))}
        </tr>
        <tr>
          {months.map((m) => (
            <th scope="col" key={m} id={hid('m', m)} headers={hid('y', m.slice(0, 4))} class={m.endsWith('-04') ? 'plan-grid__fy' : undefined}>
              {Number(m.slice(5))}
              {!many && '月'}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {steps.map((s) => {
          const p = plan[s.id];
          if (!p) return null;
          const prog = getStep(tracker, s.id);
          const due = effectiveDue(prog.due, p);
          const late = isOverdue(due, prog.status, today);
          return (
            <tr key={s.id} data-step-id={s.id}>
              <th scope="row" class="plan-grid__step" id={hid('s', s.id)} headers={hid('h', 'step')}>
                {s.number}．{s.title}
              </th>
              <td class="plan-grid__status" headers={`${hid('h', 'status')} ${hid('s', s.id)}`}>
                {prog.status}
                {late && <strong class="report-overdue">　期限切れ</strong>}
                <br />
                {formatWarekiWithSeireki(due)}
              </td>
              {months.map((m) => {
                const on = inMonths(p, m);
                const isDue = due.slice(0, 7) === m;
                return (
                  <td key={m} headers={`${hid('y', m.slice(0, 4))} ${hid('m', m)} ${hid('s', s.id)}`} class={`${on ? 'plan-grid__on' : ''}${m.endsWith('-04') ? ' plan-grid__fy' : ''}`}>
                    {on && <span aria-hidden="true">■</span>}
                    {isDue && <span aria-hidden="true">◆</span>}
                    {(on || isDue) && <span class="visually-hidden">{[on && '計画', isDue && '期限'].filter(Boolean).join('・')}</span>}
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
