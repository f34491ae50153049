/**
 * The saved state as a file, and two states merged: what the export button and the saved-state
 * store need on every tool page. Reading, checking and comparing an imported file is in
 * transfer.ts (loaded only with the restore part of 保存とバックアップ).
 */
import { compareStamps, mergeStates } from './storage';
import type { SavedState } from '../schemas/state/envelope';

/** The note at the top of an exported file, for people who open it. Ignored on import. */
export const FILE_ABOUT =
  '自治体テレワーク推進ナビの入力のファイル（形式 版3）。「保存とバックアップ」の「ファイルから復元」で読み込めます。profile＝団体の情報、tracker＝10ステップの進捗、diagnosis＝自己診断の回答、inventory＝業務の棚卸し、plan＝導入工程表。';

/** The file's name: 「テレワーク推進ナビ_進捗_団体名_2026-11-21.json」. */
export function exportFileName(state: SavedState, today: string): string {
  const name = state.profile.name.replace(/[\\/:*?"<>|\s]+/g, '').slice(0, 30);
  return `テレワーク推進ナビ_進捗${name ? '_' + name : ''}_${today}.json`;
}

/** The exported file's text: the whole state with its format version, export time and a note. */
export function exportState(state: SavedState, now: string): string {
  const { format, version, ...rest } = state;
  return JSON.stringify({ format, version, about: FILE_ABOUT, ...rest, savedAt: now }, null, 2) + '\n';
}

/**
 * Merges two files unit by unit, whatever their generations (two colleagues' browsers each
 * count their own): each unit keeps the side with the higher revision (ties: the tab id,
 * then the content). Commutative and idempotent (property-tested); the result is then
 * imported as a restore (a new generation) by the store.
 */
export function mergeFiles(a: SavedState, b: SavedState): SavedState {
  const generation = compareStamps(a.generation, b.generation) >= 0 ? a.generation : b.generation;
  return mergeStates({ ...a, generation }, { ...b, generation });
}

