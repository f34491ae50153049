/**
 * The task list operations (src/lib/inventory/tasks.ts): add, paste, edit, move, delete with
 * undo, the answers in bulk, their edges (length and list limits, reports, refused edits), and
 * the saved shape (src/schemas/state/inventory.ts), old data without answers included.
 */
import { describe, expect, it } from 'vitest';
import {
  addTasks, cleanField, confirmEstimates, describeAdd, editTask, idMaker, leftoverLines, MAX_MEMO, MAX_NAME, MAX_TASKS, MAX_UNIT,
  moveTask, parseLines, removeTask, setAnswers, undoRemove, type AddReport,
} from '../../../src/lib/inventory/tasks';
import { InventoryStateSchema, TaskRowSchema, type TaskRow } from '../../../src/schemas/state/inventory';

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

const ids = () => {
  let n = 0;
  return () => `id${n++}`;
};
const row = (id: string, name: string, unit = ''): TaskRow => ({ id, name, unit, memo: '', override: '' });
const report = (over: Partial<AddReport>): AddReport => ({ tasks: [], added: 0, duplicates: [], tooLong: [], overLimit: [], empty: 0, ...over });

describe('上限の値', () => {
  it('業務名200字・所属100字・メモ1000字・一覧1000件（保存形式の上限に合わせる）', () => {
    expect([MAX_NAME, MAX_UNIT, MAX_MEMO, MAX_TASKS]).toEqual([200, 100, 1000, 1000]);
  });
});

describe('cleanField：欄の整え方', () => {
  it('改行とタブは1つの空白にし、NUL 文字は除き、前後の空白を除く', () => {
    expect(cleanField('  庶務\r\n\t事務  ')).toBe('庶務 事務');
    expect(cleanField('a\u0000b')).toBe('ab');
    expect(cleanField('a\n\nb')).toBe('a b');
  });
});

describe('addTasks：追加の境界', () => {
  it('業務名はちょうど200字なら追加し、201字なら長すぎるとして残す', () => {
    const r = addTasks([], [{ name: 'あ'.repeat(MAX_NAME) }, { name: 'い'.repeat(MAX_NAME + 1) }], ids());
    expect(r.added).toBe(1);
    expect(r.tasks[0]!.name).toHaveLength(MAX_NAME);
    expect(r.tooLong).toEqual(['い'.repeat(MAX_NAME + 1)]);
  });

  it('所属は100字で、メモは前後の空白を除いて1000字で切る', () => {
    const r = addTasks([], [{ name: '窓口', unit: 'u'.repeat(MAX_UNIT + 5), memo: `  ${'m'.repeat(MAX_MEMO + 5)}` }], ids());
    expect(r.tasks[0]!.unit).toBe('u'.repeat(MAX_UNIT));
    expect(r.tasks[0]!.memo).toBe('m'.repeat(MAX_MEMO));
  });

  it('レベルの指定は lv1〜lv4 だけを受け取り、それ以外は空（自動の判定に任せる）', () => {
    const r = addTasks([], ['lv1', 'lv4', 'lv5', 'xlv1', 'lv1x', undefined].map((override, i) => ({ name: `業務${i}`, ...(override ? { override } : {}) })), ids());
    expect(r.tasks.map((t) => t.override)).toEqual(['lv1', 'lv4', '', '', '', '']);
    expect(r.tasks.every((t) => t.memo === '' && t.unit === '')).toBe(true);
  });

  it('一覧が999件なら1件だけ追加し、残りは上限超えとして報告する', () => {
    const existing = Array.from({ length: MAX_TASKS - 1 }, (_, i) => row(`e${i}`, `既存${i}`));
    const r = addTasks(existing, [{ name: '新A' }, { name: '新B' }, { name: '新C' }], ids());
    expect(r.added).toBe(1);
    expect(r.tasks).toHaveLength(MAX_TASKS);
    expect(r.overLimit).toEqual(['新B', '新C']);
  });

  it('同じ貼り付けの中の重複も2件目からは追加しない。元の一覧は変えない', () => {
    const before = [row('a', '庶務')];
    const r = addTasks(before, [{ name: '会計' }, { name: '会計' }, { name: '庶務' }, { name: '   ' }], ids());
    expect(r.tasks.map((t) => t.name)).toEqual(['庶務', '会計']);
    expect(r.duplicates).toEqual(['会計', '庶務']);
    expect(r.empty).toBe(1);
    expect(before).toHaveLength(1);
    expect(r.tasks.map((t) => t.id)).toEqual(['a', 'id0']);
  });
});

describe('parseLines：貼り付けた文字列', () => {
  it('CRLF・CR・LF のどれでも1行1件、タブの後ろは所属', () => {
    expect(parseLines(' 庶務 \r\n会計\t 総務課 \r窓口\nx\ty\tz')).toEqual([
      { name: '庶務', unit: '' },
      { name: '会計', unit: '総務課' },
      { name: '窓口', unit: '' },
      { name: 'x', unit: 'y' },
    ]);
  });
});

describe('leftoverLines と describeAdd：報告', () => {
  it('追加しなかった行を、重複・長すぎ・上限超えの順に1行ずつ返す', () => {
    expect(leftoverLines(report({ duplicates: ['a'], tooLong: ['b'], overLimit: ['c', 'd'] }))).toBe('a\nb\nc\nd');
    expect(leftoverLines(report({}))).toBe('');
  });

  it('すべて追加できたときは件数だけを伝える', () => {
    expect(describeAdd(report({ added: 12 }))).toBe('12件を追加しました。');
  });

  it('重複は3件まで名前を挙げ、4件以上は「ほか」を付ける', () => {
    expect(describeAdd(report({ duplicates: ['a', 'b', 'c'] }))).toBe('0件を追加しました。すでにある業務と同じ名前（同じ所属）のため3件は追加していません（「a」「b」「c」）。');
    expect(describeAdd(report({ duplicates: ['a', 'b', 'c', 'd'] }))).toBe('0件を追加しました。すでにある業務と同じ名前（同じ所属）のため4件は追加していません（「a」「b」「c」ほか）。');
  });

  it('長すぎ・上限超え・空行もそれぞれ件数を伝える', () => {
    expect(describeAdd(report({ added: 1, tooLong: ['x'], overLimit: ['最初', '次'], empty: 2 }))).toBe(
      '1件を追加しました。業務名が200文字を超えるため1件は追加していません。短くしてから追加してください。' +
        '一覧は1000件までのため、2件は追加していません（最初は「最初」）。一覧を分けて作成してください。' +
        '空の行2行は読み飛ばしました。',
    );
  });
});

describe('editTask：編集の境界', () => {
  const tasks = [row('a', '庶務', '総務課'), row('b', '会計')];

  it('一覧にない業務は断る', () => {
    expect(editTask(tasks, 'zz', { name: 'x' })).toEqual({ ok: false, message: 'この業務は一覧にありません。' });
  });

  it('空の名前、201字の名前、ほかの業務と同じ名前と所属は、それぞれの理由で断る', () => {
    expect(editTask(tasks, 'a', { name: ' \n ' })).toEqual({ ok: false, message: '業務名を入力してください。' });
    expect(editTask(tasks, 'a', { name: 'あ'.repeat(MAX_NAME + 1) })).toEqual({ ok: false, message: '業務名は200文字以内で入力してください。' });
    expect(editTask(tasks, 'a', { name: '会計', unit: '' })).toEqual({ ok: false, message: '「会計」は一覧にすでにあります。' });
  });

  it('200字の名前、自分と同じ名前、所属が違う同名は受け付ける', () => {
    expect(editTask(tasks, 'a', { name: 'あ'.repeat(MAX_NAME) }).ok).toBe(true);
    expect(editTask(tasks, 'a', { memo: 'メモ' }).ok).toBe(true);
    const r = editTask(tasks, 'a', { name: '会計' });
    expect(r).toEqual({ ok: true, tasks: [row('a', '会計', '総務課'), tasks[1]] });
  });

  it('名前と所属を整え、所属は100字・メモは1000字で切り、不正なレベル指定は空にする', () => {
    const r = editTask(tasks, 'b', { name: ' 会計\t処理 ', unit: `u\n${'v'.repeat(MAX_UNIT)}`, memo: 'm'.repeat(MAX_MEMO + 1), override: 'lv7' });
    expect(r.ok).toBe(true);
    const t = (r as { tasks: TaskRow[] }).tasks[1]!;
    expect(t.name).toBe('会計 処理');
    expect(t.unit).toBe(`u ${'v'.repeat(MAX_UNIT - 2)}`);
    expect(t.memo).toHaveLength(MAX_MEMO);
    expect(t.override).toBe('');
    expect((editTask(tasks, 'b', { override: 'lv3' }) as { tasks: TaskRow[] }).tasks[1]!.override).toBe('lv3');
    expect((editTask(tasks, 'b', { override: '' }) as { tasks: TaskRow[] }).tasks[1]!.override).toBe('');
  });
});

describe('moveTask・removeTask・undoRemove・idMaker', () => {
  const list = [row('a', 'A'), row('b', 'B'), row('c', 'C')];

  it('先頭を上へ、末尾を下へ、ない業務を動かしても同じ一覧を返す', () => {
    expect(moveTask(list, 'a', -1)).toBe(list);
    expect(moveTask(list, 'c', 1)).toBe(list);
    expect(moveTask(list, 'zz', 1)).toBe(list);
    expect(moveTask(list, 'b', 1).map((t) => t.id)).toEqual(['a', 'c', 'b']);
    expect(moveTask(list, 'b', -1).map((t) => t.id)).toEqual(['b', 'a', 'c']);
  });

  it('ない業務の削除は何もしない。削除した位置を覚えて元に戻す', () => {
    expect(removeTask(list, 'zz')).toEqual({ tasks: list, removed: null });
    const r = removeTask(list, 'b');
    expect(r.removed).toEqual({ task: list[1], index: 1 });
    expect(undoRemove(r.tasks, r.removed!).map((t) => t.id)).toEqual(['a', 'b', 'c']);
  });

  it('一覧が短くなっていれば末尾に戻し、すでにあれば二重に戻さない', () => {
    const r = removeTask(list, 'c');
    const shorter = removeTask(r.tasks, 'b').tasks;
    expect(undoRemove(shorter, r.removed!).map((t) => t.id)).toEqual(['a', 'c']);
    expect(undoRemove(list, r.removed!)).toBe(list);
  });

  it('id は t ＋時刻（36進）＋通し番号（36進）', () => {
    const next = idMaker(() => 35);
    expect([next(), next()]).toEqual(['tz0', 'tz1']);
  });
});

describe('3つの問いの回答（まとめて）', () => {
  const list = [row('a', 'A'), row('b', 'B'), { ...row('c', 'C'), answers: { info: 'staff', system: '', place: '' } }];

  it('選んだ業務だけにその問いの回答を入れ、ほかの問いと業務はそのまま', () => {
    const out = setAnswers(list, new Set(['a', 'c']), 'info', 'resident');
    expect(out.map((t) => t.answers)).toEqual([{ info: 'resident', system: '', place: '' }, undefined, { info: 'resident', system: '', place: '' }]);
    expect(out[1]).toBe(list[1]);
    // nothing changes: the same list (the store saves nothing)
    expect(setAnswers(out, new Set(['a']), 'info', 'resident')).toBe(out);
    expect(setAnswers(list, new Set(['a']), 'info', 'mynumber')).toBe(list);
  });

  it('推定の確定: 未回答の問いだけに推定の値を入れ、回答済みは変えない', () => {
    const v = (x: string) => ({ value: x });
    const pre = new Map([['a', { info: v('none'), system: v('lgwan'), place: v('anywhere') }], ['c', { info: v('resident'), system: v('mynumber'), place: v('counter') }]]);
    const out = confirmEstimates(list, pre);
    expect(out.map((t) => t.answers)).toEqual([{ info: 'none', system: 'lgwan', place: 'anywhere' }, undefined, { info: 'staff', system: 'mynumber', place: 'counter' }]);
    expect(confirmEstimates(out, pre)).toBe(out);
  });

  it('CSV から来た回答は、正しい値だけを保存する', () => {
    const r = addTasks([], [{ name: 'A', answers: { info: 'resident', system: 'bogus', place: '' } }, { name: 'B', answers: { info: '', system: '', place: '' } }], ids());
    expect(r.tasks.map((t) => t.answers)).toEqual([{ info: 'resident', system: '', place: '' }, undefined]);
  });
});

describe('保存形式（回答は後から加えた任意の項目）', () => {
  it('回答のない旧いデータも、回答のあるデータも読め、回答のない業務は回答の項目を持たないまま', () => {
    const old = { department: '', tasks: [row('a', 'A')], updatedAt: '' };
    const r = InventoryStateSchema.safeParse(old);
    expect(r.success && r.data.tasks[0]).toEqual(row('a', 'A'));
    expect(r.success && 'answers' in r.data.tasks[0]!).toBe(false);
    expect(TaskRowSchema.safeParse({ ...row('a', 'A'), answers: { info: 'resident', system: 'lgwan', place: '' } }).success).toBe(true);
  });

  it('知らない回答・欠けた問い・余分な項目は断る', () => {
    expect(TaskRowSchema.safeParse({ ...row('a', 'A'), answers: { info: 'maybe', system: '', place: '' } }).success).toBe(false);
    expect(TaskRowSchema.safeParse({ ...row('a', 'A'), answers: { info: 'resident', system: '' } }).success).toBe(false);
    expect(TaskRowSchema.safeParse({ ...row('a', 'A'), answers: { info: '', system: '', place: '', x: '' } }).success).toBe(false);
    expect(TaskRowSchema.safeParse({ ...row('a', 'A'), answers: null }).success).toBe(false);
  });
});

describe('回答の登録・確定と削除の境目', () => {
  const seq = () => {
    let n = 0;
    return () => `id${n++}`;
  };
  const task = (id: string, answers?: TaskRow['answers']): TaskRow => ({ id, name: id, unit: '', memo: '', override: '', ...(answers ? { answers } : {}) });

  it('追加：回答が1つでもあれば3つとも残し（知らない値は空に）、どれもなければ answers を持たない。メモがなければ空', () => {
    const r = addTasks(
      [],
      [
        { name: '場所だけ', answers: { info: '', system: '', place: 'counter' } },
        { name: '知らない値', answers: { info: 'bogus', system: 'lgwan', place: 'x' } },
        { name: '空の回答', answers: { info: '', system: '', place: '' } },
        { name: 'メモなし' },
      ],
      seq(),
    );
    expect(r.tasks.map((t) => t.answers)).toEqual([{ info: '', system: '', place: 'counter' }, { info: '', system: 'lgwan', place: '' }, undefined, undefined]);
    expect(r.tasks.every((t) => t.memo === '')).toBe(true);
  });

  it('まとめて回答：回答のない業務には、その問いだけを入れ、ほかの問いは空のまま', () => {
    const out = setAnswers([task('a'), task('b', { info: 'staff', system: '', place: '' })], new Set(['a', 'b']), 'system', 'lgwan');
    expect(out.map((t) => t.answers)).toEqual([{ info: '', system: 'lgwan', place: '' }, { info: 'staff', system: 'lgwan', place: '' }]);
  });

  it('推定の確定：空の回答だけを推定で埋め、答えてある回答は変えない。1つでも埋めた業務は新しく、何も変わらなければ同じ一覧を返す', () => {
    const pre = (info: string, system: string, place: string) => ({ info: { value: info }, system: { value: system }, place: { value: place } });
    const tasks = [
      task('none'),
      task('info', { info: '', system: 'lgwan', place: 'anywhere' }),
      task('system', { info: 'none', system: '', place: 'anywhere' }),
      task('place', { info: 'none', system: 'lgwan', place: '' }),
      task('done', { info: 'staff', system: 'lgwan', place: 'anywhere' }),
    ];
    const map = new Map(tasks.map((t) => [t.id, pre('resident', 'mynumber', 'counter')]));
    const out = confirmEstimates(tasks, map);
    expect(out.map((t) => t.answers)).toEqual([
      { info: 'resident', system: 'mynumber', place: 'counter' },
      { info: 'resident', system: 'lgwan', place: 'anywhere' },
      { info: 'none', system: 'mynumber', place: 'anywhere' },
      { info: 'none', system: 'lgwan', place: 'counter' },
      { info: 'staff', system: 'lgwan', place: 'anywhere' },
    ]);
    // each task that got an answer is a new object; the one fully answered is the same object
    expect(out.map((t, i) => t === tasks[i])).toEqual([false, false, false, false, true]);
    // nothing to fill: the same list (no save, no change counted)
    const answered = [tasks[4]!];
    expect(confirmEstimates(answered, map)).toBe(answered);
  });

  it('削除：先頭の業務も消せ、元に戻す情報は位置0を持つ。ない id は何も消さない', () => {
    const tasks = [task('a'), task('b')];
    const r = removeTask(tasks, 'a');
    expect(r.tasks.map((t) => t.id)).toEqual(['b']);
    expect(r.removed).toEqual({ task: tasks[0], index: 0 });
    const none = removeTask(tasks, 'zz');
    expect(none).toEqual({ tasks, removed: null });
    expect(none.tasks).toBe(tasks);
  });
});
