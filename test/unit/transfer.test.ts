/**
 * Unit tests of src/lib/transfer.ts.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compactStamps, countTicks, decodeCode, encodeCode, importProblem, importState, MAX_TICKS, summarize, mergePreview } from '../../src/lib/transfer';
import { exportFileName, exportState, FILE_ABOUT, mergeFiles } from '../../src/lib/state-file';
import { emptyState, loadState, parseState, STORAGE_KEY, MAX_IMPORT_BYTES } from '../../src/lib/storage';
import { type SavedState, IMPORT_STAMP_MAX, STAMP_MAX } from '../../src/schemas/state/envelope';
import { fc, test } from '@fast-check/vitest';
import { MAX_ORPHANS, reconcile } from '../../src/lib/tracker';
import { MAX_TIME, MIN_TIME } from '../../src/schemas/state/common';
import { FakeStorage } from './support/fake-storage';
import { openTab } from './support/store-tabs';
import { checksum } from '../../src/lib/checksum';
import { files } from './support/two-offices';

{
const NOW = '2026-11-21T09:00:00.000Z';
const filled = (): SavedState => {
  const s = emptyState(NOW);
  s.profile = { name: '〇〇町', department: '総務課', updatedAt: NOW };
  s.tracker.steps['step-01'] = { status: 'done', checked: ['s01-team'], owner: '総務課 <b>田中</b>', due: '2026-12-01', memo: '"引用"と改行\nあり', updatedAt: NOW };
  s.tracker.steps['step-02'] = { status: 'in-progress', checked: [], owner: '', due: '', memo: '', updatedAt: NOW };
  s.diagnosis.answers['q1'] = 'yes';
  s.inventory.tasks.push({ id: 't1', name: '議事録の作成', unit: '', memo: '', override: '' });
  s.plan = { start: '2026-12', target: '2027-10', steps: { 'step-01': { start: '2026-12', end: '2027-01' } }, milestones: [{ id: 'ms-1', name: '庁議', month: '2027-02' }], updatedAt: NOW };
  s.generation = '2.abc.restore';
  s.revisions = { profile: '3.abc', 'tracker.step-01': '4.abc' };
  return s;
};

describe('書き出しと読み込み', () => {
  it('書き出したファイルを読み込むと元の状態に戻る（往復で変わらない）', () => {
    const s = filled();
    const r = importState(exportState(s, NOW));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.state).toEqual(compactStamps({ ...s, savedAt: NOW }));
  });
  it('読み込み前に、団体名・日付・完了ステップ数を示せる', () => {
    const r = importState(exportState(filled(), NOW));
    expect(r.ok && r.summary).toEqual({ name: '〇〇町', department: '総務課', savedAt: NOW, stepsDone: 1, stepsStarted: 1, answered: 1, tasks: 1, unknownSteps: 0, unknownAnswers: 0 });
  });
  it('書き出したファイルは人が読める（字下げしたJSON、先頭に日本語の説明、版3）', () => {
    const text = exportState(filled(), NOW);
    expect(text).toContain('\n  "version": 3,\n');
    expect(text.split('\n').slice(1, 4)).toEqual(['  "format": "telework-navi",', '  "version": 3,', `  "about": "${FILE_ABOUT}",`]);
    expect(text).toContain('"name": "〇〇町"');
    expect(text.endsWith('}\n')).toBe(true);
  });
  it('コミットされた版1の書き出しファイルを読み込める（内容はそのまま、版3に変換）', () => {
    const r = importState(readFileSync('test/fixtures/state-v1/export.json', 'utf8'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.state.version).toBe(3);
    expect(r.summary).toEqual({ name: '〇〇町', department: '総務課 情報政策係', savedAt: '2026-06-01T00:30:00.000Z', stepsDone: 1, stepsStarted: 1, answered: 3, tasks: 2, unknownSteps: 0, unknownAnswers: 0 });
    expect(r.state.tracker.steps['step-01']?.memo).toBe('首長に報告済み。\n次は庁内説明会');
    expect(r.state.tracker.orphans).toEqual([{ step: 'step-01', item: 's01-old-item' }]);
    expect(r.state.diagnosis.about).toEqual({ kind: 'municipality', size: 'up-to-100', status: 'not-yet', concerns: ['security', 'cost'] });
    expect(r.state.inventory.tasks.map((t) => t.name)).toEqual(['議事録の作成', '住民票の交付']);
    expect(r.state.plan.steps).toEqual({});
  });
  it('BOM付きのファイルも読める', () => {
    expect(importState('\uFEFF' + exportState(filled(), NOW)).ok).toBe(true);
  });
  it('ファイル名に団体名と日付が入る', () => {
    expect(exportFileName(filled(), '2026-11-21')).toBe('テレワーク推進ナビ_進捗_〇〇町_2026-11-21.json');
    expect(exportFileName(emptyState(), '2026-11-21')).toBe('テレワーク推進ナビ_進捗_2026-11-21.json');
  });
  it('summarize は空の状態で0を返す', () => {
    expect(summarize(emptyState())).toMatchObject({ stepsDone: 0, answered: 0, tasks: 0 });
  });
});

describe('読み込みの拒否（何も上書きしない）', () => {
  it.each([
    ['JSONでない', 'これはテキストです', '読み取れません'],
    ['別の形式のJSON', '{"hello":"world"}', 'このサイトの保存形式ではない'],
    ['新しすぎる版', JSON.stringify({ ...filled(), version: 4 }), '新しい形式'],
  ])('%s', (_, text, msg) => {
    const r = importState(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toContain(msg);
      expect(r.message).toContain('何も変更していません');
    }
  });
  it('1MBを超えるファイル', () => {
    const r = importState(' '.repeat(1024 * 1024 + 1));
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) expect(r.message).toContain('1MB');
  });
  it('想定しない項目を含むファイル', () => {
    const r = importState(JSON.stringify({ ...filled(), extra: 1 }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('extra');
  });
  it.each([
    ['実在しない期限', (t: string) => t.replace('"due":"2026-12-01"', '"due":"2026-13-45"'), 'tracker.steps.step-01.due'],
    ['日時でない更新日時', (t: string) => t.replace(/"updatedAt":"[^"]+"\}(,"step-02")/, '"updatedAt":"zzz"}$1'), 'tracker.steps.step-01.updatedAt'],
    ['ステップの中の __proto__', (t: string) => t.replace('"steps":{', '"steps":{"__proto__":{"status":"完了"},'), 'tracker.steps.__proto__'],
    ['深い所の知らない項目', (t: string) => t.replace('"override":""', '"override":"","script":"x"'), 'inventory.tasks.0.script'],
  ])('%sのファイルは拒み、その項目を名指しする', (_l, edit, field) => {
    const text = edit(JSON.stringify(filled()));
    expect(text).not.toBe(JSON.stringify(filled()));
    const r = importState(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toContain(field);
      expect(r.message).toContain('何も変更していません');
    }
  });
  it('値の型が違うファイル', () => {
    const s = filled() as unknown as { tracker: { steps: Record<string, { status: string }> } };
    s.tracker.steps['step-01']!.status = 'finished';
    const r = importState(JSON.stringify(s));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('10ステップの進捗');
  });
});

describe('復元コード', () => {
  it('コードから元の状態に戻る（日本語・記号を含む）', () => {
    const s = filled();
    const r = decodeCode(encodeCode(s, NOW));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.state).toEqual(compactStamps({ ...s, savedAt: NOW }));
  });
  it('メールで改行や空白が入っても読める', () => {
    const code = encodeCode(filled(), NOW);
    const wrapped = code.match(/.{1,60}/g)!.join('\n  ');
    expect(decodeCode(wrapped).ok).toBe(true);
  });
  it('途中で切れたコードはチェックサムで見つける', () => {
    const code = encodeCode(filled(), NOW);
    const r = decodeCode(code.slice(0, -10));
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) expect(r.message).toContain('途中で切れている');
  });
  it('1文字書き換わったコードを拒否する', () => {
    const code = encodeCode(filled(), NOW);
    const i = code.length - 5;
    const tampered = code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1);
    expect(decodeCode(tampered).ok).toBe(false);
  });
  it('形式の違う文字列を拒否する', () => {
    expect(decodeCode('hello')).toMatchObject({ ok: false });
  });
});
}

/**
 * What an import accepts matches what the site itself will write and read again (issue 24,
 * point 4): counters with room for later edits, tick limits checked against what
 * reconciliation can do, repeated ids renumbered, times inside 1900–9999, control characters
 * stripped, and a confirmation that counts only what the site knows. The property at the end
 * runs generated files through import → restore → reconcile → edit → reload.
 */
{
const T = '2026-06-01T00:00:00.000Z';
const step = (p: Partial<SavedState['tracker']['steps'][string]> = {}) => ({ status: 'not-started' as const, checked: [] as string[], owner: '', due: '', memo: '', updatedAt: T, ...p });
const fileOf = (s: SavedState) => exportState(s, T);
/** The site's content: ten steps with three items each. */
const CONTENT = Array.from({ length: 10 }, (_, i) => ({ id: `step-${String(i + 1).padStart(2, '0')}`, items: [{ id: 'i1', text: '' }, { id: 'i2', text: '' }, { id: 'i3', text: '' }] }));
const tab = openTab;

describe('変更番号・世代の上限（このサイトが後で書けなくなる番号は受け付けない）', () => {
  it('受け付けたファイルの番号は 1, 2, 3… に詰め直し、世代は0にする（順序とタブの id は保つ）', () => {
    const s = emptyState(T);
    s.generation = `${IMPORT_STAMP_MAX}.zz.restore`;
    s.revisions = { profile: `${IMPORT_STAMP_MAX}.zz`, inventory: '7.b', plan: '7.a' };
    const r = importState(fileOf(s));
    expect(r.ok && r.state.generation).toBe('0');
    expect(r.ok && r.state.revisions).toEqual({ profile: '2.zz', inventory: '1.b', plan: '1.a' });
  });
  it(`世代 999999999 のファイルは読み込まない（${IMPORT_STAMP_MAX}まで）`, () => {
    const s = emptyState(T);
    s.generation = '999999999.zz.restore';
    const r = importState(fileOf(s));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('変更の記録');
    s.generation = `${IMPORT_STAMP_MAX}.zz.restore`;
    expect(importState(fileOf(s)).ok).toBe(true);
  });
  it('変更番号 999999999.zz のファイルも読み込まない', () => {
    const s = emptyState(T);
    s.profile.name = '〇〇町';
    s.revisions = { profile: '999999999.zz' };
    expect(importState(fileOf(s)).ok).toBe(false);
    s.revisions = { profile: `${IMPORT_STAMP_MAX + 1}.zz` };
    expect(importState(fileOf(s)).ok).toBe(false);
    s.revisions = { profile: `${IMPORT_STAMP_MAX}.zz` };
    expect(importState(fileOf(s)).ok).toBe(true);
  });
  it('保存データに上限の番号があっても、ストアは形式を超える番号を書かない（次の読み込みで拒まれない）', () => {
    const s = emptyState(T);
    s.generation = `${STAMP_MAX}.a.restore`;
    s.revisions = { profile: `${STAMP_MAX}.a` };
    const st = new FakeStorage({ [STORAGE_KEY]: JSON.stringify(s) });
    const a = tab(st, 'b');
    a.update('profile', (p) => ({ ...p, name: '次の編集' }));
    a.replace(emptyState(T));
    const r = loadState(st, T);
    expect(r.problem).toBeUndefined();
    expect(r.state.generation).toBe(`${STAMP_MAX}.b.restore`);
  });
});

describe('上限はこのサイトの整理（reconcile）の後で確かめる', () => {
  it(`内容にない印 4,990 件と知らない印 20 件のファイルは読み込まない（合わせて${MAX_TICKS}件まで）`, () => {
    const s = emptyState(T);
    for (let i = 0; i < 4990; i++) s.tracker.orphans.push({ step: 'step-01', item: `old-${i}` });
    s.tracker.steps['step-02'] = step({ checked: Array.from({ length: 20 }, (_, i) => `gone-${i}`) });
    expect(parseState(JSON.parse(fileOf(s))).problem).toBeUndefined();
    expect(countTicks(s)).toBe(5010);
    const r = importState(fileOf(s));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('5010件');
  });
  it('ちょうど5,000件なら読み込み、整理した後も次の読み込みで拒まれない', () => {
    const s = emptyState(T);
    for (let i = 0; i < 4980; i++) s.tracker.orphans.push({ step: 'step-01', item: `old-${i}` });
    s.tracker.steps['step-02'] = step({ checked: Array.from({ length: 20 }, (_, i) => `gone-${i}`) });
    const r = importState(fileOf(s));
    expect(r.ok).toBe(true);
    const st = new FakeStorage();
    const a = tab(st, 'a');
    a.replace(r.ok ? r.state : emptyState());
    a.update('tracker', (t) => reconcile(t, CONTENT).tracker, { count: false });
    expect(a.getSnapshot().state.tracker.orphans).toHaveLength(5000);
    expect(loadState(st, T).problem).toBeUndefined();
  });
  it(`整理は内容にない印を${MAX_ORPHANS}件を超えて移さない（超える分はステップに残り、失われない）`, () => {
    const t = emptyState().tracker;
    for (let i = 0; i < MAX_ORPHANS - 1; i++) t.orphans.push({ step: 'step-01', item: `old-${i}` });
    t.steps['step-02'] = step({ checked: ['i1', 'x', 'y'] });
    const r = reconcile(t, CONTENT).tracker;
    expect(r.orphans).toHaveLength(MAX_ORPHANS);
    expect(r.steps['step-02']?.checked).toEqual(['i1', 'y']);
    expect(r.orphans.at(-1)).toEqual({ step: 'step-02', item: 'x' });
  });
});

describe('確認画面は、このサイトが知っているものだけを数える', () => {
  it('知らないステップ（step-40 など）や設問は数えず、別に示す', () => {
    const s = emptyState(T);
    for (let i = 1; i <= 40; i++) s.tracker.steps[`step-${String(i).padStart(2, '0')}`] = step({ status: 'done' });
    s.diagnosis.answers = { q1: 'yes', zz: 'no' };
    const known = { steps: CONTENT.map((c) => c.id), questions: ['q1'] };
    expect(summarize(s, known)).toMatchObject({ stepsDone: 10, unknownSteps: 30, answered: 1, unknownAnswers: 1 });
    const r = importState(fileOf(s), known);
    expect(r.ok && r.summary.stepsDone).toBe(10);
  });
});

/* A generated file: everything the format allows, and a little beyond it. */
const text = fc.string({ maxLength: 6, unit: fc.constantFrom('a', '町', '\u000C', '\n', '\u0000', ' ') });
const counter = fc.oneof(fc.integer({ min: 1, max: 30 }), fc.constantFrom(IMPORT_STAMP_MAX - 1, IMPORT_STAMP_MAX, IMPORT_STAMP_MAX + 1, STAMP_MAX));
const time = fc.constantFrom(T, '', MAX_TIME, MIN_TIME);
const stepId = fc.integer({ min: 1, max: 14 }).map((n) => `step-${String(n).padStart(2, '0')}`);
const file = fc
  .record({
    name: text,
    gen: fc.option(counter, { nil: undefined }),
    revs: fc.array(fc.tuple(fc.constantFrom('profile', 'inventory', 'tracker.step-01', 'tracker.step-12'), counter), { maxLength: 3 }),
    steps: fc.array(fc.tuple(stepId, fc.subarray(['i1', 'i2', 'i3', 'gone1', 'gone2']), text, time), { maxLength: 5 }),
    orphans: fc.oneof({ weight: 9, arbitrary: fc.nat(10) }, { weight: 1, arbitrary: fc.constantFrom(4995, 5000) }),
    tasks: fc.array(fc.tuple(fc.constantFrom('t1', 't2', 't1~2'), text), { maxLength: 5 }),
  })
  .map((g) => {
    const s = emptyState(T);
    s.profile = { name: g.name, department: '', updatedAt: T };
    if (g.gen) s.generation = `${g.gen}.x.restore`;
    for (const [k, n] of g.revs) s.revisions[k] = `${n}.x`;
    for (const [id, checked, memo, at] of g.steps) s.tracker.steps[id] = step({ checked, memo, updatedAt: at });
    for (let i = 0; i < g.orphans; i++) s.tracker.orphans.push({ step: 'step-03', item: `o${i}` });
    s.inventory.tasks = g.tasks.map(([id, name]) => ({ id, name, unit: '', memo: '', override: '' }));
    return s;
  });

describe('性質：読み込みが受け付けたものは、整理と再読み込みの後も受け付けられる', () => {
  test.prop([file], { numRuns: 60 })('import → 復元 → reconcile → 編集 → 再読み込み・再書き出し', (s) => {
    const r = importState(fileOf(s));
    if (!r.ok) return;
    const st = new FakeStorage();
    const a = tab(st, 'a');
    a.replace(r.state);
    a.update('tracker', (t) => reconcile(t, CONTENT).tracker, { count: false });
    a.update('inventory', (inv) => ({ ...inv, tasks: [...inv.tasks, { id: inv.tasks[0]?.id ?? 'n', name: '追加', unit: '', memo: '', override: '' }] }));
    a.update('profile', (p) => ({ ...p, name: p.name + '\u000C' }));
    const loaded = loadState(st, T);
    expect(loaded.problem).toBeUndefined();
    expect(importProblem(loaded.state)).toBe('');
    expect(new Set(loaded.state.inventory.tasks.map((t) => t.id)).size).toBe(loaded.state.inventory.tasks.length);
    expect(importState(fileOf(loaded.state)).ok).toBe(true);
    // a second tab adopts it and can still edit
    const b = tab(st, 'b');
    b.update('profile', (p) => ({ ...p, department: '課' }));
    expect(loadState(st, T).problem).toBeUndefined();
  }, 60_000);
});
}

/**
 * Merging a colleague's file (「合わせて読み込む」), the preview shown before it, the store's
 * backups and 「元に戻す」, throttled writes, and the 引き継ぎ note.
 */
{
describe('合わせて読み込む（mergeFiles・mergePreview）', () => {
  it('別々の単位はどちらも残り、両方で変えた単位は変更番号の大きいほうが残る（世代によらない）', () => {
    const { jinji, joho } = files();
    const m = mergeFiles(jinji, joho);
    expect(m.profile.department).toBe('人事課');
    expect(m.tracker.steps['step-01']?.memo).toBe('人事のメモ');
    expect(m.tracker.steps['step-04']?.memo).toBe('端末の調達');
    expect(m.diagnosis.answers).toEqual({ q1: 'yes' });
  });
  it('確認の前に、単位ごとにどちらの内容になるか（こちら・相手・同じ）を示す', () => {
    const { jinji, joho } = files();
    expect(mergePreview(jinji, joho).map((r) => [r.label, r.outcome])).toEqual([
      ['団体の情報', 'ours'],
      ['ステップ1の進捗', 'ours'],
      ['ステップ4の進捗', 'theirs'],
      ['自己診断の回答', 'theirs'],
    ]);
    expect(mergePreview(joho, jinji).find((r) => r.key === 'tracker.step-01')?.outcome).toBe('theirs');
    expect(mergePreview(jinji, jinji).every((r) => r.outcome === 'same')).toBe(true);
  });
});
}

/**
 * The edges of moving progress between browsers (src/lib/transfer.ts): the 1 MB limit counted in
 * UTF-8 bytes and inclusive, the restore code's base64url for every padding length, a code with
 * the right checksum but unreadable bytes, and the file name's clean-up.
 */
{
const NOW = '2026-11-21T09:00:00.000Z';
const named = (name: string) => {
  const s = emptyState(NOW);
  s.profile = { name, department: '', updatedAt: NOW };
  return s;
};

describe('読み込める大きさ（1MBまで）', () => {
  it('ちょうど1MBのファイルは読み込み、1バイトでも超えると大きさを理由に断る', () => {
    const text = exportState(named('〇〇町'), NOW);
    const exact = text + ' '.repeat(MAX_IMPORT_BYTES - new TextEncoder().encode(text).length);
    expect(new TextEncoder().encode(exact).length).toBe(1024 * 1024);
    expect(importState(exact).ok).toBe(true);
    const over = importState(exact + ' ');
    expect(over.ok).toBe(false);
    if (!over.ok) expect(over.message).toContain('大きすぎます（1MBまで）');
  });

  it('大きさは文字数でなくバイト数（UTF-8）で数える：日本語50万字は1MBを超える', () => {
    const text = JSON.stringify({ ...named('町'), x: 'あ'.repeat(500_000) });
    expect(text.length).toBeLessThan(MAX_IMPORT_BYTES);
    const r = importState(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('1MB');
  });

  it('先頭以外にある BOM は取り除かない（JSON として読めない）', () => {
    const r = importState(exportState(named('町'), NOW) + '\uFEFF');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('読み取れませんでした');
  });
});

describe('復元コードの符号化', () => {
  it('本文の長さがどの余りでも（パディング0〜2文字）、元の状態に戻る', () => {
    const rests = new Set<number>();
    for (const name of ['', 'a', 'ab', 'abc', 'abcd', '町', '町a']) {
      const code = encodeCode(named(name), NOW);
      const body = code.slice(code.lastIndexOf('-') + 1);
      rests.add(body.length % 4);
      // base64url: URL やメールで崩れない文字だけ、= の詰め物なし
      expect(code).toMatch(/^TWN1-[0-9a-z]{7}-[A-Za-z0-9_-]+$/);
      const r = decodeCode(code);
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.state.profile.name).toBe(name);
    }
    expect([...rests].sort()).toEqual([0, 2, 3]);
  });

  it('base64 の + と / にあたる文字（- と _）を含むコードも読める', () => {
    // これらの名前の UTF-8 は、base64 にすると + と / を含む（コードでは - と _）
    let seen = '';
    for (const name of ['\u{FBFF}\u{FBFF}', '?>?>?>', '~~~~~~', '\u{FFFF}\u{3FFF}']) {
      const code = encodeCode(named(name), NOW);
      seen += code.slice(5);
      const r = decodeCode(code);
      expect(r.ok && r.state.profile.name).toBe(name);
    }
    expect(seen).toMatch(/-.*_|_.*-/);
    expect(seen.slice(8)).toMatch(/_/);
  });

  it('「TWN1-」で始まらない文字列は、形式が違うとして貼り直しを求める', () => {
    const code = encodeCode(named('町'), NOW);
    for (const bad of ['hello', code.replace('TWN1-', 'TWN2-'), code.slice(1)]) {
      const r = decodeCode(bad);
      expect(r).toEqual({ ok: false, message: '復元コードの形式が違います。「TWN1-」で始まるコードを、最初から最後まで貼り付けてください。' });
    }
  });

  it('区切りの「-」がないコードは、切れているか書き換わっているとして断る', () => {
    const r = decodeCode(`TWN1-${checksum('abc', 7)}abc`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('途中で切れているか');
  });

  it('チェックサムは合っていても UTF-8 として読めない中身は、読み取れないとして断る', () => {
    const body = '_w'; // 0xff 1バイト
    const r = decodeCode(`TWN1-${checksum(body, 7)}-${body}`);
    expect(r).toEqual({ ok: false, message: '復元コードを読み取れませんでした。' });
  });

  it('チェックサムも中身も合っていれば、中身はファイルと同じ検査を受ける', () => {
    const body = Buffer.from('{"hello":"world"}').toString('base64url');
    const r = decodeCode(`TWN1-${checksum(body, 7)}-${body}`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('何も変更していません');
  });
});
}
