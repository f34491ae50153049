import { describe, expect, it } from 'vitest';
import { LevelSchema } from '../../src/schemas/level';

const good = {
  number: 1,
  numeral: 'Ⅰ',
  title: '少しの工夫でテレワークが導入しやすい業務',
  description: '説明',
  tipsHeading: 'テレワークを実施する際の工夫',
  taskTypes: [{ id: 'document-preparation', name: '資料作成業務', examples: ['会議議事録作成'], etc: true }],
  sharedTips: ['資料の電子化・保存'],
  source: { doc: 'guide', pages: 'スライド12' },
};
/** The messages and paths of a failed parse, one string per issue. */
const issues = (v: unknown): string[] => {
  const r = LevelSchema.safeParse(v);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('レベルのスキーマ（src/schemas/level.ts）', () => {
  it('正しいレベルは通り、例示の文字列は { text, items, etc } に揃う', () => {
    const r = LevelSchema.parse(good);
    expect(r.taskTypes[0]!.examples[0]).toEqual({ text: '会議議事録作成', items: [], etc: false });
    expect(r.forms).toEqual([]);
  });

  it('拒否: 具体的な業務（例）が空だと、examples を名指しして拒否する', () => {
    const bad = { ...good, taskTypes: [{ ...good.taskTypes[0], examples: [] }] };
    const msgs = issues(bad);
    expect(msgs.some((m) => m.startsWith('taskTypes.0.examples') && m.includes('examples'))).toBe(true);
  });

  it('拒否: 部首文字（⽅）を含む業務類型名は、name を名指しして拒否する', () => {
    const bad = { ...good, taskTypes: [{ ...good.taskTypes[0], name: '資料作成⽅法' }] };
    expect(issues(bad).some((m) => m.startsWith('taskTypes.0.name') && m.includes('U+2E80'))).toBe(true);
  });

  it('拒否: 3列目があるのに列見出しがないと、tipsHeading を名指しして拒否する', () => {
    const { tipsHeading: _omit, ...bad } = good;
    expect(issues(bad).some((m) => m.startsWith('tipsHeading') && m.includes('tipsHeading'))).toBe(true);
  });

  it('拒否: 全行共通の工夫と行ごとの工夫を同時に書くと、sharedTips を名指しして拒否する', () => {
    const bad = { ...good, taskTypes: [{ ...good.taskTypes[0], tips: ['Web会議の活用'] }] };
    expect(issues(bad).some((m) => m.startsWith('sharedTips'))).toBe(true);
  });

  it('拒否: 業務類型の id が重複すると taskTypes を名指しして拒否する', () => {
    const bad = { ...good, taskTypes: [good.taskTypes[0], good.taskTypes[0]] };
    expect(issues(bad).some((m) => m.startsWith('taskTypes') && m.includes('重複'))).toBe(true);
  });

  it('拒否: レベル番号が 1〜4 の外だと number を名指しして拒否する', () => {
    expect(issues({ ...good, number: 5 }).some((m) => m.startsWith('number'))).toBe(true);
  });
});
