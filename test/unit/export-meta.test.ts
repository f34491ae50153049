/**
 * Unit tests of src/lib/export-meta.ts.
 */
import { describe, expect, it } from 'vitest';
import { dismissReminder, emptyExportMeta, noteChange, noteExport, parseExportMeta, REMIND_AFTER_CHANGES, shouldRemindExport, type ExportMeta } from '../../src/lib/export-meta';

{
const T0 = '2026-11-21T09:00:00.000Z';
const T1 = '2026-11-21T10:00:00.000Z';

describe('書き出しの声かけ（しつこくしない）', () => {
  const after = (n: number, m: ExportMeta = emptyExportMeta()) => Array.from({ length: n }).reduce<ExportMeta>((a) => noteChange(a), m);
  it.each([
    ['変更なし', 0, false, false],
    [`変更が${REMIND_AFTER_CHANGES - 1}回`, REMIND_AFTER_CHANGES - 1, false, false],
    [`変更が${REMIND_AFTER_CHANGES}回`, REMIND_AFTER_CHANGES, false, true],
    ['ステップを完了にした', 1, true, true],
  ] as const)('%s → 声かけ %s', (_l, n, completed, remind) => {
    let m = after(n);
    if (completed) m = noteChange(m, { completed: true });
    expect(shouldRemindExport(m)).toBe(remind);
  });
  it('閉じたら次に書き出すまで出さない', () => {
    let m = dismissReminder(noteChange(emptyExportMeta(), { completed: true }));
    expect(shouldRemindExport(m)).toBe(false);
    m = after(100, m);
    expect(shouldRemindExport(m)).toBe(false);
  });
  it('書き出すと数え直し、閉じた状態も戻る', () => {
    const m = noteExport(dismissReminder(after(30)), T1);
    expect(m).toEqual({ lastExportAt: T1, changes: 0, completed: false, dismissed: false });
    expect(shouldRemindExport(after(REMIND_AFTER_CHANGES, m))).toBe(true);
  });
  it.each([
    ['null', null],
    ['壊れたJSON', '{'],
    ['型が違う', '{"changes":"many","completed":"yes","lastExportAt":5}'],
    ['負の数', '{"changes":-3}'],
  ])('記録が読めないとき（%s）は未書き出しとして扱う', (_l, raw) => {
    expect(parseExportMeta(raw)).toEqual(emptyExportMeta());
  });
  it('記録を読み戻せる', () => {
    const m: ExportMeta = { lastExportAt: T0, changes: 4, completed: true, dismissed: false };
    expect(parseExportMeta(JSON.stringify(m))).toEqual(m);
  });
});
}

{
describe('書き出しのすすめの記録を読む（parseExportMeta）', () => {
  it('回数は0以上の数だけを、小数は切り捨てて読み、ほかは0', () => {
    const read = (changes: unknown) => parseExportMeta(JSON.stringify({ changes })).changes;
    expect(read(3.7)).toBe(3);
    expect(read(0)).toBe(0);
    expect(read(-2)).toBe(0);
    expect(read('5')).toBe(0);
    expect(read(null)).toBe(0);
  });

  it('閉じた・完了したは true のときだけ。記録がなければ書き出し前の状態', () => {
    expect(parseExportMeta(JSON.stringify({ lastExportAt: 'x', changes: 2, completed: true, dismissed: true }))).toEqual({ lastExportAt: 'x', changes: 2, completed: true, dismissed: true });
    expect(parseExportMeta(JSON.stringify({ completed: 'yes', dismissed: 1 }))).toMatchObject({ completed: false, dismissed: false });
    expect(parseExportMeta(null)).toEqual(emptyExportMeta());
    expect(parseExportMeta('')).toEqual(emptyExportMeta());
  });
});
}
