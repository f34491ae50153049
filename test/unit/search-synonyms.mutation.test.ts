/**
 * The search-terms table (src/lib/search/synonyms.ts) on hand-made groups: what a term is also
 * searched as, and as what — a word of the same meaning (同じ意味, only in a group marked `s: 1`),
 * a related word of the same group (both ways) or a related word one way — how the notice spells
 * a term, and that odd entries are skipped. Each table is built inside its `it` (mutation testing
 * needs that).
 */
import { describe, expect, it } from 'vitest';
import { createSynonymTable } from '../../src/lib/search/synonyms';
import type { SearchTermEntry } from '../../src/lib/search/types';

const KIND = { same: '同義', peer: '関連（双方向）', oneWay: '関連（一方向）' } as const;
const view = (t: ReturnType<typeof createSynonymTable>, term: string) => t.expand(term).map((e) => `${e.label}:${e.n}:${KIND[e.kind]}${e.related === (e.kind !== 'same') ? '' : ':不一致'}`);

describe('createSynonymTable：同じ意味の語・関連する語の表', () => {
  it('「同じ意味」のグループ（s: 1）の語は互いに「同義」、related は一方向の「関連」', () => {
    const t = createSynonymTable([{ w: ['リモートアクセス', '遠隔アクセス'], r: ['閉域網'], s: 1 }]);
    expect(view(t, 'リモートアクセス')).toEqual(['遠隔アクセス:遠隔アクセス:同義', '閉域網:閉域網:関連（一方向）']);
    expect(view(t, '遠隔アクセス')).toEqual(['リモートアクセス:リモートアクセス:同義', '閉域網:閉域網:関連（一方向）']);
    expect(view(t, '閉域網')).toEqual([]);
  });

  it('s のないグループの語は、互いに広げても「同じ意味」にはしない（関連する語）', () => {
    const t = createSynonymTable([{ w: ['上司', '管理職'] }, { w: ['規程', '規則'], s: 2 as unknown as 1 }]);
    expect(view(t, '上司')).toEqual(['管理職:管理職:関連（双方向）']);
    expect(view(t, '管理職')).toEqual(['上司:上司:関連（双方向）']);
    // only s: 1 marks a group as 同じ意味
    expect(view(t, '規程')).toEqual(['規則:規則:関連（双方向）']);
    expect(t.expand('上司').every((e) => e.related)).toBe(true);
  });

  it('一覧の語かどうか：words の語だけが一覧の語で、関連語や一覧にない語は違う', () => {
    const t = createSynonymTable([{ w: ['VPN'], r: ['リモートアクセス'] }]);
    expect(t.has('vpn')).toBe(true);
    expect(t.has('リモートアクセス')).toBe(false);
    expect(t.has('テレワーク')).toBe(false);
  });

  it('お知らせには一覧の書き方を使い（vpn → VPN）、一覧にない語はそのまま返す', () => {
    const t = createSynonymTable([{ w: ['VPN', 'リモートアクセス'] }]);
    expect(t.label('vpn')).toBe('VPN');
    expect(t.label('リモートアクセス')).toBe('リモートアクセス');
    expect(t.label('テレワーク')).toBe('テレワーク');
  });

  it('同じ語の組が二つのグループにあれば、強いほうの関係（同義 > 双方向 > 一方向）を残す。書き方は先のもの', () => {
    const t = createSynonymTable([
      { w: ['VPN'], r: ['リモートアクセス'] },
      { w: ['vpn', '仮想専用線'], r: ['リモートアクセス', '暗号化'], s: 1 },
      { w: ['VPN', 'リモートアクセス'] },
    ]);
    expect(t.label('vpn')).toBe('VPN');
    expect(view(t, 'vpn')).toEqual(['リモートアクセス:リモートアクセス:関連（双方向）', '仮想専用線:仮想専用線:同義', '暗号化:暗号化:関連（一方向）']);
    // a weaker relation written later does not overwrite a stronger one
    const u = createSynonymTable([{ w: ['在宅', '在宅勤務'], s: 1 }, { w: ['在宅'], r: ['在宅勤務'] }]);
    expect(view(u, '在宅')).toEqual(['在宅勤務:在宅勤務:同義']);
  });

  it('語は自分自身には展開しない（関連語に自分が書かれていても）', () => {
    const t = createSynonymTable([{ w: ['規程', '規則'], r: ['規程', 'ルール'] }]);
    expect(view(t, '規程')).toEqual(['規則:規則:関連（双方向）', 'ルール:ルール:関連（一方向）']);
    expect(view(t, '規則')).toEqual(['規程:規程:関連（双方向）', 'ルール:ルール:関連（一方向）']);
  });

  it('空白だけの語・関連語は展開にも一覧の語にもならない', () => {
    const t = createSynonymTable([{ w: ['在宅勤務', ' ', ''], r: ['  ', '自宅'] }]);
    expect(view(t, '在宅勤務')).toEqual(['自宅:自宅:関連（一方向）']);
    expect(t.has('')).toBe(false);
    expect(t.expand('')).toEqual([]);
    expect(t.label('')).toBe('');
  });

  it('文字列でない語・関連語は飛ばし、例外にしない', () => {
    const odd = [{ w: ['VPN', 3, null, 'リモートアクセス'], r: [{}, '閉域網', 7], s: 1 }] as unknown as SearchTermEntry[];
    const t = createSynonymTable(odd);
    expect(view(t, 'vpn')).toEqual(['リモートアクセス:リモートアクセス:同義', '閉域網:閉域網:関連（一方向）']);
    const noRelated = createSynonymTable([{ w: ['VPN', 'リモートアクセス'], r: 'x' as unknown as string[], s: 1 }]);
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
