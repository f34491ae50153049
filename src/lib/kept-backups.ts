/**
 * The backups kept in this browser (written by storage.ts `keepAside`): listed, restored and
 * deleted from 「保存とバックアップ」. Pure like storage.ts: the storage or the store is passed in.
 * Apart from the store (src/lib/saved-store.ts) so that this loads with the part of the panel
 * that shows the list, when it is opened, and not with every tool page.
 */
import { BACKUP_INDEX_KEY, BACKUP_KEY_PREFIX, cmpText, listBackups, parseState, readIndex, type BackupEntry, type StorageLike } from './storage';
import type { SavedStore } from './saved-store';

/** The backups kept in a storage, newest first. */
export function backupEntries(storage: StorageLike): BackupEntry[] {
  try {
    const index = readIndex(storage);
    const out: BackupEntry[] = [];
    for (const key of listBackups(storage)) {
      const raw = storage.getItem(key);
      if (raw !== null) out.push({ key, raw, at: index[key]?.at ?? '', kind: index[key]?.kind ?? 'unreadable' });
    }
    return out.sort((x, y) => cmpText(y.at, x.at) || cmpText(x.key, y.key));
  } catch {
    return [];
  }
}

/** Deletes one backup (and its index entry). Returns false when storage refused. */
export function deleteBackup(storage: StorageLike, key: string): boolean {
  if (!key.startsWith(BACKUP_KEY_PREFIX)) return false;
  try {
    storage.removeItem(key);
    const index = readIndex(storage);
    delete index[key];
    storage.setItem(BACKUP_INDEX_KEY, JSON.stringify(index));
    return true;
  } catch {
    return false;
  }
}

/** What of the store the backups need. */
type Store = Pick<SavedStore, 'backupStorage' | 'backupsChanged' | 'replace'>;

/** The backups kept in this browser, newest first ([] when the page works in memory only). */
export function keptBackups(store: Store): BackupEntry[] {
  const storage = store.backupStorage();
  return storage ? backupEntries(storage) : [];
}

/** Restores a kept backup ('' when done, else why not). The state it replaces is kept in turn. */
export function restoreKept(store: Store, key: string, now: string): string {
  const entry = keptBackups(store).find((b) => b.key === key);
  if (!entry) return 'このバックアップは見つかりませんでした（別のタブで削除された可能性があります）。';
  let r;
  try {
    r = parseState(JSON.parse(entry.raw), now);
  } catch {
    return 'このバックアップは壊れていて戻せません。「ファイルに保存」で書き出して、内容を確かめてください。';
  }
  if (r.problem) return `このバックアップには読み込めない部分があるため、戻せません（${r.message}）。「ファイルに保存」で書き出して、内容を確かめてください。`;
  store.replace(r.state);
  return '';
}

/** Deletes a kept backup; false when storage refused (or the page works in memory only, when none are listed). */
export function deleteKept(store: Store, key: string): boolean {
  const storage = store.backupStorage();
  const ok = !!storage && deleteBackup(storage, key);
  store.backupsChanged();
  return ok;
}
