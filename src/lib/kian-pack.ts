/**
 * What the 起案 takes from the rest of the 決裁パック, pure: the diagnosis summary, the
 * 工程表's phases, the inventory's scope (with its 要確認 count and the residents' note) and,
 * for the Word file, the attachments as rows of text. The pack prints its own parts; these
 * are the same numbers, computed with the same lib functions. The attachments of the Word
 * file are in ondemand-kian-attachments.ts, loaded with the Word library only when asked for.
 */
import { localDateIso } from './dates';
import { bandFor, placeStep, scoreAnswers } from './diagnosis/score';
import type { Answers, DiagnosisContent } from './diagnosis/types';
import type { LevelInput } from './inventory/levels';
import type { Outcome } from './inventory/outcome';
import type { TaskRow } from '../schemas/state/inventory';
import { effectivePlan } from './plan';
import type { StepInfo } from './tracker';
import { planPhases, scopeSummary, type KianContext, type KianProgram, type ScopeTask } from './kian';
import type { SavedState } from '../schemas/state/envelope';

/** The content the pack page hands to its island. */
export interface PackContent {
  steps: StepInfo[];
  diagnosis: Pick<DiagnosisContent, 'areas' | 'questions' | 'bands' | 'steps'>;
  levels: LevelInput[];
  programs: KianProgram[];
}

export type PackState = Pick<SavedState, 'profile' | 'tracker' | 'diagnosis' | 'inventory' | 'plan'>;

/** A task of the inventory with its level, as the scope and the Word attachment use it. */
export interface ScopeRow extends ScopeTask {
  name: string;
  unit: string;
}

/**
 * The inventory's tasks as the scope summary counts them, from their outcomes (the inventory's
 * own derivation, src/lib/inventory/outcome.ts): the level, 要確認 and the residents' note exactly
 * as /inventory/ shows them.
 */
export function scopeTasks(tasks: readonly TaskRow[], outcomes: readonly Outcome[]): ScopeRow[] {
  return tasks.map((t, i) => {
    const o = outcomes[i]!;
    return { name: t.name, unit: t.unit, level: o.level, chosen: t.override !== '', needsCheck: o.needsCheck, residentNote: o.residentNote };
  });
}

const localDate = (iso: string) => (iso ? localDateIso(new Date(iso)) : '');

/** The diagnosis's total, band and place, or null when it has not been answered. */
export function diagnosisSummary(state: PackState, c: PackContent['diagnosis']): KianContext['diagnosis'] {
  const answers = state.diagnosis.answers as Answers;
  if (!c.questions.some((q) => q.id in answers)) return null;
  const score = scoreAnswers(c.questions, c.areas, answers);
  const place = placeStep(c.questions, answers);
  const step = c.steps[place.step - 1];
  return {
    date: localDate(state.diagnosis.updatedAt),
    total: score.total,
    band: bandFor(c.bands, score.total).band.label,
    step: place.step,
    stepTitle: step?.title ?? '',
    areas: score.areas.map((a): [string, number] => [a.label, a.score]),
  };
}

/** Everything the cover shows besides the officer's own words. */
export function contentForKian(state: PackState, content: PackContent, tasks: readonly ScopeTask[], today: string): KianContext {
  const eff = effectivePlan(state.plan, content.steps);
  return {
    org: state.profile.name,
    department: state.profile.department,
    today,
    diagnosis: diagnosisSummary(state, content.diagnosis),
    plan: eff ? { start: state.plan.start, target: state.plan.target, phases: planPhases(content.steps, eff) } : null,
    scope: tasks.length ? scopeSummary(tasks) : null,
    programs: content.programs,
  };
}

