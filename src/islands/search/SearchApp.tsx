/**
 * The search page's island: reads ?q= from the URL, fetches the index (only on this page),
 * shows the definition of a glossary term the query names, then ranked results with
 * highlighted snippets, PAGE_SIZE at a time with 「さらに表示」 (focus moves to the first added
 * result); announces the count politely, says when synonyms were used, keeps the query in the
 * URL (Back restores the previous query), and suggests terms when nothing matches.
 * The server renders the form and the idle hints, so the page works before (and without) script.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { TargetedEvent, TargetedKeyboardEvent } from 'preact';
import { createSearch, type SearchOutcome, type SiteSearch } from '../../lib/search/engine';
import { definitionText } from '../../lib/search/definition';
import { splitForeignPhrases } from '../../lib/foreign-phrases';
import { nextPage, PAGE_SIZE, statusText, synonymNotice } from '../../lib/search/messages';
import { suggestTerms } from '../../lib/search/suggest';
import type { SearchIndex, SearchRecord, SnippetPart } from '../../lib/search/types';

export interface Link {
  label: string;
  href: string;
}

export interface Props {
  /** URL of search-index.json, with base */
  indexUrl: string;
  /** The search page's own URL, with base (the form's action) */
  action: string;
  /** import.meta.env.BASE_URL, put in front of the index's site paths */
  base: string;
  /** Pages to offer when nothing matches (hrefs with base) */
  popular: Link[];
  /** Example queries for the idle state */
  examples: string[];
  /** The main sections, listed in the idle state (hrefs with base) */
  sections: Link[];
}

type State =
  | { kind: 'idle' }
  | { kind: 'loading'; q: string }
  | { kind: 'error'; q: string }
  | { kind: 'done'; q: string; outcome: SearchOutcome; suggestions: SearchRecord[] };

let engine: Promise<SiteSearch> | undefined;
/** Fetches and prepares the index once per page. */
function loadEngine(indexUrl: string): Promise<SiteSearch> {
  engine ??= fetch(indexUrl)
    .then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.json() as Promise<SearchIndex>;
    })
    .then((index) => createSearch(index))
    .catch((e: unknown) => {
      engine = undefined;
      throw e;
    });
  return engine;
}

const MAX_Q = 200;
const readQuery = (): string => (new URLSearchParams(location.search).get('q') ?? '').slice(0, MAX_Q);
const withBase = (base: string, path: string) => base.replace(/\/$/, '') + path;

function Parts({ parts }: { parts: SnippetPart[] }) {
  return <>{parts.map((p) => (p.mark ? <mark>{p.text}</mark> : p.text))}</>;
}

/** Moves focus among the result links with the arrow keys (Tab works as usual). */
function onResultsKey(e: TargetedKeyboardEvent<HTMLOListElement>) {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const links = [...e.currentTarget.querySelectorAll<HTMLAnchorElement>('a.search-result__link')];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (at < 0) return;
  const next = links[at + (e.key === 'ArrowDown' ? 1 : -1)];
  if (next) {
    e.preventDefault();
    next.focus();
  }
}

/** The search form, status line and results. */
export default function SearchApp({ indexUrl, action, base, popular, examples, sections }: Props) {
  const [input, setInput] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [shown, setShown] = useState(PAGE_SIZE);
  /** Index of the first result added by 「さらに表示」, to focus once rendered */
  const focusFrom = useRef(-1);
  const baseTitle = useRef('');
  const list = useRef<HTMLOListElement>(null);

  useLayoutEffect(() => {
    if (focusFrom.current < 0) return;
    const links = list.current?.querySelectorAll<HTMLAnchorElement>('a.search-result__link');
    links?.[focusFrom.current]?.focus();
    focusFrom.current = -1;
  }, [shown]);

  const run = async (raw: string) => {
    const q = raw.trim();
    setInput(raw);
    const header = document.getElementById('site-search-q') as HTMLInputElement | null;
    if (header) header.value = raw;
    if (!q) {
      setState({ kind: 'idle' });
      document.title = baseTitle.current;
      return;
    }
    setState({ kind: 'loading', q });
    try {
      const s = await loadEngine(indexUrl);
      const outcome = s.query(q);
      const suggestions = outcome.total || outcome.definition ? [] : suggestTerms(s.records, q);
      setShown(PAGE_SIZE);
      setState({ kind: 'done', q, outcome, suggestions });
      document.title = `「${q}」の検索結果（${outcome.total}件）｜${baseTitle.current}`;
    } catch {
      setState({ kind: 'error', q });
    }
  };

  useEffect(() => {
    baseTitle.current = document.title;
    void run(readQuery());
    const onPop = () => void run(readQuery());
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  const onSubmit = (e: TargetedEvent<HTMLFormElement>) => {
    e.preventDefault();
    const q = input.slice(0, MAX_Q);
    const url = new URL(location.href);
    url.searchParams.set('q', q);
    if (url.href !== location.href) history.pushState(null, '', url);
    void run(q);
  };

  const onInputKey = (e: TargetedKeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      const first = list.current?.querySelector<HTMLAnchorElement>('a.search-result__link');
      if (first) {
        e.preventDefault();
        first.focus();
      }
    }
  };

  const status =
    state.kind === 'idle'
      ? ''
      : state.kind === 'loading'
        ? `「${state.q}」を検索しています…`
        : state.kind === 'error'
          ? '検索の準備ができませんでした。通信状態を確かめて、ページを再読み込みしてください。'
          : statusText(state.q, state.outcome);
  const done = state.kind === 'done' ? state.outcome : undefined;
  const notice = done ? synonymNotice(done) : '';
  const page = done ? nextPage(shown, done.total, 0) : { show: 0, remaining: 0 };
  const more = done ? nextPage(shown, done.total) : { show: 0, remaining: 0 };

  const showMore = () => {
    focusFrom.current = shown;
    setShown(more.show);
  };

  return (
    <div class="search-app">
      <form class="search-form" role="search" aria-labelledby="search-page-q-label" action={action} method="get" onSubmit={onSubmit}>
        <label id="search-page-q-label" for="search-page-q">調べたい言葉</label>
        <span class="search-form__row">
          <input
            id="search-page-q"
            name="q"
            type="search"
            value={input}
            maxLength={MAX_Q}
            autocomplete="off"
            enterkeyhint="search"
            aria-describedby="search-page-hint"
            onInput={(e) => setInput(e.currentTarget.value)}
            onKeyDown={onInputKey}
          />
          <button type="submit">検索</button>
        </span>
        <span id="search-page-hint" class="search-form__hint">
          スペースで区切ると、すべての言葉を含むページを探します（なければ、含む言葉の多いページ）。言い換え（VPN→リモートアクセスなど）でも探します。ひらがな・カタカナ、全角・半角の違いは区別しません。
        </span>
      </form>

      <p class="search-status" role="status" aria-live="polite">{status}</p>
      {notice && <p class="search-synonyms">{notice}</p>}

      {done?.definition && (
        <section class="search-definition" aria-labelledby="search-definition-title">
          <h2 id="search-definition-title">用語の意味：{done.definition.t}</h2>
          <p>{splitForeignPhrases(definitionText(done.definition)).map((part) => (part.lang ? <span lang={part.lang}>{part.text}</span> : part.text))}</p>
          <p class="search-definition__more">
            <a href={withBase(base, done.definition.u)}>用語集で「{done.definition.t}」を読む</a>
          </p>
        </section>
      )}

      {/* The idle state (what the server renders) holds everything below the form, so that
          results replace it instead of pushing it down (no layout shift when a query loads). */}
      {state.kind === 'idle' && (
        <div class="search-idle">
          <p>例：{examples.map((q, i) => (
            <>{i > 0 && '、'}<a href={`${action}?q=${encodeURIComponent(q)}`}>{q}</a></>
          ))}</p>
          <section class="search-sections" aria-labelledby="search-sections">
            <h2 id="search-sections">主なページから探す</h2>
            <ul>
              {sections.map((l) => (
                <li key={l.href}><a href={l.href}>{l.label}</a></li>
              ))}
            </ul>
          </section>
        </div>
      )}

      {state.kind === 'done' && done && done.total > 0 && (
        <ol class="search-results" ref={list} onKeyDown={onResultsKey} aria-label={`「${state.q}」の検索結果（${done.total}件中${page.show}件を表示）`}>
          {done.hits.slice(0, page.show).map((h) => (
            <li class="search-result" key={h.record.u}>
              <a class="search-result__link" href={withBase(base, h.record.u)}>
                <Parts parts={h.title} />
              </a>
              <span class="search-result__where">{h.record.p}</span>
              {h.snippet.length > 0 && (
                <span class="search-result__snippet">
                  <Parts parts={h.snippet} />
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      {done && more.show > page.show && (
        <p class="search-more">
          <button type="button" onClick={showMore}>
            さらに表示（{more.show - page.show}件。全{done.total}件中{page.show}件を表示中）
          </button>
        </p>
      )}

      {state.kind === 'done' && done && done.total === 0 && !done.definition && (
        <div class="search-empty">
          <h2>見つからないときは</h2>
          <ul>
            <li>言葉を短くするか、別の言い方で探してください（例：「経費」→「費用」）。</li>
            <li>打ち間違いがないか確かめてください。</li>
          </ul>
          {state.suggestions.length > 0 && (
            <>
              <h3>似た言葉（用語集）</h3>
              <ul>
                {state.suggestions.map((r) => (
                  <li key={r.u}><a href={withBase(base, r.u)}>{r.t}</a></li>
                ))}
              </ul>
            </>
          )}
          <h3>よく読まれるページ</h3>
          <ul>
            {popular.map((l) => (
              <li key={l.href}><a href={l.href}>{l.label}</a></li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
