/**
 * The store as tabs use it: two (or three) instances over one fake storage, each with its own
 * clock and tab id. `deliver` plays the browser's `storage` event; a test that leaves it out
 * plays a tab that has not heard of the change yet. One describe per scenario of issue 11.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createSavedStore, NOT_SAVED, type SavedStore } from '../../src/lib/saved-store';
import { BACKUP_KEY_PREFIX, emptyState, listBackups, STORAGE_KEY } from '../../src/lib/storage';
import { setField, setStatus } from '../../src/lib/tracker';
import { EXPORT_META_KEY, REMIND_AFTER_CHANGES, shouldRemindExport } from '../../src/lib/export-meta';
import { importState } from '../../src/lib/transfer';
import { exportState } from '../../src/lib/state-file';
import type { SavedState } from '../../src/schemas/state/envelope';
import { FakeStorage, quotaError } from './support/fake-storage';

/** A clock that starts at `start` and moves one second per call. */
function clock(start: string) {
  let t = Date.parse(start);
  return () => new Date((t += 1000)).toISOString();
}
const T0 = '2026-11-21T09:00:00.000Z';
const tab = (storage: FakeStorage | null, id: string, start = T0): SavedStore => {
  const s = createSavedStore({ storage, now: clock(start), tabId: id });
  s.load();
  return s;
};
/** The browser's `storage` event for the state key, to each given tab. */
const deliver = (...tabs: SavedStore[]) => tabs.forEach((t) => t.receive(STORAGE_KEY));
const stored = (st: FakeStorage): SavedState => JSON.parse(st.map.get(STORAGE_KEY)!);
const status = (s: SavedState, id: string) => s.tracker.steps[id]?.status ?? '未着手';

/** What a file exported elsewhere holds: 〇〇町, step-01 完了. */
function otherFile(stamp = T0): SavedState {
  const s = emptyState(stamp);
  s.profile = { name: '復元町', department: '', updatedAt: stamp };
  s.tracker.steps['step-01'] = { status: '完了', checked: [], owner: '', due: '', memo: '復元したメモ', updatedAt: stamp };
  s.revisions = { profile: '3.f', 'tracker.step-01': '4.f' };
  s.generation = '2.f.restore';
  return s;
}

describe('復元は、ほかのタブに元に戻されない（新しい世代）', () => {
  function setup() {
    const st = new FakeStorage();
    const a = tab(st, 'a');
    const b = tab(st, 'b');
    const c = tab(st, 'c');
    a.update('tracker', (t) => setStatus(t, 'step-01', '進行中', T0));
    a.update('tracker', (t) => setField(t, 'step-03', 'memo', '復元前のメモ', T0));
    b.update('profile', (p) => ({ ...p, name: '復元前の町' }));
    deliver(a, b, c);
    return { st, a, b, c };
  }

  it('イベントを受け取ったタブは復元後の内容に丸ごと切り替え、そのことを知らせる', () => {
    const { st, a, b, c } = setup();
    a.replace(otherFile());
    deliver(b, c);
    for (const t of [b, c]) {
      expect(t.getSnapshot().state.profile.name).toBe('復元町');
      expect(t.getSnapshot().state.tracker.steps['step-03']).toBeUndefined();
      expect(t.getSnapshot().generationNotice).toContain('別のタブ');
      expect(t.getSnapshot().generationNotice).toContain('復元');
    }
    expect(a.getSnapshot().generationNotice).toBe('');
    // その後の普通の編集は、復元後の内容の上に載る
    b.update('tracker', (t) => setStatus(t, 'step-02', '完了', T0));
    c.update('inventory', (inv) => ({ ...inv, department: '総務課' }));
    const s = stored(st);
    expect(s.profile.name).toBe('復元町');
    expect(status(s, 'step-01')).toBe('完了');
    expect(s.tracker.steps['step-01']?.memo).toBe('復元したメモ');
    expect(s.tracker.steps['step-03']).toBeUndefined();
    expect(status(s, 'step-02')).toBe('完了');
    expect(s.inventory.department).toBe('総務課');
    expect(s.generation).toMatch(/^\d+\.a\.restore$/);
  });

  it('イベントが届かなかったタブの最初の編集も、復元前の内容を書き戻さない', () => {
    const { st, a, b } = setup();
    a.replace(otherFile());
    // b は復元を知らないまま、復元前の画面で step-03 のメモを書き、団体名を変える
    b.update('tracker', (t) => setField(t, 'step-05', 'owner', '企画課', T0));
    const s = stored(st);
    expect(s.profile.name).toBe('復元町');
    expect(s.tracker.steps['step-03']).toBeUndefined();
    expect(status(s, 'step-01')).toBe('完了');
    expect(s.tracker.steps['step-05']?.owner).toBe('企画課');
    expect(b.getSnapshot().generationNotice).toContain('復元');
    // a が b の書き込みを受け取っても、世代は同じで b の変更だけが加わる
    deliver(a);
    expect(a.getSnapshot().state.tracker.steps['step-05']?.owner).toBe('企画課');
    expect(a.getSnapshot().state.profile.name).toBe('復元町');
    expect(a.getSnapshot().generationNotice).toBe('');
  });

  it('取り込んだファイルの世代番号がこのブラウザより大きくても小さくても、復元は新しい世代になる', () => {
    const { st, a, b } = setup();
    const low = { ...otherFile(), generation: '0' };
    a.replace(low);
    const g1 = parseInt(stored(st).generation, 10);
    b.replace({ ...otherFile(), generation: '40.z.restore' });
    expect(stored(st).generation).toBe('41.b.restore');
    expect(g1).toBeGreaterThan(0);
  });

  it('「最初からやり直す」（reset）も新しい世代になり、ほかのタブはその内容に切り替わる', () => {
    const { st, a, b } = setup();
    b.update('diagnosis', (d) => ({ ...d, answers: { leadership: 'yes' } }));
    deliver(a);
    a.update('diagnosis', () => ({ answers: {}, profile: {}, updatedAt: '' }), { reset: true });
    deliver(b);
    expect(b.getSnapshot().state.diagnosis.answers).toEqual({});
    expect(b.getSnapshot().generationNotice).toContain('「最初からやり直す」');
    expect(stored(st).generation).toMatch(/^\d+\.a\.reset$/);
    expect(stored(st).profile.name).toBe('復元前の町');
  });
});

describe('時計が進んでいても遅れていても、編集は元に戻らない', () => {
  it('10分進んだ時刻の入ったファイルを取り込んだ後の編集が残る', () => {
    const st = new FakeStorage();
    const a = tab(st, 'a');
    const b = tab(st, 'b');
    const ahead = '2026-11-21T09:10:00.000Z';
    const r = importState(exportState(otherFile(ahead), ahead));
    expect(r.ok).toBe(true);
    if (r.ok) a.replace(r.state);
    deliver(b);
    b.update('tracker', (t) => setStatus(t, 'step-01', '進行中', T0));
    b.update('profile', (p) => ({ ...p, name: '編集後の町', updatedAt: T0 }));
    deliver(a);
    a.update('tracker', (t) => setField(t, 'step-01', 'owner', '担当A', T0));
    const s = stored(st);
    expect(status(s, 'step-01')).toBe('進行中');
    expect(s.tracker.steps['step-01']?.owner).toBe('担当A');
    expect(s.profile.name).toBe('編集後の町');
    expect(a.getSnapshot().state.profile.name).toBe('編集後の町');
  });

  it('このPCの時計が2時間戻っても、戻った後の編集が残る', () => {
    const st = new FakeStorage();
    const a = tab(st, 'a', '2026-11-21T11:00:00.000Z');
    a.update('tracker', (t) => setStatus(t, 'step-02', '完了', '2026-11-21T11:00:00.000Z'));
    const later = tab(st, 'b', '2026-11-21T09:00:00.000Z');
    later.update('tracker', (t) => setStatus(t, 'step-02', '進行中', '2026-11-21T09:00:00.000Z'));
    deliver(a);
    expect(status(stored(st), 'step-02')).toBe('進行中');
    expect(status(a.getSnapshot().state, 'step-02')).toBe('進行中');
    a.update('tracker', (t) => setField(t, 'step-02', 'memo', '確認', '2026-11-21T11:00:05.000Z'));
    expect(status(stored(st), 'step-02')).toBe('進行中');
  });
});

describe('別のタブで自己診断に答えても、/steps/ で入れた団体名は消えない', () => {
  it('診断のタブが団体名を知らないまま回答しても、団体名は残る', () => {
    const st = new FakeStorage();
    const steps = tab(st, 'a');
    const diagnosis = tab(st, 'b');
    steps.update('profile', (p) => ({ ...p, name: '〇〇町', department: '総務課' }));
    // 診断のタブにはイベントがまだ届いていない
    diagnosis.update('diagnosis', (d) => ({ ...d, answers: { leadership: 'yes' } }));
    diagnosis.update('diagnosis', (d) => ({ ...d, answers: { ...d.answers, 'project-team': 'no' } }));
    expect(stored(st).profile).toMatchObject({ name: '〇〇町', department: '総務課' });
    expect(stored(st).diagnosis.answers).toEqual({ leadership: 'yes', 'project-team': 'no' });
    deliver(steps);
    expect(steps.getSnapshot().state.profile.name).toBe('〇〇町');
    expect(steps.getSnapshot().external).not.toBe('');
  });
});

describe('容量がほとんどなく、読めないデータがあるとき', () => {
  const unreadable = '{"format":"telework-navi","version":2,"savedAt":"' + 'x'.repeat(2000);
  function full() {
    const st = new FakeStorage({ [STORAGE_KEY]: unreadable });
    st.quota = st.used() + 200;
    return st;
  }
  it('元のデータを上書きせず、メモリ上で動くことを伝え、元のデータを渡す', () => {
    const st = full();
    const a = tab(st, 'a');
    const snap = a.getSnapshot();
    expect(snap.available).toBe(false);
    expect(snap.unreadable).toBe(unreadable);
    expect(snap.loadMessage).toContain('上書きせず');
    a.update('profile', (p) => ({ ...p, name: '〇〇町' }));
    a.update('tracker', (t) => setStatus(t, 'step-01', '完了', T0));
    a.replace(otherFile());
    expect(st.map.get(STORAGE_KEY)).toBe(unreadable);
    expect(st.writes.filter((k) => k === STORAGE_KEY)).toEqual([]);
    expect(a.getSnapshot().state.tracker.steps['step-01']?.status).toBe('完了');
    expect(a.getSnapshot().saveError).toBe(NOT_SAVED);
    // 別のタブも同じ：読めないデータは残る
    const b = tab(st, 'b');
    b.update('diagnosis', (d) => ({ ...d, answers: { leadership: 'yes' } }));
    expect(st.map.get(STORAGE_KEY)).toBe(unreadable);
  });
  it('元のデータを書き出した後に利用者が選べば、上書きして保存を再開する', () => {
    const st = full();
    st.quota = Infinity;
    st.failSet = quotaError();
    const a = tab(st, 'a');
    expect(a.getSnapshot().available).toBe(false);
    a.update('profile', (p) => ({ ...p, name: '〇〇町' }));
    st.failSet = null;
    a.releaseUnreadable();
    expect(a.getSnapshot()).toMatchObject({ available: true, unreadable: '', saveError: '', loadMessage: '' });
    expect(stored(st).profile.name).toBe('〇〇町');
  });
  it('退避できたときは、同じ内容を何度開いても退避は1つ', () => {
    const st = new FakeStorage({ [STORAGE_KEY]: unreadable });
    for (const id of ['a', 'b', 'c']) {
      st.map.set(STORAGE_KEY, unreadable);
      const t = tab(st, id);
      expect(t.getSnapshot().backupKey.startsWith(BACKUP_KEY_PREFIX)).toBe(true);
      t.update('profile', (p) => ({ ...p, name: id }));
    }
    expect(listBackups(st)).toHaveLength(1);
  });
  it('ほかのタブが読めない形式で書き、退避する場所もないときは、次の編集でも上書きしない', () => {
    const st = new FakeStorage();
    const a = tab(st, 'a');
    a.update('profile', (p) => ({ ...p, name: '〇〇町' }));
    const future = JSON.stringify({ ...stored(st), version: 3 });
    st.map.set(STORAGE_KEY, future);
    st.quota = st.used();
    let seen = a.getSnapshot();
    a.subscribe((s) => (seen = s));
    deliver(a);
    expect(seen.available).toBe(false);
    a.update('tracker', (t) => setStatus(t, 'step-01', '完了', T0));
    expect(st.map.get(STORAGE_KEY)).toBe(future);
    expect(a.getSnapshot()).toMatchObject({ available: false, unreadable: future, saveError: NOT_SAVED });
    expect(a.getSnapshot().state.tracker.steps['step-01']?.status).toBe('完了');
  });
  it('ほかのタブが読めない形式（新しい版）で書いたときも、退避してから上書きする', () => {
    const st = new FakeStorage();
    const a = tab(st, 'a');
    a.update('profile', (p) => ({ ...p, name: '〇〇町' }));
    const future = JSON.stringify({ ...stored(st), version: 3 });
    st.map.set(STORAGE_KEY, future);
    deliver(a);
    expect(a.getSnapshot().loadMessage).toContain('版3');
    const [key] = listBackups(st);
    expect(st.map.get(key!)).toBe(future);
    a.update('profile', (p) => ({ ...p, department: '総務課' }));
    expect(stored(st).profile).toMatchObject({ name: '〇〇町', department: '総務課' });
  });
});

describe('保存の失敗はすべて伝える', () => {
  it('診断の団体名・担当課や回答の保存が失敗すると saveError に残り、成功すると消える', () => {
    const st = new FakeStorage();
    const a = tab(st, 'a');
    st.failSet = quotaError();
    a.update('profile', (p) => ({ ...p, name: '〇〇町' }), { count: false });
    expect(a.getSnapshot().saveError).toContain('容量');
    a.update('diagnosis', (d) => ({ ...d, answers: { leadership: 'yes' } }));
    expect(a.getSnapshot().saveError).toContain('容量');
    expect(a.getSnapshot().state.profile.name).toBe('〇〇町');
    st.failSet = null;
    a.update('diagnosis', (d) => ({ ...d, answers: { ...d.answers, 'project-team': 'no' } }));
    expect(a.getSnapshot().saveError).toBe('');
    expect(stored(st).profile.name).toBe('〇〇町');
  });
  it('保存できなかった変更は、ほかのタブの書き込みを受け取ったときに書き戻す', () => {
    const st = new FakeStorage();
    const a = tab(st, 'a');
    const b = tab(st, 'b');
    st.failSet = quotaError();
    a.update('profile', (p) => ({ ...p, name: '〇〇町' }));
    st.failSet = null;
    b.update('tracker', (t) => setStatus(t, 'step-01', '完了', T0));
    deliver(a);
    expect(stored(st).profile.name).toBe('〇〇町');
    expect(status(stored(st), 'step-01')).toBe('完了');
    expect(a.getSnapshot().saveError).toBe('');
  });
  it('ストレージが使えないブラウザでは、メモリ上で動き、書き込みを試みない', () => {
    const st = new FakeStorage();
    st.failGet = true;
    const a = tab(st, 'a');
    expect(a.getSnapshot()).toMatchObject({ ready: true, available: false, unreadable: '' });
    expect(a.getSnapshot().loadMessage).toContain('保存できません');
    a.update('tracker', (t) => setStatus(t, 'step-01', '完了', T0));
    expect(a.getSnapshot().state.tracker.steps['step-01']?.status).toBe('完了');
    expect(st.writes.filter((k) => k === STORAGE_KEY)).toEqual([]);
  });
});

describe('書き出しのすすめは、どの道具・どのタブの編集も数える', () => {
  it('2つのタブの編集が合算され、書き出しで0に戻る', () => {
    const st = new FakeStorage();
    const a = tab(st, 'a');
    const b = tab(st, 'b');
    for (let i = 0; i < REMIND_AFTER_CHANGES; i++) {
      const t = i % 2 ? a : b;
      t.update('diagnosis', (d) => ({ ...d, answers: { [`q${i}`]: 'yes' } }));
    }
    a.receive(EXPORT_META_KEY);
    expect(a.getSnapshot().exportMeta.changes).toBe(REMIND_AFTER_CHANGES);
    expect(shouldRemindExport(a.getSnapshot().exportMeta)).toBe(true);
    b.markExported();
    a.receive(EXPORT_META_KEY);
    expect(a.getSnapshot().exportMeta.changes).toBe(0);
  });
  it('count: false の入力は数えず、確定（countChange）で1回数える', () => {
    const st = new FakeStorage();
    const a = tab(st, 'a');
    a.update('profile', (p) => ({ ...p, name: '〇' }), { count: false });
    a.update('profile', (p) => ({ ...p, name: '〇〇' }), { count: false });
    expect(a.getSnapshot().exportMeta.changes).toBe(0);
    a.countChange();
    expect(a.getSnapshot().exportMeta.changes).toBe(1);
  });
});

describe('同じ内容なら何もしない・版1の保存データ', () => {
  it('関数が同じオブジェクトを返せば書き込まない', () => {
    const st = new FakeStorage();
    const a = tab(st, 'a');
    a.update('tracker', (t) => t);
    expect(st.writes).toEqual([]);
  });
  it('コミットされた版1の localStorage の値を読み、最初の編集で版2として書く（内容は失わない）', () => {
    const fixture = JSON.parse(readFileSync('test/fixtures/state-v1/localstorage.json', 'utf8')) as Record<string, string>;
    const st = new FakeStorage(fixture);
    const a = tab(st, 'a');
    const snap = a.getSnapshot();
    expect(snap.loadMessage).toBe('');
    expect(snap.state.profile.name).toBe('〇〇町');
    expect(snap.state.tracker.steps['step-01']?.checked).toEqual(['s01-cross-org', 's01-project-team']);
    expect(snap.state.tracker.orphans).toEqual([{ step: 'step-01', item: 's01-old-item' }]);
    expect(snap.exportMeta).toMatchObject({ changes: 7, completed: true });
    a.update('tracker', (t) => setStatus(t, 'step-03', '進行中', T0));
    const s = stored(st);
    expect(s.version).toBe(2);
    expect(s.tracker.steps['step-05']?.memo).toBe('サテライトオフィスは導入しない');
    expect(s.diagnosis.answers).toEqual({ leadership: 'yes', 'project-team': 'partial', 'current-tasks': 'unknown' });
    expect(s.inventory.tasks).toHaveLength(2);
    expect(s.revisions['tracker.step-03']).toEqual('2.a');
    // 移行前の内容は、まだ版2を読んでいない空のタブの状態に負けない
    const fresh = createSavedStore({ storage: new FakeStorage(), now: clock(T0), tabId: 'z' });
    fresh.load();
    expect(fresh.getSnapshot().state.profile.name).toBe('');
  });
});
