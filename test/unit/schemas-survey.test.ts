import { describe, expect, it } from 'vitest';
import { AdoptionTableSchema, DistributionTableSchema, RankingTableSchema } from '../../src/schemas/survey';

const source = { doc: 'annex1', pages: '別添1' } as const;
const count = (n: number, base: number) => ({ count: n, percent: Math.round((n / base) * 1000) / 10 });
const row = (id: string, group: 'kind' | 'band' | 'total', bodies: number, adopted: number, prevAdopted: number, considering: number, prevBodies?: number) => {
  const pb = prevBodies ?? bodies;
  return {
    id,
    label: id,
    group,
    bodies,
    ...(prevBodies ? { prevBodies } : {}),
    adopted: { ...count(adopted, bodies), prevCount: prevAdopted, prevPercent: Math.round((prevAdopted / pb) * 1000) / 10 },
    notAdopted: { ...count(bodies - adopted, bodies), prevCount: pb - prevAdopted, prevPercent: Math.round(((pb - prevAdopted) / pb) * 1000) / 10 },
    considering: count(considering, bodies),
    noPlan: count(bodies - adopted - considering, bodies),
  };
};
/** A small table that holds: two kinds, two bands under 市区町村, a total. */
const table = () => ({
  kind: 'adoption' as const,
  title: '導入状況',
  asOf: '2021-10-01',
  prevAsOf: '2020-10-01',
  rows: [
    row('prefectures', 'kind', 10, 10, 8, 0),
    row('municipalities', 'kind', 100, 40, 20, 10),
    row('band-a', 'band', 60, 30, 15, 5, 62),
    row('band-b', 'band', 40, 10, 5, 5, 38),
    row('total', 'total', 110, 50, 28, 10),
  ],
  source,
});

describe('導入状況の表のスキーマ', () => {
  it('和と割合が合う表は受け入れる', () => {
    expect(AdoptionTableSchema.safeParse(table()).success).toBe(true);
  });

  it('導入 + 未導入 が団体数と合わない行は拒否する', () => {
    const t = table();
    t.rows[0]!.adopted.count = 9;
    t.rows[0]!.adopted.percent = 90;
    const r = AdoptionTableSchema.safeParse(t);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain('導入 + 未導入 ≠ 団体数');
  });

  it('導入を検討 + 導入予定なし・未定 が未導入と合わない行は拒否する', () => {
    const t = table();
    t.rows[1]!.considering = count(11, 100);
    expect(AdoptionTableSchema.safeParse(t).success).toBe(false);
  });

  it('割合が件数と0.05ポイントを超えてずれると拒否する', () => {
    const t = table();
    t.rows[1]!.adopted.percent = 40.1;
    const r = AdoptionTableSchema.safeParse(t);
    expect(r.error?.issues.map((i) => i.message)).toContain('municipalities: 導入の割合 40.1% が件数と合いません');
  });

  it('職員数別の和が市区町村と合わなければ拒否する', () => {
    const t = table();
    t.rows[2] = row('band-a', 'band', 61, 31, 15, 5, 62);
    const msgs = AdoptionTableSchema.safeParse(t).error?.issues.map((i) => i.message) ?? [];
    expect(msgs.some((m) => m.startsWith('職員数別の団体数の和'))).toBe(true);
  });

  it('合計が団体の種類別の和と合わなければ拒否する', () => {
    const t = table();
    t.rows[4] = row('total', 'total', 110, 51, 28, 10);
    const msgs = AdoptionTableSchema.safeParse(t).error?.issues.map((i) => i.message) ?? [];
    expect(msgs.some((m) => m.startsWith('合計の導入が'))).toBe(true);
  });

  it('前年の割合は、前年の団体数（prevBodies）に対して検算する', () => {
    const t = table();
    // band-a: 15 / 62 = 24.2%; against this year's 60 it would be 25.0%
    expect(t.rows[2]!.adopted.prevPercent).toBe(24.2);
    expect(AdoptionTableSchema.safeParse(t).success).toBe(true);
    t.rows[2]!.adopted.prevPercent = 25.0;
    expect(AdoptionTableSchema.safeParse(t).success).toBe(false);
  });

  it('prevBodies は職員数別の行にだけ書ける', () => {
    const t = table();
    (t.rows[0] as Record<string, unknown>).prevBodies = 10;
    const msgs = AdoptionTableSchema.safeParse(t).error?.issues.map((i) => i.message) ?? [];
    expect(msgs).toContain('prefectures: prevBodies（前年の団体数）は職員数別の行にだけ書けます');
  });
});

describe('分布の表のスキーマ', () => {
  const dist = (multiple: boolean) => ({
    kind: 'distribution' as const,
    title: '形態',
    asOf: '2021-10-01',
    base: 200,
    baseLabel: '導入団体',
    multiple,
    categories: [
      { label: 'A', ...count(150, 200) },
      { label: 'B', ...count(30, 200) },
    ],
    unknown: count(20, 200),
    source,
  });

  it('単一回答では件数と不明の和が母数に等しくなければならない', () => {
    expect(DistributionTableSchema.safeParse(dist(false)).success).toBe(true);
    const t = dist(false);
    t.unknown = count(21, 200);
    expect(DistributionTableSchema.safeParse(t).success).toBe(false);
  });

  it('複数回答では和は問わないが、各割合は件数と合わなければならない', () => {
    const t = dist(true);
    t.categories[0] = { label: 'A', ...count(190, 200) };
    expect(DistributionTableSchema.safeParse(t).success).toBe(true);
    t.categories[0] = { label: 'A', count: 190, percent: 90 };
    expect(DistributionTableSchema.safeParse(t).success).toBe(false);
  });
});

describe('順位の表のスキーマ', () => {
  const ranking = (items: Array<{ rank: number; label: string; percent: number }>) => ({ kind: 'ranking' as const, title: '理由', asOf: '2021-10-01', baseLabel: '未導入団体', items, source });

  it('順位どおりで割合が下がっていく表は受け入れる', () => {
    expect(RankingTableSchema.safeParse(ranking([{ rank: 1, label: 'a', percent: 80 }, { rank: 2, label: 'b', percent: 70 }])).success).toBe(true);
  });

  it('順位の飛びや、下位の割合が上位より大きい表は拒否する', () => {
    expect(RankingTableSchema.safeParse(ranking([{ rank: 1, label: 'a', percent: 80 }, { rank: 3, label: 'b', percent: 70 }])).success).toBe(false);
    expect(RankingTableSchema.safeParse(ranking([{ rank: 1, label: 'a', percent: 70 }, { rank: 2, label: 'b', percent: 80 }])).success).toBe(false);
  });
});
