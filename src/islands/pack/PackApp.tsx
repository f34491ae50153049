/**
 * /pack/ — the 決裁パック: one document from the saved state alone, each part from a new page:
 * cover, diagnosis result, 導入工程表 (A4 landscape), progress summary, inventory summary. A
 * part not done yet says so with a link instead of printing empty. On screen: the checklist
 * of parts, one 「印刷する」 button and the preview. The running header (団体名) and the
 * 「n / N」 page numbers are CSS page-margin boxes (src/styles/print.css); the island hands
 * them the 団体名 through the custom property --pack-org (CSSOM, allowed by the CSP).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatWarekiWithSeireki, localDateIso, localDateTime } from '../../lib/dates';
import { effectivePlan } from '../../lib/plan';
import { hasProgress, type StepInfo } from '../../lib/tracker';
import { progressReport } from '../../lib/tracker-report';
import type { LevelInput } from '../../lib/inventory/levels';
import type { Answers } from '../../lib/diagnosis/types';
import { derivedStorage, downloadBlob, useSavedState } from '../shared/store';
import { readPageData } from '../shared/page-data';
import { writeOutcomeCache } from '../../lib/inventory/level-cache';
import { cachedOutcomes, readOutcomeCache } from '../../lib/inventory/cached-outcomes';
import type { Outcome } from '../../lib/inventory/outcome';
import type { TaskRow } from '../../schemas/state/inventory';
import { emptyKian, type KianState } from '../../schemas/state/kian';
import { contentForKian, scopeTasks, type PackContent } from '../../lib/kian-pack';
import { kianDocument, kianDrafts, kianFileName, type KianProgram } from '../../lib/kian';
import KianPart from './KianPart';
import SavedDataProblem from '../SavedDataProblem';
import KianEditor from './KianEditor';
import './kian.css';
import PlanGrid from '../shared/PlanGrid';
import { handoverLines } from '../../lib/handover';
import ProgressReport from '../ProgressReport';
import DiagnosisPart, { type PackDiagnosisContent } from './DiagnosisPart';
import InventoryPart from './InventoryPart';
import '../shared/tracker.css';

export const PARTS = [
  { id: 'diagnosis', label: '自己診断の結果' },
  { id: 'plan', label: '導入工程表' },
  { id: 'progress', label: '10ステップの進捗' },
  { id: 'inventory', label: '業務の棚卸し' },
] as const;
type PartId = (typeof PARTS)[number]['id'];

/** The guide's content the pack prints: written by src/pages/pack/index.astro as a JSON data block (PageData). */
export interface PackPageContent {
  steps: StepInfo[];
  diagnosis: PackDiagnosisContent;
  levels: LevelInput[];
  programs: KianProgram[];
}

interface Props {
  /** The id of the page's JSON data block holding a PackPageContent */
  contentId: string;
  hrefs: Record<PartId, string>;
  /** The version of the inventory's rules as built (src/utils/inventory-rules-key.ts), for the level cache */
  rulesKey: string;
}


/** A CSS string literal for the page-margin box, as src/lib/css-string.ts (a copy: importing it puts /pack/ in a chunk shared with /diagnosis/'s result sheet: 9 KB more). */
const cssString = (s: string) => `"${s.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r\f]/g, ' ')}"`;

/**
 * The island: reads the page's content once mounted (the server's HTML and the first render in the
 * browser are the same placeholder), then shows the pack.
 */
export default function PackApp({ contentId, ...rest }: Props) {
  const [content, setContent] = useState<PackPageContent | null>();
  useEffect(() => setContent(readPageData(contentId)), []);
  return content ? <PackView {...content} {...rest} /> : <p class={content === null ? 'note note--warning' : ''}>{content === null ? '手引きの内容を読み込めませんでした。ページを再読み込みしてください。' : '準備しています。'}</p>;
}

function PackView({ steps, diagnosis, levels, hrefs, programs, rulesKey }: PackPageContent & Omit<Props, 'contentId'>) {
  const [savedKian, updateSavedKian, snap] = useSavedState('kian');
  const kian = savedKian ?? emptyKian();
  const updateKian = (fn: (k: KianState) => KianState) => updateSavedKian((k) => fn(k ?? emptyKian()));
  const [wordStatus, setWordStatus] = useState('');
  const wordBusy = useRef(false);
  const { profile, tracker, plan, inventory } = snap.state;
  const [today, setToday] = useState('');
  const [chosen, setChosen] = useState<Record<PartId, boolean>>({ diagnosis: true, plan: true, progress: true, inventory: true });
  const [details, setDetails] = useState(false);
  useEffect(() => {
    setToday(localDateIso());
    const only = new URLSearchParams(location.search).get('parts');
    if (only) setChosen(Object.fromEntries(PARTS.map((p) => [p.id, only.split(',').includes(p.id)])) as Record<PartId, boolean>);
  }, []);
  useEffect(() => {
    document.documentElement.style.setProperty('--pack-org', cssString(profile.name || '団体名（未入力）'));
  }, [profile.name]);

  const answers = snap.state.diagnosis.answers as Answers;
  const eff = effectivePlan(plan, steps);
  const report = progressReport(snap.state, steps, today, eff);
  const done: Record<PartId, boolean> = {
    diagnosis: Object.keys(answers).some((id) => diagnosis.questions.some((q) => q.id === id)),
    plan: eff !== null,
    progress: hasProgress(tracker),
    inventory: inventory.tasks.length > 0,
  };
  const included = PARTS.filter((p) => chosen[p.id]);
  // Its own function, so the failure handler stays outside the import helper that retries (src/plugins/lean-preload.mjs).
  const loadOutcomes = () => import('../../lib/inventory/ondemand-outcomes');
  const content: PackContent = { steps, diagnosis, levels, programs };
  // Each task's level, 要確認 and residents' note: as /inventory/ stored them for the task as it is
  // now (src/lib/inventory/level-cache.ts); for any task without a current result, all are derived
  // with the classifier, loaded only then (merged or restored rows, rows of another tab, new rules).
  const cached = useMemo(() => (snap.ready ? cachedOutcomes(inventory.tasks, rulesKey, readOutcomeCache(derivedStorage())) : []), [inventory.tasks, snap.ready, rulesKey]);
  const missing = cached.includes(null);
  const [derivedNow, setDerivedNow] = useState<{ tasks: TaskRow[]; outcomes: Outcome[] } | null>(null);
  const [deriveFailed, setDeriveFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!missing) return;
    let live = true;
    const list = inventory.tasks;
    setDeriveFailed(false);
    loadOutcomes().then(
      ({ outcomesFor }) => {
        const outcomes = outcomesFor(list, levels);
        writeOutcomeCache(derivedStorage(), rulesKey, list, outcomes);
        if (live) setDerivedNow({ tasks: list, outcomes });
      },
      () => live && setDeriveFailed(true),
    );
    return () => void (live = false);
  }, [inventory.tasks, missing, attempt]);
  const outcomes = !missing ? (cached as Outcome[]) : derivedNow?.tasks === inventory.tasks ? derivedNow.outcomes : null;
  /** The saved state is read and every task's level is known: the cover and the inventory can be shown. */
  const ready = snap.ready && outcomes !== null;
  const tasks = useMemo(() => (outcomes ? scopeTasks(inventory.tasks, outcomes) : []), [outcomes]);
  const ctx = contentForKian(snap.state, content, tasks, today);
  const drafts = kianDrafts(ctx);
  const kianDoc = kianDocument(kian, ctx, { diagnosis: null, plan: null, progress: null, inventory: null });
  const attached = included.map((p) => p.label + (done[p.id] ? '' : '（まだ行っていません）'));
  async function saveWord() {
    if (wordBusy.current) return;
    wordBusy.current = true;
    setWordStatus('Wordのファイルを作っています…');
    try {
      const [{ kianDocxBlob }, { kianAttachments }] = await Promise.all([import('../../lib/ondemand-kian-docx'), import('../../lib/ondemand-kian-attachments')]);
      const which = Object.fromEntries(PARTS.map((p) => [p.id, chosen[p.id] && done[p.id]])) as Record<PartId, boolean>;
      const blob = await kianDocxBlob(kianDocument(kian, ctx, kianAttachments({ ctx, plan: eff, steps: report.steps, stepIds: steps.map((s) => s.id), tasks, which })));
      const name = kianFileName(profile.name, today);
      downloadBlob(name, blob);
      setWordStatus(`「${name}」を保存しました（ブラウザのダウンロード先）。`);
    } catch {
      setWordStatus('Wordのファイルを作れませんでした。ページを再読み込みしてもう一度お試しください。印刷はそのまま使えます。');
    } finally {
      wordBusy.current = false;
    }
  }
  const handover = handoverLines(snap.state, localDateTime);
  const diagDate = snap.state.diagnosis.updatedAt ? localDateIso(new Date(snap.state.diagnosis.updatedAt)) : '';
  const notDone = (id: PartId, text: string, action: string) => (
    <p class="note pack-missing" data-pack-missing={id}>
      {text}
      <a href={hrefs[id]}>{action}</a>
    </p>
  );

  return (
    <div class="pack" data-pack data-ready={ready ? 'true' : 'false'}>
      <fieldset class="pack-controls no-print">
        <legend>印刷に含める部分</legend>
        {PARTS.map((p) => (
          <label key={p.id} class="pack-controls__part">
            <input type="checkbox" name={`part-${p.id}`} checked={chosen[p.id]} onChange={(e) => setChosen({ ...chosen, [p.id]: (e.currentTarget as HTMLInputElement).checked })} />
            {p.label}
            {!done[p.id] && '（まだです）'}
          </label>
        ))}
        <label class="pack-controls__part">
          <input type="checkbox" name="part-details" checked={details} onChange={(e) => setDetails((e.currentTarget as HTMLInputElement).checked)} disabled={!chosen.progress} />
          進捗に各ステップの未済の項目とメモも入れる
        </label>
        <p class="pack-actions-row">
          <button type="button" class="button" onClick={() => window.print()} disabled={!today || !ready} data-print-pack>
            印刷する
          </button>{' '}
          <button type="button" class="button button--secondary" onClick={saveWord} disabled={!today || !ready} data-word-pack>
            Wordで保存
          </button>
        </p>
        <p class="pack-small" role="status" data-word-status>
          {wordStatus}
        </p>
        <p class="pack-small">Wordで保存：起案（表紙と決裁欄）と、含める部分を表にした .docx ファイルを作ります。</p>
        {snap.saveError && <p class="note note--warning">{snap.saveError}</p>}
        <p class="pack-small">下が印刷の見本です。表紙（起案）と各部分は新しいページから始まり、ページの上に団体名、下に「ページ番号 / 総ページ数」が入ります。</p>
      </fieldset>

      {/* The form and the cover need the saved state: rendered in the browser only (the page's HTML stays small). */}
      {ready && <KianEditor kian={kian} update={updateKian} drafts={drafts} department={profile.department} saveError={snap.saveError ?? ''} />}

      {/* Focusable so that a keyboard can scroll the preview when it is wider than a phone. */}
      <div class="pack-doc" aria-label="印刷の見本" role="region" tabIndex={0} data-pack-doc>
        {/* Printed too: a 決裁 never goes out partial without saying which part could not be read. */}
        <SavedDataProblem />
        {ready ? (
          <KianPart doc={kianDoc} attached={attached} />
        ) : (
          <section class="pack-part pack-cover" data-pack-part="cover">
            {deriveFailed ? (
              <p class="note note--warning">
                業務の棚卸しのレベルを求める部分を読み込めませんでした。{' '}
                <button type="button" class="button button--secondary" onClick={() => setAttempt(attempt + 1)}>
                  もう一度読み込む
                </button>
              </p>
            ) : (
              <p>起案（表紙）を準備しています。</p>
            )}
          </section>
        )}

        {chosen.diagnosis && (
          <section class="pack-part" data-pack-part="diagnosis">
            {done.diagnosis ? <DiagnosisPart content={diagnosis} answers={answers} about={snap.state.diagnosis.about} date={diagDate} /> : (<><h2>自己診断の結果</h2>{notDone('diagnosis', '自己診断がまだです。', '自己診断をする')}</>)}
          </section>
        )}
        {chosen.plan && (
          <section class="pack-part pack-part--wide" data-pack-part="plan">
            <h2>導入工程表</h2>
            {eff ? (
              <>
                <p class="pack-meta">
                  作成日：{today ? formatWarekiWithSeireki(today) : ''}　取組の開始：{formatWarekiWithSeireki(plan.start)}　本格実施の開始：{formatWarekiWithSeireki(plan.target)}
                </p>
                <PlanGrid steps={steps} plan={eff} tracker={tracker} today={today} />
                <p class="pack-small">各ステップの期間は当サイトの提案をもとに担当者が調整したもので、手引きは期間を定めていません。期限を入れていないステップは終了月の末日を期限としています。</p>
              </>
            ) : (
              notDone('plan', '導入工程表がまだです。', '工程表を作る')
            )}
          </section>
        )}
        {chosen.progress && (
          <section class="pack-part" data-pack-part="progress">
            {done.progress ? <ProgressReport report={report} details={details} /> : (<><h2>10ステップの進捗</h2>{notDone('progress', '10ステップの進捗の記録がまだです。', '進捗を記録する')}</>)}
          </section>
        )}
        {chosen.inventory && (
          <section class="pack-part" data-pack-part="inventory">
            {done.inventory ? outcomes ? <InventoryPart levels={levels} inventory={inventory} outcomes={outcomes} /> : (<><h2>業務の棚卸し</h2><p>業務のレベルを準備しています。</p></>) : (<><h2>業務の棚卸し</h2>{notDone('inventory', '業務の棚卸しがまだです。', '業務を棚卸しする')}</>)}
          </section>
        )}
        {/* Who changed what, when (作業者名 recorded by the store): printed with the pack for a colleague who takes over. */}
        {snap.ready && handover.length > 0 && (
          <section class="pack-handover" aria-labelledby="pack-handover-heading" data-pack-handover>
            <h2 id="pack-handover-heading" class="pack-handover__heading">引き継ぎメモ（いつ・誰が・何を変更したか）</h2>
            <ul class="pack-small pack-handover__list">
              {handover.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </div>
  );
}
