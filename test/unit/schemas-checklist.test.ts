/** ChecklistSchema (src/schemas/checklist.ts): bad checklists are rejected with a message naming the field. */
import { describe, expect, it } from 'vitest';
import { ChecklistSchema, checklistItems } from '../../src/schemas/checklist';

const good = {
  title: 'ICT環境整備において検討すべき項目例',
  step: 3,
  kind: 'table',
  columns: ['項目', '検討事項例'],
  groups: [
    { heading: 'セキュリティの確保', items: [{ id: 's03-a', text: 'ネットワークへの不正アクセス対策' }, { id: 's03-b', text: 'コンピューターウィルスへの対応' }] },
  ],
  source: { doc: 'guide', pages: 'スライド5' },
};

/** The messages of a failed parse, each prefixed with the path of the field. */
function errors(input: unknown): string[] {
  const r = ChecklistSchema.safeParse(input);
  if (r.success) return [];
  return r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('ChecklistSchema', () => {
  it('正しい表のチェックリストは通る', () => {
    expect(errors(good)).toEqual([]);
  });

  it('拒否: 項目 id の重複（groups と重複した id を示す）', () => {
    const bad = { ...good, groups: [{ heading: 'セキュリティの確保', items: [{ id: 's03-a', text: 'あ' }, { id: 's03-a', text: 'い' }] }] };
    const e = errors(bad);
    expect(e.some((m) => m.includes('groups') && m.includes('s03-a') && m.includes('重複'))).toBe(true);
  });

  it('拒否: 子項目と親項目の id の重複', () => {
    const bad = { ...good, kind: 'list', columns: undefined, groups: [{ items: [{ id: 's03-a', text: 'あ', children: [{ id: 's03-a', text: 'い' }] }] }] };
    expect(errors(bad).some((m) => m.includes('children') && m.includes('重複'))).toBe(true);
  });

  it('拒否: kind: table なのに columns がない（columns を示す）', () => {
    const { columns: _omit, ...bad } = good;
    const e = errors(bad);
    expect(e.length).toBeGreaterThan(0);
    expect(e.every((m) => m.startsWith('columns: ') && m.includes('columns'))).toBe(true);
  });

  it('拒否: 2列の表で行見出し（heading）のないグループ', () => {
    const bad = { ...good, groups: [{ items: [{ id: 's03-a', text: 'あ' }] }] };
    expect(errors(bad)).toEqual([expect.stringMatching(/^groups\.0\.heading: .*heading/)]);
  });

  it('拒否: 表の項目に入れ子（children）', () => {
    const bad = { ...good, groups: [{ heading: '見出し', items: [{ id: 's03-a', text: 'あ', children: [{ id: 's03-b', text: 'い' }] }] }] };
    expect(errors(bad)).toEqual([expect.stringMatching(/^groups\.0\.items\.0\.children: /)]);
  });

  it('拒否: ステップの接頭辞と合わない id（ステップ3なのに s04-）', () => {
    const bad = { ...good, groups: [{ heading: '見出し', items: [{ id: 's04-a', text: 'あ' }] }] };
    expect(errors(bad)).toEqual([expect.stringMatching(/^groups\.0\.items\.0\.id: .*s03-/)]);
  });

  it('拒否: kind: text で intro がない（intro を示す）', () => {
    const bad = { title: '推進体制の構築で取り組むこと', step: 1, kind: 'text', groups: [{ items: [{ id: 's01-a', text: 'あ' }] }], source: { doc: 'guide', pages: 'スライド4' } };
    expect(errors(bad)).toEqual([expect.stringMatching(/^intro: /)]);
  });

  it('拒否: 部首文字（U+2E80–U+2FDF）を含む文言', () => {
    const bad = { ...good, groups: [{ heading: 'セキュリティの確保', items: [{ id: 's03-a', text: '情報の⼊力' }] }] };
    expect(errors(bad)).toEqual([expect.stringMatching(/^groups\.0\.items\.0\.text: .*U\+2E80/)]);
  });

  it('拒否: id の書式（大文字・日本語）', () => {
    const bad = { ...good, groups: [{ heading: '見出し', items: [{ id: 'S03_A', text: 'あ' }] }] };
    expect(errors(bad).some((m) => m.startsWith('groups.0.items.0.id: '))).toBe(true);
  });

  it('checklistItems は項目と子項目を読む順に平らにする', () => {
    const c = ChecklistSchema.parse({
      title: '制度・ルールに関する見直し検討項目（例）', step: 10, kind: 'list',
      groups: [{ items: [{ id: 's10-a', text: 'あ', children: [{ id: 's10-a1', text: 'い' }] }, { id: 's10-b', text: 'う' }] }],
      source: { doc: 'guide', pages: 'スライド10' },
    });
    expect(checklistItems(c).map((i) => i.id)).toEqual(['s10-a', 's10-a1', 's10-b']);
  });
});
