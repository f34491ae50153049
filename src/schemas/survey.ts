import { z } from 'zod';
import { IsoDateSchema, JaTextSchema, SourceRefSchema } from './common';

/** A count with its percentage, as 別添1 prints them. */
export const CountSchema = z.object({
  count: z.number().int().min(0),
  percent: z.number().min(0).max(100),
});

/** This year's figure with the previous year's in brackets （ ）. */
export const CountWithPrevSchema = CountSchema.extend({
  prevCount: z.number().int().min(0),
  prevPercent: z.number().min(0).max(100),
});

/** One row of the adoption table (a kind of body, a staff-size band, or the total). */
export const AdoptionRowSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: JaTextSchema,
  /** "kind" rows add up to the total; "band" rows break 市区町村 down by 一般行政職員数 */
  group: z.enum(['kind', 'band', 'total']),
  bodies: z.number().int().positive(),
  /**
   * Bodies in the previous survey, when it differs from `bodies`. Only the staff-size bands
   * need it: bodies move between bands from year to year, so the bracketed figures of a band
   * are shares of that band's previous membership (導入 + 未導入 of the previous year). 別添1
   * does not print this number; it is the sum of the two bracketed counts.
   */
  prevBodies: z.number().int().positive().optional(),
  adopted: CountWithPrevSchema,
  notAdopted: CountWithPrevSchema,
  considering: CountSchema,
  noPlan: CountSchema,
});

const pct = (n: number, base: number) => Math.round((n / base) * 1000) / 10;
const close = (a: number, b: number) => Math.abs(a - b) < 0.051;

/** 導入状況: its sums must hold (see sources/README.md, item 5). */
export const AdoptionTableSchema = z
  .object({
    kind: z.literal('adoption'),
    title: JaTextSchema,
    asOf: IsoDateSchema,
    prevAsOf: IsoDateSchema,
    /** The ○ headlines 別添1 prints above the table */
    points: z.array(JaTextSchema).default([]),
    /** Heading over the staff-size band rows, e.g. 「一般行政職員数」 */
    bandLabel: JaTextSchema.optional(),
    /** The ※ notes, without the ※ */
    notes: z.array(JaTextSchema).default([]),
    rows: z.array(AdoptionRowSchema).min(1),
    source: SourceRefSchema,
  })
  .superRefine((t, ctx) => {
    const bad = (message: string) => ctx.addIssue({ code: 'custom', message, path: ['rows'] });
    for (const r of t.rows) {
      if (r.adopted.count + r.notAdopted.count !== r.bodies) bad(`${r.label}: 導入 + 未導入 ≠ 団体数`);
      const prevBase = r.prevBodies ?? r.bodies;
      if (r.prevBodies !== undefined && r.group !== 'band') bad(`${r.label}: prevBodies（前年の団体数）は職員数別の行にだけ書けます`);
      if (r.adopted.prevCount + r.notAdopted.prevCount !== prevBase) bad(`${r.label}: 前年の導入 + 未導入 ≠ 前年の団体数（${prevBase}）`);
      if (r.considering.count + r.noPlan.count !== r.notAdopted.count) bad(`${r.label}: 導入を検討 + 導入予定なし・未定 ≠ 未導入`);
      for (const [name, c] of [['導入', r.adopted], ['未導入', r.notAdopted], ['導入を検討', r.considering], ['導入予定なし・未定', r.noPlan]] as const) {
        if (!close(pct(c.count, r.bodies), c.percent)) bad(`${r.label}: ${name}の割合 ${c.percent}% が件数と合いません`);
      }
      if (!close(pct(r.adopted.prevCount, prevBase), r.adopted.prevPercent)) bad(`${r.label}: 前年の導入割合 ${r.adopted.prevPercent}% が件数と合いません`);
      if (!close(pct(r.notAdopted.prevCount, prevBase), r.notAdopted.prevPercent)) bad(`${r.label}: 前年の未導入割合 ${r.notAdopted.prevPercent}% が件数と合いません`);
    }
    const sum = (rows: typeof t.rows, f: (r: (typeof t.rows)[number]) => number) => rows.reduce((a, r) => a + f(r), 0);
    const kinds = t.rows.filter((r) => r.group === 'kind');
    const bands = t.rows.filter((r) => r.group === 'band');
    const total = t.rows.find((r) => r.group === 'total');
    const municipalities = t.rows.find((r) => r.id === 'municipalities');
    const fields: [string, (r: (typeof t.rows)[number]) => number][] = [
      ['団体数', (r) => r.bodies],
      ['導入', (r) => r.adopted.count],
      ['前年の団体数', (r) => r.prevBodies ?? r.bodies],
      ['前年の導入', (r) => r.adopted.prevCount],
      ['前年の未導入', (r) => r.notAdopted.prevCount],
      ['未導入', (r) => r.notAdopted.count],
      ['導入を検討', (r) => r.considering.count],
      ['導入予定なし・未定', (r) => r.noPlan.count],
    ];
    for (const [name, f] of fields) {
      if (total && sum(kinds, f) !== f(total)) bad(`合計の${name}が都道府県・指定都市・市区町村の和と合いません`);
      if (municipalities && bands.length && sum(bands, f) !== f(municipalities)) bad(`職員数別の${name}の和が市区町村と合いません`);
    }
  });

/** A distribution among adopting bodies (forms, 非常勤職員, 実施可能な職員の割合, 利用率). */
export const DistributionTableSchema = z
  .object({
    kind: z.literal('distribution'),
    title: JaTextSchema,
    /** Heading that groups tables in 別添1, e.g. 「導入団体における取組状況」 */
    section: JaTextSchema.optional(),
    asOf: IsoDateSchema,
    /** e.g. 916 導入団体 */
    base: z.number().int().positive(),
    baseLabel: JaTextSchema,
    /** 複数回答: categories need not add up to the base */
    multiple: z.boolean().default(false),
    categories: z.array(CountSchema.extend({ label: JaTextSchema })).min(1),
    unknown: CountSchema.optional(),
    notes: z.array(JaTextSchema).default([]),
    source: SourceRefSchema,
  })
  .superRefine((t, ctx) => {
    const bad = (message: string) => ctx.addIssue({ code: 'custom', message, path: ['categories'] });
    for (const c of [...t.categories, ...(t.unknown ? [{ ...t.unknown, label: '不明' }] : [])]) {
      if (!close(pct(c.count, t.base), c.percent)) bad(`${t.title}: ${c.label} の割合 ${c.percent}% が ${c.count}/${t.base} と合いません`);
    }
    if (!t.multiple) {
      const total = t.categories.reduce((a, c) => a + c.count, 0) + (t.unknown?.count ?? 0);
      if (total !== t.base) bad(`${t.title}: 件数の和 ${total} が ${t.base} と合いません`);
    }
  });

/** A list of percentages without counts (導入していない理由, 複数回答). */
export const RankingTableSchema = z
  .object({
    kind: z.literal('ranking'),
    title: JaTextSchema,
    section: JaTextSchema.optional(),
    asOf: IsoDateSchema,
    baseLabel: JaTextSchema,
    multiple: z.boolean().default(true),
    /** In rank order; `concern` is the id in content/concerns.yaml that answers it */
    items: z.array(z.object({ rank: z.number().int().min(1), label: JaTextSchema, percent: z.number().min(0).max(100), concern: z.string().optional() })).min(1),
    notes: z.array(JaTextSchema).default([]),
    source: SourceRefSchema,
  })
  .superRefine((t, ctx) => {
    t.items.forEach((it, i) => {
      if (it.rank !== i + 1) ctx.addIssue({ code: 'custom', message: `${t.title}: ${i + 1}番目の項目の順位が ${it.rank} になっています`, path: ['items', i, 'rank'] });
      const prev = t.items[i - 1];
      if (prev && it.percent > prev.percent) ctx.addIssue({ code: 'custom', message: `${t.title}: ${it.rank}位の割合が${prev.rank}位より大きくなっています`, path: ['items', i, 'percent'] });
    });
  });

/** One table of 別添1 (entries of content/survey.yaml). */
export const SurveyTableSchema = z.discriminatedUnion('kind', [AdoptionTableSchema, DistributionTableSchema, RankingTableSchema]);
export type SurveyTable = z.output<typeof SurveyTableSchema>;
export type AdoptionTable = z.output<typeof AdoptionTableSchema>;
export type DistributionTable = z.output<typeof DistributionTableSchema>;
export type RankingTable = z.output<typeof RankingTableSchema>;
