/**
 * Builds the diagnosis island's props from the content collections (build time only).
 * Collections that have not landed yet give empty lists: the page still builds and the
 * sections that need them say so.
 */
import { getCollection, getEntry } from 'astro:content';
import { url } from '../../utils/url';
import { eraYear, formatWarekiWithSeireki } from '../../lib/dates';
import { asOfNote } from '../../lib/diagnosis/labels';
import { laterSeriesLine } from '../../lib/later-figures';
import type { DiagnosisContent, DLinkItem, DQuestion, PeerData, DConcern } from '../../lib/diagnosis/types';
import { caseHref, caseName, programHref, refId, resolveLink, sourceLabel, stepHref } from '../../lib/content-links';

/** The guide's step titles, used when the steps collection is not available. */
const STEP_TITLES = ['推進体制の構築', '実態把握・課題整理', '環境整備（ハード面・ソフト面）', '試行', '検証', '全体の実態把握・課題整理', '導入目的・対象者の明確化', '当面の推進方針決定', '環境整備（ハード面・ソフト面）', '本格実施・中長期の展望検討'];


/** Loads every collection the diagnosis uses and returns the island's props. */
export async function loadDiagnosisContent(): Promise<DiagnosisContent> {
  const [areas, questions, aboutQs, setupEntry, steps, chapters, programs, cases, concerns, survey] = await Promise.all([
    getCollection('diagnosisAreas'),
    getCollection('diagnosisQuestions'),
    getCollection('diagnosisProfile'),
    getEntry('diagnosisSetup', 'main'),
    getCollection('steps'),
    getCollection('chapters'),
    getCollection('programs'),
    getCollection('cases'),
    getCollection('concerns'),
    getEntry('survey', 'adoption'),
  ]);
  if (!setupEntry) throw new Error('content/diagnosis/setup.yaml: id "main" がありません');
  const setup = setupEntry.data;

  const stepList = Array.from({ length: 10 }, (_, i) => {
    const s = steps.find((x) => x.data.number === i + 1);
    return { number: i + 1, title: s?.data.title ?? STEP_TITLES[i]!, href: url(stepHref(i + 1)) };
  });
  const caseTitle = (id: string) => {
    const c = cases.find((x) => x.id === id);
    return c ? caseName(c.data) : id;
  };

  /** Href (with the base) and words for a link object ({ step | chapter | program | level | case }). */
  const linkOf = (l: Record<string, unknown>): { href: string; label: string } | undefined => {
    const r = resolveLink(l, { chapters, steps, programs, cases });
    return r && { href: url(r.href), label: r.label };
  };

  const qs: DQuestion[] = questions
    .sort((a, b) => a.data.order - b.data.order)
    .map((q) => {
      const link = linkOf(q.data.link as Record<string, unknown>)!;
      return {
        id: q.id,
        n: q.data.n,
        area: refId(q.data.area),
        text: q.data.text,
        why: q.data.why,
        step: q.data.step,
        essential: q.data.essential,
        action: q.data.action,
        href: link.href,
        hrefLabel: link.label,
        sourceLabel: sourceLabel(q.data.source),
      };
    });

  const programItems: DLinkItem[] = programs
    .sort((a, b) => a.data.order - b.data.order)
    .map((p) => ({ id: p.id, title: p.data.name, href: url(programHref(p.id)), note: asOfNote(p.data.asOfLabel) }));
  const caseItems: DLinkItem[] = cases
    .sort((a, b) => a.data.order - b.data.order)
    .map((c) => ({ id: c.id, title: caseTitle(c.id), href: url(caseHref(c.id)), note: c.data.subtitle }));

  const concernItems: DConcern[] = concerns
    .sort((a, b) => a.data.rank - b.data.rank)
    .map((c) => {
      const d = c.data as typeof c.data & { lead?: string };
      return {
        id: c.id,
        label: d.label,
        percent: d.percent,
        ...(d.lead ? { lead: d.lead } : {}),
        answers: d.answers.map((a) => {
          const ans = a as typeof a & { title?: string };
          const link = linkOf(ans as unknown as Record<string, unknown>);
          return {
            ...(ans.title ? { title: ans.title } : {}),
            text: ans.text,
            ...(link ? { href: link.href, hrefLabel: link.label } : {}),
            source: sourceLabel(ans.source),
          };
        }),
      };
    });

  let peers: PeerData | null = null;
  const laterEntry = await getEntry('laterFigures', 'adoption-series');
  if (survey && survey.data.kind === 'adoption') {
    const t = survey.data;
    peers = {
      asOfLabel: formatWarekiWithSeireki(t.asOf),
      prevAsOfLabel: formatWarekiWithSeireki(t.prevAsOf),
      yearLabel: eraYear(t.asOf),
      later: laterEntry ? laterSeriesLine(laterEntry.data, { short: true }) : '',
      rows: t.rows.map((r) => ({ label: r.label.trim(), group: r.group, bodies: r.bodies, count: r.adopted.count, percent: r.adopted.percent, prevCount: r.adopted.prevCount, prevPercent: r.adopted.prevPercent })),
    };
  }

  return {
    version: setup.version,
    areas: areas.sort((a, b) => a.data.order - b.data.order).map((a) => ({ id: a.id, label: a.data.label, shortLabel: a.data.shortLabel, basis: a.data.basis })),
    questions: qs,
    about: aboutQs
      .sort((a, b) => a.data.order - b.data.order)
      .map((p) => ({
        id: p.id,
        code: p.data.code,
        label: p.data.label,
        ...(p.data.hint ? { hint: p.data.hint } : {}),
        multiple: p.data.multiple,
        ...(p.data.onlyWhen ? { onlyWhen: p.data.onlyWhen } : {}),
        options: p.data.options.map((o) => ({ code: o.code, value: o.value, label: o.label, ...(o.surveyLabel ? { surveyLabel: o.surveyLabel } : {}) })),
      })),
    bands: setup.bands,
    bandNote: setup.bandNote,
    rules: setup.rules.map((r) => ({
      kind: r.program ? ('program' as const) : ('case' as const),
      id: refId(r.program ?? r.case),
      when: r.when,
      reason: r.reason,
    })),
    fallbackCases: setup.fallbackCases.map((c) => refId(c)),
    programs: programItems,
    cases: caseItems,
    concerns: concernItems,
    peers,
    steps: stepList,
  };
}
