import { describe, expect, it } from 'vitest';
import { addTasks, describeAdd, editTask, leftoverLines, MAX_NAME, MAX_TASKS, moveTask, parseLines, removeTask, undoRemove, idMaker } from '../../src/lib/inventory/tasks';
import { InventoryStateSchema } from '../../src/schemas/state/inventory';

const counter = () => {
  let n = 0;
  return () => `id${n++}`;
};

describe('業務の一覧の操作', () => {
  it('追加: 1件を前後の空白を除いて追加する', () => {
    const r = addTasks([], [{ name: '  議事録の作成　', unit: ' 総務課 ' }], counter());
    expect(r.tasks).toEqual([{ id: 'id0', name: '議事録の作成', unit: '総務課', memo: '', override: '' }]);
    expect(r.added).toBe(1);
  });

  it('貼り付け: 1行1件、空行は読み飛ばし、重複は報告して追加しない', () => {
    const r = addTasks([], parseLines('議事録の作成\n\n  \r\n住民票の交付\r\n議事録の作成\nギジロクの作成\n'), counter());
    expect(r.tasks.map((t) => t.name)).toEqual(['議事録の作成', '住民票の交付', 'ギジロクの作成']);
    expect(r.duplicates).toEqual(['議事録の作成']);
    expect(r.empty).toBe(3);
    expect(describeAdd(r)).toContain('3件を追加しました。');
    expect(describeAdd(r)).toContain('1件は追加していません');
    expect(leftoverLines(r)).toBe('議事録の作成');
  });

  it('重複: 全角・半角やひらがな・カタカナの違いは同じ業務とみなす', () => {
    const r = addTasks([], [{ name: 'ＷＥＢ会議' }, { name: 'web会議' }, { name: 'ぎじろく' }, { name: 'ギジロク' }], counter());
    expect(r.added).toBe(2);
    expect(r.duplicates).toEqual(['web会議', 'ギジロク']);
  });

  it('重複: 所属が違えば別の業務として追加する', () => {
    const r = addTasks([], parseLines('会計事務\t総務課\n会計事務\t税務課'), counter());
    expect(r.tasks.map((t) => [t.name, t.unit])).toEqual([['会計事務', '総務課'], ['会計事務', '税務課']]);
  });

  it('上限: 1,000件を超える分は追加せず、何件追加しなかったかを伝える', () => {
    const lines = Array.from({ length: 1005 }, (_, i) => `業務${i + 1}`).join('\n');
    const r = addTasks([], parseLines(lines), counter());
    expect(r.tasks).toHaveLength(MAX_TASKS);
    expect(r.overLimit).toHaveLength(5);
    expect(describeAdd(r)).toContain('5件は追加していません（最初は「業務1001」）');
    expect(InventoryStateSchema.safeParse({ department: '', tasks: r.tasks, updatedAt: '' }).success).toBe(true);
  });

  it('長すぎる名前: 追加せず、貼り付け欄に残す', () => {
    const long = 'あ'.repeat(MAX_NAME + 1);
    const r = addTasks([], [{ name: long }, { name: '議事録' }], counter());
    expect(r.tooLong).toEqual([long]);
    expect(leftoverLines(r)).toBe(long);
    expect(describeAdd(r)).toContain(`${MAX_NAME}文字を超える`);
  });

  it('マークアップ: 業務名は文字列のまま保存する', () => {
    const r = addTasks([], [{ name: '<img src=x onerror=alert(1)>' }], counter());
    expect(r.tasks[0]!.name).toBe('<img src=x onerror=alert(1)>');
  });

  it('編集: 名前・所属・メモ・レベルを変え、空の名前と重複は断る', () => {
    const { tasks } = addTasks([], parseLines('議事録の作成\n住民票の交付'), counter());
    const ok = editTask(tasks, 'id0', { name: '会議録の作成', memo: '週1回', override: 'lv2' });
    expect(ok.ok && ok.tasks[0]).toMatchObject({ name: '会議録の作成', memo: '週1回', override: 'lv2' });
    expect(editTask(tasks, 'id0', { name: '  ' })).toEqual({ ok: false, message: '業務名を入力してください。' });
    expect(editTask(tasks, 'id0', { name: '住民票の交付' }).ok).toBe(false);
    expect(editTask(tasks, 'nope', { name: 'x' }).ok).toBe(false);
    const bad = editTask(tasks, 'id0', { override: 'lv9' });
    expect(bad.ok && bad.tasks[0]!.override).toBe('');
  });

  it('並べ替え: 上へ・下へ動かし、端では動かさない', () => {
    const { tasks } = addTasks([], parseLines('A\nB\nC'), counter());
    expect(moveTask(tasks, 'id2', -1).map((t) => t.name)).toEqual(['A', 'C', 'B']);
    expect(moveTask(tasks, 'id0', 1).map((t) => t.name)).toEqual(['B', 'A', 'C']);
    expect(moveTask(tasks, 'id0', -1)).toBe(tasks);
    expect(moveTask(tasks, 'id2', 1)).toBe(tasks);
  });

  it('削除と元に戻す: 元の位置に戻る', () => {
    const { tasks } = addTasks([], parseLines('A\nB\nC'), counter());
    const r = removeTask(tasks, 'id1');
    expect(r.tasks.map((t) => t.name)).toEqual(['A', 'C']);
    expect(undoRemove(r.tasks, r.removed!).map((t) => t.name)).toEqual(['A', 'B', 'C']);
    expect(undoRemove(tasks, r.removed!)).toBe(tasks);
    expect(removeTask(tasks, 'nope').removed).toBeNull();
  });

  it('id: 同じ時刻でも重ならない', () => {
    const make = idMaker(() => 1);
    const ids = new Set(Array.from({ length: 100 }, make));
    expect(ids.size).toBe(100);
  });
});
