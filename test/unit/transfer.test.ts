import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { decodeCode, encodeCode, importState, summarize } from '../../src/lib/transfer';
import { exportFileName, exportState, FILE_ABOUT } from '../../src/lib/state-file';
import { compactStamps, emptyState } from '../../src/lib/storage';
import type { SavedState } from '../../src/schemas/state/envelope';

const NOW = '2026-11-21T09:00:00.000Z';
const filled = (): SavedState => {
  const s = emptyState(NOW);
  s.profile = { name: '〇〇町', department: '総務課', updatedAt: NOW };
  s.tracker.steps['step-01'] = { status: '完了', checked: ['s01-team'], owner: '総務課 <b>田中</b>', due: '2026-12-01', memo: '"引用"と改行\nあり', updatedAt: NOW };
  s.tracker.steps['step-02'] = { status: '進行中', checked: [], owner: '', due: '', memo: '', updatedAt: NOW };
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
  it('書き出したファイルは人が読める（字下げしたJSON、先頭に日本語の説明、版2）', () => {
    const text = exportState(filled(), NOW);
    expect(text).toContain('\n  "version": 2,\n');
    expect(text.split('\n').slice(1, 4)).toEqual(['  "format": "telework-navi",', '  "version": 2,', `  "about": "${FILE_ABOUT}",`]);
    expect(text).toContain('"name": "〇〇町"');
    expect(text.endsWith('}\n')).toBe(true);
  });
  it('コミットされた版1の書き出しファイルを読み込める（内容はそのまま、版2に変換）', () => {
    const r = importState(readFileSync('test/fixtures/state-v1/export.json', 'utf8'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.state.version).toBe(2);
    expect(r.summary).toEqual({ name: '〇〇町', department: '総務課 情報政策係', savedAt: '2026-06-01T00:30:00.000Z', stepsDone: 1, stepsStarted: 1, answered: 3, tasks: 2, unknownSteps: 0, unknownAnswers: 0 });
    expect(r.state.tracker.steps['step-01']?.memo).toBe('首長に報告済み。\n次は庁内説明会');
    expect(r.state.tracker.orphans).toEqual([{ step: 'step-01', item: 's01-old-item' }]);
    expect(r.state.diagnosis.profile).toEqual({ kind: 'municipality', size: 'up-to-100', status: 'not-yet', concerns: ['security', 'cost'] });
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
    ['新しすぎる版', JSON.stringify({ ...filled(), version: 3 }), '新しい形式'],
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
    s.tracker.steps['step-01']!.status = 'done';
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
