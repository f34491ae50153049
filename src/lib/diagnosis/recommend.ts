/** Which support programs and cases fit the answers and the 「団体について」 answers (rules in setup.yaml). */
import type { Answers, DLinkItem, DRule, AboutAnswers } from './types';

export interface Recommendation {
  item: DLinkItem;
  /** Why it fits, from the matching rules */
  reasons: string[];
  /** How many triggers matched (more = more relevant) */
  weight: number;
}

/** The concerns the user ticked (the 「団体について」 question "concerns"). */
export function tickedConcerns(about: AboutAnswers): string[] {
  const c = about['concerns'];
  return Array.isArray(c) ? c : typeof c === 'string' && c ? [c] : [];
}

/** Number of a rule's triggers that match: questions not 実施している, ticked concerns, status. */
export function ruleWeight(rule: DRule, answers: Answers, about: AboutAnswers): number {
  const concerns = tickedConcerns(about);
  const status = about['status'];
  let w = 0;
  for (const id of rule.when.notDone) {
    const a = answers[id];
    if (a !== undefined && a !== 'yes') w++;
  }
  for (const c of rule.when.concerns) if (concerns.includes(c)) w++;
  for (const s of rule.when.status) if (status === s) w++;
  return w;
}

function collect(kind: DRule['kind'], rules: DRule[], items: DLinkItem[], answers: Answers, about: AboutAnswers): Recommendation[] {
  const byId = new Map<string, Recommendation>();
  for (const rule of rules) {
    if (rule.kind !== kind) continue;
    const item = items.find((i) => i.id === rule.id);
    if (!item) continue;
    const w = ruleWeight(rule, answers, about);
    if (w === 0) continue;
    const r = byId.get(rule.id) ?? { item, reasons: [], weight: 0 };
    r.reasons.push(rule.reason);
    r.weight += w;
    byId.set(rule.id, r);
  }
  return [...byId.values()];
}

/** The support programs whose rules match, in the content's order of programs. */
export function recommendPrograms(rules: DRule[], programs: DLinkItem[], answers: Answers, about: AboutAnswers): Recommendation[] {
  const found = collect('program', rules, programs, answers, about);
  return programs.map((p) => found.find((r) => r.item.id === p.id)).filter((r): r is Recommendation => r !== undefined);
}

/**
 * Two or three relevant cases: the best-matching rules first (ties in rule order); when fewer
 * than two match, the fallback cases fill up to two.
 */
export function recommendCases(rules: DRule[], cases: DLinkItem[], fallback: string[], answers: Answers, about: AboutAnswers, max = 3): Recommendation[] {
  const found = collect('case', rules, cases, answers, about);
  const order = (id: string) => rules.findIndex((r) => r.kind === 'case' && r.id === id);
  const picked = found.sort((a, b) => b.weight - a.weight || order(a.item.id) - order(b.item.id)).slice(0, max);
  for (const id of fallback) {
    if (picked.length >= 2) break;
    const item = cases.find((c) => c.id === id);
    if (item && !picked.some((p) => p.item.id === id)) picked.push({ item, reasons: [], weight: 0 });
  }
  return picked;
}
