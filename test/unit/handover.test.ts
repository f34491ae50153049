/**
 * Unit tests of src/lib/handover.ts.
 */
import { describe, expect, it } from 'vitest';
import { mergeFiles } from '../../src/lib/state-file';
import { handoverLines, handoverRows } from '../../src/lib/handover';
import { files } from './support/two-offices';

/**
 * Merging a colleague's file (「合わせて読み込む」), the preview shown before it, the store's
 * backups and 「元に戻す」, throttled writes, and the 引き継ぎ note.
 */
describe('引き継ぎメモ（handoverRows・handoverLines）', () => {
  it('変更のあった単位を、新しい順に、いつ・何を・誰がと示す；名前は合併で勝った単位についてくる', () => {
    const m = mergeFiles(files().jinji, files().joho);
    expect(handoverRows(m).map((r) => [r.label, r.by])).toEqual([
      ['自己診断の回答', '情報政策課 佐藤'],
      ['ステップ4の進捗', ''],
      ['ステップ1の進捗', '人事課 山田'],
      ['団体の情報', '人事課 山田'],
    ]);
    const lines = handoverLines(m, (iso) => iso.slice(0, 10));
    expect(lines[2]).toBe('2026-05-02　ステップ1の進捗（人事課 山田）');
    // Never a tab id: a unit without a name says so.
    expect(lines[1]).toBe('2026-06-01　ステップ4の進捗（変更した人の記録なし）');
    expect(lines.join('')).not.toMatch(/\bit\b|\bhr\b|ブラウザ/);
  });
});
