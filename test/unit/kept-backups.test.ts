/**
 * Unit tests of src/lib/kept-backups.ts: the list of backups kept in this browser (newest
 * first, older ones without an index entry included), deleting one (and its index entry),
 * and restoring one, which refuses a backup that cannot be read whole and says why.
 */
import { describe, expect, it } from 'vitest';
import { backupEntries, deleteBackup, deleteKept, keptBackups, restoreKept } from '../../src/lib/kept-backups';
import { createSavedStore } from '../../src/lib/saved-store';
import { BACKUP_INDEX_KEY, BACKUP_KEY_PREFIX, keepAside, readIndex, STORAGE_KEY, type StorageLike } from '../../src/lib/storage';
import { FakeStorage } from './support/fake-storage';
import { namedState, openTab, storedIn } from './support/store-tabs';

const T = '2026-06-01T00:00:00.000Z';
const key = (s: string) => `${BACKUP_KEY_PREFIX}${s}`;
const named = (name: string) => namedState(name, T);

describe('バックアップの一覧（backupEntries）', () => {
  it('索引のない以前のバックアップも、時刻なし・「読めないデータ」として一覧に出し、新しいものから並べる', () => {
    const st = new FakeStorage({ [key('old')]: '以前の退避' });
    const k = keepAside(st, '置き換えた状態', 'replaced', T)!;
    expect(backupEntries(st)).toEqual([
      { key: k, raw: '置き換えた状態', at: T, kind: 'replaced' },
      { key: key('old'), raw: '以前の退避', at: '', kind: 'unreadable' },
    ]);
  });
  it('一覧の途中で消えたバックアップ（ほかのタブが削除）は出さない', () => {
    const st = new FakeStorage({ [key('a')]: 'A' });
    const racing: StorageLike = {
      getItem: (k) => (k === key('gone') ? null : st.getItem(k)),
      setItem: (k, v) => st.setItem(k, v),
      removeItem: (k) => st.removeItem(k),
      get length() { return st.length + 1; },
      key: (i) => (i === st.length ? key('gone') : st.key(i)),
    };
    expect(backupEntries(racing).map((b) => b.key)).toEqual([key('a')]);
  });
  it('ストレージが読めなければ空の一覧（例外にしない）', () => {
    const st = new FakeStorage({ [key('a')]: 'A' });
    st.failGet = true;
    expect(backupEntries(st)).toEqual([]);
  });
});

describe('バックアップの削除（deleteBackup・deleteKept）', () => {
  it('削除すると、索引からもそのバックアップの記録が消える（ほかの記録は残る）', () => {
    const st = new FakeStorage();
    const a = keepAside(st, 'A', 'replaced', T)!;
    const b = keepAside(st, 'B', 'unreadable', T)!;
    expect(deleteBackup(st, a)).toBe(true);
    expect(st.map.has(a)).toBe(false);
    expect(readIndex(st)).toEqual({ [b]: { at: T, kind: 'unreadable' } });
  });
  it('ストレージが書き込みを拒めば false を返す（例外にしない）', () => {
    const st = new FakeStorage();
    const a = keepAside(st, 'A', 'replaced', T)!;
    st.failSet = new DOMException('denied', 'SecurityError');
    expect(deleteBackup(st, a)).toBe(false);
  });
  it('メモリ上で動くページでは一覧は空で、削除は false（一覧の読み直しの合図は出す）', () => {
    const st = new FakeStorage({ [key('a')]: 'A' });
    st.failGet = true;
    const s = openTab(st, 'a');
    expect(keptBackups(s)).toEqual([]);
    const v = s.getSnapshot().backupsVersion;
    expect(deleteKept(s, key('a'))).toBe(false);
    expect(s.getSnapshot().backupsVersion).toBeGreaterThan(v);
  });
});

describe('バックアップから戻す（restoreKept）', () => {
  it('壊れたバックアップは戻さず、書き出して確かめるよう伝える（今の内容は変えない）', () => {
    const st = new FakeStorage({ [key('x')]: '{壊れた' });
    const s = openTab(st, 'a');
    s.update('profile', (p) => ({ ...p, name: '今の町' }));
    expect(restoreKept(s, key('x'), T)).toBe('このバックアップは壊れていて戻せません。「ファイルに保存」で書き出して、内容を確かめてください。');
    expect(storedIn(st).profile.name).toBe('今の町');
  });
  it('一部が読めないバックアップは戻さず、読めない理由を示す（今の内容は変えない）', () => {
    const raw = JSON.stringify({ ...named('古い町'), savedAt: 'きのう' });
    const st = new FakeStorage({ [key('x')]: raw });
    const s = openTab(st, 'a');
    s.update('profile', (p) => ({ ...p, name: '今の町' }));
    expect(restoreKept(s, key('x'), T)).toBe('このバックアップには読み込めない部分があるため、戻せません（保存日時「savedAt」が日時ではありません。）。「ファイルに保存」で書き出して、内容を確かめてください。');
    expect(storedIn(st).profile.name).toBe('今の町');
    expect(s.getSnapshot().undo).toBeNull();
  });
  it('読めるバックアップは戻し、戻す前の状態を残して「元に戻す」を出す', () => {
    const st = new FakeStorage({ [key('x')]: JSON.stringify(named('古い町')) });
    const s = createSavedStore({ storage: st, now: () => T, tabId: 'a' });
    s.load();
    s.update('profile', (p) => ({ ...p, name: '今の町' }));
    expect(restoreKept(s, key('x'), T)).toBe('');
    expect(JSON.parse(st.map.get(STORAGE_KEY)!).profile.name).toBe('古い町');
    expect(s.getSnapshot().undo?.key).toBeTruthy();
    expect(JSON.parse(st.map.get(BACKUP_INDEX_KEY)!)[s.getSnapshot().undo!.key]).toEqual({ at: T, kind: 'replaced' });
  });
});
