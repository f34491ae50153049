import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { idRef } from '../support/id-ref';
import { concernSchema, type Concern } from '../../src/schemas/concern';

const root = new URL('../../', import.meta.url);
const raw = parse(readFileSync(new URL('content/concerns.yaml', root), 'utf8')) as Array<{ id: string } & Record<string, unknown>>;
const schema = concernSchema(idRef);
const concerns = raw.map((c) => ({ id: c.id, ...schema.parse(c) })) as Array<Concern & { id: string }>;

/** The fixed ids of the brief; each must also exist on disk. */
const fixed: Record<string, string[]> = {
  chapters: ['significance', 'basics', 'process', 'step-points', 'task-levels', 'labor-management', 'case-studies'],
  steps: Array.from({ length: 10 }, (_, i) => `step-${String(i + 1).padStart(2, '0')}`),
  levels: ['lv1', 'lv2', 'lv3', 'lv4'],
  cases: ['ibaraki', 'saga', 'kobe', 'fukaya', 'shibuya', 'matsumoto-1', 'matsumoto-2', 'kakegawa'],
  programs: ['telework-manager', 'special-grant', 'lgwan-pilot', 'briefing'],
};
/** The ids on disk: a collection's .mdx files, or the entries of content/levels.yaml. */
const onDisk = (collection: string): string[] => {
  if (collection === 'levels') return (parse(readFileSync(new URL('content/levels.yaml', root), 'utf8')) as { id: string }[]).map((l) => l.id);
  const dir = new URL(`content/${collection}/`, root);
  return readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, ''));
};

describe('導入していない理由への答え（content/concerns.yaml）', () => {
  it('5つの懸念が決まった id・順位・割合（89.4／77.3／74.4／73.2／71.0）でそろっている', () => {
    expect(concerns.map((c) => [c.id, c.rank, c.percent])).toEqual([
      ['counter-work', 1, 89.4],
      ['security', 2, 77.3],
      ['field-work', 3, 74.4],
      ['personal-info', 4, 73.2],
      ['cost', 5, 71.0],
    ]);
  });

  it('懸念の文言と割合が別添1（content/survey.yaml の reasons）と一致する', () => {
    const survey = parse(readFileSync(new URL('content/survey.yaml', root), 'utf8')) as Array<{ id: string; items?: Array<{ label: string; percent: number; concern: string }> }>;
    const reasons = survey.find((t) => t.id === 'reasons')?.items ?? [];
    expect(reasons).toHaveLength(5);
    for (const r of reasons) {
      const c = concerns.find((x) => x.id === r.concern);
      expect(c?.label, r.concern).toBe(r.label);
      expect(c?.percent, r.concern).toBe(r.percent);
    }
  });

  it('どの懸念にも2つ以上の答えがあり、答えは出典（手引き・通知）を示す', () => {
    for (const c of concerns) {
      expect(c.answers.length, c.id).toBeGreaterThanOrEqual(2);
      for (const a of c.answers) expect(['guide', 'notice']).toContain(a.source.doc);
    }
  });

  it('リンク先は存在する id だけ（決まった id、ブランチにあるファイル）', () => {
    const keys = { chapter: 'chapters', step: 'steps', level: 'levels', case: 'cases', program: 'programs' } as const;
    for (const c of concerns)
      for (const a of c.answers)
        for (const [field, collection] of Object.entries(keys)) {
          const id = a[field as keyof typeof keys] as string | undefined;
          if (id === undefined) continue;
          expect(fixed[collection], `${c.id}: ${a.title}`).toContain(id);
          const files = onDisk(collection);
          expect(files, `${c.id}: ${a.title}`).toContain(id);
        }
  });

  it('答えごとにリンク先がちょうど1つでないものは拒否される', () => {
    const broken = structuredClone(raw[0]) as unknown as { answers: Array<Record<string, unknown>> };
    const first = broken.answers[0];
    if (!first) throw new Error('答えがありません');
    first.program = 'special-grant';
    expect(schema.safeParse(broken).success).toBe(false);
  });

  it('個人情報の答えは、住民情報は原則自宅等の対象外でもサテライトオフィス（支所等）では可という手引きの記述を含む', () => {
    const p = concerns.find((c) => c.id === 'personal-info');
    const text = p?.answers.map((a) => a.text).join('\n') ?? '';
    expect(text).toContain('原則、自宅等でのテレワークの対象外');
    expect(text).toContain('サテライトオフィス（支所等）');
  });
});
