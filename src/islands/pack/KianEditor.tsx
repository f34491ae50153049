/**
 * The form that fills the 起案 cover (screen only): 件名, 起案日, 起案者, the site's drafts
 * (each editable, marked 「当サイトの案」 until changed, with 「当サイトの案に戻す」), 経費 rows,
 * and the 決裁欄 (one 職名 a line, in print order, for 決裁 and for 合議; saved on change). Rules are in src/lib/kian.ts; this only wires them
 * to inputs and puts the focus back where the action happened.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { amountDigits, approverLines, approversOf, isDraft, kianText, MAX_COST_ROWS, setApproverLines, setKianText, type DraftKey } from '../../lib/kian';
import { nowIso } from '../../lib/dates';
import type { CostRow, KianState } from '../../schemas/state/kian';
import { countChange } from '../shared/store';

interface Props {
  kian: KianState;
  update: (fn: (k: KianState) => KianState) => void;
  drafts: Record<DraftKey, string>;
  /** The 担当課 of the profile: the 所属 when none is entered */
  department: string;
  saveError: string;
}

const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value;

const DRAFT_FIELDS: { key: Exclude<DraftKey, 'title'>; label: string; hint: string; rows: number }[] = [
  { key: 'purpose', label: '趣旨（手引きと通知の引用に続ける文）', hint: '手引きの意義と通知の依頼は原文どおり引用します。', rows: 4 },
  { key: 'decisions', label: '決裁を求める事項（1行に1項目）', hint: '', rows: 4 },
  { key: 'cost', label: '経費と財源の説明', hint: '', rows: 3 },
  { key: 'schedule', label: '今後の予定の説明', hint: '時期の表は導入工程表から作ります。', rows: 2 },
];

export default function KianEditor({ kian, update, drafts, department, saveError }: Props) {
  const host = useRef<HTMLFieldSetElement>(null);
  const focusNext = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (!focusNext.current) return;
    host.current?.querySelector<HTMLElement>(focusNext.current)?.focus();
    focusNext.current = null;
  });
  const act = (fn: (k: KianState) => KianState, focus?: string) => {
    if (focus) focusNext.current = focus;
    update(fn);
    countChange();
  };
  const setText = (key: DraftKey, v: string) => update((k) => setKianText(k, key, v, drafts[key], nowIso()));
  const status = (key: DraftKey, label: string) =>
    isDraft(kian, key) ? (
      <span class="kian-status" id={`kian-${key}-status`}>
        当サイトの案
      </span>
    ) : (
      <span class="kian-status" id={`kian-${key}-status`}>
        編集済み{' '}
        <button type="button" class="button button--small" onClick={() => act((k) => setKianText(k, key, drafts[key], drafts[key], nowIso()), `#kian-${key}`)}>
          {label}を当サイトの案に戻す
        </button>
      </span>
    );
  const approvers = approversOf(kian);
  const costs = kian.costs;
  const setCost = (i: number, change: Partial<CostRow>) => update((k) => ({ ...k, costs: k.costs.map((r, n) => (n === i ? { ...r, ...change } : r)) }));

  return (
    <fieldset class="pack-controls kian-editor no-print" ref={host} data-kian-editor>
      <legend>起案の内容（表紙）</legend>
      <p class="pack-small">入力は自動で保存され、見本・印刷・Wordに反映されます。「当サイトの案」の文は書き換えられます。</p>

      <div class="kian-field">
        <label for="kian-title">件名</label> {status('title', '件名')}
        <input type="text" id="kian-title" name="kian-title" maxLength={200} value={kianText(kian, 'title', drafts)} aria-describedby="kian-title-status" onInput={(e) => setText('title', value(e))} onChange={countChange} />
      </div>
      <div class="kian-row">
        <div class="kian-field">
          <label for="kian-date">起案日（空欄なら印刷する日）</label>
          <input type="date" id="kian-date" name="kian-date" value={kian.date} onChange={(e) => act((k) => ({ ...k, date: value(e) }))} />
        </div>
        <div class="kian-field">
          <label for="kian-unit">起案者の所属</label>
          <input type="text" id="kian-unit" name="kian-unit" maxLength={100} value={kian.unit} placeholder={department} onInput={(e) => update((k) => ({ ...k, unit: value(e) }))} onChange={countChange} />
        </div>
        <div class="kian-field">
          <label for="kian-author">起案者の氏名</label>
          <input type="text" id="kian-author" name="kian-author" maxLength={100} autoComplete="name" value={kian.author} onInput={(e) => update((k) => ({ ...k, author: value(e) }))} onChange={countChange} />
        </div>
      </div>

      {DRAFT_FIELDS.map((f) => (
        <div class="kian-field" key={f.key}>
          <label for={`kian-${f.key}`}>{f.label}</label> {status(f.key, f.label.replace(/（.*$/, ''))}
          {f.hint && (
            <p class="pack-small" id={`kian-${f.key}-hint`}>
              {f.hint}
            </p>
          )}
          <textarea
            id={`kian-${f.key}`}
            name={`kian-${f.key}`}
            rows={f.rows}
            maxLength={2000}
            value={kianText(kian, f.key, drafts)}
            aria-describedby={[`kian-${f.key}-status`, f.hint ? `kian-${f.key}-hint` : ''].filter(Boolean).join(' ')}
            onInput={(e) => setText(f.key, value(e))}
            onChange={countChange}
          />
        </div>
      ))}

      <fieldset class="kian-group" data-kian-costs-editor>
        <legend>経費（金額は円、数字で）</legend>
        {costs.length === 0 && <p class="pack-small">経費の行はまだありません。</p>}
        {costs.map((r, i) => (
          <div class="kian-row" key={i} data-kian-cost-row={i}>
            <div class="kian-field">
              <label for={`kian-cost-${i}-item`}>項目{i + 1}</label>
              <input type="text" id={`kian-cost-${i}-item`} maxLength={100} value={r.item} onInput={(e) => setCost(i, { item: value(e) })} onChange={countChange} />
            </div>
            <div class="kian-field">
              <label for={`kian-cost-${i}-amount`}>項目{i + 1}の金額（円）</label>
              <input type="text" inputMode="numeric" id={`kian-cost-${i}-amount`} maxLength={16} value={r.amount} onInput={(e) => setCost(i, { amount: amountDigits(value(e)) })} onChange={countChange} />
            </div>
            <div class="kian-field">
              <label for={`kian-cost-${i}-source`}>項目{i + 1}の財源</label>
              <input type="text" id={`kian-cost-${i}-source`} maxLength={100} value={r.source} onInput={(e) => setCost(i, { source: value(e) })} onChange={countChange} />
            </div>
            <button type="button" class="button button--small" onClick={() => act((k) => ({ ...k, costs: k.costs.filter((_, n) => n !== i) }), costs.length > 1 ? `#kian-cost-${Math.max(0, i - 1)}-item` : '[data-kian-add-cost]')}>
              項目{i + 1}を削除
            </button>
          </div>
        ))}
        <button type="button" class="button button--small" data-kian-add-cost disabled={costs.length >= MAX_COST_ROWS} onClick={() => act((k) => ({ ...k, costs: [...k.costs, { item: '', amount: '', source: '' }] }), `#kian-cost-${costs.length}-item`)}>
          経費の行を追加
        </button>
      </fieldset>

      <fieldset class="kian-group" data-kian-approvers-editor>
        <legend>決裁欄（一度設定すれば次回も使います）</legend>
        <p class="pack-small" id="kian-approvers-hint">1行に1つの職名を、左から印刷する順に書きます。</p>
        <div class="kian-row">
          {(['決裁', '合議'] as const).map((kind) => (
            <div class="kian-field" key={kind}>
              <label for={`kian-approvers-${kind === '決裁' ? 'decide' : 'consult'}`}>{kind}の職名</label>
              <textarea
                id={`kian-approvers-${kind === '決裁' ? 'decide' : 'consult'}`}
                rows={5}
                aria-describedby="kian-approvers-hint"
                value={approverLines(approvers, kind)}
                onChange={(e) => act((k) => ({ ...k, approvers: setApproverLines(approversOf(k), kind, value(e)) }))}
              />
            </div>
          ))}
        </div>
      </fieldset>
      {saveError && <p class="note note--warning">{saveError}</p>}
    </fieldset>
  );
}
