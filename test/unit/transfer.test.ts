import { describe, expect, it } from 'vitest';
import { decodeCode, encodeCode, exportFileName, exportState, importState, summarize } from '../../src/lib/transfer';
import { emptyState } from '../../src/lib/storage';
import type { SavedState } from '../../src/schemas/state/envelope';

const NOW = '2026-11-21T09:00:00.000Z';
const filled = (): SavedState => {
  const s = emptyState(NOW);
  s.profile = { name: '〇〇町', department: '総務課', updatedAt: NOW };
  s.tracker.steps['step-01'] = { status: '完了', checked: ['s01-team'], owner: '総務課 <b>田中</b>', due: '2026-12-01', memo: '"引用"と改行\nあり', updatedAt: NOW };
  s.tracker.steps['step-02'] = { status: '進行中', checked: [], owner: '', due: '', memo: '', updatedAt: NOW };
  s.diagnosis.answers['q1'] = 'yes';
  s.inventory.tasks.push({ id: 't1', name: '議事録の作成', unit: '', memo: '', override: '' });
  return s;
};

describe('書き出しと読み込み', () => {
  it('書き出したファイルを読み込むと元の状態に戻る（往復で変わらない）', () => {
    const s = filled();
    const r = importState(exportState(s, NOW));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.state).toEqual({ ...s, savedAt: NOW });
  });
  it('読み込み前に、団体名・日付・完了ステップ数を示せる', () => {
    const r = importState(exportState(filled(), NOW));
    expect(r.ok && r.summary).toEqual({ name: '〇〇町', department: '総務課', savedAt: NOW, stepsDone: 1, stepsStarted: 1, answered: 1, tasks: 1 });
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
    ['新しすぎる版', JSON.stringify({ ...filled(), version: 2 }), '新しい形式'],
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
    if (r.ok) expect(r.state).toEqual({ ...s, savedAt: NOW });
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
