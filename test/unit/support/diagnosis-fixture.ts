/** The real question set, read from content/diagnosis/*.yaml, as the island's props (for unit tests). */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { AboutQuestion, Answer, Answers, DArea, DQuestion, DRule, DLinkItem, DBand } from '../../../src/lib/diagnosis/types';

const read = (f: string) => parse(readFileSync(new URL(`../../../content/diagnosis/${f}`, import.meta.url), 'utf8')) as Record<string, any>[];

export const areas: DArea[] = read('areas.yaml').map((a) => ({ id: a.id, label: a.label, shortLabel: a.shortLabel, basis: a.basis }));
export const questions: DQuestion[] = read('questions.yaml').map((q) => ({
  id: q.id, n: q.n, area: q.area, text: q.text, why: q.why, step: q.step, essential: q.essential, action: q.action,
  href: '/x/', hrefLabel: 'x', sourceLabel: q.source.pages,
}));
/** The 「団体について」 questions (content/diagnosis/profile.yaml). */
export const about: AboutQuestion[] = read('profile.yaml').map((p) => ({ id: p.id, code: p.code, label: p.label, multiple: !!p.multiple, ...(p.onlyWhen ? { onlyWhen: p.onlyWhen } : {}), options: p.options }));
const setup = read('setup.yaml')[0]!;
export const bands: DBand[] = setup.bands;
export const rules: DRule[] = setup.rules.map((r: any) => ({
  kind: r.program ? 'program' : 'case', id: r.program ?? r.case,
  when: { notDone: r.when.notDone ?? [], concerns: r.when.concerns ?? [], status: r.when.status ?? [] }, reason: r.reason,
}));
export const fallbackCases: string[] = setup.fallbackCases;
export const programs: DLinkItem[] = ['telework-manager', 'special-grant', 'lgwan-pilot', 'briefing'].map((id) => ({ id, title: id, href: `/support/${id}/` }));
export const cases: DLinkItem[] = ['ibaraki', 'saga', 'kobe', 'fukaya', 'shibuya', 'matsumoto-1', 'matsumoto-2', 'kakegawa'].map((id) => ({ id, title: id, href: `/cases/${id}/` }));

/** Every question answered the same way. */
export const all = (a: Answer): Answers => Object.fromEntries(questions.map((q) => [q.id, a]));
