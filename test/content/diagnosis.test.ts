import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { guideText, hasSources } from '../support/guide-source';
import { itNeeds } from '../support/prerequisites';
import { idRef } from '../support/id-ref';
import { DiagnosisAreaSchema, DiagnosisProfileQuestionSchema, diagnosisQuestionSchema, diagnosisSetupSchema } from '../../src/schemas/diagnosis';

const root = new URL('../../', import.meta.url);
const read = (f: string) => parse(readFileSync(new URL(`content/diagnosis/${f}`, root), 'utf8')) as Array<{ id: string } & Record<string, unknown>>;
const withId = <T>(rows: Array<{ id: string }>, parse: (r: unknown) => T) => rows.map((r) => ({ id: r.id, ...(parse(r) as object) }) as T & { id: string });

const areas = withId(read('areas.yaml'), (r) => DiagnosisAreaSchema.parse(r));
const questions = withId(read('questions.yaml'), (r) => diagnosisQuestionSchema(idRef).parse(r));
const profile = withId(read('profile.yaml'), (r) => DiagnosisProfileQuestionSchema.parse(r));
const setups = withId(read('setup.yaml'), (r) => diagnosisSetupSchema(idRef).parse(r));
const setup = setups[0]!;

/** The fixed ids of the brief; steps and programs must also exist on disk. */
const fixed: Record<string, string[]> = {
  chapters: ['significance', 'basics', 'process', 'step-points', 'task-levels', 'labor-management', 'case-studies'],
  steps: Array.from({ length: 10 }, (_, i) => `step-${String(i + 1).padStart(2, '0')}`),
  cases: ['ibaraki', 'saga', 'kobe', 'fukaya', 'shibuya', 'matsumoto-1', 'matsumoto-2', 'kakegawa'],
  programs: ['telework-manager', 'special-grant', 'lgwan-pilot', 'briefing'],
  concerns: ['counter-work', 'security', 'field-work', 'personal-info', 'cost'],
};
const onDisk = (collection: string): string[] => {
  const dir = new URL(`content/${collection}/`, root);
  return readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, ''));
};
const concernsFile = new URL('content/concerns.yaml', root);

const RADICALS = /[\u2E80-\u2FDF]/u;
const HALF_KANA = /[\uFF61-\uFF9F]/u;

describe('自己診断の設問（content/diagnosis/）', () => {
  it('4つのファイルがスキーマどおりに読める', () => {
    expect(areas).toHaveLength(7);
    expect(questions.length).toBeGreaterThanOrEqual(20);
    expect(questions.length).toBeLessThanOrEqual(25);
    expect(profile.map((p) => p.id)).toEqual(['kind', 'size', 'status', 'concerns']);
    expect(setups).toHaveLength(1);
  });

  it('IPA方式の配点（4／2／0／−1）で、25問なら合計がそのまま100点満点になる', () => {
    expect(setup.scale).toEqual({ yes: 4, partial: 2, no: 0, unknown: -1 });
    expect(questions.length * 4).toBe(100);
  });

  it('id・共有リンク用の番号・並び順に重複がない', () => {
    for (const key of ['id', 'n', 'order'] as const) {
      const values = questions.map((q) => q[key]);
      expect(new Set(values).size, key).toBe(values.length);
    }
    expect(new Set(profile.map((p) => p.code)).size).toBe(profile.length);
    for (const p of profile) expect(new Set(p.options.map((o) => o.code)).size, p.id).toBe(p.options.length);
  });

  it('すべての領域に設問がある', () => {
    for (const a of areas) expect(questions.filter((q) => q.area === a.id).length, a.id).toBeGreaterThan(0);
    for (const q of questions) expect(areas.map((a) => a.id), q.id).toContain(q.area);
  });

  it('ステップ1〜10のどの位置にも到達できる（各ステップに必須項目がある）', () => {
    for (let step = 1; step <= 10; step++) {
      expect(questions.filter((q) => q.step === step && q.essential).length, `ステップ${step}`).toBeGreaterThan(0);
    }
  });

  it('どの設問にも「なぜ大切か」、次の行動、手引きの出典（スライド）がある', () => {
    for (const q of questions) {
      expect(q.why.length, q.id).toBeGreaterThan(10);
      expect(q.action.length, q.id).toBeGreaterThan(5);
      if (q.source.doc === 'guide') expect(q.source.pages, q.id).toMatch(/^スライド\d+/);
    }
  });

  it('リンク先（ステップ・章・支援策）が決まった id に解決する', () => {
    for (const q of questions) {
      const l = q.link as { step?: string; chapter?: string; program?: string };
      if (l.step) {
        expect(fixed['steps'], q.id).toContain(l.step);
        expect(Number(l.step.slice(5)), `${q.id}: 設問のステップとリンク先のステップ`).toBe(q.step);
      }
      if (l.chapter) expect(fixed['chapters'], q.id).toContain(l.chapter);
      if (l.program) expect(fixed['programs'], q.id).toContain(l.program);
      for (const [col, id] of Object.entries({ steps: l.step, programs: l.program })) {
        if (id) expect(onDisk(col), `${q.id}: content/${col}/${id}.mdx`).toContain(id);
      }
    }
  });

  it('推奨ルールの支援策・事例・設問・懸念・状況が実在する', () => {
    const qids = questions.map((q) => q.id);
    const statuses = profile.find((p) => p.id === 'status')!.options.map((o) => o.value);
    for (const r of setup.rules) {
      if (r.program) expect(fixed['programs']).toContain(r.program);
      if (r.case) expect(fixed['cases']).toContain(r.case);
      for (const id of r.when.notDone) expect(qids, `rules: ${id}`).toContain(id);
      for (const c of r.when.concerns) expect(fixed['concerns']).toContain(c);
      for (const s of r.when.status) expect(statuses).toContain(s);
      expect(r.when.notDone.length + r.when.concerns.length + r.when.status.length, r.reason).toBeGreaterThan(0);
    }
    for (const c of setup.fallbackCases) expect(fixed['cases']).toContain(c);
    for (const p of fixed['programs']!) expect(setup.rules.some((r) => r.program === p), p).toBe(true);
  });

  it('プロフィール: 団体の種類・職員数の区分は調査（別添1）の区分、懸念は5つの懸念', () => {
    const kind = profile.find((p) => p.id === 'kind')!;
    expect(kind.options.map((o) => o.surveyLabel)).toEqual(['都道府県', '指定都市', '市区町村']);
    const size = profile.find((p) => p.id === 'size')!;
    expect(size.options.map((o) => o.surveyLabel)).toEqual(['100名以下', '101名以上300名以下', '301名以上']);
    expect(size.onlyWhen).toEqual({ question: 'kind', values: ['municipality'] });
    expect(profile.find((p) => p.id === 'status')!.options.map((o) => o.label)).toEqual(['未導入', '試行中', '導入済み']);
    const concerns = profile.find((p) => p.id === 'concerns')!;
    expect(concerns.options.map((o) => o.value)).toEqual(fixed['concerns']);
  });

  it('懸念の選択肢の文言が content/concerns.yaml と一致する', () => {
    const list = parse(readFileSync(concernsFile, 'utf8')) as { id: string; label: string }[];
    const concerns = profile.find((p) => p.id === 'concerns')!;
    for (const o of concerns.options) expect(list.find((c) => c.id === o.value)?.label, o.value).toBe(o.label);
  });

  it('職員数の区分が content/survey.yaml の行に見つかる', () => {
    const tables = parse(readFileSync(new URL('content/survey.yaml', root), 'utf8')) as { kind: string; rows?: { label: string; group: string }[] }[];
    const rows = tables.find((t) => t.kind === 'adoption')!.rows!;
    for (const p of profile.filter((x) => x.id === 'kind' || x.id === 'size')) {
      for (const o of p.options) expect(rows.some((r) => r.label.includes(o.surveyLabel!)), o.label).toBe(true);
    }
  });

  it('部首文字（U+2E80–U+2FDF）も半角カタカナも含まない', () => {
    for (const f of ['areas.yaml', 'questions.yaml', 'profile.yaml', 'setup.yaml']) {
      const text = readFileSync(new URL(`content/diagnosis/${f}`, root), 'utf8');
      expect(RADICALS.test(text), f).toBe(false);
      expect(HALF_KANA.test(text), f).toBe(false);
    }
  });

  itNeeds({ 'sources/ の抽出テキスト': hasSources })('「なぜ大切か」は手引きの文言どおり（「手引きは」で始まる要約と「…」の省略を除く）', () => {
    const flat = (s: string) => s.replace(/[\s「」、。・（）()]/g, '');
    const guide = flat(guideText());
    for (const q of questions.filter((x) => x.source.doc === 'guide')) {
      for (const sentence of q.why.split('。').filter((x) => x && !x.includes('手引きは'))) {
        for (const part of sentence.split('…').filter((x) => x.length > 3)) expect(guide.includes(flat(part)), `${q.id}: ${part}`).toBe(true);
      }
    }
  });
});
