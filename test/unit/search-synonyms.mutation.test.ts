/**
 * The synonym table (src/lib/search/synonyms.ts) on hand-made groups: what a term is also searched
 * as, which expansions are one-way related words, how the notice spells a term, and that odd
 * entries are skipped. Each table is built inside its `it` (mutation testing needs that).
 */
import { describe, expect, it } from 'vitest';
import { createSynonymTable } from '../../src/lib/search/synonyms';
import type { SearchTermEntry } from '../../src/lib/search/types';

const view = (t: ReturnType<typeof createSynonymTable>, term: string) => t.expand(term).map((e) => `${e.label}:${e.n}:${e.related ? '関連' : '同義'}`);

describe('createSynonymTable：同義語・関連語の表', () => {
  it('同じ意味の語は互いに「同義」として展開し、関連語は「関連」として一方向に展開する', () => {
    const t = createSynonymTable([{ w: ['VPN', 'リモートアクセス'], r: ['閉域網'] }]);
    expect(view(t, 'vpn')).toEqual(['リモートアクセス:リモートアクセス:同義', '閉域網:閉域網:関連']);
    expect(view(t, 'リモートアクセス')).toEqual(['VPN:vpn:同義', '閉域網:閉域網:関連']);
    expect(view(t, '閉域網')).toEqual([]);
  });

  it('一覧の語かどうか：words の語だけが一覧の語で、関連語や一覧にない語は違う', () => {
    const t = createSynonymTable([{ w: ['VPN', 'リモートアクセス'], r: ['閉域網'] }]);
    expect(t.has('vpn')).toBe(true);
    expect(t.has('リモートアクセス')).toBe(true);
    expect(t.has('閉域網')).toBe(false);
    expect(t.has('テレワーク')).toBe(false);
  });

  it('お知らせには一覧の書き方を使い（vpn → VPN）、一覧にない語はそのまま返す', () => {
    const t = createSynonymTable([{ w: ['VPN', 'リモートアクセス'] }]);
    expect(t.label('vpn')).toBe('VPN');
    expect(t.label('リモートアクセス')).toBe('リモートアクセス');
    expect(t.label('テレワーク')).toBe('テレワーク');
  });

  it('同じ語が二つのグループにあれば、書き方は先のグループのもの、展開は両方のグループの語', () => {
    const t = createSynonymTable([
      { w: ['VPN', 'リモートアクセス'] },
      { w: ['vpn', '仮想専用線'], r: ['リモートアクセス', '暗号化'] },
    ]);
    expect(t.label('vpn')).toBe('VPN');
    // リモートアクセス is already a word of the same meaning: it stays 同義, not 関連
    expect(view(t, 'vpn')).toEqual(['リモートアクセス:リモートアクセス:同義', '仮想専用線:仮想専用線:同義', '暗号化:暗号化:関連']);
  });

  it('語は自分自身には展開しない（関連語に自分が書かれていても）', () => {
    const t = createSynonymTable([{ w: ['規程', '規則'], r: ['規程', 'ルール'] }]);
    expect(view(t, '規程')).toEqual(['規則:規則:同義', 'ルール:ルール:関連']);
    expect(view(t, '規則')).toEqual(['規程:規程:同義', 'ルール:ルール:関連']);
  });

  it('空白だけの語・関連語は展開にも一覧の語にもならない', () => {
    const t = createSynonymTable([{ w: ['在宅勤務', ' ', ''], r: ['  ', '自宅'] }]);
    expect(view(t, '在宅勤務')).toEqual(['自宅:自宅:関連']);
    expect(t.has('')).toBe(false);
    expect(t.expand('')).toEqual([]);
    expect(t.label('')).toBe('');
  });

  it('文字列でない語・関連語は飛ばし、例外にしない', () => {
    const odd = [{ w: ['VPN', 3, null, 'リモートアクセス'], r: [{}, '閉域網', 7] }] as unknown as SearchTermEntry[];
    const t = createSynonymTable(odd);
    expect(view(t, 'vpn')).toEqual(['リモートアクセス:リモートアクセス:同義', '閉域網:閉域網:関連']);
    const noRelated = createSynonymTable([{ w: ['VPN', 'リモートアクセス'], r: 'x' as unknown as string[] }]);
    expect(view(noRelated, 'vpn')).toEqual(['リモートアクセス:リモートアクセス:同義']);
  });

  it('項目がない・壊れた項目だけでも空の表になる', () => {
    for (const entries of [undefined, [], [null, { w: 'x' }, {}]] as unknown as (SearchTermEntry[] | undefined)[]) {
      const t = createSynonymTable(entries);
      expect(t.expand('vpn')).toEqual([]);
      expect(t.has('vpn')).toBe(false);
      expect(t.label('vpn')).toBe('vpn');
    }
  });
});
