/**
 * The 作業者名 of this browser (「人事課 山田」), entered once in the 保存とバックアップ panel: the
 * store records it with every unit changed from then on, so the 引き継ぎ note says who changed
 * what. Optional; written when the field is committed (change), cleaned by the store.
 */
import { useEffect, useState } from 'preact/hooks';
import { AUTHOR_MAX } from '../../schemas/state/envelope';
import { setAuthor } from './store';

export default function AuthorField({ author, ready }: { author: string; ready: boolean }) {
  const [value, setValue] = useState(author);
  const [said, setSaid] = useState('');
  // Another tab may set the name: show it unless the user is typing here.
  useEffect(() => setValue(author), [author]);
  const commit = (e: Event) => {
    const stored = setAuthor((e.currentTarget as HTMLInputElement).value);
    setValue(stored);
    setSaid(stored ? `作業者名を「${stored}」にしました。` : '作業者名を消しました。');
  };
  return (
    <div class="tracker-field transfer__author" data-author-field>
      <label for="saved-author">作業者名（任意。例：人事課 山田）</label>
      <input type="text" id="saved-author" name="saved-author" maxLength={AUTHOR_MAX} autoComplete="off" value={value} disabled={!ready} aria-describedby="saved-author-hint saved-author-status" onInput={(e) => setValue((e.currentTarget as HTMLInputElement).value)} onChange={commit} data-author />
      <p id="saved-author-hint" class="transfer__hint">
        一度入れると、これから変えた項目に記録され、引き継ぎメモ（決裁パックにも印刷）に出ます。
      </p>
      <p id="saved-author-status" role="status" class="transfer__hint">
        {said}
      </p>
    </div>
  );
}
