import { describe, expect, it } from 'vitest';
import { foldLongVowels, normalizeJa, normalizeWithMap, searchNormalize } from '../../src/lib/normalize';
import { mdxToText, slugify, splitSections } from '../../src/lib/search/markdown';
import { MAX_TERM, parseQuery, segmentQuery } from '../../src/lib/search/query';
import { makeSnippet, matchRanges } from '../../src/lib/search/snippet';
import { createSearch } from '../../src/lib/search/engine';
import { buildSearchRecords, type SearchSource } from '../../src/lib/search/build';
import { suggestTerms } from '../../src/lib/search/suggest';
import type { SearchRecord, SnippetPart } from '../../src/lib/search/types';

const show = (parts: SnippetPart[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('検索用の正規化', () => {
  it.each([
    ['サーバー', 'サーバ'],
    ['サーバ', 'サーバ'],
    ['マネージャーの', 'マネージャノ'],
    ['テレワーク', 'テレワーク'],
    ['さーばー', 'サーバ'],
    ['ｻｰﾊﾞｰ', 'サーバ'],
    ['ｌｇｗａｎ', 'lgwan'],
  ])('%s → %s', (input, want) => {
    expect(searchNormalize(input)).toBe(want);
  });
  it('語中の長音は残す（テレワーク、ユーザー数の「ー」）', () => {
    expect(foldLongVowels('ユーザー数')).toBe('ユーザ数');
    expect(foldLongVowels('テレワーク')).toBe('テレワーク');
    expect(foldLongVowels('ーから')).toBe('ーから');
  });
  it('濁点は落とさない', () => {
    expect(searchNormalize('ガイド')).not.toBe(searchNormalize('カイド'));
  });
  it('normalizeJa の動作は変えていない', () => {
    expect(normalizeJa('サーバー')).toBe('サーバー');
  });
  it.each([
    'ＬＧＷＡＮ接続系の　サーバーへ、ﾘﾓｰﾄｱｸｾｽ（テレワ-ク）',
    '⾏政⼿続  と ガ\u3099 と ｶﾞ',
    '  前後の空白  ',
    'マネージャー。ユーザーが𠮷野家',
  ])('位置の対応つき正規化は searchNormalize と同じ文字列を作る：%s', (s) => {
    const { text, map } = normalizeWithMap(s);
    expect(text.trim()).toBe(searchNormalize(s));
    expect(map).toHaveLength(text.length + 1);
    expect(map.every((v, i) => i === 0 || v >= map[i - 1]!)).toBe(true);
  });
});

describe('MDX から検索用テキストへ', () => {
  it('リンク・強調・HTMLタグ・見出し記号を取り除き、文字は残す', () => {
    expect(mdxToText('**首長**の[リーダーシップ](/steps/1/)と<strong>在席</strong>確認\n- 項目')).toBe('首長のリーダーシップと在席確認 項目');
  });
  it('見出しで区切り、深さと見出し文を返す', () => {
    const s = splitSections('前置き\n\n## （1）体制\n\n本文A\n\n### 小見出し\n\n本文B');
    expect(s.map((x) => [x.depth, x.heading, x.text])).toEqual([
      [0, '', '前置き'],
      [2, '（1）体制', '本文A'],
      [3, '小見出し', '本文B'],
    ]);
  });
  it('見出しの id は github-slugger と同じ規則（記号を落とし、重複に番号）', () => {
    const seen = new Map<string, number>();
    expect(slugify('（1）まずは全庁的な推進体制の構築から', seen)).toBe('1まずは全庁的な推進体制の構築から');
    expect(slugify('ステップ2〜5　試行', seen)).toBe('ステップ25試行');
    expect(slugify('参考になる事例', seen)).toBe('参考になる事例');
    expect(slugify('参考になる事例', seen)).toBe('参考になる事例-1');
    expect(slugify('Lv.Ⅲ 例', seen)).toBe('lvⅲ-例');
  });
});

describe('問い合わせの分解', () => {
  it('全角・半角の空白で語に分け、正規化する', () => {
    expect(parseQuery('在宅勤務　規程 ')).toEqual(['在宅勤務', '規程']);
  });
  it('32文字を超える語は32文字ずつに分ける（例外にしない）', () => {
    const long = 'テレワークの導入にあたっては、推進体制の構築や、ハード面・ソフト面の環境整備を検討しましょう。外部の専門家の知見を活用することで';
    const terms = parseQuery(long);
    expect(terms.every((t) => t.length <= MAX_TERM)).toBe(true);
    expect(terms.length).toBeGreaterThan(1);
  });
  it('文字列以外や空の問い合わせは空の語リスト', () => {
    expect(parseQuery(undefined)).toEqual([]);
    expect(parseQuery('   ')).toEqual([]);
  });
  it('ほかの語に含まれる語と重複は捨てる', () => {
    expect(parseQuery('LGWAN lgwan LGWAN接続系')).toEqual(['lgwan接続系']);
  });
  it('空白のない二語は分かち書きで分ける（カタカナ語は分けない）', () => {
    const words = segmentQuery('テレワークの費用');
    if (typeof Intl.Segmenter !== 'function') return expect(words).toEqual([]);
    expect(words).toEqual(['テレワーク', '費用']);
  });
});

describe('スニペットと強調', () => {
  it('正規化したテキストで見つけ、元の表記の範囲を強調する', () => {
    expect(show(makeSnippet('庁内のLGWAN接続系端末へ', ['lgwan']))).toBe('庁内の[LGWAN]接続系端末へ');
    expect(show(makeSnippet('サーバー設置費用', ['サーバ']))).toBe('[サーバー]設置費用');
    expect(show(makeSnippet('ﾃﾚﾜｰｸ', ['テレワーク']))).toBe('[ﾃﾚﾜｰｸ]');
  });
  it('長い本文は一致箇所の前後を切り出し、切った所に「…」を付ける', () => {
    const text = `${'前'.repeat(100)}在席確認${'後'.repeat(100)}`;
    const s = show(makeSnippet(text, ['在席確認'], 40));
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(s).toContain('[在席確認]');
  });
  it('重なる一致はまとめる', () => {
    expect(matchRanges('在宅勤務', ['在宅', '宅勤'])).toEqual([[0, 3]]);
  });
  it('HTML を含む本文も文字列のまま扱う（タグとして解釈しない）', () => {
    const parts = makeSnippet('<script>alert(1)</script>の説明', ['script']);
    expect(parts.map((p) => p.text).join('')).toBe('<script>alert(1)</script>の説明');
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['script', 'script']);
  });
});

const RECORDS: SearchRecord[] = [
  { t: 'ステップ4　試行', p: '10ステップ', u: '/steps/4/', x: '部署や対象者、期間を限定して試行導入します。管理職も実施します。' },
  { t: '試行実施（ステップ2〜5）', p: '手引き › Ⅱ', u: '/guide/process/#試行実施ステップ25', x: 'ステップ2 ステップ3' },
  { t: 'LGWAN', p: '用語集', u: '/glossary/#lgwan', k: 'えるじーわん 総合行政ネットワーク', x: '総合行政ネットワークの略称です。' },
  { t: 'LGWAN接続系', p: '用語集', u: '/glossary/#lgwan-connected', k: 'えるじーわんせつぞくけい', x: 'LGWANに接続し、庁内の内部事務などに使う系統です。' },
  { t: '在席確認・勤務状況の把握方法と特徴', p: '手引き › Ⅴ', u: '/guide/labor-management/#x', x: 'プレゼンス機能で在席を確認します。' },
  { t: 'テレワークマネージャー相談事業', p: '国の支援策', u: '/support/telework-manager/', x: '専門家が無料でアドバイスします。' },
  { t: '推進方針に盛り込むべきポイント', p: '10ステップ › ステップ8', u: '/steps/8/#example-table', x: '予算措置、規程の整備、運用の見直し' },
];

describe('検索エンジン', () => {
  const s = createSearch(RECORDS);
  const urls = (q: string) => s.search(q).map((h) => h.record.u);

  it('題名の語に一致するページを、題名の一部に一致する節より上にする', () => {
    expect(urls('試行')[0]).toBe('/steps/4/');
  });
  it('全角・ひらがな・半角カナでも同じ結果', () => {
    expect(urls('ｌｇｗａｎ')).toEqual(urls('LGWAN'));
    expect(urls('えるじーわん')).toEqual(urls('LGWAN'));
    expect(urls('てれわーくまねーじゃー')).toEqual(urls('テレワークマネージャー'));
    expect(urls('ﾃﾚﾜｰｸﾏﾈｰｼﾞｬ')).toEqual(urls('テレワークマネージャー'));
  });
  it('複数の語はすべてを含むものだけ（AND）。全部を含むものがなければ、一部を含むものを partial として返す', () => {
    expect(urls('規程 予算')).toEqual(['/steps/8/#example-table']);
    expect(s.query('規程 予算').partial).toBe(false);
    const some = s.query('規程 LGWAN');
    expect(some.partial).toBe(true);
    expect(some.hits.every((h) => /規程|LGWAN/.test(h.record.x + h.record.t))).toBe(true);
    expect(urls('規程 ガイゼン')).toEqual(['/steps/8/#example-table']);
  });
  it('題名の小さな誤りは近い一致として見つけ、exact=false で知らせる', () => {
    const r = s.query('テレワークマネジャー');
    expect(r.hits[0]?.record.u).toBe('/support/telework-manager/');
    expect(r.exact).toBe(false);
  });
  it('濁点の違う語には一致しない', () => {
    expect(urls('ガイゼン')).toEqual([]);
  });
  it('長すぎる問い合わせ・記号だけ・空文字でも例外を出さない', () => {
    expect(() => s.search('在席確認'.repeat(50))).not.toThrow();
    expect(s.search('')).toEqual([]);
    expect(s.search('　')).toEqual([]);
    expect(() => s.search('(((***[[[\\')).not.toThrow();
    expect(() => s.search('a'.repeat(33))).not.toThrow();
  });
  it('結果には題名と本文の強調部分が付く', () => {
    const h = s.search('在席確認')[0]!;
    expect(show(h.title)).toBe('[在席確認]・勤務状況の把握方法と特徴');
  });
  it('limit で件数を絞れる', () => {
    expect(s.search('ステップ', { limit: 1 })).toHaveLength(1);
  });
});

describe('見つからないときの候補', () => {
  it('読みや表記の一部が重なる用語を返す', () => {
    expect(suggestTerms(RECORDS, 'えるじー').map((r) => r.t)).toContain('LGWAN');
    expect(suggestTerms(RECORDS, 'xyz')).toEqual([]);
  });
});

describe('索引の組み立て', () => {
  const source: SearchSource = {
    chapters: [{ id: 'process', data: { numeral: 'Ⅱ', title: '進め方', order: 2, summary: '要約' }, body: '前置き\n\n## 体制\n\n本文\n\n#### 細目\n\n細かい本文', headings: [{ depth: 2, slug: 'taisei', text: '体制' }, { depth: 4, slug: 'x', text: '細目' }] }],
    steps: [{ id: 'step-01', data: { number: 1, phase: '推進体制', title: '推進体制の構築', summary: '要約1', checklist: { id: 'step-01' } }, body: '## 節\n\n本文' }],
    checklists: [{ id: 'step-01', data: { title: '表', step: 1, kind: 'table', groups: [{ heading: '見出し', items: [{ text: '項目' }] }] } }],
    levels: [{ id: 'lv1', data: { number: 1, numeral: 'Ⅰ', title: 'やさしい業務', description: '説明', taskTypes: [{ id: 'a', name: '資料作成業務', examples: ['会議議事録作成', { text: '親', items: ['子'] }] }] } }],
    cases: [],
    programs: [],
    survey: [],
    concerns: [],
    glossary: [{ id: 'lgwan', data: { term: 'LGWAN', reading: 'えるじーわん', aliases: ['総合行政ネットワーク'], definition: '定義' } }],
    pages: [],
  };
  const recs = buildSearchRecords(source);
  const byUrl = (u: string) => recs.filter((r) => r.u === u);

  it('章は本文の見出しごとに、Astro の見出し id をアンカーにする', () => {
    expect(byUrl('/guide/process/#taisei')[0]).toMatchObject({ t: '体制', p: '手引き › Ⅱ．進め方', x: '本文 細目 細かい本文' });
    expect(byUrl('/guide/process/')[0]?.x).toBe('要約 前置き');
  });
  it('見出し id が手元にないときは同じ規則で作る', () => {
    expect(byUrl('/steps/1/#節')).toHaveLength(1);
  });
  it('ステップの表の項目はステップのページの #example-table に入れる', () => {
    expect(byUrl('/steps/1/#example-table')[0]?.x).toBe('見出し 項目');
    expect(byUrl('/checklists/step-01/')[0]?.t).toBe('印刷用チェックリスト：表');
  });
  it('業務類型ごとの記録はレベルのアンカーを指す', () => {
    expect(recs.find((r) => r.t === '資料作成業務')).toMatchObject({ u: '/levels/#lv1', x: '会議議事録作成 親 子' });
  });
  it('用語は読みと別名をキーワードに持つ', () => {
    expect(byUrl('/glossary/#lgwan')[0]).toMatchObject({ t: 'LGWAN', k: 'えるじーわん 総合行政ネットワーク', x: '定義' });
  });
});
