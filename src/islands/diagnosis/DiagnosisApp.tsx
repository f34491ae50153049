/**
 * The self-diagnosis (/diagnosis/): ties the saved state (the one store: sections `diagnosis`
 * and `profile`, here called org), the share link in the URL fragment and the page's focus
 * together. The rules live in src/lib/diagnosis (session, score, share, labels); the parts of
 * the page are DiagnosisForm, SharedResult and ResultSheet.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AboutQuestion, Answer, DiagnosisContent } from '../../lib/diagnosis/types';
import { scoreAnswers } from '../../lib/diagnosis/score';
import { shareParam } from '../../lib/diagnosis/share-key';
import { chooseAbout, clearedSaved, decideShare, fromSaved, toSaved, type ShareDecision } from '../../lib/diagnosis/session';
import { localDateIso } from '../../lib/dates';
import { countChange, useSavedState } from '../shared/store';
import DiagnosisForm from './DiagnosisForm';
import ResultSheet, { type OrgField } from './ResultSheet';

interface Props {
  content: DiagnosisContent;
  /** Absolute-path URL of the paper version */
  paperHref: string;
}

type Notice = { kind: 'warning' | 'error' | 'success'; text: string };
/** Where the user last changed something: a failed save is shown there. */
type Place = 'form' | 'org' | 'share';
type Shown = Extract<ShareDecision, { kind: 'show' }>;

const nowIso = () => new Date().toISOString();

type ShareTools = typeof import('./ondemand-share');
let shareTools: Promise<ShareTools> | null = null;
/** The share link's reader, writer and view, loaded once, when a link is opened or made. */
const loadShareTools = () =>
  (shareTools ??= import('./ondemand-share').catch((e: unknown) => {
    shareTools = null;
    throw e;
  }));
const SHARE_LOAD_FAILED = '共有リンクの部分を読み込めませんでした。通信を確かめ、ページを再読み込みしてもう一度お試しください。いまの回答は変更していません。';

export default function DiagnosisApp({ content, paperHref }: Props) {
  const { questions, areas, about: aboutQs } = content;
  const [saved, updateDiagnosis, snap] = useSavedState('diagnosis');
  const [org, updateOrg] = useSavedState('profile');
  const session = useMemo(() => fromSaved(saved, questions, aboutQs), [saved]);
  const { answers, about } = session;
  const score = useMemo(() => scoreAnswers(questions, areas, answers), [answers]);

  const [notices, setNotices] = useState<Notice[]>([]);
  const [shared, setShared] = useState<(Shown & { View: ShareTools['SharedResult'] }) | null>(null);
  const [applied, setApplied] = useState('');
  const [showResult, setShowResult] = useState(false);
  const [missing, setMissing] = useState<string[] | null>(null);
  const [shareUrl, setShareUrl] = useState('');
  const [today, setToday] = useState('');
  const [place, setPlace] = useState<Place>('form');
  const [focusTo, setFocusTo] = useState<'result' | 'missing' | 'about' | 'shared' | 'applied' | null>(null);
  const sessionRef = useRef(session);
  sessionRef.current = session;
  const refs = {
    result: useRef<HTMLHeadingElement>(null),
    missing: useRef<HTMLDivElement>(null),
    about: useRef<HTMLHeadingElement>(null),
    shared: useRef<HTMLHeadingElement>(null),
    applied: useRef<HTMLDivElement>(null),
  };

  const notify = (n: Notice) => setNotices((list) => [...list.filter((x) => x.text !== n.text), n]);

  // Focus moves right after the render that shows its target (never left on <body>).
  useLayoutEffect(() => {
    if (!focusTo) return;
    refs[focusTo].current?.focus();
    setFocusTo(null);
  }, [focusTo]);

  /** Reads a share link in the fragment and decides (src/lib/diagnosis/session.ts) what to show. */
  async function readShare() {
    if (shareParam(location.hash) === undefined) return;
    let tools: ShareTools;
    try {
      tools = await loadShareTools();
    } catch {
      notify({ kind: 'error', text: SHARE_LOAD_FAILED });
      return;
    }
    const d = decideShare(tools.decodeShare(location.hash, questions, aboutQs), sessionRef.current);
    if (d.kind === 'none') return;
    if (d.kind === 'show') {
      setShared({ ...d, View: tools.SharedResult });
      setApplied('');
      setFocusTo('shared');
      return;
    }
    clearHash();
    notify({ kind: d.kind === 'error' ? 'error' : 'success', text: d.message });
  }

  // Once the saved state is read: today's local date, the saved result, and a share link.
  useEffect(() => {
    if (!snap.ready) return;
    setToday(localDateIso());
    if (scoreAnswers(questions, areas, sessionRef.current.answers).complete) setShowResult(true);
    void readShare();
    // A share link pasted into this tab's address bar changes only the fragment.
    const onHash = () => void readShare();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [snap.ready]);

  function clearHash() {
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  }

  /**
   * Changes the answers through the store's updater: `change` gets the STORED answers (another
   * tab's answer folded in first), never the ones this render shows.
   */
  function saveSession(change: (s: Pick<typeof session, 'answers' | 'about'>) => Pick<typeof session, 'answers' | 'about'>) {
    setPlace('form');
    updateDiagnosis((d) => {
      const next = change(fromSaved(d, questions, aboutQs));
      return toSaved(d, next.answers, next.about, questions, aboutQs, nowIso());
    });
  }

  function onAnswer(id: string, a: Answer) {
    setMissing((m) => (m ? m.filter((x) => x !== id) : m));
    saveSession((s) => ({ answers: { ...s.answers, [id]: a }, about: s.about }));
  }

  function onAbout(q: AboutQuestion, value: string, checked: boolean) {
    saveSession((s) => ({ answers: s.answers, about: chooseAbout(s.about, q, value, checked) }));
  }

  function onSubmit(e: Event) {
    e.preventDefault();
    if (!score.complete) {
      setMissing(score.unanswered);
      setShowResult(false);
      setFocusTo('missing');
      return;
    }
    setMissing(null);
    setShowResult(true);
    setFocusTo('result');
  }

  function onReset() {
    setPlace('form');
    updateDiagnosis((d) => clearedSaved(d, nowIso()));
    setShowResult(false);
    setMissing(null);
    setShareUrl('');
    setApplied('');
    notify({ kind: 'success', text: '回答をすべて消しました。最初から回答できます。' });
    setFocusTo('about');
  }

  function onReplace() {
    if (!shared) return;
    setPlace('share');
    updateDiagnosis((d) => toSaved(d, shared.shared.answers, shared.shared.about, questions, aboutQs, nowIso()));
    const complete = scoreAnswers(questions, areas, shared.shared.answers).complete;
    setApplied(`共有リンクの回答（${Object.keys(shared.shared.answers).length}問）で置き換えました。${shared.note ?? ''}${complete ? '結果はこの下の設問のあとにあります。' : ''}`);
    setShared(null);
    setShowResult(complete);
    setMissing(null);
    clearHash();
    setFocusTo('applied');
  }

  function onCloseShared() {
    setShared(null);
    clearHash();
    notify({ kind: 'success', text: '共有された結果を閉じました。あなたの回答は変わっていません。' });
    setFocusTo(showResult ? 'result' : 'about');
  }

  async function makeShare() {
    let tools: ShareTools;
    try {
      tools = await loadShareTools();
    } catch {
      notify({ kind: 'error', text: SHARE_LOAD_FAILED });
      return;
    }
    const link = `${location.origin}${location.pathname}#${tools.encodeShare(questions, aboutQs, sessionRef.current.answers, sessionRef.current.about)}`;
    setShareUrl(link);
    navigator.clipboard?.writeText(link).then(
      () => notify({ kind: 'success', text: '共有リンクをコピーしました。メールやチャットで送れます。' }),
      () => undefined,
    );
  }

  function onOrg(field: OrgField, value: string) {
    const v = [...value].slice(0, 100).join('');
    setPlace('org');
    updateOrg((o) => (o[field] === v ? o : { ...o, [field]: v }), { count: false });
  }

  // One wording for every failed save, shown where the user acted (form, 団体名・担当課, share link).
  const saveError = snap.saveError && `${snap.saveError}（入力はこのページを開いている間は使えます。閉じると消えます。）`;
  const loadNotice = snap.loadMessage ? [{ kind: snap.available ? 'error' : 'warning', text: snap.loadMessage } as Notice] : [];
  const sessionNotice = session.note ? [{ kind: 'warning', text: session.note } as Notice] : [];
  return (
    <div class={shared && !(showResult && score.complete) ? 'diag diag--shared' : 'diag'}>
      <div class="diag__notices" role="status">
        {[...loadNotice, ...sessionNotice, ...notices].map((n) => (
          <div class={`note note--${n.kind}`} key={n.text}>
            <p>{n.text}</p>
          </div>
        ))}
      </div>
      {shared && (
        <shared.View
          content={content}
          shared={shared.shared}
          note={shared.note}
          hasOwn={shared.hasOwn}
          ownAnswered={Object.keys(answers).length}
          ownAnswers={answers}
          printable={!(showResult && score.complete)}
          headingRef={refs.shared}
          onReplace={onReplace}
          onClose={onCloseShared}
        />
      )}
      {applied && (
        <div class="note note--success diag__applied no-print" tabIndex={-1} ref={refs.applied}>
          <p>{applied}</p>
          {place === 'share' && saveError && (
            <p class="diag__save-error" role="alert">
              {saveError}
            </p>
          )}
        </div>
      )}

      <DiagnosisForm
        content={content}
        answers={answers}
        about={about}
        ready={snap.ready}
        missing={missing}
        done={showResult && score.complete}
        paperHref={paperHref}
        saveError={place === 'form' ? saveError : ''}
        onAnswer={onAnswer}
        onAbout={onAbout}
        onSubmit={onSubmit}
        onReset={onReset}
        aboutHeadingRef={refs.about}
        missingRef={refs.missing}
      />

      {showResult && score.complete && (
        <ResultSheet
          content={content}
          answers={answers}
          about={about}
          org={org}
          today={today}
          onOrg={onOrg}
          onOrgCommit={countChange}
          orgError={place === 'org' ? saveError : ''}
          shareUrl={shareUrl}
          onShare={makeShare}
          headingRef={refs.result}
        />
      )}
    </div>
  );
}
