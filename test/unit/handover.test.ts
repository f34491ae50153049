/**
 * Unit tests of src/lib/handover.ts.
 */
import { describe, expect, it } from 'vitest';
import { emptyState } from '../../src/lib/storage';
import { mergeFiles } from '../../src/lib/state-file';
import { handoverLines, handoverRows } from '../../src/lib/handover';
import { STEP_STATUSES } from '../../src/schemas/state/tracker';
import type { SavedState } from '../../src/schemas/state/envelope';

/**
 * Merging a colleague's file (「合わせて読み込む」), the preview shown before it, the store's
 * backups and 「元に戻す」, throttled writes, and the 引き継ぎ note.
 */
const T = '2026-06-01T00:00:00.000Z';

const step = (memo: string, status: (typeof STEP_STATUSES)[number] = '進行中', at = T) => ({ status, checked: [], owner: '', due: '', memo, updatedAt: at });

/** 人事課's file and 情報政策課's file: one unit each, and step-01 changed in both. */
function files(): { jinji: SavedState; joho: SavedState } {
  const jinji = emptyState(T);
  jinji.profile = { name: '〇〇市', department: '人事課', updatedAt: '2026-05-01T00:00:00.000Z' };
  jinji.tracker.steps['step-01'] = step('人事のメモ', '完了', '2026-05-02T00:00:00.000Z');
  jinji.revisions = { profile: '3.hr', 'tracker.step-01': '5.hr' };
  jinji.generation = '2.hr.restore';
  jinji.authors = { profile: '人事課 山田', 'tracker.step-01': '人事課 山田' };
  const joho = emptyState(T);
  joho.tracker.steps['step-01'] = step('情報政策のメモ', '進行中', '2026-05-03T00:00:00.000Z');
  joho.tracker.steps['step-04'] = step('端末の調達');
  joho.diagnosis = { answers: { q1: 'yes' }, profile: {}, updatedAt: T };
  joho.revisions = { 'tracker.step-01': '4.it', 'tracker.step-04': '1.it', diagnosis: '2.it' };
  joho.authors = { 'tracker.step-01': '情報政策課 佐藤', diagnosis: '情報政策課 佐藤' };
  return { jinji, joho };
}

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
