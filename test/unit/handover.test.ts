/**
 * Unit tests of src/lib/handover.ts.
 */
import { describe, expect, it } from 'vitest';
import { mergeFiles } from '../../src/lib/state-file';
import { handoverLines, handoverRows, unitLabel } from '../../src/lib/handover';
import { emptyState, parseState } from '../../src/lib/storage';
import { readFileSync } from 'node:fs';
import type { SavedState } from '../../src/schemas/state/envelope';
import { files } from './support/two-offices';

/**
 * Merging a colleague's file (「合わせて読み込む」), the preview shown before it, the store's
 * backups and 「元に戻す」, throttled writes, and the 引き継ぎ note.
 */
describe('引き継ぎメモ（handoverRows・handoverLines）', () => {
  it('変更のあった単位を、新しい順に、いつ・何を・誰がと示す；名前は合併で勝った単位についてくる', () => {
    const m = mergeFiles(files().jinji, files().joho);
    expect(handoverRows(m).map((r) => [r.label, r.by])).toEqual([
      ['自己診断の回答', '情報政策課 佐藤'],
      ['ステップ4の進捗', ''],
      ['ステップ1の進捗', '人事課 山田'],
      ['団体の情報', '人事課 山田'],
    ]);
    const lines = handoverLines(m, (iso) => iso.slice(0, 10));
    expect(lines[2]).toBe('2026-05-02　ステップ1の進捗（人事課 山田）');
    // Never a tab id: a unit without a name says so.
    expect(lines[1]).toBe('2026-06-01　ステップ4の進捗（変更した人の記録なし）');
    expect(lines.join('')).not.toMatch(/\bit\b|\bhr\b|ブラウザ/);
  });
});

describe('引き継ぎメモの行：単位の名前・日時・順序', () => {
  const T = '2026-06-01T00:00:00.000Z';
  /** A state whose units carry the given times and revisions. */
  const stateWith = (units: { key: string; at: unknown; rev?: string }[]): SavedState => {
    const s = emptyState(T);
    s.revisions = {};
    for (const u of units) {
      if (u.rev) s.revisions[u.key] = u.rev;
      if (u.key.startsWith('tracker.')) {
        const id = u.key.slice('tracker.'.length);
        s.tracker.steps[id] = { status: 'in-progress', checked: [], owner: '', due: '', memo: '', updatedAt: u.at as string };
      } else (s as unknown as Record<string, Record<string, unknown>>)[u.key]!['updatedAt'] = u.at;
    }
    return s;
  };

  it('単位の名前：ステップの単位だけ「ステップNの進捗」、ほかは区分の名前、知らない鍵はそのまま', () => {
    expect(unitLabel('tracker.step-03')).toBe('ステップ3の進捗');
    expect(unitLabel('tracker.step-10')).toBe('ステップ10の進捗');
    expect(unitLabel('profile')).toBe('団体の情報');
    expect(unitLabel('xtracker.step-03')).toBe('xtracker.step-03');
    expect(unitLabel('tracker.step-031')).toBe('tracker.step-031');
  });

  it('変更番号のない単位は載せない；新しい順、同じ日時なら番号の大きい順、それも同じなら鍵の順', () => {
    const s = stateWith([
      { key: 'profile', at: '2026-06-01T01:00:00.000Z', rev: '2.a' },
      { key: 'tracker.step-02', at: '2026-06-01T03:00:00.000Z', rev: '3.a' },
      { key: 'inventory', at: '2026-06-01T01:00:00.000Z', rev: '5.a' },
      { key: 'plan', at: '2026-06-01T01:00:00.000Z', rev: '2.b' },
      { key: 'diagnosis', at: '2026-06-01T09:00:00.000Z' },
    ]);
    expect(handoverRows(s).map((r) => `${r.key}@${r.updatedAt.slice(11, 13)}#${r.revision}`)).toEqual([
      'tracker.step-02@03#3',
      'inventory@01#5',
      'plan@01#2',
      'profile@01#2',
    ]);
  });

  it('版1から移した保存データ（起案の区分がなく、全区分に変更番号がある）でも止まらず、ない区分は載せない', () => {
    const raw = JSON.parse(readFileSync('test/fixtures/state-v1/localstorage.json', 'utf8'))['telework-navi:state:v1'] as string;
    const { state } = parseState(JSON.parse(raw));
    expect(state.kian).toBeUndefined();
    expect(state.revisions['kian']).toBeDefined();
    expect(handoverRows(state).map((r) => r.key)).not.toContain('kian');
    expect(handoverLines(state, (iso) => iso).length).toBeGreaterThan(0);
  });

  it('日時：ステップの単位は進捗の updatedAt、文字でない日時は「日時不明」', () => {
    const s = stateWith([
      { key: 'tracker.step-04', at: '2026-06-02T00:00:00.000Z', rev: '1.a' },
      { key: 'profile', at: 12345, rev: '1.a' },
    ]);
    expect(handoverRows(s).map((r) => [r.key, r.updatedAt])).toEqual([
      ['tracker.step-04', '2026-06-02T00:00:00.000Z'],
      ['profile', ''],
    ]);
    s.tracker.orphans.push({ step: 'step-07', item: 'old-item' });
    s.revisions['tracker.step-07'] = '1.a';
    expect(handoverRows(s).find((r) => r.key === 'tracker.step-07')?.updatedAt).toBe('');
    s.tracker.orphans = [];
    delete s.revisions['tracker.step-07'];
    expect(handoverLines(s, (iso) => `時刻${iso.slice(0, 10)}`)).toEqual(['時刻2026-06-02　ステップ4の進捗（変更した人の記録なし）', '日時不明　団体の情報（変更した人の記録なし）']);
  });
});
