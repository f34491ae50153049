import { z } from 'zod';
import { IsoDateSchema, JaTextSchema } from './common';

/** 1 decimal place, as the surveys print shares. */
const pct1 = (count: number, base: number) => Math.round((count / base) * 1000) / 10;

/** One year of the adoption series (as of 10月1日). */
export const LaterPointSchema = z.object({
  asOf: IsoDateSchema,
  prefectures: z.number().int().min(0).max(47),
  designatedCities: z.number().int().min(0).max(20),
  municipalities: z.number().int().min(0),
  /** 市区町村 share as the source prints it (absent where the source gives none for the year) */
  municipalityPercent: z.number().min(0).max(100).optional(),
  adopted: z.number().int().min(0),
  percent: z.number().min(0).max(100),
  /** Where this year's figure comes from, in words */
  basis: JaTextSchema,
});

/**
 * The later figures (content/later-figures.yaml): the adoption series 令和2年 → 令和3年 → 令和4年
 * from 別添1 and the 令和4年 survey, cited as its own source. Every sum and share is re-checked.
 */
export const LaterFiguresSchema = z
  .object({
    title: JaTextSchema,
    totalBodies: z.number().int().positive(),
    municipalityBodies: z.number().int().positive(),
    source: z.object({
      publisher: JaTextSchema,
      title: JaTextSchema,
      asOf: IsoDateSchema,
      published: JaTextSchema,
      via: JaTextSchema,
    }),
    newerAt: JaTextSchema,
    series: z.array(LaterPointSchema).min(2),
    notKnown: z.array(JaTextSchema),
  })
  .superRefine((d, ctx) => {
    d.series.forEach((p, i) => {
      const at = (msg: string) => ctx.addIssue({ code: 'custom', path: ['series', i], message: `${p.asOf}: ${msg}` });
      if (p.prefectures + p.designatedCities + p.municipalities !== p.adopted) at(`都道府県＋指定都市＋市区町村（${p.prefectures}＋${p.designatedCities}＋${p.municipalities}）が導入団体数 ${p.adopted} と一致しません`);
      if (pct1(p.adopted, d.totalBodies) !== p.percent) at(`${p.adopted}÷${d.totalBodies} は ${pct1(p.adopted, d.totalBodies)}％で、${p.percent}％ではありません`);
      if (p.municipalityPercent !== undefined && pct1(p.municipalities, d.municipalityBodies) !== p.municipalityPercent) {
        at(`市区町村 ${p.municipalities}÷${d.municipalityBodies} は ${pct1(p.municipalities, d.municipalityBodies)}％で、${p.municipalityPercent}％ではありません`);
      }
      const prev = d.series[i - 1];
      if (prev && prev.asOf >= p.asOf) at('年の順に並べてください');
    });
  });
export type LaterFigures = z.output<typeof LaterFiguresSchema>;
