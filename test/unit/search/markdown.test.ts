/**
 * Unit tests of src/lib/search/markdown.ts.
 */
import { describe, expect, it } from 'vitest';
import { mdxToText, slugify, splitSections, siteLinks } from '../../../src/lib/search/markdown';

{
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
}

/**
 * MDX → searchable text (src/lib/search/markdown.ts), construct by construct: what is dropped,
 * what keeps its text, and how headings split a body into sections and get their ids.
 */
{
describe('mdxToText：本文を検索用の平文にする', () => {
  it.each([
    ['MDX のコメント', '前{/* 編集メモ */}後', '前 後'],
    ['HTML のコメント', '前<!-- メモ -->後', '前 後'],
    ['import・export の行', "import X from './x';\n本文\nexport const y = 1;", '本文'],
    ['コードブロック', '前\n```ts\nconst secret = 1;\n```\n後', '前 後'],
  ])('%s は落とす', (_what, md, want) => {
    expect(mdxToText(md)).toBe(want);
  });

  it('ブロックのタグは語の区切りになり、インラインのタグは文字を続ける', () => {
    expect(mdxToText('<p>段落1</p><p>段落2</p>')).toBe('段落1 段落2');
    expect(mdxToText('<td>A</td><td>B</td><br/>C')).toBe('A B C');
    expect(mdxToText('在<strong>席</strong>確<Abbr title="x">認</Abbr>')).toBe('在席確認');
  });

  it('画像・リンク・参照リンクは表示される文字だけを残す', () => {
    expect(mdxToText('![体制図](/img/a.png)の説明')).toBe('体制図の説明');
    expect(mdxToText('[用語集](/glossary/#lgwan)を見る')).toBe('用語集を見る');
    expect(mdxToText('[手引き][guide]による')).toBe('手引きによる');
  });

  it('見出し・引用・箇条書き・番号付きの記号を行頭から除く', () => {
    expect(mdxToText('### 見出し')).toBe('見出し');
    expect(mdxToText('> 引用文\n>続き')).toBe('引用文 続き');
    expect(mdxToText('- 一つ\n* 二つ\n+ 三つ\n1. 四つ\n2) 五つ')).toBe('一つ 二つ 三つ 四つ 五つ');
    // Inside a line these marks are text.
    expect(mdxToText('A - B + C')).toBe('A - B + C');
  });

  it('表は区切り線を除き、セルの縦線を空白にする', () => {
    expect(mdxToText('| 項目 | 内容 |\n|:---|---:|\n| 勤怠 | 管理 |')).toBe('項目 内容 勤怠 管理');
  });

  it('強調（**・__・*）とインラインコードの記号を除き、文字は残す', () => {
    expect(mdxToText('**重要**と__強調__と*斜体*と`code`')).toBe('重要と強調と斜体とcode');
    expect(mdxToText('2 * 3 = 6')).toBe('2 * 3 = 6');
  });

  it('バックスラッシュのエスケープと文字参照を元の文字に戻す', () => {
    expect(mdxToText('1\\. 2\\# \\_x\\_ \\(注\\)')).toBe('1. 2# _x_ (注)');
    expect(mdxToText('A&nbsp;B &amp; C &lt;D&gt;')).toBe('A B & C <D>');
  });

  it('空白の連続を1つにし、前後を切り詰める', () => {
    expect(mdxToText('\n\n  前   後 \n')).toBe('前 後');
  });
});

describe('splitSections：見出しごとの節', () => {
  it('コードブロックの中の # は見出しにしない', () => {
    const s = splitSections('## 節\n```sh\n# コメント\n```\n本文');
    expect(s).toEqual([{ depth: 2, heading: '節', text: '本文' }]);
  });

  it('閉じの # と見出しの中の記号を除き、最初の見出しより前が空なら節にしない', () => {
    const s = splitSections('## **体制** ##\n本文\n#### 深い見出し\n');
    expect(s.map((x) => [x.depth, x.heading, x.text])).toEqual([
      [2, '体制', '本文'],
      [4, '深い見出し', ''],
    ]);
  });

  it('CRLF の改行も行として扱い、# の後に空白のない行は見出しにしない', () => {
    const s = splitSections('前置き\r\n## 節\r\n#タグ\r\n本文');
    expect(s.map((x) => [x.depth, x.heading, x.text])).toEqual([
      [0, '', '前置き'],
      [2, '節', '#タグ 本文'],
    ]);
  });
});

describe('slugify：見出しの id', () => {
  it('記号を除き、空白はそれぞれハイフンにし、英字は小文字にする', () => {
    expect(slugify('Step 1: 準備・体制 (案)')).toBe('step-1-準備体制-案');
    expect(slugify('a  b')).toBe('a--b');
    expect(slugify('snake_case-ok')).toBe('snake_case-ok');
  });

  it('同じ見出しは2つ目から -1、-2 と番号を付け、番号は見出しごとに数える', () => {
    const seen = new Map<string, number>();
    expect(['同じ', '同じ', '別', '同じ', '別'].map((h) => slugify(h, seen))).toEqual(['同じ', '同じ-1', '別', '同じ-2', '別-1']);
  });

  it('見出しの記録を渡さなければ毎回番号なし', () => {
    expect(slugify('同じ')).toBe('同じ');
    expect(slugify('同じ')).toBe('同じ');
  });
});
}

/**
 * MDX → searchable text (src/lib/search/markdown.ts), the cases the other markdown tests leave
 * open: links written as HTML, indented and unusual Markdown marks, table rules in every form a
 * writer may type, and marks that only count at the start of a line.
 */
{
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
}

/**
 * MDX → plain text for search (src/lib/search/markdown.ts): what a writer escapes with a
 * backslash is text, not a mark.
 */
{
describe('mdxToText：バックスラッシュでエスケープした記号', () => {
  it('\\* で囲んだ語は強調ではなく、アスタリスクを残す', () => {
    expect(mdxToText('\\*注\\*')).toBe('*注*');
    expect(mdxToText('本文\\*注\\*の説明')).toBe('本文*注*の説明');
  });

  it('エスケープしていない強調は従来どおり記号を外す', () => {
    expect(mdxToText('*注*')).toBe('注');
    expect(mdxToText('**重要**')).toBe('重要');
  });

  it('エスケープした行頭の - や # は箇条書き・見出しとして消さない', () => {
    expect(mdxToText('\\- 項目')).toBe('- 項目');
    expect(mdxToText('\\# 番号')).toBe('# 番号');
  });

  it('エスケープした角かっこはリンクとして扱わない', () => {
    expect(mdxToText('\\[注\\](参考)')).toBe('[注](参考)');
  });

  it('\\\\ は 1 文字のバックスラッシュになり、続く * は強調の記号として働く', () => {
    expect(mdxToText('\\\\*強調*')).toBe('\\強調');
  });
});
}
