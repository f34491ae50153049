/**
 * The attachments of the Word 起案 as rows of text (自己診断, 工程表, 進捗, 棚卸し), pure, from
 * what the pack has already computed (so this module, loaded with ondemand-kian-docx.ts only when
 * 「Wordで保存」 is pressed, pulls no other code into the page).
 */
import { formatWarekiWithSeireki } from './dates';
import type { PlannedStep } from '../schemas/state/plan';
import { STATUS_LABELS } from '../schemas/state/tracker';
import type { ReportStep } from './tracker-report';
import type { KianAttachments, KianContext } from './kian';
import type { ScopeRow } from './kian-pack';
import { RESIDENT_NOTE_SHORT } from './inventory/outcome';

const LEVEL = { lv1: 'Lv.Ⅰ', lv2: 'Lv.Ⅱ', lv3: 'Lv.Ⅲ', lv4: 'Lv.Ⅳ', unclassified: '未分類' } as const;
const month = (m: string) => formatWarekiWithSeireki(m);

export interface AttachmentInput {
  ctx: Pick<KianContext, 'diagnosis'>;
  /** The effective 工程表 (plan.ts effectivePlan), or null */
  plan: Record<string, PlannedStep> | null;
  /** The progress report's steps (tracker-report.ts) */
  steps: readonly Pick<ReportStep, 'number' | 'title' | 'status' | 'owner' | 'due' | 'dueFromPlan' | 'overdue'>[];
  stepIds: readonly string[];
  tasks: readonly ScopeRow[];
  /** Which parts the officer included (and has done) */
  which: Record<'diagnosis' | 'plan' | 'progress' | 'inventory', boolean>;
}

/** The 住民情報の注意 cell of a task under the guide's note (slide 12), in the guide's words. */
export const RESIDENT_CELL = `大量または機微な住民の情報を扱う業務は${RESIDENT_NOTE_SHORT}（手引き スライド12）`;

/** The attachments as rows; a part not included is null. */
export function kianAttachments({ ctx, plan, steps, stepIds, tasks, which }: AttachmentInput): KianAttachments {
  const d = which.diagnosis ? ctx.diagnosis : null;
  return {
    diagnosis: d
      ? {
          heading: '自己診断の結果',
          lines: [`合計${d.total}点（100点満点）、区分「${d.band}」（当サイトの目安）。いまの位置：ステップ${d.step}「${d.stepTitle}」。`],
          rows: d.areas.map(([label, score]): [string, string] => [label, `${score}点`]),
        }
      : null,
    plan: which.plan && plan ? { rows: steps.map((s, i): [string, string, string] => [`${s.number} ${s.title}`, month(plan[stepIds[i]!]?.start ?? ''), month(plan[stepIds[i]!]?.end ?? '')]) } : null,
    progress: which.progress ? { rows: steps.map((s): [string, string, string, string] => [`${s.number} ${s.title}`, STATUS_LABELS[s.status], s.owner, s.due ? `${formatWarekiWithSeireki(s.due)}${s.dueFromPlan ? '（工程表）' : ''}${s.overdue ? ' 期限切れ' : ''}` : '']) } : null,
    inventory:
      which.inventory && tasks.length
        ? {
            rows: tasks.map((t): [string, string, string, string] => [
              t.name,
              t.unit,
              `${LEVEL[t.level]}${t.level === 'unclassified' ? '' : t.chosen ? '（選択）' : '（提案）'}${t.needsCheck ? '（暫定・要確認）' : ''}`,
              t.residentNote ? RESIDENT_CELL : '',
            ]),
          }
        : null,
  };
}
