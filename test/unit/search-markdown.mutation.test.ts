/**
 * MDX → plain text for search (src/lib/search/markdown.ts): what a writer escapes with a
 * backslash is text, not a mark.
 */
import { describe, expect, it } from 'vitest';
import { mdxToText } from '../../src/lib/search/markdown';

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
