/**
 * The 起案 (the cover of the 決裁パック, /pack/), pure: the site's drafts, the 決裁欄, the
 * summary lines taken from the other parts of the pack, and one `KianDocument` that both the
 * printed cover (src/islands/pack/KianPart.tsx) and the Word file (ondemand-kian-docx.ts) render.
 *
 * Words: the guide's and the notice's sentences are quoted exactly with their source; every
 * sentence the site proposes is a draft (`DRAFT_KEYS`) the officer may rewrite. A rewritten
 * draft is saved in `kian.texts[key]`; a key absent follows the draft, so the draft keeps up
 * with the saved data (団体名, 工程表, 棚卸し) until the officer changes it.
 */
import type { Approver, CostRow, KianState } from '../schemas/state/kian';
import type { PlannedStep } from '../schemas/state/plan';
import { formatWarekiWithSeireki } from './dates';

export const DRAFT_KEYS = ['title', 'purpose', 'decisions', 'cost', 'schedule'] as const;
export type DraftKey = (typeof DRAFT_KEYS)[number];

/** The 決裁欄 before the officer sets it (left to right as printed), and the 合議 box. */
export const DEFAULT_APPROVERS: readonly Approver[] = [
  { role: '町長', kind: '決裁' },
  { role: '副町長', kind: '決裁' },
  { role: '総務課長', kind: '決裁' },
  { role: '担当', kind: '決裁' },
  { role: '財政課長', kind: '合議' },
];
/** Most boxes in the 決裁欄 (the schema's limit). */
export const MAX_APPROVERS = 16;
/** Most rows of 経費. */
export const MAX_COST_ROWS = 20;

/** The guide's three reasons for telework, verbatim (手引き スライド1). */
export const GUIDE_REASONS_LEAD = '地方公共団体においてテレワークを推進することが必要な理由として、大きく以下の３点が挙げられます。';
export const GUIDE_REASONS = [
  '育児や介護などの時間的制約を抱える職員を含め、職員一人ひとりが多様な働き方を実現できる「働き方改革」の切り札',
  '結果として、業務の効率化が図られることで行政サービスの向上にも効果',
  '感染症対策に加え、災害時における行政機能の維持のための有効な手段',
] as const;
/** The two documents in full, once on the cover (written out so the page does not load the source list; a unit test checks them against sources.ts). */
export const SOURCES_NOTE = '出典：総務省「地方公共団体におけるテレワーク推進のための手引き」（令和3年（2021年）4月）、同「地方公共団体におけるテレワークの推進について」（令和4年（2022年）初め〔推定〕）。';
/** Where the guide's reasons are (printed as 「手引き（…）」). */
export const GUIDE_REASONS_CITE = 'スライド1「地方公共団体におけるテレワーク推進の意義」';
/** The notice's request to every local government, verbatim (通知の前文). */
export const NOTICE_REQUEST = '各地方公共団体におかれましては、下記の事項に留意の上、引き続き、テレワークの推進に積極的に取り組んでいただくようお願いします。';
/** Where the notice's request is (printed as 「通知（…）」). */
export const NOTICE_REQUEST_CITE = '前文';

/* ------------------------------------------------------------------------------------------
 * The 決裁欄
 * ---------------------------------------------------------------------------------------- */

/** The boxes as set (the defaults while the officer has set none). */
export const approversOf = (k: Pick<KianState, 'approvers'>): Approver[] => (k.approvers.length ? k.approvers : DEFAULT_APPROVERS.map((a) => ({ ...a })));

/** The 決裁 boxes and the 合議 boxes, each in the order set, blank 職名 left out. */
export function approvalColumns(list: readonly Approver[]): { decide: string[]; consult: string[] } {
  const named = list.map((a) => ({ ...a, role: a.role.trim() })).filter((a) => a.role);
  return { decide: named.filter((a) => a.kind === '決裁').map((a) => a.role), consult: named.filter((a) => a.kind === '合議').map((a) => a.role) };
}

/** The boxes of one kind as lines of text, in order (for the form: one 職名 a line). */
export const approverLines = (list: readonly Approver[], kind: Approver['kind']): string =>
  list
    .filter((a) => a.kind === kind)
    .map((a) => a.role)
    .join('\n');

/**
 * Replaces the boxes of one kind with the lines typed (one 職名 a line, in print order; blank
 * lines dropped), keeping the other kind; at most MAX_APPROVERS boxes, 40 characters each.
 */
export function setApproverLines(list: readonly Approver[], kind: Approver['kind'], text: string): Approver[] {
  const others = list.filter((a) => a.kind !== kind);
  const mine = text
    .split(/\r?\n/)
    .map((l) => l.trim().slice(0, 40))
    .filter(Boolean)
    .map((role) => ({ role, kind }));
  const out = kind === '決裁' ? [...mine, ...others] : [...others, ...mine];
  return out.slice(0, MAX_APPROVERS);
}

/* ------------------------------------------------------------------------------------------
 * Drafts
 * ---------------------------------------------------------------------------------------- */

/** What the cover knows from the rest of the pack. */
export interface KianContext {
  org: string;
  department: string;
  /** The day it is printed, YYYY-MM-DD ('' before the page knows it) */
  today: string;
  diagnosis: { date: string; total: number; band: string; step: number; stepTitle: string; areas: [string, number][] } | null;
  plan: { start: string; target: string; phases: Phase[] } | null;
  scope: ScopeSummary | null;
  programs: KianProgram[];
}

/** One phase of the 工程表 (ステップ a〜b) with its months. */
export interface Phase {
  label: string;
  start: string;
  end: string;
}

/** A national support program as the cover lists it. */
export interface KianProgram {
  name: string;
  /** As precise as the source: YYYY, YYYY-MM or YYYY-MM-DD */
  asOf: string;
  /** 出典：… */
  cite: string;
}

/** 「令和4年（2022年）時点」「令和3年（2021年）4月時点」 */
export const asOfText = (asOf: string): string => `${formatWarekiWithSeireki(asOf)}時点`;

const monthText = (m: string) => formatWarekiWithSeireki(m);

/** The site's drafts for the given data. */
export function kianDrafts(ctx: KianContext): Record<DraftKey, string> {
  const org = ctx.org.trim() || '本団体';
  const trial = ctx.plan?.phases.find((p) => p.label.startsWith('試行実施'));
  // Only tasks whose answers are settled: a 要確認 task is never proposed for the trial.
  const lv12 = ctx.scope ? ctx.scope.settled12 : 0;
  const pending = ctx.scope && ctx.scope.check > 0 ? `（要確認${ctx.scope.check}件は回答の確認後に判断）` : '';
  const scope = ctx.scope && lv12 > 0 ? `業務の棚卸しで回答を確かめてLv.Ⅰ・Ⅱとした業務（${lv12}件）を中心に、対象者・対象部門を限定して行う${pending}` : `対象者・対象部門を限定して行う${pending}`;
  return {
    title: 'テレワークの導入に向けた推進体制の設置及び試行の実施について',
    purpose: `これらを踏まえ、${org}においても、職員の多様な働き方の実現、業務の効率化による行政サービスの向上及び災害時等の行政機能の維持のため、手引きの手順に沿ってテレワークの導入に取り組みたく、下記のとおり伺います。`,
    decisions: [
      'テレワーク推進体制（全庁的な推進チーム）を設置すること。',
      `テレワークの試行を${trial ? `${monthText(trial.start)}から${monthText(trial.end)}まで、` : ''}${scope}こと。`,
      '試行の結果を検証し、本格実施の方針を改めて伺うこと。',
    ].join('\n'),
    cost: '経費は上表のとおり見込みます。財源には下記の国の支援策の活用を検討し、各支援策の最新の状況を所管の窓口で確認します。',
    schedule: '各段階の期間は見込みで、試行の結果により見直します。詳しくは添付の導入工程表のとおりです。',
  };
}

/** The text of a draft as the officer left it (their words), else the site's draft. */
export const kianText = (k: Pick<KianState, 'texts'>, key: DraftKey, drafts: Record<DraftKey, string>): string => k.texts[key] ?? drafts[key];

/** Whether the text is still the site's draft (printed with 「当サイトの案」). */
export const isDraft = (k: Pick<KianState, 'texts'>, key: DraftKey): boolean => !(key in k.texts);

/** Saves the officer's words; the draft itself (or nothing) returns the key to following the draft. */
export function setKianText(k: KianState, key: DraftKey, value: string, draft: string, now: string): KianState {
  const v = value.slice(0, 2000);
  const texts = { ...k.texts };
  if (v === draft || v.trim() === '') delete texts[key];
  else texts[key] = v;
  if (texts[key] === k.texts[key] && (key in texts) === (key in k.texts)) return k;
  return { ...k, texts, updatedAt: now };
}

/** The 決裁を求める事項 as items: one per line, a leading 「1.」「（1）」「①」 dropped. */
export const decisionItems = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim().replace(/^(?:\d+[.．、)）]|[（(]\d+[)）]|[①-⑳])\s*/, ''))
    .filter(Boolean);

/* ------------------------------------------------------------------------------------------
 * 経費, 工程, 対象業務
 * ---------------------------------------------------------------------------------------- */

/** The sum of the amounts entered, in yen. */
export const costTotal = (rows: readonly CostRow[]): number => rows.reduce((s, r) => s + (r.amount ? Number(r.amount) : 0), 0);

/** 「1,234,000円」, or 「（未記入）」 for an empty amount. */
export const yen = (amount: string | number): string => (amount === '' ? '（未記入）' : `${Number(amount).toLocaleString('ja-JP')}円`);

/** Keeps the digits of an amount typed with commas, 円 or full-width digits. */
export const amountDigits = (typed: string): string => typed.normalize('NFKC').replace(/\D/g, '').replace(/^0+(?=\d)/, '').slice(0, 12);

/**
 * The 工程表's phases (the steps grouped by their phase, in order) with their months; `plan`
 * is the effective plan (plan.ts effectivePlan).
 */
export function planPhases(steps: readonly { id: string; number: number; phase: string }[], plan: Record<string, PlannedStep>): Phase[] {
  const out: (Phase & { from: number; to: number; phase: string })[] = [];
  for (const s of steps) {
    const p = plan[s.id];
    if (!p) continue;
    const last = out[out.length - 1];
    if (last && last.phase === s.phase) {
      last.to = s.number;
      if (p.start < last.start) last.start = p.start;
      if (p.end > last.end) last.end = p.end;
    } else out.push({ phase: s.phase, from: s.number, to: s.number, start: p.start, end: p.end, label: '' });
  }
  return out.map((p) => ({ label: `${p.phase}（ステップ${p.from === p.to ? p.from : `${p.from}〜${p.to}`}）`, start: p.start, end: p.end }));
}

/** One task as the scope summary needs it. */
export interface ScopeTask {
  level: 'lv1' | 'lv2' | 'lv3' | 'lv4' | 'unclassified';
  /** The officer chose the level */
  chosen: boolean;
  /** 要確認: an answer of the inventory (扱う情報・使うシステム・場所・機器) is わからない or still only 推定 */
  needsCheck: boolean;
  /** The guide's note on residents' information applies (スライド12) */
  residentNote: boolean;
}

export interface ScopeSummary {
  total: number;
  counts: Record<ScopeTask['level'], number>;
  /** 要確認: tasks whose level is provisional (an answer is わからない or still only 推定) */
  check: number;
  /** Tasks under the guide's note on residents' information */
  residents: number;
  /** Lv.Ⅰ・Ⅱ tasks whose answers are settled (no 要確認): the only ones a trial may start from */
  settled12: number;
}

/** Counts the inventory for the cover. Unknown is 要確認, never the safe-looking default. */
export function scopeSummary(tasks: readonly ScopeTask[]): ScopeSummary {
  const counts = { lv1: 0, lv2: 0, lv3: 0, lv4: 0, unclassified: 0 };
  let check = 0;
  let residents = 0;
  let settled12 = 0;
  for (const t of tasks) {
    counts[t.level]++;
    if (t.needsCheck) check++;
    if (t.residentNote) residents++;
    if (!t.needsCheck && (t.level === 'lv1' || t.level === 'lv2')) settled12++;
  }
  return { total: tasks.length, counts, check, residents, settled12 };
}

/* ------------------------------------------------------------------------------------------
 * The document
 * ---------------------------------------------------------------------------------------- */

/** A sentence and whether it is the site's draft (labelled 「当サイトの案」). */
export interface Drafted<T = string> {
  text: T;
  draft: boolean;
}

/** The attachments, as tables (the Word file prints them; the pack prints its own parts). */
export interface KianAttachments {
  diagnosis: { heading: string; lines: string[]; rows: [string, string][] } | null;
  plan: { rows: [string, string, string][] } | null;
  progress: { rows: [string, string, string, string][] } | null;
  /** 業務名・所属・レベル（要確認つき）・住民情報の注意 */
  inventory: { rows: [string, string, string, string][] } | null;
}

export interface KianDocument {
  org: string;
  /** The two documents in full (SOURCES_NOTE) */
  sourcesNote: string;
  title: Drafted;
  /** 起案日 as printed */
  date: string;
  unit: string;
  author: string;
  approval: { decide: string[]; consult: string[] };
  purpose: { guideLead: string; guideReasons: readonly string[]; guideCite: string; noticeRequest: string; noticeCite: string; site: Drafted };
  decisions: Drafted<string[]>;
  /** 内容: one line each for the diagnosis, the plan, the scope and the residents' note */
  content: string[];
  costs: { rows: { item: string; amount: string; source: string }[]; total: string; note: Drafted; programs: { line: string; cite: string }[] };
  schedule: { rows: [string, string][]; note: Drafted };
  attachments: KianAttachments;
}

/** The summary lines of 内容, from the other parts of the pack. */
export function contentLines(ctx: KianContext): string[] {
  const out: string[] = [];
  const d = ctx.diagnosis;
  out.push(
    d
      ? `自己診断${d.date ? `（${formatWarekiWithSeireki(d.date)}）` : ''}：合計${d.total}点（100点満点、区分「${d.band}」。区分は当サイトの目安）。いまの位置はステップ${d.step}「${d.stepTitle}」。`
      : '自己診断：まだ行っていません。',
  );
  out.push(ctx.plan ? `導入工程表：取組の開始 ${monthText(ctx.plan.start)}、本格実施の開始 ${monthText(ctx.plan.target)}（添付の工程表）。` : '導入工程表：まだ作成していません。');
  const s = ctx.scope;
  if (s && s.total > 0) {
    const c = s.counts;
    out.push(`対象業務の範囲（業務の棚卸し）：全${s.total}件。Lv.Ⅰ ${c.lv1}件、Lv.Ⅱ ${c.lv2}件、Lv.Ⅲ ${c.lv3}件、Lv.Ⅳ ${c.lv4}件、未分類 ${c.unclassified}件。要確認 ${s.check}件（回答が未確定。レベルは暫定）。`);
    if (s.residents > 0)
      out.push(
        `住民の情報を扱う業務 ${s.residents}件は「原則、自宅等でのテレワークの対象外」（物理的な対策がなされた支所等を除く。手引き スライド12）。`,
      );
  } else out.push('対象業務の範囲（業務の棚卸し）：まだ行っていません。');
  return out;
}

/** Assembles the 起案 from the saved section and the rest of the pack. */
export function kianDocument(k: KianState, ctx: KianContext, attachments: KianAttachments): KianDocument {
  const drafts = kianDrafts(ctx);
  const drafted = (key: DraftKey): Drafted => ({ text: kianText(k, key, drafts), draft: isDraft(k, key) });
  const date = k.date || ctx.today;
  const costs = k.costs.filter((r) => r.item.trim() || r.amount || r.source.trim());
  return {
    org: ctx.org,
    sourcesNote: SOURCES_NOTE,
    title: drafted('title'),
    date: date ? formatWarekiWithSeireki(date) : '',
    unit: k.unit || ctx.department,
    author: k.author,
    approval: approvalColumns(approversOf(k)),
    purpose: { guideLead: GUIDE_REASONS_LEAD, guideReasons: GUIDE_REASONS, guideCite: GUIDE_REASONS_CITE, noticeRequest: NOTICE_REQUEST, noticeCite: NOTICE_REQUEST_CITE, site: drafted('purpose') },
    decisions: { text: decisionItems(kianText(k, 'decisions', drafts)), draft: isDraft(k, 'decisions') },
    content: contentLines(ctx),
    costs: {
      rows: costs.map((r) => ({ item: r.item, amount: yen(r.amount), source: r.source })),
      total: yen(costTotal(costs)),
      note: drafted('cost'),
      programs: ctx.programs.map((p) => ({ line: `${p.name}（${asOfText(p.asOf)}の情報。${p.cite}）`, cite: p.cite })),
    },
    schedule: {
      rows: ctx.plan
        ? [...ctx.plan.phases.map((p): [string, string] => [p.label, p.start === p.end ? monthText(p.start) : `${monthText(p.start)}〜${monthText(p.end)}`]), ['本格実施の開始', monthText(ctx.plan.target)]]
        : [],
      note: drafted('schedule'),
    },
    attachments,
  };
}

/** The file name of the Word file: 「起案_〇〇町_2026-06-01.docx」 (characters a file system refuses replaced). */
export const kianFileName = (org: string, today: string): string => `起案_${(org.trim() || '団体名未入力').replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 40)}_${today}.docx`;
