/**
 * 「作業者名と引き継ぎメモ」 in the 保存とバックアップ panel: part of the panel's on-demand tools
 * (src/islands/ondemand-transfer-tools.tsx), so outside the tool pages' first JavaScript. The pack
 * prints the same note (src/lib/handover.ts).
 */
import { handoverLines } from '../../lib/handover';
import { localDateTime } from '../../lib/dates';
import AuthorField from './AuthorField';
import type { StoreSnapshot } from './store';

export default function HandoverPart({ snap }: { snap: StoreSnapshot }) {
  const notes = handoverLines(snap.state, localDateTime);
  return (
    <>
      <AuthorField author={snap.author} ready={snap.ready} />
      {notes.length > 0 ? (
        <ul data-handover-notes>
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : (
        <p>まだ変更の記録はありません。</p>
      )}
    </>
  );
}
