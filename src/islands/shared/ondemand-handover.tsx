/**
 * 「作業者名と引き継ぎメモ」 in the 保存とバックアップ panel, loaded when the user opens it (an
 * on-demand chunk: outside the tool pages' JavaScript budget). The pack prints the same note.
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
