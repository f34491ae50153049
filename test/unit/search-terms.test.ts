/**
 * The synonym list itself (content/search-terms.yaml and its schema, src/schemas/search-terms.ts)
 * on the real content and index. How the search uses a list (expansion, ranking, the definition
 * box, the messages) is tested in test/unit/search/ on hand-made lists.
 */
import { describe, expect, it } from 'vitest';
import { createSearch } from '../../src/lib/search/engine';
import { createSynonymTable } from '../../src/lib/search/synonyms';
import { synonymNotice } from '../../src/lib/search/messages';
import { searchNormalize } from '../../src/lib/search/query';
import { searchTermEntries } from '../../src/lib/search/build';
import { SearchTermsSchema } from '../../src/schemas/search-terms';
import { loadIndex, loadSearchTerms } from '../search/load-content';

describe('同義語の一覧（content/search-terms.yaml）', () => {
  it('一覧はスキーマに合い、どの語も空白を含まない', () => {
    const groups = loadSearchTerms();
    expect(groups.length).toBeGreaterThanOrEqual(20);
    for (const g of groups) for (const w of [...g.words, ...g.related]) expect(w).not.toMatch(/\s/);
  });
  it('検索を広げる例（VPN→リモートアクセス、予算→費用・交付税・支援策、補助→支援・交付税、規程/規則/要綱、在宅↔在宅勤務）を持つ', () => {
    const t = createSynonymTable(searchTermEntries(loadSearchTerms()));
    const also = (w: string) => t.expand(w.toLowerCase()).map((e) => e.label);
    expect(also('VPN')).toContain('リモートアクセス');
    expect(also('予算')).toEqual(expect.arrayContaining(['費用', '交付税', '支援策']));
    expect(also('補助')).toEqual(expect.arrayContaining(['支援', '交付税']));
    expect(also('規則')).toEqual(expect.arrayContaining(['規程', '要綱']));
    expect(also('在宅')).toContain('在宅勤務');
    expect(also('在宅勤務')).toContain('在宅');
  });

  it('自治体の用語として別のものは「同じ意味」にしない（関連する語として広げるだけ）', () => {
    const t = createSynonymTable(searchTermEntries(loadSearchTerms()));
    const kindOf = (a: string, b: string) => t.expand(searchNormalize(a)).find((e) => e.n === searchNormalize(b))?.kind;
    const notSame: [string, string][] = [
      ['非常勤職員', '会計年度任用職員'], ['会計年度任用職員', '非常勤職員'], ['非常勤', '会計年度任用職員'],
      ['個人情報', '住民情報'], ['住民情報', '個人情報'],
      ['規程', '規則'], ['規則', '要綱'], ['要綱', '規定'], ['規定', '要領'], ['要領', '規程'],
      ['リモートワーク', '在宅ワーク'], ['在宅ワーク', 'リモートワーク'],
      ['VPN', 'リモートアクセス'], ['リモートアクセス', 'VPN'],
      ['予算', '財源'], ['財源', '予算'], ['上司', '管理職'], ['管理職', '上司'], ['評価', '人事評価'], ['人事評価', '評価'],
    ];
    for (const [a, b] of notSame) expect(kindOf(a, b), `${a} → ${b}`).not.toBe('same');
    // still widened where they were before (related, never the same)
    for (const [a, b] of [['個人情報', '住民情報'], ['規程', '規則'], ['予算', '財源'], ['上司', '管理職'], ['評価', '人事評価'], ['VPN', 'リモートアクセス']] as const) {
      expect(kindOf(a, b), `${a} → ${b}`).toMatch(/^(peer|oneWay)$/);
    }
  });

  it('実際の索引で：個人情報の検索は住民情報を「同じ意味」と言わず、在籍確認は在席確認と同じ意味と言う', () => {
    const s = createSearch(loadIndex());
    const personal = synonymNotice(s.query('個人情報'));
    expect(personal).not.toMatch(/同じ意味の『住民情報』|『住民情報』としても/);
    const vpn = synonymNotice(s.query('VPN'));
    expect(vpn).toContain('『VPN』に関連する語');
    expect(vpn).toContain('同じ意味の語ではありません');
    expect(synonymNotice(s.query('在籍確認'))).toContain('『在籍確認』と同じ意味の『在席確認』でも検索しました。');
  });

  it('「サボる」は勤務状況の語と結ばない', () => {
    const t = createSynonymTable(searchTermEntries(loadSearchTerms()));
    expect(t.expand('サボる').map((e) => e.label)).not.toContain('勤務状況');
    expect(t.expand('勤務状況').map((e) => e.label)).not.toContain('サボる');
    expect(loadSearchTerms().some((g) => g.words.includes('サボる') && g.words.includes('勤務状況'))).toBe(false);
  });

  it('「同じ意味」のグループはどれも、なぜ同じ意味と言えるかを note に書いている', () => {
    const same = loadSearchTerms().filter((g) => g.kind === 'same');
    expect(same.length).toBeGreaterThan(5);
    for (const g of same) expect(g.note?.length ?? 0, g.words.join('・')).toBeGreaterThan(5);
    expect(SearchTermsSchema.safeParse([{ kind: 'same', words: ['在席確認', '在籍確認'] }]).success).toBe(false);
    expect(SearchTermsSchema.safeParse([{ kind: 'same', words: ['在席確認', '在籍確認'], note: '書き誤り' }]).success).toBe(true);
    expect(SearchTermsSchema.safeParse([{ words: ['上司', '管理職'] }]).success).toBe(false);
  });
  it('一覧のどの語も、サイトのどこかの記録に出てくるか、ほかの語が出てくる（行き先のない語だけのグループはない）', () => {
    const index = loadIndex();
    const s = createSearch(index);
    const dead = loadSearchTerms().filter((g) => s.search(g.words[0]!).length === 0);
    expect(dead.map((g) => g.words.join('・'))).toEqual([]);
  });
  it('スキーマ：空白を含む語、1語だけのグループ、重複は読み込みで失敗する', () => {
    expect(SearchTermsSchema.safeParse([{ kind: 'related', words: ['在宅 勤務', '在宅'] }]).success).toBe(false);
    expect(SearchTermsSchema.safeParse([{ kind: 'related', words: ['在宅'] }]).success).toBe(false);
    expect(SearchTermsSchema.safeParse([{ kind: 'related', words: ['規程', '規程'] }]).success).toBe(false);
    expect(SearchTermsSchema.safeParse([{ kind: 'related', words: ['規程', '規則'], related: ['ルール'] }]).success).toBe(true);
    expect(SearchTermsSchema.safeParse([{ kind: 'same', words: ['在宅'], related: ['在宅勤務'], note: 'x' }]).success).toBe(false);
  });
});
