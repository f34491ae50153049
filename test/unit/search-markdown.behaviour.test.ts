/**
 * MDX → searchable text (src/lib/search/markdown.ts), construct by construct: what is dropped,
 * what keeps its text, and how headings split a body into sections and get their ids.
 */
import { describe, expect, it } from 'vitest';
import { mdxToText, slugify, splitSections } from '../../src/lib/search/markdown';

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
