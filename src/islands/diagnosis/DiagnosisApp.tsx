/**
 * The self-diagnosis (/diagnosis/): a real form of radio groups, rendered on the server so it
 * reads without JavaScript; in the browser it saves answers as they are given, restores them,
 * reads share links, and shows the result. All logic is in src/lib/diagnosis.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ANSWER_LABELS, ANSWER_POINTS, ANSWER_VALUES, type Answer, type Answers, type DiagnosisContent, type ProfileAnswers } from '../../lib/diagnosis/types';
import { bandFor, nextActions, placeStep, scoreAnswers } from '../../lib/diagnosis/score';
import { recommendCases, recommendPrograms, tickedConcerns } from '../../lib/diagnosis/recommend';
import { comparePeers } from '../../lib/diagnosis/peers';
import { decodeShare, encodeShare } from '../../lib/diagnosis/share';
import { profileApplies, reconcile } from '../../lib/diagnosis/reconcile';
import { formatWareki } from '../../lib/dates';
import { emptyState } from '../../lib/storage';
import type { SavedState } from '../../schemas/state/envelope';
import { readSaved, writeSaved } from './store';

interface Props {
  content: DiagnosisContent;
  /** Absolute-path URL of the paper version */
  paperHref: string;
}

type Notice = { kind: 'warning' | 'error' | 'success' | 'info'; text: string };
type Pending = { answers: Answers; profile: ProfileAnswers; note?: string | undefined };

/** A survey percentage as 別添1 prints it: one decimal, 100 without. */
const pct = (x: number) => (x === 100 ? '100' : x.toFixed(1));
const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const sortKeys = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));

export default function DiagnosisApp({ content, paperHref }: Props) {
  const { questions, areas, profile: profileQs } = content;
  const [answers, setAnswers] = useState<Answers>({});
  const [profile, setProfile] = useState<ProfileAnswers>({});
  const [org, setOrg] = useState({ name: '', department: '' });
  const [hydrated, setHydrated] = useState(false);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [pending, setPending] = useState<Pending | null>(null);
  const [showResult, setShowResult] = useState(false);
  const [missing, setMissing] = useState<string[] | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const [shareUrl, setShareUrl] = useState('');
  const [today, setToday] = useState('');
  const memory = useRef<SavedState>(emptyState());
  const rawSaved = useRef<SavedState['diagnosis'] | null>(null);
  const missingRef = useRef<HTMLDivElement>(null);
  const answersRef = useRef<Answers>({});
  const profileRef = useRef<ProfileAnswers>({});
  const orgRef = useRef({ name: '', department: '' });
  answersRef.current = answers;
  profileRef.current = profile;
  const resultRef = useRef<HTMLElement>(null);

  const notify = (n: Notice) => setNotices((list) => [...list.filter((x) => x.text !== n.text), n]);

  // Restore from storage, then read a share link in the fragment.
  useEffect(() => {
    const loaded = readSaved();
    memory.current = loaded.state;
    const found: Notice[] = [];
    if (loaded.message) found.push({ kind: loaded.available ? 'error' : 'warning', text: loaded.message });
    const saved = loaded.state.diagnosis;
    rawSaved.current = saved;
    const r = reconcile(questions, profileQs, saved.answers, saved.profile);
    if (r.note) found.push({ kind: 'info', text: r.note });
    setAnswers(r.answers);
    setProfile(r.profile);
    orgRef.current = { name: loaded.state.profile.name, department: loaded.state.profile.department };
    setOrg(orgRef.current);
    const shared = readShare(r.answers, r.profile);
    if (shared.notice) found.push(shared.notice);
    if (!shared.handled && scoreAnswers(questions, areas, r.answers).complete) setShowResult(true);
    setNotices(found);
    setToday(new Date().toISOString().slice(0, 10));
    setHydrated(true);
    // Another tab saved: take its diagnosis if it is newer.
    const onStorage = () => {
      const again = readSaved();
      memory.current = again.state;
      if (again.state.diagnosis.updatedAt > (rawSaved.current?.updatedAt ?? '')) {
        rawSaved.current = again.state.diagnosis;
        const rr = reconcile(questions, profileQs, again.state.diagnosis.answers, again.state.diagnosis.profile);
        setAnswers(rr.answers);
        setProfile(rr.profile);
      }
    };
    // A share link pasted into this tab's address bar changes only the fragment.
    const onHash = () => {
      const res = readShare(answersRef.current, profileRef.current);
      if (res.notice) notify(res.notice);
    };
    window.addEventListener('storage', onStorage);
    window.addEventListener('hashchange', onHash);
    return () => {
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('hashchange', onHash);
    };
  }, []);

  /** Reads a share link in the fragment: applies it at once when there is nothing to replace, else asks. */
  function readShare(own: Answers, ownProfile: ProfileAnswers): { handled: boolean; notice?: Notice } {
    const shared = decodeShare(location.hash, questions, profileQs);
    if (shared.kind === 'none') return { handled: false };
    if (shared.kind === 'error') {
      clearHash();
      return { handled: false, notice: { kind: 'error', text: shared.message } };
    }
    const hasOwn = Object.keys(own).length > 0 || Object.keys(ownProfile).length > 0;
    const same = sameJson(sortKeys(shared.answers), sortKeys(own)) && sameJson(sortKeys(shared.profile), sortKeys(ownProfile));
    if (hasOwn && !same) {
      setPending({ answers: shared.answers, profile: shared.profile, note: shared.note });
      return { handled: true };
    }
    setAnswers(shared.answers);
    setProfile(shared.profile);
    persist(shared.answers, shared.profile, undefined, true);
    clearHash();
    setShowResult(scoreAnswers(questions, areas, shared.answers).complete);
    return { handled: true, notice: { kind: 'success', text: `共有リンクの回答（${Object.keys(shared.answers).length}問）を読み込みました。${shared.note ?? ''}` } };
  }

  function clearHash() {
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  }

  /** Saves through the storage layer; answers to removed questions stay in storage. */
  function persist(a: Answers, p: ProfileAnswers, o = orgRef.current, quiet = false) {
    const now = new Date().toISOString();
    const keptAnswers = Object.fromEntries(Object.entries(rawSaved.current?.answers ?? {}).filter(([id]) => !questions.some((q) => q.id === id)));
    const keptProfile = Object.fromEntries(Object.entries(rawSaved.current?.profile ?? {}).filter(([id]) => !profileQs.some((q) => q.id === id)));
    const diagnosis = { answers: { ...keptAnswers, ...a }, profile: { ...keptProfile, ...p }, updatedAt: now };
    rawSaved.current = diagnosis;
    const prof = { name: o.name, department: o.department, updatedAt: o.name !== memory.current.profile.name || o.department !== memory.current.profile.department ? now : memory.current.profile.updatedAt };
    const { state, result } = writeSaved(memory.current, diagnosis, prof);
    memory.current = state;
    if (!result.ok && !quiet) notify({ kind: 'warning', text: `${result.message}（自己診断の回答はこのページを開いている間は使えます。共有リンクで控えを残せます。）` });
  }

  const score = useMemo(() => scoreAnswers(questions, areas, answers), [answers]);
  const answeredCount = score.answered;

  function setAnswer(id: string, a: Answer) {
    const next = { ...answers, [id]: a };
    setAnswers(next);
    setMissing((m) => (m ? m.filter((x) => x !== id) : m));
    persist(next, profile);
  }

  function setProfileValue(id: string, value: string, checked: boolean, multiple: boolean) {
    let next: ProfileAnswers;
    if (multiple) {
      const cur = tickedConcerns(profile).filter((v) => v !== value);
      const vals = checked ? [...cur, value] : cur;
      const order = profileQs.find((q) => q.id === id)!.options.map((o) => o.value);
      next = { ...profile, [id]: vals.sort((a, b) => order.indexOf(a) - order.indexOf(b)) };
    } else {
      next = { ...profile, [id]: value };
    }
    setProfile(next);
    persist(answers, next);
  }

  function onSubmit(e: Event) {
    e.preventDefault();
    if (!score.complete) {
      setMissing(score.unanswered);
      setShowResult(false);
      requestAnimationFrame(() => missingRef.current?.focus());
      return;
    }
    setMissing(null);
    setShowResult(true);
    requestAnimationFrame(() => resultRef.current?.focus());
  }

  function doReset() {
    setAnswers({});
    setProfile({});
    setShowResult(false);
    setMissing(null);
    setConfirmReset(false);
    setShareUrl('');
    rawSaved.current = { answers: {}, profile: {}, updatedAt: '' };
    persist({}, {});
    notify({ kind: 'info', text: '回答をすべて消しました。最初から回答できます。' });
  }

  function acceptPending(yes: boolean) {
    if (!pending) return;
    if (yes) {
      setAnswers(pending.answers);
      setProfile(pending.profile);
      persist(pending.answers, pending.profile);
      setShowResult(scoreAnswers(questions, areas, pending.answers).complete);
      notify({ kind: 'success', text: `共有リンクの回答で置き換えました。${pending.note ?? ''}` });
    } else {
      notify({ kind: 'info', text: '共有リンクの回答は読み込まず、これまでの回答を残しました。' });
    }
    setPending(null);
    clearHash();
  }

  function makeShare() {
    const frag = encodeShare(questions, profileQs, answers, profile);
    const link = `${location.origin}${location.pathname}#${frag}`;
    setShareUrl(link);
    navigator.clipboard?.writeText(link).then(
      () => notify({ kind: 'success', text: '共有リンクをコピーしました。メールやチャットで送れます。' }),
      () => undefined,
    );
  }

  function setOrgField(key: 'name' | 'department', value: string) {
    const next = { ...org, [key]: value.slice(0, 100) };
    orgRef.current = next;
    setOrg(next);
    persist(answers, profile, next, true);
  }

  const total = questions.length;
  return (
    <div class="diag">
      <div class="diag__notices" role="status">
        {notices.map((n) => (
          <div class={`note note--${n.kind === 'info' ? 'warning' : n.kind}`} key={n.text}>
            <p>{n.text}</p>
          </div>
        ))}
      </div>
      {pending && (
        <section class="note note--warning diag__pending" aria-labelledby="pending-heading">
          <h2 id="pending-heading">共有リンクの回答を読み込みますか</h2>
          <p>
            このリンクには{Object.keys(pending.answers).length}問分の回答が入っています。このブラウザにはすでに{answeredCount}問分の回答が保存されています。共有リンクの回答で置き換えると、いまの回答は消えます。
          </p>
          <div class="diag__buttons">
            <button type="button" class="button" onClick={() => acceptPending(true)}>共有リンクの回答で置き換える</button>
            <button type="button" class="button button--secondary" onClick={() => acceptPending(false)}>いまの回答を残す</button>
          </div>
        </section>
      )}

      <form id="diagnosis-form" class={showResult ? 'diag__form diag__form--done' : 'diag__form'} action={`${paperHref}`} method="get" onSubmit={onSubmit} aria-describedby="diag-progress">
        <p id="diag-progress" class="diag__progress" aria-live="polite">
          <span>{answeredCount} / {total} 問</span>
          {hydrated ? ' 回答済み' : ''}
        </p>

        <h2 id="profile-heading">団体について</h2>
        <p class="meta">比較と支援策・事例の選定に使います。点数には影響しません。</p>
        {profileQs.map((pq) => {
          const applies = profileApplies(pq, profile) || !hydrated;
          return (
            <fieldset class="diag__q diag__q--profile" id={`p-${pq.id}`} key={pq.id} disabled={!applies}>
              <legend>{pq.label}</legend>
              {pq.hint && <p class="meta">{pq.hint}</p>}
              <div class={pq.multiple ? 'diag__options diag__options--stack' : 'diag__options'}>
                {pq.options.map((o) => {
                  const v = profile[pq.id];
                  const checked = Array.isArray(v) ? v.includes(o.value) : v === o.value;
                  return (
                    <label key={o.value}>
                      <input
                        type={pq.multiple ? 'checkbox' : 'radio'}
                        name={`p-${pq.id}`}
                        value={o.value}
                        checked={checked}
                        onChange={(e) => setProfileValue(pq.id, o.value, (e.currentTarget as HTMLInputElement).checked, pq.multiple)}
                      />{' '}
                      {o.label}
                    </label>
                  );
                })}
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
              .map((q, i) => ({ q, i }))
              .filter(({ q }) => q.area === area.id)
              .map(({ q, i }) => (
                <fieldset class={missing?.includes(q.id) ? 'diag__q diag__q--missing' : 'diag__q'} id={`q-${q.id}`} key={q.id}>
                  <legend>
                    <span class="diag__num">問{i + 1}</span> {q.text}
                  </legend>
                  <div class="diag__options">
                    {ANSWER_VALUES.map((a) => (
                      <label key={a}>
                        <input type="radio" name={`q-${q.id}`} value={a} checked={answers[q.id] === a} onChange={() => setAnswer(q.id, a)} /> {ANSWER_LABELS[a]}
                      </label>
                    ))}
                  </div>
                  <details class="diag__why">
                    <summary>なぜ大切か</summary>
                    <p>{q.why}</p>
                    <p class="meta">
                      <a href={q.href}>{q.hrefLabel}</a>（{q.sourceLabel}）{q.essential ? `・ステップ${q.step}の必須項目` : ''}
                    </p>
                  </details>
                </fieldset>
              ))}
          </section>
        ))}

        {missing && missing.length > 0 && (
          <div class="note note--error diag__missing" ref={missingRef} tabIndex={-1} role="alert">
            <p>
              まだ回答していない設問が{missing.length}問あります。すべて回答すると結果を表示します（分からない設問は「わからない」を選んでください）。
            </p>
            <ul>
              {missing.map((id) => {
                const i = questions.findIndex((q) => q.id === id);
                return (
                  <li key={id}>
                    <a href={`#q-${id}`}>
                      問{i + 1}：{questions[i]!.text}
                    </a>
                  </li>
                );
              })}
            </ul>
          </div>
        )}

        <div class="diag__buttons no-print">
          <button type="submit" class="button">結果を見る</button>
          {!confirmReset ? (
            <button type="button" class="button button--secondary" onClick={() => setConfirmReset(true)} disabled={!hydrated}>
              最初からやり直す
            </button>
          ) : (
            <span class="diag__confirm" role="group" aria-label="やり直しの確認">
              <span>すべての回答を消して最初からやり直しますか。</span>
              <button type="button" class="button" onClick={doReset}>消してやり直す</button>
              <button type="button" class="button button--secondary" onClick={() => setConfirmReset(false)}>やめる</button>
            </span>
          )}
        </div>
        {!hydrated && (
          <p class="meta">
            結果の計算にはJavaScriptが必要です。JavaScriptが使えない場合は、<a href={paperHref}>紙で回答して手で採点できる版</a>を印刷してください。
          </p>
        )}
      </form>

      {showResult && score.complete && (
        <Result content={content} answers={answers} profile={profile} org={org} today={today} shareUrl={shareUrl} onShare={makeShare} onOrg={setOrgField} resultRef={resultRef} />
      )}
    </div>
  );
}

interface ResultProps {
  content: DiagnosisContent;
  answers: Answers;
  profile: ProfileAnswers;
  org: { name: string; department: string };
  today: string;
  shareUrl: string;
  onShare: () => void;
  onOrg: (key: 'name' | 'department', value: string) => void;
  resultRef: { current: HTMLElement | null };
}

function Result({ content, answers, profile, org, today, shareUrl, onShare, onOrg, resultRef }: ResultProps) {
  const { questions, areas } = content;
  const score = scoreAnswers(questions, areas, answers);
  const { band } = bandFor(content.bands, score.total);
  const place = placeStep(questions, answers);
  const step = content.steps[place.step - 1]!;
  const actions = nextActions(questions, answers, place.step);
  const programs = recommendPrograms(content.rules, content.programs, answers, profile);
  const cases = recommendCases(content.rules, content.cases, content.fallbackCases, answers, profile);
  const peers = comparePeers(content.profile, profile, content.peers);
  const concerns = content.concerns.filter((c) => tickedConcerns(profile).includes(c.id));
  const label = (id: string, v: string | string[] | undefined) => {
    const q = content.profile.find((x) => x.id === id);
    const vals = Array.isArray(v) ? v : v ? [v] : [];
    return vals.map((x) => q?.options.find((o) => o.value === x)?.label ?? x).join('、') || '未回答';
  };

  return (
    <section id="result" class="diag__result" ref={resultRef} tabIndex={-1} aria-labelledby="result-heading">
      <h2 id="result-heading">診断結果</h2>
      <div class="diag__sheet-head">
        <p class="print-only">テレワーク導入の自己診断 結果シート（自治体テレワーク推進ナビ）</p>
        <div class="diag__org">
          <label>
            団体名（任意）
            <input type="text" name="org-name" value={org.name} maxLength={100} autoComplete="organization" onInput={(e) => onOrg('name', (e.currentTarget as HTMLInputElement).value)} />
          </label>
          <label>
            担当課（任意）
            <input type="text" name="org-department" value={org.department} maxLength={100} onInput={(e) => onOrg('department', (e.currentTarget as HTMLInputElement).value)} />
          </label>
        </div>
        <p class="print-only">
          団体名：{org.name || '　'}　担当課：{org.department || '　'}
        </p>
        <p>診断日：{today ? formatWareki(today) : ''}</p>
      </div>

      <p class="diag__total">
        合計 <strong>{score.total}点</strong>（100点満点）
        {score.unknown > 0 && <span>　「わからない」{score.unknown}問（各−1点）</span>}
      </p>
      <p class="diag__band">
        結果の区分：<strong>{band.label}</strong>（{band.min}〜{band.max}点）
      </p>
      <p>{band.text}</p>
      <p class="meta">{content.bandNote}</p>

      <h3>領域ごとの点数</h3>
      <AreaChart areas={score.areas} />
      <table class="diag__table">
        <caption>領域ごとの点数（各領域100点満点に換算）</caption>
        <thead>
          <tr>
            <th scope="col">領域</th>
            <th scope="col">点数</th>
            <th scope="col">設問数</th>
            <th scope="col">「わからない」</th>
          </tr>
        </thead>
        <tbody>
          {score.areas.map((a) => (
            <tr key={a.id}>
              <th scope="row">{a.label}</th>
              <td>{a.score}点</td>
              <td>{a.questions}問</td>
              <td>{a.unknown}問</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>いまの位置</h3>
      <p class="diag__step">
        {place.allInPlace ? 'すべてのステップの必須項目がそろっています。' : ''}
        <a href={step.href}>
          ステップ{step.number}「{step.title}」
        </a>
        のあたりにいます。
      </p>
      {place.missing.length > 0 && (
        <>
          <p>このステップでまだそろっていない必須項目：</p>
          <ul>
            {place.missing.map((q) => (
              <li key={q.id}>
                {q.text}（あなたの回答：{ANSWER_LABELS[answers[q.id] as Answer] ?? '未回答'}）
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="meta">いまの位置は、ステップ1から順に、そのステップの必須項目がすべて「実施している」かどうかで決めています。</p>

      <h3>次にすること</h3>
      {actions.length > 0 ? (
        <ol class="diag__actions">
          {actions.map((q) => (
            <li key={q.id}>
              <p>{q.action}</p>
              <p class="meta">
                手引き：<a href={q.href}>{q.hrefLabel}</a>（{q.sourceLabel}）
              </p>
            </li>
          ))}
        </ol>
      ) : (
        <p>すべての設問が「実施している」です。本格実施後も定期的に見直し、PDCAサイクルを回しましょう。</p>
      )}

      <h3>同じ規模の団体との比較</h3>
      {peers ? (
        <ul>
          {[peers.band, peers.kind].filter((f) => f !== undefined).map((f) => (
            <li key={f!.label}>
              {peers.asOfLabel}現在、{f!.label}のテレワーク導入率は<strong>{pct(f!.percent)}%</strong>（{f!.bodies.toLocaleString('ja-JP')}団体中{f!.count.toLocaleString('ja-JP')}団体）です。前年（{peers.prevAsOfLabel}現在）の{pct(f!.prevPercent)}%から{f!.increasePoints.toFixed(1)}ポイント増え、この1年で{f!.newlyAdopted}団体が新たに導入しました。
            </li>
          ))}
        </ul>
      ) : (
        <p>{content.peers ? '「団体の種類」を選ぶと、同じ種類・規模の団体の導入率を表示します。' : '調査結果のデータを読み込めなかったため、比較を表示できません。'}</p>
      )}
      {peers && <p class="meta">出典：総務省「地方公共団体におけるテレワークの取組状況調査結果」（通知の別添1）。「導入」には試験的・実験的な導入を含みます。</p>}

      <h3>懸念への手引きの答え</h3>
      {concerns.length > 0 ? (
        concerns.map((c) => (
          <div class="diag__concern" key={c.id}>
            <h4>{c.label}</h4>
            {c.lead && <p>{c.lead}</p>}
            <ul>
              {c.answers.map((a, i) => (
                <li key={i}>
                  {a.title && <strong>{a.title}：</strong>}
                  {a.text}
                  <span class="meta">
                    （{a.href ? <a href={a.href}>{a.hrefLabel}</a> : null}
                    {a.href ? '、' : ''}
                    {a.source}）
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ))
      ) : (
        <p>懸念は選ばれていません。「当てはまる懸念」を選ぶと、手引きの答えを表示します。</p>
      )}

      <h3>使える国の支援策</h3>
      {programs.length > 0 ? (
        <ul>
          {programs.map((p) => (
            <li key={p.item.id}>
              <a href={p.item.href}>{p.item.title}</a>：{p.reasons[0]}
              {p.item.note && <span class="meta">（{p.item.note}）</span>}
            </li>
          ))}
        </ul>
      ) : (
        <p>回答からは特に該当する支援策はありませんでした。</p>
      )}

      <h3>参考になる取組事例</h3>
      <ul>
        {cases.map((c) => (
          <li key={c.item.id}>
            <a href={c.item.href}>{c.item.title}</a>
            {c.item.note && `「${c.item.note}」`}
            {c.reasons[0] && <>：{c.reasons[0]}</>}
          </li>
        ))}
      </ul>

      <div class="print-only diag__answers">
        <h3>回答の一覧</h3>
        <table class="diag__table">
          <caption>回答（実施している4点・一部実施2点・実施していない0点・わからない−1点）</caption>
          <thead>
            <tr>
              <th scope="col">問</th>
              <th scope="col">設問</th>
              <th scope="col">回答</th>
              <th scope="col">点</th>
            </tr>
          </thead>
          <tbody>
            {content.profile.map((pq) => (
              <tr key={pq.id}>
                <td>—</td>
                <th scope="row">{pq.label}</th>
                <td colSpan={2}>{label(pq.id, profile[pq.id])}</td>
              </tr>
            ))}
            {questions.map((q, i) => (
              <tr key={q.id}>
                <td>{i + 1}</td>
                <th scope="row">{q.text}</th>
                <td>{ANSWER_LABELS[answers[q.id] as Answer]}</td>
                <td>{ANSWER_POINTS[answers[q.id] as Answer]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3 class="no-print">結果を残す・共有する</h3>
      <div class="no-print diag__share">
        <p>共有リンクには回答だけが入ります（団体名・担当課は入りません）。開いた人のブラウザで同じ結果を表示します。</p>
        <div class="diag__buttons">
          <button type="button" class="button" onClick={onShare}>共有リンクを作る</button>
          <button type="button" class="button button--secondary" onClick={() => window.print()}>結果シートを印刷する（A4）</button>
        </div>
        {shareUrl && (
          <label class="diag__share-url">
            共有リンク（選択してコピーできます）
            <input type="text" readOnly value={shareUrl} onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />
          </label>
        )}
      </div>
    </section>
  );
}

/** Horizontal bars, one per area, with the area and score written beside each bar. */
function AreaChart({ areas }: { areas: { id: string; shortLabel: string; score: number }[] }) {
  const rowH = 28;
  const labelW = 120;
  const barW = 300;
  const h = areas.length * rowH + 24;
  return (
    <svg class="diag__chart" viewBox={`0 0 ${labelW + barW + 60} ${h}`} role="img" aria-labelledby="chart-title chart-desc">
      <title id="chart-title">領域ごとの点数の棒グラフ</title>
      <desc id="chart-desc">{areas.map((a) => `${a.shortLabel} ${a.score}点`).join('、')}（同じ内容を下の表に示します）</desc>
      {[0, 50, 100].map((t) => (
        <g key={t}>
          <line x1={labelW + (barW * t) / 100} x2={labelW + (barW * t) / 100} y1={0} y2={areas.length * rowH} class="diag__grid" />
          <text x={labelW + (barW * t) / 100} y={areas.length * rowH + 16} text-anchor="middle" class="diag__tick">
            {t}
          </text>
        </g>
      ))}
      {areas.map((a, i) => (
        <g key={a.id}>
          <text x={labelW - 8} y={i * rowH + 19} text-anchor="end" class="diag__label">
            {a.shortLabel}
          </text>
          <rect x={labelW} y={i * rowH + 6} width={Math.max(0, (barW * a.score) / 100)} height={rowH - 12} class="diag__bar" />
          <text x={labelW + (barW * a.score) / 100 + 6} y={i * rowH + 19} class="diag__value">
            {a.score}点
          </text>
        </g>
      ))}
    </svg>
  );
}
