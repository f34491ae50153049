/**
 * The store's promises to the islands (src/lib/saved-store.ts) that the scenario tests leave
 * implicit: what a page shows before anything is read, that an update or replace before load()
 * still reads the saved data first, when listeners hear nothing, what another tab clearing
 * storage does, the export reminder's flags, and the small actions (acknowledge, dismiss,
 * persisted, unsubscribe).
 */
import { describe, expect, it } from 'vitest';
import { createSavedStore, initialSnapshot, type SavedStore } from '../../src/lib/saved-store';
import { emptyState, listBackups, saveState, STORAGE_KEY, UNAVAILABLE_MESSAGE } from '../../src/lib/storage';
import { setStatus } from '../../src/lib/tracker';
import { emptyExportMeta, EXPORT_META_KEY } from '../../src/lib/export-meta';
import type { SavedState } from '../../src/schemas/state/envelope';
import { FakeStorage } from './support/fake-storage';

const T0 = '2026-11-21T09:00:00.000Z';
function clock(start: string) {
  let t = Date.parse(start);
  return () => new Date((t += 1000)).toISOString();
}
const store = (st: FakeStorage | null, id: string): SavedStore => createSavedStore({ storage: st, now: clock(T0), tabId: id });
const stored = (st: FakeStorage): SavedState => JSON.parse(st.map.get(STORAGE_KEY)!);
const named = (name: string): SavedState => {
  const s = emptyState(T0);
  s.profile = { name, department: '', updatedAt: T0 };
  s.revisions = { profile: '1.x' };
  return s;
};

describe('読み込む前の画面（initialSnapshot）', () => {
  it('何も読んでいない・知らせることもない：空の状態、保存できる前提、文言はすべて空', () => {
    expect(initialSnapshot()).toEqual({
      state: emptyState(), ready: false, available: true, loadMessage: '', backupKey: '', saveError: '', persisted: null,
      external: '', generationNotice: '', unreadable: '', exportMeta: emptyExportMeta(), undo: null, backupsVersion: 0, resetSections: [], author: '',
    });
  });
});

describe('load() の前の操作', () => {
  it('load() を呼ぶ前の update でも、保存済みの内容を読んでから変更する', () => {
    const st = new FakeStorage();
    saveState(st, named('〇〇町'), T0);
    const s = store(st, 'a');
    s.update('tracker', (t) => setStatus(t, 'step-01', '進行中', T0));
    expect(s.getSnapshot().ready).toBe(true);
    expect(stored(st).profile.name).toBe('〇〇町');
    expect(stored(st).tracker.steps['step-01']?.status).toBe('進行中');
  });

  it('load() を呼ぶ前の replace でも、読み込み済みとして扱う', () => {
    const st = new FakeStorage();
    const s = store(st, 'a');
    s.replace(named('復元町'));
    expect(s.getSnapshot().ready).toBe(true);
    expect(stored(st).profile.name).toBe('復元町');
  });

  it('読み込む前に届いた storage イベントは無視する（画面は読み込み前のまま）', () => {
    const st = new FakeStorage();
    saveState(st, named('〇〇町'), T0);
    const s = store(st, 'a');
    let heard = 0;
    s.subscribe(() => heard++);
    s.receive(STORAGE_KEY);
    expect(heard).toBe(0);
    expect(s.getSnapshot()).toEqual(initialSnapshot());
  });
});

describe('知らせる必要のないときは、画面を描き直させない', () => {
  it('関数が同じものを返し、ほかのタブの変更もなければ、購読者は呼ばれない', () => {
    const st = new FakeStorage();
    const s = store(st, 'a');
    s.load();
    let heard = 0;
    s.subscribe(() => heard++);
    s.update('profile', (p) => p);
    s.receive('ほかのサイトのキー');
    expect(heard).toBe(0);
  });

  it('購読をやめた関数は、その後の変更で呼ばれない', () => {
    const s = store(new FakeStorage(), 'a');
    s.load();
    let heard = 0;
    const stop = s.subscribe(() => heard++);
    s.setPersisted(true);
    stop();
    s.setPersisted(false);
    expect(heard).toBe(1);
  });

  it('関数が同じものを返しても、その間にほかのタブが保存した内容は画面に取り込む', () => {
    const st = new FakeStorage();
    const a = store(st, 'a');
    const b = store(st, 'b');
    a.load();
    b.load();
    b.update('profile', (p) => ({ ...p, name: 'Bの町' }));
    a.update('profile', (p) => p); // イベントは届いていない
    expect(a.getSnapshot().state.profile.name).toBe('Bの町');
  });
});

describe('ほかのタブや利用者がストレージを消したとき', () => {
  it('消されたことは「読めないデータ」ではない：退避も知らせもせず、次の編集でこのタブの内容を保存し直す', () => {
    const st = new FakeStorage();
    const s = store(st, 'a');
    s.load();
    s.update('profile', (p) => ({ ...p, name: '〇〇町' }));
    st.map.delete(STORAGE_KEY);
    s.receive(STORAGE_KEY);
    expect(s.getSnapshot().loadMessage).toBe('');
    expect(listBackups(st)).toEqual([]);
    s.update('tracker', (t) => setStatus(t, 'step-02', '完了', T0));
    expect(stored(st).profile.name).toBe('〇〇町');
    expect(stored(st).tracker.steps['step-02']?.status).toBe('完了');
  });

  it('読み込み後にストレージが読めなくなっても、編集は画面に残り、例外にならない', () => {
    const st = new FakeStorage();
    const s = store(st, 'a');
    s.load();
    st.failGet = true;
    expect(() => s.update('profile', (p) => ({ ...p, name: '〇〇町' }))).not.toThrow();
    expect(s.getSnapshot().state.profile.name).toBe('〇〇町');
    // 一時的に読めないだけで、データが壊れたとは扱わない：保存は続け、知らせも出さない
    expect(s.getSnapshot()).toMatchObject({ available: true, loadMessage: '', saveError: '' });
    expect(listBackups(st)).toEqual([]);
    st.failGet = false;
    expect(stored(st).profile.name).toBe('〇〇町');
  });

  it('ストレージがまったく使えなければ、読めなかった元データはなく、その旨だけを伝える', () => {
    const st = new FakeStorage();
    st.failGet = true;
    const s = store(st, 'a');
    s.load();
    expect(s.getSnapshot()).toMatchObject({ available: false, unreadable: '', backupKey: '', loadMessage: UNAVAILABLE_MESSAGE });
  });
});

describe('書き出しのすすめの記録', () => {
  it('完了にした編集は、数えない指定（count: false）でも数え、「完了した」を記録する', () => {
    const s = store(new FakeStorage(), 'a');
    s.load();
    s.update('tracker', (t) => setStatus(t, 'step-01', '完了', T0), { count: false, completed: true });
    expect(s.getSnapshot().exportMeta).toMatchObject({ changes: 1, completed: true });
  });

  it('ふつうの編集は数えるが、「完了した」とは記録しない', () => {
    const s = store(new FakeStorage(), 'a');
    s.load();
    s.update('tracker', (t) => setStatus(t, 'step-01', '進行中', T0));
    expect(s.getSnapshot().exportMeta).toMatchObject({ changes: 1, completed: false });
  });

  it('すすめを閉じると、閉じたことが保存される', () => {
    const st = new FakeStorage();
    const s = store(st, 'a');
    s.load();
    s.dismissReminder();
    expect(s.getSnapshot().exportMeta.dismissed).toBe(true);
    expect(JSON.parse(st.map.get(EXPORT_META_KEY)!).dismissed).toBe(true);
  });

  it('取り込み（replace）は書き出しと同じく数え直す：回数0、取り込んだ時刻', () => {
    const s = store(new FakeStorage(), 'a');
    s.load();
    s.update('profile', (p) => ({ ...p, name: '〇〇町' }));
    s.replace(named('復元町'));
    expect(s.getSnapshot().exportMeta).toMatchObject({ changes: 0, completed: false, dismissed: false });
    expect(s.getSnapshot().exportMeta.lastExportAt).toMatch(/^2026-11-21T09:00:\d\d\.000Z$/);
  });
});

describe('取り込み（replace）と知らせ', () => {
  it('取り込むと、ほかのタブの変更・復元の知らせと、読み込みの問題の知らせを消す', () => {
    const st = new FakeStorage({ [STORAGE_KEY]: '{壊れた' });
    const a = store(st, 'a');
    const b = store(st, 'b');
    a.load();
    b.load();
    expect(a.getSnapshot().loadMessage).not.toBe('');
    b.update('profile', (p) => ({ ...p, name: 'Bの町' }));
    a.receive(STORAGE_KEY);
    expect(a.getSnapshot().external).not.toBe('');
    a.replace(named('復元町'));
    expect(a.getSnapshot()).toMatchObject({ external: '', generationNotice: '', loadMessage: '' });
  });

  it('知らせを確認（acknowledge）すると、ほかのタブの変更と復元の知らせが消える', () => {
    const st = new FakeStorage();
    const a = store(st, 'a');
    const b = store(st, 'b');
    a.load();
    b.load();
    b.replace(named('復元町'));
    a.receive(STORAGE_KEY);
    expect(a.getSnapshot().generationNotice).toBe('別のタブ（またはウィンドウ）で進捗が復元されました。この画面も復元後の内容に切り替えました（この画面の復元前の内容は使いません）。');
    a.acknowledge();
    expect(a.getSnapshot()).toMatchObject({ external: '', generationNotice: '' });
  });

  it('復元に切り替えたタブでは、それまでの「別のタブで変更」の知らせを消す（復元の知らせだけにする）', () => {
    const st = new FakeStorage();
    const a = store(st, 'a');
    const b = store(st, 'b');
    a.load();
    b.load();
    b.update('profile', (p) => ({ ...p, name: 'Bの町' }));
    a.receive(STORAGE_KEY);
    expect(a.getSnapshot().external).not.toBe('');
    b.replace(named('復元町'));
    a.receive(STORAGE_KEY);
    expect(a.getSnapshot().external).toBe('');
    expect(a.getSnapshot().generationNotice).toContain('復元されました');
  });

  it('「最初からやり直す」を取り込んだタブには、やり直しの知らせを出す', () => {
    const st = new FakeStorage();
    const a = store(st, 'a');
    const b = store(st, 'b');
    a.load();
    b.load();
    b.update('profile', () => emptyState().profile, { reset: true });
    a.receive(STORAGE_KEY);
    expect(a.getSnapshot().generationNotice).toBe('別のタブ（またはウィンドウ）で「最初からやり直す」が選ばれたため、この画面もその後の内容に切り替えました。');
  });
});

describe('そのほか', () => {
  it('保存の永続化の状態（persisted）を画面に渡す', () => {
    const s = store(new FakeStorage(), 'a');
    s.setPersisted(true);
    expect(s.getSnapshot().persisted).toBe(true);
    s.setPersisted(null);
    expect(s.getSnapshot().persisted).toBeNull();
  });

  it('読めない元データがないときの「上書きして再開」は何も書かない', () => {
    const st = new FakeStorage();
    const s = store(st, 'a');
    s.load();
    s.releaseUnreadable();
    expect(st.writes).toEqual([]);
  });
});
