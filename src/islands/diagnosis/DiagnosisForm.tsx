/**
 * The questionnaire: a real <form> of radio groups that reads without JavaScript (the server
 * renders it empty); in the browser every choice is saved at once. Unanswered questions found
 * at 「結果を見る」 are marked on their own fieldset (aria-invalid, aria-describedby) and listed
 * with links above the buttons. Following the error-summary pattern of GOV.UK Frontend, a link
 * puts focus on its question's first choice (a fieldset cannot take focus), with the question's
 * legend scrolled into view; without JavaScript it is a plain in-page link.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Ref } from 'preact';
import { ANSWER_LABELS, ANSWER_VALUES, type AboutAnswers, type AboutQuestion, type Answer, type Answers, type DiagnosisContent } from '../../lib/diagnosis/types';
import { aboutApplies } from '../../lib/diagnosis/session';

interface Props {
  content: DiagnosisContent;
  answers: Answers;
  about: AboutAnswers;
  /** The saved answers have been read (before that the form shows the server's empty state) */
  ready: boolean;
  /** Ids of the questions still unanswered at the last 「結果を見る」, or null */
  missing: string[] | null;
  done: boolean;
  paperHref: string;
  /** A failed save of an answer, shown above the buttons ('' when saved) */
  saveError: string;
  onAnswer: (id: string, a: Answer) => void;
  onAbout: (q: AboutQuestion, value: string, checked: boolean) => void;
  onSubmit: (e: Event) => void;
  onReset: () => void;
  aboutHeadingRef: Ref<HTMLHeadingElement>;
  missingRef: Ref<HTMLDivElement>;
}

/** Moves focus from an in-page link to the question's first radio button, the legend in view. */
function focusQuestion(e: MouseEvent, id: string): void {
  const question = document.getElementById(`q-${id}`);
  const first = question?.querySelector<HTMLInputElement>('input:not([disabled])');
  if (!question || !first) return; // the plain link still scrolls there
  e.preventDefault();
  question.scrollIntoView({ block: 'start' });
  first.focus({ preventScroll: true });
}

export default function DiagnosisForm(p: Props) {
  const { questions, areas } = p.content;
  const [confirmReset, setConfirmReset] = useState(false);
  const resetButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  // Where focus goes when the confirmation opens or closes (never left on <body>).
  const focusNext = useRef<'cancel' | 'reset' | null>(null);
  useLayoutEffect(() => {
    const target = focusNext.current === 'cancel' ? cancelButton.current : focusNext.current === 'reset' ? resetButton.current : null;
    focusNext.current = null;
    target?.focus();
  }, [confirmReset]);

  const answered = questions.filter((q) => p.answers[q.id] !== undefined).length;
  const numberOf = new Map(questions.map((q, i) => [q.id, i + 1]));
  return (
    <form id="diagnosis-form" class={p.done ? 'diag__form diag__form--done' : 'diag__form'} action={p.paperHref} method="get" onSubmit={p.onSubmit} aria-describedby="diag-progress" data-diagnosis data-ready={p.ready ? 'true' : 'false'}>
      <p id="diag-progress" class="diag__progress" aria-live="polite">
        <span>
          {answered} / {questions.length} 問
        </span>
        {p.ready ? ' 回答済み' : ''}
      </p>

      <h2 id="profile-heading" tabIndex={-1} ref={p.aboutHeadingRef}>
        団体について
      </h2>
      <p class="meta">比較と支援策・事例の選定に使います。点数には影響しません。</p>
      {p.content.about.map((q) => {
        const applies = aboutApplies(q, p.about) || !p.ready;
        const v = p.about[q.id];
        return (
          <fieldset class="diag__q diag__q--profile" id={`p-${q.id}`} key={q.id} disabled={!applies}>
            <legend>{q.label}</legend>
            {q.hint && <p class="meta">{q.hint}</p>}
            <div class={q.multiple ? 'diag__options diag__options--stack' : 'diag__options'}>
              {q.options.map((o) => (
                <label key={o.value}>
                  <input
                    type={q.multiple ? 'checkbox' : 'radio'}
                    name={`p-${q.id}`}
                    value={o.value}
                    checked={Array.isArray(v) ? v.includes(o.value) : v === o.value}
                    onChange={(e) => p.onAbout(q, o.value, (e.currentTarget as HTMLInputElement).checked)}
                  />{' '}
                  {o.label}
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}

      {areas.map((area) => (
        <section key={area.id} aria-labelledby={`area-${area.id}`}>
          <h2 id={`area-${area.id}`}>
            {area.label}
            <span class="diag__basis">（{area.basis}）</span>
          </h2>
          {questions
            .filter((q) => q.area === area.id)
            .map((q) => {
              const isMissing = p.missing?.includes(q.id) ?? false;
              return (
                <fieldset
                  class={isMissing ? 'diag__q diag__q--missing' : 'diag__q'}
                  id={`q-${q.id}`}
                  key={q.id}
                  role="radiogroup"
                  aria-labelledby={`q-${q.id}-label`}
                  aria-invalid={isMissing ? true : undefined}
                  aria-describedby={isMissing ? `q-${q.id}-error` : undefined}
                >
                  <legend id={`q-${q.id}-label`}>
                    <span class="diag__num">問{numberOf.get(q.id)}</span> {q.text}
                  </legend>
                  {isMissing && (
                    <p class="diag__q-error" id={`q-${q.id}-error`}>
                      まだ回答していません。分からないときは「わからない」を選んでください。
                    </p>
                  )}
                  <div class="diag__options">
                    {ANSWER_VALUES.map((a) => (
                      <label key={a}>
                        <input type="radio" name={`q-${q.id}`} value={a} checked={p.answers[q.id] === a} onChange={() => p.onAnswer(q.id, a)} /> {ANSWER_LABELS[a]}
                      </label>
                    ))}
                  </div>
                  <details class="diag__why" aria-labelledby={`q-${q.id}-why`}>
                    <summary id={`q-${q.id}-why`}>
                      <span class="visually-hidden">問{numberOf.get(q.id)}は</span>なぜ大切か
                    </summary>
                    <p>{q.why}</p>
                    <p class="meta">
                      <a href={q.href}>{q.hrefLabel}</a>（{q.sourceLabel}）{q.essential ? `・ステップ${q.step}の必須項目` : ''}
                    </p>
                  </details>
                </fieldset>
              );
            })}
        </section>
      ))}

      {p.missing && p.missing.length > 0 && (
        <div class="note note--error diag__missing" ref={p.missingRef} tabIndex={-1} role="alert">
          <p>まだ回答していない設問が{p.missing.length}問あります。すべて回答すると結果を表示します（分からない設問は「わからない」を選んでください）。</p>
          <ul>
            {p.missing.map((id) => (
              <li key={id}>
                <a href={`#q-${id}`} onClick={(e) => focusQuestion(e, id)}>
                  問{numberOf.get(id)}：{questions.find((q) => q.id === id)?.text}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {p.saveError && (
        <p class="note note--error" role="alert">
          {p.saveError}
        </p>
      )}

      <div class="diag__buttons no-print">
        <button type="submit" class="button">
          結果を見る
        </button>
        {!confirmReset ? (
          <button
            type="button"
            class="button button--secondary"
            ref={resetButton}
            disabled={!p.ready}
            onClick={() => {
              focusNext.current = 'cancel';
              setConfirmReset(true);
            }}
          >
            最初からやり直す
          </button>
        ) : (
          <span class="diag__confirm" role="group" aria-labelledby="diag-confirm-text">
            <span id="diag-confirm-text">すべての回答を消して最初からやり直しますか。</span>
            <button
              type="button"
              class="button"
              onClick={() => {
                setConfirmReset(false);
                p.onReset();
              }}
            >
              消してやり直す
            </button>
            <button
              type="button"
              class="button button--secondary"
              ref={cancelButton}
              onClick={() => {
                focusNext.current = 'reset';
                setConfirmReset(false);
              }}
            >
              やめる
            </button>
          </span>
        )}
      </div>
    </form>
  );
}
