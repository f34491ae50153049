/**
 * Unit tests of src/lib/kian.ts.
 */
import { describe, expect, it } from 'vitest';
import { emptyKian, KianStateSchema } from '../../src/schemas/state/kian';
import { parseState } from '../../src/lib/storage';
import { amountDigits, approvalColumns, approversOf, contentLines, costTotal, decisionItems, DEFAULT_APPROVERS, GUIDE_REASONS, GUIDE_REASONS_CITE, NOTICE_REQUEST_CITE, SOURCES_NOTE, GUIDE_REASONS_LEAD, kianDocument, kianDrafts, kianFileName, NOTICE_REQUEST, planPhases, scopeSummary, setApproverLines, approverLines, setKianText, yen } from '../../src/lib/kian';
import { programCite } from '../../src/lib/kian-programs';
import { citeSource, SOURCES } from '../../src/lib/sources';
import { guideFlat, hasSources, noticeFlat } from '../support/guide-source';
import { ctx, plan, steps } from './support/kian-context';

const NOW = '2026-06-01T00:00:00.000Z';

const none = { diagnosis: null, plan: null, progress: null, inventory: null };

describe('起案の保存データ（kian 区分）', () => {
  it('区分がない古い保存データはそのまま読み込め、起案は「なし」になる', () => {
    const old = { format: 'telework-navi', version: 2, savedAt: NOW, generation: '0', revisions: {}, profile: { name: '', department: '', updatedAt: '' }, tracker: { steps: {}, orphans: [] }, diagnosis: { answers: {}, profile: {}, updatedAt: '' }, inventory: { department: '', tasks: [], updatedAt: '' }, plan: { start: '', target: '', steps: {}, updatedAt: '' } };
    const r = parseState(old, NOW);
    expect(r.problem).toBeUndefined();
    expect(r.state.kian).toBeUndefined();
  });
  it('保存した起案を読み戻せ、知らない項目・数字でない金額・知らない文の鍵は拒む', () => {
    const k = { ...emptyKian(), author: '山田', texts: { title: '件名' }, costs: [{ item: '端末', amount: '1200000', source: '一般財源' }], approvers: [{ role: '町長', kind: '決裁' as const }] };
    expect(KianStateSchema.safeParse(k)).toEqual({ success: true, data: k });
    expect(KianStateSchema.safeParse({ ...k, x: 1 }).success).toBe(false);
    expect(KianStateSchema.safeParse({ ...k, costs: [{ item: '', amount: '1,000', source: '' }] }).success).toBe(false);
    expect(KianStateSchema.safeParse({ ...k, texts: { other: 'a' } }).success).toBe(false);
    expect(KianStateSchema.safeParse({ ...k, approvers: [{ role: '町長', kind: '承認' }] }).success).toBe(false);
    const r = parseState({ format: 'telework-navi', version: 2, savedAt: NOW, generation: '0', revisions: {}, profile: { name: '', department: '', updatedAt: '' }, tracker: { steps: {}, orphans: [] }, diagnosis: { answers: {}, profile: {}, updatedAt: '' }, inventory: { department: '', tasks: [], updatedAt: '' }, plan: { start: '', target: '', steps: {}, updatedAt: '' }, kian: k }, NOW);
    expect(r.problem).toBeUndefined();
    expect(r.state.kian).toEqual(k);
  });
});

describe('決裁欄', () => {
  it('設定がなければ既定の職名（町長・副町長・総務課長・担当、合議に財政課長）', () => {
    expect(approvalColumns(approversOf(emptyKian()))).toEqual({ decide: ['町長', '副町長', '総務課長', '担当'], consult: ['財政課長'] });
  });
  it('職名は1行に1つ、行の順に印刷し、空行は除き、決裁と合議は別々に変えられる', () => {
    let l = approversOf(emptyKian());
    expect(approverLines(l, '決裁')).toBe('町長\n副町長\n総務課長\n担当');
    l = setApproverLines(l, '決裁', '担当\n\n  係長 \n総務課長\n副町長\n町長');
    expect(approvalColumns(l)).toEqual({ decide: ['担当', '係長', '総務課長', '副町長', '町長'], consult: ['財政課長'] });
    l = setApproverLines(l, '合議', '財政課長\n情報政策課長');
    expect(approvalColumns(l)).toEqual({ decide: ['担当', '係長', '総務課長', '副町長', '町長'], consult: ['財政課長', '情報政策課長'] });
    expect(setApproverLines(l, '合議', '')).toHaveLength(5);
    expect(setApproverLines([], '決裁', Array.from({ length: 30 }, (_, i) => `職${i}`).join('\n'))).toHaveLength(16);
    expect(setApproverLines([], '決裁', 'あ'.repeat(50))[0]!.role).toHaveLength(40);
    expect(approvalColumns([{ role: ' ', kind: '決裁' }, { role: '町長', kind: '決裁' }]).decide).toEqual(['町長']);
    expect(DEFAULT_APPROVERS).toHaveLength(5);
  });
});

describe('当サイトの案と利用者の文', () => {
  it('案は団体名・試行の期間と、回答を確かめた Lv.Ⅰ・Ⅱ の件数だけを含む（要確認の業務は試行の対象に数えない）', () => {
    const d = kianDrafts(ctx());
    expect(d.purpose).toContain('〇〇町においても');
    expect(d.decisions).toContain('令和8年（2026年）8月から令和8年（2026年）11月まで');
    expect(d.decisions).toContain('回答を確かめてLv.Ⅰ・Ⅱとした業務（1件）');
    expect(d.decisions).toContain('要確認2件は回答の確認後に判断');
    expect(kianDrafts(ctx({ org: '', plan: null, scope: null })).decisions).not.toContain('まで、');
  });
  it('案と同じ文・空の文は保存せず（案に従う）、違う文は保存して「案」の印を外す', () => {
    const d = kianDrafts(ctx());
    const k0 = emptyKian();
    expect(setKianText(k0, 'title', d.title, d.title, NOW)).toBe(k0);
    const k1 = setKianText(k0, 'title', '推進体制の設置について', d.title, NOW);
    expect(k1.texts).toEqual({ title: '推進体制の設置について' });
    const doc = kianDocument(k1, ctx(), none);
    expect(doc.title).toEqual({ text: '推進体制の設置について', draft: false });
    expect(doc.purpose.site.draft).toBe(true);
    expect(setKianText(k1, 'title', '  ', d.title, NOW).texts).toEqual({});
  });
  it('決裁を求める事項は1行1項目、先頭の番号は取り除く', () => {
    expect(decisionItems('1. 推進体制\n\n（2）試行\n③ 検証\n  本格実施 ')).toEqual(['推進体制', '試行', '検証', '本格実施']);
  });
});

describe('内容・経費・工程', () => {
  it('工程表を段階にまとめる', () => {
    expect(planPhases(steps, plan)).toEqual([
      { label: '推進体制（ステップ1）', start: '2026-06', end: '2026-07' },
      { label: '試行実施（ステップ2〜3）', start: '2026-08', end: '2026-11' },
      { label: '本格実施（ステップ4）', start: '2027-04', end: '2027-04' },
    ]);
  });
  it('棚卸しの要確認は、回答が「わからない」か推定のままの業務（棚卸しの導き方のとおり）', () => {
    const s = ctx().scope!;
    expect(s).toEqual({ total: 4, counts: { lv1: 1, lv2: 1, lv3: 1, lv4: 0, unclassified: 1 }, check: 2, residents: 1, settled12: 1 });
    const lines = contentLines(ctx());
    expect(lines.join('')).toContain('要確認 2件');
    expect(lines.join('')).toContain('住民の情報を扱う業務 1件は「原則、自宅等でのテレワークの対象外」');
    expect(lines.join('')).toMatch(/物理的な対策/);
    expect(lines.join('')).not.toMatch(/在宅勤務は原則対象外/);
    expect(contentLines(ctx({ diagnosis: null, plan: null, scope: null }))).toEqual(['自己診断：まだ行っていません。', '導入工程表：まだ作成していません。', '対象業務の範囲（業務の棚卸し）：まだ行っていません。']);
  });
  it('金額は数字だけを保存し、合計する', () => {
    expect(amountDigits('１，２００，０００円')).toBe('1200000');
    expect(amountDigits('00120')).toBe('120');
    expect(costTotal([{ item: 'a', amount: '1200000', source: '' }, { item: 'b', amount: '', source: '' }, { item: 'c', amount: '30000', source: '' }])).toBe(1230000);
    const doc = kianDocument({ ...emptyKian(), costs: [{ item: '端末', amount: '1200000', source: '一般財源' }, { item: '', amount: '', source: '' }] }, ctx(), none);
    expect(doc.costs.rows).toEqual([{ item: '端末', amount: '1,200,000円', source: '一般財源' }]);
    expect(doc.costs.total).toBe('1,200,000円');
    expect(doc.costs.programs[0]!.line).toContain('令和4年（2022年）時点');
    expect(doc.schedule.rows.at(-1)).toEqual(['本格実施の開始', '令和9年（2027年）4月']);
  });
  it('起案日は入力がなければ今日、起案者の所属は担当課', () => {
    const doc = kianDocument(emptyKian(), ctx(), none);
    expect(doc.date).toBe('令和8年（2026年）6月1日');
    expect(doc.unit).toBe('総務課');
    expect(kianDocument({ ...emptyKian(), date: '2026-06-10', unit: '企画課' }, ctx(), none)).toMatchObject({ date: '令和8年（2026年）6月10日', unit: '企画課' });
  });
  it('ファイル名に使えない文字を置き換える', () => {
    expect(kianFileName('〇〇町/総務 課', '2026-06-01')).toBe('起案_〇〇町_総務_課_2026-06-01.docx');
    expect(kianFileName('', '2026-06-01')).toBe('起案_団体名未入力_2026-06-01.docx');
  });
});

describe('出典の表示', () => {
  it('書き出した出典の文は citeSource と同じ', () => {
    expect(SOURCES_NOTE).toContain(citeSource({ doc: 'guide', pages: 'x' }).replace(/^出典：総務省/, '').replace(/x$/, ''));
    expect(SOURCES_NOTE).toContain(`「${SOURCES.notice.title}」（${SOURCES.notice.dateLabel}）`);
    expect(GUIDE_REASONS_CITE).toBe('スライド1「地方公共団体におけるテレワーク推進の意義」');
    expect(NOTICE_REQUEST_CITE).toBe('前文');
  });
  it('支援策の出典は文書ごとに箇所をまとめる', () => {
    expect(programCite([{ doc: 'guide', pages: 'スライド11' }, { doc: 'notice', pages: '記3（4）' }, { doc: 'guide', pages: 'スライド11' }, { doc: 'notice', pages: '記3(4)・記4' }])).toBe('手引き スライド11、通知 記3（4）・記4');
  });
});

describe.skipIf(!hasSources)('引用は原文どおり', () => {
  it('手引きの意義（スライド1）と通知の依頼の文が出典の本文にある', () => {
    const g = guideFlat();
    expect(g).toContain(GUIDE_REASONS_LEAD);
    for (const r of GUIDE_REASONS) expect(g).toContain(r);
    expect(noticeFlat()).toContain(NOTICE_REQUEST);
  });
});

describe('起案の部品の規則（決裁欄・文・金額・工程・対象業務）', () => {
  it('決裁欄：決裁の職名は合議より前、合議は後ろ。行は前後の空白を除き40文字まで、空行は捨てる', () => {
    const base = [{ role: '町長', kind: '決裁' as const }, { role: '財政課長', kind: '合議' as const }];
    expect(setApproverLines(base, '決裁', ' 副町長 \n\n総務課長')).toEqual([{ role: '副町長', kind: '決裁' }, { role: '総務課長', kind: '決裁' }, { role: '財政課長', kind: '合議' }]);
    expect(setApproverLines(base, '合議', '会計管理者\r\n情報政策課長')).toEqual([{ role: '町長', kind: '決裁' }, { role: '会計管理者', kind: '合議' }, { role: '情報政策課長', kind: '合議' }]);
    expect(setApproverLines([], '決裁', 'あ'.repeat(50))[0]!.role).toBe('あ'.repeat(40));
  });

  it('起案の文：案と同じ・空白だけなら案に戻し、変わらないときは同じものを返す', () => {
    const k = emptyKian();
    const typed = setKianText(k, 'title', '件名を変えた', '案の件名', NOW);
    expect(typed.texts).toEqual({ title: '件名を変えた' });
    expect(setKianText(typed, 'title', '件名を変えた', '案の件名', NOW)).toBe(typed);
    expect(setKianText(typed, 'title', '   ', '案の件名', NOW).texts).toEqual({});
    expect(setKianText(typed, 'title', '案の件名', '案の件名', NOW).texts).toEqual({});
    expect(setKianText(k, 'title', '案の件名', '案の件名', NOW)).toBe(k);
    expect(setKianText(k, 'title', 'x'.repeat(2500), '案', NOW).texts.title).toHaveLength(2000);
  });

  it('決裁を求める事項：行頭の番号（2桁も、全角の括弧も）を除いて1行1項目', () => {
    expect(decisionItems('10. 十番目\n（12）十二番目\n① 丸数字\n 3、読点\n\n番号なし')).toEqual(['十番目', '十二番目', '丸数字', '読点', '番号なし']);
  });

  it('金額：空は「（未記入）」、0 は 0円；入力から数字だけを残し、先頭の0を除く', () => {
    expect(yen('')).toBe('（未記入）');
    expect(yen(0)).toBe('0円');
    expect(yen('1200000')).toBe('1,200,000円');
    expect(amountDigits('１，２００，０００円')).toBe('1200000');
    expect(amountDigits('00120')).toBe('120');
    expect(amountDigits('0')).toBe('0');
  });

  it('工程：同じ段階のステップはまとめ、最も早い開始と最も遅い終了をとる。計画のないステップは飛ばす', () => {
    const s = [
      { id: 'a', number: 1, phase: '試行' },
      { id: 'b', number: 2, phase: '試行' },
      { id: 'c', number: 3, phase: '試行' },
      { id: 'd', number: 4, phase: '本格' },
    ];
    expect(planPhases(s, { a: { start: '2026-08', end: '2026-09' }, b: { start: '2026-06', end: '2026-12' }, c: { start: '2026-07', end: '2026-10' } })).toEqual([
      { label: '試行（ステップ1〜3）', start: '2026-06', end: '2026-12' },
    ]);
    expect(planPhases(s, { d: { start: '2027-04', end: '2027-04' } })).toEqual([{ label: '本格（ステップ4）', start: '2027-04', end: '2027-04' }]);
  });

  it('対象業務：回答を確かめた Lv.Ⅰ・Ⅱ だけを数え、要確認の数・住民情報の数も数える', () => {
    const sum = scopeSummary([
      { level: 'lv1', chosen: false, needsCheck: false, residentNote: false },
      { level: 'lv2', chosen: false, needsCheck: false, residentNote: true },
      { level: 'lv2', chosen: false, needsCheck: true, residentNote: false },
      { level: 'lv3', chosen: false, needsCheck: false, residentNote: false },
    ]);
    expect(sum).toMatchObject({ total: 4, check: 1, residents: 1, settled12: 2 });
  });

  it('試行の範囲の案：確かめた Lv.Ⅰ・Ⅱ があれば件数を、要確認があれば判断を後にすると書く', () => {
    const line = (c: Parameters<typeof kianDrafts>[0]) => decisionItems(kianDrafts(c).decisions)[1]!;
    const tasks = (settled: number, check: number) => scopeSummary([
      ...Array.from({ length: settled }, () => ({ level: 'lv1' as const, chosen: false, needsCheck: false, residentNote: false })),
      ...Array.from({ length: check }, () => ({ level: 'lv2' as const, chosen: false, needsCheck: true, residentNote: false })),
    ]);
    expect(line(ctx({ scope: tasks(2, 1) }))).toContain('業務の棚卸しで回答を確かめてLv.Ⅰ・Ⅱとした業務（2件）を中心に、対象者・対象部門を限定して行う（要確認1件は回答の確認後に判断）こと。');
    expect(line(ctx({ scope: tasks(2, 0) }))).toMatch(/（2件）を中心に、対象者・対象部門を限定して行うこと。$/);
    expect(line(ctx({ scope: tasks(0, 3) }))).toMatch(/、対象者・対象部門を限定して行う（要確認3件は回答の確認後に判断）こと。$/);
    expect(line(ctx({ scope: tasks(0, 3) }))).not.toContain('棚卸し');
    expect(line(ctx({ scope: null }))).toMatch(/対象者・対象部門を限定して行うこと。$/);
  });

  it('ファイル名：使えない文字と空白は _ に、団体名がなければ「団体名未入力」', () => {
    expect(kianFileName(' 〇〇町 総務課/人事 ', '2026-06-01')).toBe('起案_〇〇町_総務課_人事_2026-06-01.docx');
    expect(kianFileName('  ', '2026-06-01')).toBe('起案_団体名未入力_2026-06-01.docx');
  });
});

describe('起案の文と数字（細部）', () => {
  it('当サイトの案の文：件名・事項・経費・予定は決まった文、団体名が空白だけなら「本団体」', () => {
    const d = kianDrafts(ctx());
    expect(d.title).toBe('テレワークの導入に向けた推進体制の設置及び試行の実施について');
    expect(decisionItems(d.decisions)).toEqual([
      'テレワーク推進体制（全庁的な推進チーム）を設置すること。',
      'テレワークの試行を令和8年（2026年）8月から令和8年（2026年）11月まで、業務の棚卸しで回答を確かめてLv.Ⅰ・Ⅱとした業務（1件）を中心に、対象者・対象部門を限定して行う（要確認2件は回答の確認後に判断）こと。',
      '試行の結果を検証し、本格実施の方針を改めて伺うこと。',
    ]);
    expect(d.cost).toBe('経費は上表のとおり見込みます。財源には下記の国の支援策の活用を検討し、各支援策の最新の状況を所管の窓口で確認します。');
    expect(d.schedule).toBe('各段階の期間は見込みで、試行の結果により見直します。詳しくは添付の導入工程表のとおりです。');
    expect(kianDrafts(ctx({ org: ' 　' })).purpose).toMatch(/^これらを踏まえ、本団体においても、/);
    expect(decisionItems(kianDrafts(ctx({ plan: null, scope: null })).decisions)[1]).toBe('テレワークの試行を対象者・対象部門を限定して行うこと。');
  });

  it('起案の文：ほかの文の書き換えは残し、書き換えを変えれば保存して時刻を更新する', () => {
    const k = { ...emptyKian(), texts: { title: '件名A' } };
    const both = setKianText(k, 'purpose', '趣旨を書いた', '案', NOW);
    expect(both.texts).toEqual({ title: '件名A', purpose: '趣旨を書いた' });
    expect(both.updatedAt).toBe(NOW);
    const changed = setKianText(k, 'title', '件名B', '案', NOW);
    expect(changed).not.toBe(k);
    expect(changed.texts).toEqual({ title: '件名B' });
    expect(setKianText(k, 'title', '案', '案', NOW)).toMatchObject({ texts: {}, updatedAt: NOW });
  });

  it('決裁を求める事項：番号は行頭のときだけ除き、文中の数字はそのまま', () => {
    expect(decisionItems('経費は1.5百万円とすること。\n対象は（2）の業務とすること。')).toEqual(['経費は1.5百万円とすること。', '対象は（2）の業務とすること。']);
  });

  it('金額：数字は12桁まで', () => {
    expect(amountDigits('1234567890123456')).toBe('123456789012');
  });

  it('内容の行：自己診断の日付がなければ日付を省き、工程表は開始と本格実施の月、棚卸しが0件・住民の情報が0件ならその行はない', () => {
    const scope0 = scopeSummary([]);
    const lines = contentLines(ctx({ diagnosis: { date: '', total: 48, band: '取組の途中', step: 2, stepTitle: '実態把握・課題整理', areas: [] }, scope: scope0 }));
    expect(lines).toEqual([
      '自己診断：合計48点（100点満点、区分「取組の途中」。区分は当サイトの目安）。いまの位置はステップ2「実態把握・課題整理」。',
      '導入工程表：取組の開始 令和8年（2026年）6月、本格実施の開始 令和9年（2027年）4月（添付の工程表）。',
      '対象業務の範囲（業務の棚卸し）：まだ行っていません。',
    ]);
    expect(contentLines(ctx())[0]).toBe('自己診断（令和8年（2026年）5月20日）：合計48点（100点満点、区分「取組の途中」。区分は当サイトの目安）。いまの位置はステップ2「実態把握・課題整理」。');
    const noResidents = contentLines(ctx({ scope: scopeSummary([{ level: 'lv1', chosen: false, needsCheck: false, residentNote: false }]) }));
    expect(noResidents.slice(2)).toEqual(['対象業務の範囲（業務の棚卸し）：全1件。Lv.Ⅰ 1件、Lv.Ⅱ 0件、Lv.Ⅲ 0件、Lv.Ⅳ 0件、未分類 0件。要確認 0件（回答が未確定。レベルは暫定）。']);
  });

  it('起案の文書：経費は項目・金額・財源のどれかがある行だけ（空白だけは空）、各文は案か利用者の文か', () => {
    const costs = [
      { item: '端末', amount: '', source: '' },
      { item: '', amount: '5000', source: '' },
      { item: '', amount: '', source: '一般財源' },
      { item: '  ', amount: '', source: ' ' },
    ];
    const doc = kianDocument({ ...emptyKian(), costs }, ctx(), none);
    expect(doc.costs.rows).toEqual([
      { item: '端末', amount: '（未記入）', source: '' },
      { item: '', amount: '5,000円', source: '' },
      { item: '', amount: '（未記入）', source: '一般財源' },
    ]);
    expect(doc.costs.total).toBe('5,000円');
    const d = kianDrafts(ctx());
    expect(doc.purpose.site).toEqual({ text: d.purpose, draft: true });
    expect(doc.decisions.draft).toBe(true);
    expect(doc.costs.note).toEqual({ text: d.cost, draft: true });
    expect(doc.schedule.note).toEqual({ text: d.schedule, draft: true });
    const own = kianDocument({ ...emptyKian(), texts: { decisions: '1. 設置すること。', cost: '経費の文', schedule: '予定の文', purpose: '趣旨の文' } }, ctx(), none);
    expect(own.decisions).toEqual({ text: ['設置すること。'], draft: false });
    expect(own.costs.note).toEqual({ text: '経費の文', draft: false });
    expect(own.schedule.note).toEqual({ text: '予定の文', draft: false });
    expect(own.purpose.site).toEqual({ text: '趣旨の文', draft: false });
  });

  it('起案の文書：予定の表は段階ごとに1か月ならその月、複数月なら「〜」、最後に本格実施の開始；工程表がなければ行なし。日付がなければ起案日は空', () => {
    const doc = kianDocument(emptyKian(), ctx(), none);
    expect(doc.schedule.rows).toEqual([
      ['推進体制（ステップ1）', '令和8年（2026年）6月〜令和8年（2026年）7月'],
      ['試行実施（ステップ2〜3）', '令和8年（2026年）8月〜令和8年（2026年）11月'],
      ['本格実施（ステップ4）', '令和9年（2027年）4月'],
      ['本格実施の開始', '令和9年（2027年）4月'],
    ]);
    const blank = kianDocument(emptyKian(), ctx({ plan: null, today: '' }), none);
    expect(blank.schedule.rows).toEqual([]);
    expect(blank.date).toBe('');
  });

  it('ファイル名：続く使えない文字はまとめて1つの _ に、団体名は40文字まで', () => {
    expect(kianFileName('〇〇町 / 総務課', '2026-06-01')).toBe('起案_〇〇町_総務課_2026-06-01.docx');
    expect(kianFileName('あ'.repeat(50), '2026-06-01')).toBe(`起案_${'あ'.repeat(40)}_2026-06-01.docx`);
  });
});
