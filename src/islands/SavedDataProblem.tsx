/**
 * A notice for pages and prints built from the saved state (the pack): which part of the saved
 * data could not be read, and that a backup exists. Renders nothing when everything was read.
 * Printed too (no `no-print`), so a 決裁 never goes out partial without saying so.
 * Usage in an island: `<SavedDataProblem />` (it reads the store itself).
 */
import { unreadNotice } from '../lib/saved-store';
import { useStore } from './shared/store';

export default function SavedDataProblem() {
  const text = unreadNotice(useStore());
  if (!text) return null;
  return (
    <div class="note note--warning" role="status" data-saved-data-problem>
      <p>
        <strong>保存データの一部を読み込めませんでした。</strong>
        {text}
      </p>
    </div>
  );
}
