/**
 * The 起案 context the kian tests share: four steps, a plan for them, and `ctx()` — a town that
 * has done the diagnosis, made a plan and sorted its tasks (override any part).
 */
import { planPhases, scopeSummary, type KianContext } from '../../../src/lib/kian';

export const steps = [
  { id: 'step-01', number: 1, phase: '推進体制' },
  { id: 'step-02', number: 2, phase: '試行実施' },
  { id: 'step-03', number: 3, phase: '試行実施' },
  { id: 'step-04', number: 4, phase: '本格実施' },
];

export const plan = {
  'step-01': { start: '2026-06', end: '2026-07' },
  'step-02': { start: '2026-08', end: '2026-09' },
  'step-03': { start: '2026-09', end: '2026-11' },
  'step-04': { start: '2027-04', end: '2027-04' },
};

export const ctx = (over: Partial<KianContext> = {}): KianContext => ({
  org: '〇〇町',
  department: '総務課',
  today: '2026-06-01',
  diagnosis: { date: '2026-05-20', total: 48, band: '取組の途中', step: 2, stepTitle: '実態把握・課題整理', areas: [['推進体制', 50]] },
  plan: { start: '2026-06', target: '2027-04', phases: planPhases(steps, plan) },
  scope: scopeSummary([
    { level: 'lv1', chosen: false, needsCheck: false, residentNote: false },
    { level: 'lv2', chosen: false, needsCheck: true, residentNote: false },
    { level: 'lv3', chosen: true, needsCheck: false, residentNote: true },
    { level: 'unclassified', chosen: false, needsCheck: true, residentNote: false },
  ]),
  programs: [{ name: 'テレワークマネージャー相談事業', asOf: '2022', cite: '出典：総務省「…」' }],
  ...over,
});
