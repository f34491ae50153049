/**
 * A result opened from a share link (`#d=…`): shown first, read-only and labelled as someone
 * else's, with 「自分の回答と比べる」 and 「この回答で置き換える」. Nothing is saved until the user
 * presses 「この回答で置き換える」. The link's fragment never leaves the browser.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Ref } from 'preact';
import type { AboutAnswers, Answers, DiagnosisContent } from '../../lib/diagnosis/types';
import ResultSummary from './ResultSummary';
import PeerComparison from './PeerComparison';

interface Props {
  content: DiagnosisContent;
  shared: { answers: Answers; about: AboutAnswers };
  note?: string | undefined;
  hasOwn: boolean;
  ownAnswered: number;
  ownAnswers: Answers;
  /** Print this panel (only when the user's own result is not on the page) */
  printable: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  onReplace: () => void;
  onClose: () => void;
}

export default function SharedResult(p: Props) {
  const [compare, setCompare] = useState(false);
  // 「自分の回答と比べる」 adds columns to the area table: focus goes there so the change is seen and read.
  const toTable = useRef(false);
  useLayoutEffect(() => {
    if (toTable.current) document.getElementById('shared-areas')?.focus();
    toTable.current = false;
  }, [compare]);
  const count = Object.keys(p.shared.answers).length;
  return (
    <section class={p.printable ? 'diag__shared' : 'diag__shared no-print'} aria-labelledby="shared-heading">
      <h2 id="shared-heading" tabIndex={-1} ref={p.headingRef}>
        共有された診断結果（ほかの人の回答）
      </h2>
      <p class="diag__shared-label">
        この結果は、共有リンクに入っていた<strong>ほかの人の回答（{count}問）</strong>から計算したもので、読み取り専用です。このブラウザに保存されているあなたの回答は変わっていません。
      </p>
      {p.note && <p class="meta">{p.note}</p>}
      <p class="no-print">
        {p.hasOwn
          ? `「この回答で置き換える」を押すと、このブラウザに保存されているあなたの回答（${p.ownAnswered}問）は消え、共有された回答になります。`
          : 'このブラウザにはまだあなたの回答がありません。「この回答で置き換える」を押すと、共有された回答をあなたの回答として保存し、下の設問で変更できます。'}
      </p>
      <div class="diag__buttons no-print">
        {p.hasOwn && (
          <button
            type="button"
            class="button button--secondary"
            aria-pressed={compare}
            aria-controls="shared-areas"
            onClick={() => {
              toTable.current = !compare;
              setCompare(!compare);
            }}
          >
            自分の回答と比べる
          </button>
        )}
        <button type="button" class="button" onClick={p.onReplace}>
          この回答で置き換える
        </button>
        <button type="button" class="button button--secondary" onClick={p.onClose}>
          共有された結果を閉じる
        </button>
      </div>
      <ResultSummary content={p.content} answers={p.shared.answers} idPrefix="shared" own={compare ? p.ownAnswers : undefined} />
      <PeerComparison content={p.content} about={p.shared.about} />
    </section>
  );
}
