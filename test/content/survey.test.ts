import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SurveyTableSchema, type AdoptionTable, type DistributionTable, type RankingTable, type SurveyTable } from '../../src/schemas/survey';

/** content/survey.yaml as written (別添1 of the notice). */
const raw = parse(readFileSync(new URL('../../content/survey.yaml', import.meta.url), 'utf8')) as Array<{ id: string } & Record<string, unknown>>;
const tables = new Map<string, SurveyTable>(raw.map((t) => [t.id, SurveyTableSchema.parse(t)]));
const adoption = tables.get('adoption') as AdoptionTable;
const row = (id: string) => {
  const r = adoption.rows.find((x) => x.id === id);
  if (!r) throw new Error(`行 ${id} がありません`);
  return r;
};
const dist = (id: string) => tables.get(id) as DistributionTable;

describe('別添1（content/survey.yaml）', () => {
  it('全ての表がスキーマ（件数の和・割合の検算）を通る', () => {
    for (const t of raw) expect(SurveyTableSchema.safeParse(t).success, `表 ${t.id}`).toBe(true);
  });

  it('id が重複せず、6つの表がそろっている', () => {
    const ids = raw.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(['able-share', 'adoption', 'forms', 'part-time', 'reasons', 'usage-rate']);
  });

  it('導入状況: 団体数は47・20・1,721（556・672・493）、合計1,788', () => {
    expect([row('prefectures').bodies, row('designated-cities').bodies, row('municipalities').bodies, row('total').bodies]).toEqual([47, 20, 1721, 1788]);
    expect([row('band-301-plus').bodies, row('band-101-300').bodies, row('band-100-or-less').bodies]).toEqual([556, 672, 493]);
  });

  it('導入状況: 通知の主要な数値（市区町村49.3％、101〜300名46.1％、100名以下21.7％、導入916、未導入872）がある', () => {
    expect(row('municipalities').adopted).toMatchObject({ count: 849, percent: 49.3, prevCount: 342, prevPercent: 19.9 });
    expect(row('band-101-300').adopted.percent).toBe(46.1);
    expect(row('band-100-or-less').adopted.percent).toBe(21.7);
    expect(row('total').adopted.count).toBe(916);
    expect(row('total').notAdopted.count).toBe(872);
    expect(row('municipalities').notAdopted.count).toBe(872);
  });

  it('導入状況: 職員数別の前年の割合は、前年にその区分だった団体数（導入＋未導入）に対する割合である', () => {
    // 213 / 556 would be 38.3%; 別添1 prints 38.0%, which is 213 / (213 + 348).
    const b = row('band-301-plus');
    expect(b.prevBodies).toBe(b.adopted.prevCount + b.notAdopted.prevCount);
    expect(Math.round((b.adopted.prevCount / (b.prevBodies ?? 0)) * 1000) / 10).toBe(38.0);
  });

  it('導入状況: 3つの注（※）がある', () => {
    expect(adoption.notes).toEqual([
      '「導入」には「試験的・実験的に導入」を含む。',
      '（ ）内は前回調査（令和2年10月1日現在）の数値',
      '「市区町村」は、一般行政職員数別に分類し内訳を表示',
    ]);
  });

  it('テレワークの形態: 916団体を母数とする複数回答（在宅勤務874、モバイルワーク196、サテライトオフィス288、その他26）', () => {
    const f = dist('forms');
    expect(f.base).toBe(916);
    expect(f.multiple).toBe(true);
    expect(f.categories.map((c) => [c.label, c.count, c.percent])).toEqual([
      ['在宅勤務', 874, 95.4],
      ['モバイルワーク', 196, 21.4],
      ['サテライトオフィス', 288, 31.4],
      ['その他', 26, 2.8],
    ]);
  });

  it('非常勤職員の実施: 実施対象445、実施対象外471で916', () => {
    expect(dist('part-time').categories.map((c) => c.count)).toEqual([445, 471]);
  });

  it('実施可能な職員の割合と利用率: 4区分＋不明（253団体・329団体）で916になり、注がある', () => {
    const a = dist('able-share');
    const u = dist('usage-rate');
    expect(a.unknown).toEqual({ count: 253, percent: 27.6 });
    expect(u.unknown).toEqual({ count: 329, percent: 35.9 });
    for (const t of [a, u]) {
      expect(t.categories).toHaveLength(4);
      expect(t.categories.reduce((s, c) => s + c.count, 0) + (t.unknown?.count ?? 0)).toBe(916);
      expect(t.notes).toHaveLength(2);
    }
  });

  it('導入していない理由: 5項目の割合が 89.4／77.3／74.4／73.2／71.0 で、懸念 id と対応する', () => {
    const r = tables.get('reasons') as RankingTable;
    expect(r.items.map((i) => i.percent)).toEqual([89.4, 77.3, 74.4, 73.2, 71.0]);
    expect(r.items.map((i) => i.concern)).toEqual(['counter-work', 'security', 'field-work', 'personal-info', 'cost']);
    expect(r.notes).toContain('複数回答可');
  });

  it('壊れた写し: 市区町村の導入を1団体ずらすと拒否される', () => {
    const broken = structuredClone(raw.find((t) => t.id === 'adoption')) as unknown as { rows: Array<{ id: string; adopted: { count: number } }> };
    const m = broken.rows.find((r) => r.id === 'municipalities');
    if (!m) throw new Error('市区町村の行がありません');
    m.adopted.count = 850;
    const result = SurveyTableSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join('\n')).toMatch(/市区町村: 導入 \+ 未導入 ≠ 団体数/);
  });

  it('壊れた写し: モバイルワークとサテライトオフィスの割合を入れ替えると拒否される', () => {
    const broken = structuredClone(raw.find((t) => t.id === 'forms')) as unknown as { categories: Array<{ percent: number }> };
    const [, mobile, satellite] = broken.categories;
    if (!mobile || !satellite) throw new Error('区分がありません');
    [mobile.percent, satellite.percent] = [satellite.percent, mobile.percent];
    expect(SurveyTableSchema.safeParse(broken).success).toBe(false);
  });
});
