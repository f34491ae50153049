/**
 * MDX → searchable text (src/lib/search/markdown.ts), the cases the other markdown tests leave
 * open: links written as HTML, indented and unusual Markdown marks, table rules in every form a
 * writer may type, and marks that only count at the start of a line.
 */
import { describe, expect, it } from 'vitest';
import { mdxToText, siteLinks, splitSections } from '../../src/lib/search/markdown';

describe('siteLinks：本文がリンクするサイト内のページ', () => {
  it('Markdown のリンクは、アンカーを除いたページにする', () => {
    expect(siteLinks('[チェックリスト](/steps/3/#checklist)と[実証](/support/lgwan-pilot/)')).toEqual(['/steps/3/', '/support/lgwan-pilot/']);
  });

  it('HTML の href（二重・一重引用符、アンカー付き）も拾う', () => {
    expect(siteLinks('<a href="/support/">支援策</a>')).toEqual(['/support/']);
    expect(siteLinks("<a href='/faq/'>よくある質問</a>")).toEqual(['/faq/']);
    expect(siteLinks('<a href="/steps/5/#rules">規程</a>')).toEqual(['/steps/5/']);
  });

  it('トップページ・用語集へのリンクと、同じページの2度目は含めない', () => {
    expect(siteLinks('[トップ](/)<a href="/">トップ</a>[用語](/glossary/#vpn)<a href="/glossary/#mdm">MDM</a>')).toEqual([]);
    expect(siteLinks('[A](/faq/)[B](/faq/#q2)<a href="/faq/">C</a>')).toEqual(['/faq/']);
  });

  it('用語集の下のページは含めず、/glossary/ で終わるだけの別のページは含める', () => {
    expect(siteLinks('[用語](/glossary/lgwan/)')).toEqual([]);
    expect(siteLinks('[手引きの用語](/guide/glossary/)')).toEqual(['/guide/glossary/']);
  });
});

describe('mdxToText：行頭でだけ意味を持つ記号', () => {
  it('行の途中の import・export・# ・> ・--- は本文の文字として残す', () => {
    expect(mdxToText('CSV を export する手順')).toBe('CSV を export する手順');
    expect(mdxToText('A # B')).toBe('A # B');
    expect(mdxToText('1>0 のとき')).toBe('1>0 のとき');
    expect(mdxToText('前 ---')).toBe('前 ---');
    expect(mdxToText('---- 続き')).toBe('---- 続き');
  });

  it('字下げした見出し・引用・箇条書きと、2桁の番号の記号も除く', () => {
    expect(mdxToText('  ## 見出し')).toBe('見出し');
    expect(mdxToText('  > 引用文')).toBe('引用文');
    expect(mdxToText('  - 入れ子の項目')).toBe('入れ子の項目');
    expect(mdxToText('10. 十番目\n11) 十一番目')).toBe('十番目 十一番目');
  });

  it('行の途中のコードブロックと縦線も語の区切りになる', () => {
    expect(mdxToText('前```コード```後')).toBe('前 後');
    expect(mdxToText('セル1|セル2')).toBe('セル1 セル2');
  });
});

describe('mdxToText：表の区切り線はどの書き方でも消す', () => {
  it.each([
    ['両端の縦線なし', 'A | B\n---|---\n1 | 2'],
    ['コロンなし', '| A | B |\n|---|---|\n| 1 | 2 |'],
    ['セルの中に空白', '| A | B |\n| --- | --- |\n| 1 | 2 |'],
    ['字下げ', '| A | B |\n  |---|---|\n| 1 | 2 |'],
    ['行末に空白', '| A | B |\n|---|---|  \n| 1 | 2 |'],
  ])('%s', (_what, md) => {
    expect(mdxToText(md)).toBe('A B 1 2');
  });

  it('1列・3列の表', () => {
    expect(mdxToText('| A |\n|---|\n| 1 |')).toBe('A 1');
    expect(mdxToText('| A | B | C |\n|---|:---:|---|\n| 1 | 2 | 3 |')).toBe('A B C 1 2 3');
  });
});

describe('splitSections：コードブロックの判定', () => {
  it('行の途中の ``` はコードブロックを始めない（後の見出しも節になる）', () => {
    const s = splitSections('前 ```x``` 後\n## 節\n本文');
    expect(s.map((x) => [x.depth, x.heading, x.text])).toEqual([
      [0, '', '前 後'],
      [2, '節', '本文'],
    ]);
  });

  it('字下げしたコードブロックの中の # も見出しにしない', () => {
    const s = splitSections('## 手順\n- 例：\n  ```sh\n# コメント\n  ```\n本文');
    expect(s.map((x) => [x.depth, x.heading])).toEqual([[2, '手順']]);
  });

  it('行の途中の # は見出しにしない', () => {
    const s = splitSections('## 節\n本文 # 記号');
    expect(s.map((x) => [x.depth, x.heading, x.text])).toEqual([[2, '節', '本文 # 記号']]);
  });
});
