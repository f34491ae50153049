/**
 * Unit tests of src/lib/search/query.ts.
 */
import { describe, expect, it, afterEach, vi } from 'vitest';
import { MAX_TERM, parseQuery, segmentQuery, MAX_QUERY, MAX_TERMS, queryParts, scriptRuns } from '../../../src/lib/search/query';

{
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
}

/**
 * The parts of search around the engine (src/lib/search/query.ts, snippet.ts, suggest.ts): how a
 * query becomes terms, how matches are cut into marked parts of the original text, and which
 * glossary terms are suggested when nothing is found.
 */
{
describe('parseQuery：問い合わせを語にする', () => {
  it('上限は fuse.js の1パターン32文字、語は8つ、問い合わせは200文字', () => {
    expect([MAX_TERM, MAX_TERMS, MAX_QUERY]).toEqual([32, 8, 200]);
  });

  it('32文字ちょうどの語は分けず、33文字なら32文字と1文字に分ける', () => {
    const a = 'あ'.repeat(32);
    expect(parseQuery(a)).toEqual(['ア'.repeat(32)]);
    const b = `${'い'.repeat(32)}う`;
    expect(parseQuery(b)).toEqual(['イ'.repeat(32), 'ウ']);
  });

  it('9語目からは捨て、200文字を超えた部分は読まない', () => {
    expect(parseQuery('一 二 三 四 五 六 七 八 九 十')).toEqual(['一', '二', '三', '四', '五', '六', '七', '八']);
    expect(parseQuery(`${'x '.repeat(100)}y`)).toEqual(['x']);
    expect(parseQuery(`${'a'.repeat(199)} b`)).toEqual(['a'.repeat(32)]);
  });

  it('ほかの語に含まれる語だけを捨て、同じ長さの別の語や含む側の語は残す', () => {
    expect(parseQuery('規程 勤務 在宅勤務規程')).toEqual(['在宅勤務規程']);
    expect(parseQuery('在宅 勤務')).toEqual(['在宅', '勤務']);
    expect(parseQuery('勤務 勤務')).toEqual(['勤務']);
  });

  it('数値・null・オブジェクトでも例外にせず空', () => {
    expect(parseQuery(12)).toEqual([]);
    expect(parseQuery(null)).toEqual([]);
    expect(parseQuery({ q: 'x' })).toEqual([]);
  });
});

describe('segmentQuery：空白のない問い合わせの分かち書き', () => {
  const hasSegmenter = typeof Intl.Segmenter === 'function';

  it.runIf(hasSegmenter)('助詞（かな1〜2文字）を落とし、分けたカタカナ語はつなぎ直す', () => {
    expect(segmentQuery('セキュリティポリシーの見直し')).toEqual(['セキュリティポリシ', '見直シ']);
  });

  it.runIf(hasSegmenter)('分けても語が増えないときは空（元の問い合わせで足りる）', () => {
    expect(segmentQuery('テレワーク')).toEqual([]);
    expect(segmentQuery('在宅 勤務')).toEqual([]);
  });

  it.runIf(hasSegmenter)('空白で区切った各部分を別々に分ける', () => {
    expect(segmentQuery('テレワークの費用 規程の整備')).toEqual(['テレワーク', '費用', '規程', '整備']);
  });
});
}

/**
 * Query handling (src/lib/search/query.ts) beyond the examples above: how a query is
 * cut into terms and word-split into parts, with Intl.Segmenter and on platforms without it
 * (old browsers on thin clients). Everything runs inside each `it` (mutation testing needs that).
 */
{
/** query.ts loaded afresh, so that it looks for Intl.Segmenter again (it keeps the one it found). */
async function freshQuery() {
  vi.resetModules();
  return import('../../../src/lib/search/query');
}

describe('parseQuery：語への分け方', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('空・空白だけの問い合わせは語なし（空の語を作らない）', () => {
    expect(parseQuery('')).toEqual([]);
    expect(parseQuery('   ')).toEqual([]);
    expect(parseQuery('\u3000')).toEqual([]);
  });

  it('ちょうど32文字・64文字の語は32文字ずつに分け、空の切れ端を足さない', () => {
    expect(parseQuery('a'.repeat(32))).toEqual(['a'.repeat(32)]);
    expect(parseQuery(`${'a'.repeat(32)}${'b'.repeat(32)}`)).toEqual(['a'.repeat(32), 'b'.repeat(32)]);
  });

  it('ほかの語の一部である語は捨て、どれにも含まれない語はすべて残す（順はそのまま）', () => {
    expect(parseQuery('LGWAN 接続 LGWAN接続系 端末')).toEqual(['lgwan接続系', '端末']);
    expect(parseQuery('費用 補助 交付税')).toEqual(['費用', '補助', '交付税']);
  });
});

describe('queryParts：順位づけに使う問い合わせの部分', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('文字列でなければ空（例外にしない）', () => {
    expect(queryParts(12)).toEqual([]);
    expect(queryParts(undefined)).toEqual([]);
    expect(queryParts({ length: 3 })).toEqual([]);
  });

  it('句読点や記号は部分にならない', () => {
    expect(queryParts('テレワーク、費用')).toEqual(['テレワーク', '費用']);
    expect(queryParts('テレワーク。費用！')).toEqual(['テレワーク', '費用']);
  });

  it('既定では Intl.Segmenter で分ける（「申し込み」は一語のまま。文字種の切れ目では分けない）', () => {
    expect(queryParts('申し込み方法')).toEqual(['申シ込ミ', '方法']);
    expect(queryParts('申し込み方法', false)).toEqual(['申', '込', '方法']);
  });

  it('200文字を超えた部分は、語に分ける前に読まない', () => {
    const q = `ア${'の'.repeat(198)}イウエオ`;
    expect(queryParts(q, false)).toEqual(['ア', 'イ']);
    expect(queryParts(q)).toEqual(['ア', 'イ']);
  });

  it('読みのない部分だけなら空で、segmentQuery も何も足さない', () => {
    expect(scriptRuns('のに、')).toEqual([]);
    expect(queryParts('のに', false)).toEqual([]);
    expect(segmentQuery('のに', false)).toEqual([]);
  });
});

describe('Intl.Segmenter のない環境', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('Intl.Segmenter があれば読み込み直しても同じくそれで分ける', async () => {
    const q = await freshQuery();
    expect(q.queryParts('申し込み方法')).toEqual(['申シ込ミ', '方法']);
    expect(q.queryParts('働き方改革とは')).toEqual(['働キ', '方', '改革']);
  });

  it('ICU が切ったカタカナ語はつなぎ直す（テレ|ワーク → テレワーク）が、別の語はつながない', async () => {
    const q = await freshQuery();
    expect(q.queryParts('テレワーク')).toEqual(['テレワーク']);
    expect(q.queryParts('ログイン時')).toEqual(['ログイン', '時']);
  });

  it('1〜3文字のひらがなの語は助詞として落とし、4文字以上のひらがなの語は残す', async () => {
    const q = await freshQuery();
    expect(q.queryParts('まで')).toEqual([]);
    expect(q.queryParts('ふるさと')).toEqual(['フルサト']);
  });

  it('漢字・カタカナの語と並ぶひらがなだけの語（について）は落とし、ひらがなで始まる語（お知らせ）は残す', async () => {
    const q = await freshQuery();
    expect(q.queryParts('テレワークについて')).toEqual(['テレワーク']);
    expect(q.queryParts('お知らせメール')).toEqual(['オ知ラセ', 'メール']);
  });

  it('Intl に Segmenter がなければ文字種の切れ目で分ける（例外にしない）', async () => {
    vi.stubGlobal('Intl', { ...Object.fromEntries(Object.getOwnPropertyNames(Intl).filter((k) => k !== 'Segmenter').map((k) => [k, (Intl as unknown as Record<string, unknown>)[k]])) });
    const q = await freshQuery();
    expect(q.queryParts('申し込み方法')).toEqual(['申', '込', '方法']);
    expect(q.segmentQuery('テレワーク導入に係る費用')).toEqual(['テレワーク', '導入', '係', '費用']);
  });

  it('Intl.Segmenter がなくても、英数字の語は1文字でも、- や . を挟んでも一語にし、末尾の . は含めない', async () => {
    vi.stubGlobal('Intl', {});
    const q = await freshQuery();
    expect(q.scriptRuns('Wi-Fi と VPN、A の案、ver.2.0.')).toEqual(['Wi-Fi', 'VPN', 'A', '案', 'ver.2.0']);
    expect(q.queryParts('Wi-Fiの設定')).toEqual(['wi-fi', '設定']);
  });

  it('Intl そのものがなくても文字種の切れ目で分ける（例外にしない）', async () => {
    vi.stubGlobal('Intl', undefined);
    const q = await freshQuery();
    expect(q.queryParts('申し込み方法')).toEqual(['申', '込', '方法']);
  });
});
}
