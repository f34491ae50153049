/**
 * Query handling (src/lib/search/query.ts) beyond search-query.behaviour.test.ts: how a query is
 * cut into terms and word-split into parts, with Intl.Segmenter and on platforms without it
 * (old browsers on thin clients). Everything runs inside each `it` (mutation testing needs that).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseQuery, queryParts, scriptRuns, segmentQuery } from '../../src/lib/search/query';

/** query.ts loaded afresh, so that it looks for Intl.Segmenter again (it keeps the one it found). */
async function freshQuery() {
  vi.resetModules();
  return import('../../src/lib/search/query');
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('parseQuery：語への分け方', () => {
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
