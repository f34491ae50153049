/**
 * The 作業者名 (who changed what): entered once per browser, recorded by the store with every
 * unit it changes, carried by exports and merges, validated to exactly what the site writes.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { createSavedStore } from '../../src/lib/saved-store';
import { AUTHOR_KEY, cleanAuthor, emptyState, parseState, STORAGE_KEY } from '../../src/lib/storage';
import { importState } from '../../src/lib/transfer';
import { exportState, mergeFiles } from '../../src/lib/state-file';
import { handoverLines } from '../../src/lib/handover';
import { AUTHOR_MAX } from '../../src/schemas/state/envelope';
import { FakeStorage } from './support/fake-storage';

const T = '2026-06-01T00:00:00.000Z';
const stored = (st: FakeStorage) => JSON.parse(st.map.get(STORAGE_KEY)!);
const tab = (st: FakeStorage, id: string) => {
  const s = createSavedStore({ storage: st, now: () => T, tabId: id });
  s.load();
  return s;
};

describe('作業者名の整え方（cleanAuthor）', () => {
  it('1行・制御文字なし・前後の空白なし・40文字まで', () => {
    expect(cleanAuthor('  人事課\u000C 山田\n ')).toBe('人事課 山田');
    expect(cleanAuthor('\u3000情報政策課\t佐藤\u3000')).toBe('情報政策課佐藤');
    expect([...cleanAuthor('山'.repeat(AUTHOR_MAX + 5))]).toHaveLength(AUTHOR_MAX);
    expect(cleanAuthor('𠮷'.repeat(AUTHOR_MAX))).toBe('𠮷'.repeat(AUTHOR_MAX));
    expect(cleanAuthor(' \u0000 ')).toBe('');
  });
});

test.prop([fc.string({ unit: 'binary', maxLength: 80 })])('性質：どんな入力でも、整えた名前は空か、読み込みが受け付ける名前', (raw) => {
  const name = cleanAuthor(raw);
  expect(cleanAuthor(name)).toBe(name);
  if (!name) return;
  const r = parseState(JSON.parse(JSON.stringify({ ...emptyState(T), revisions: { profile: '1.a' }, authors: { profile: name } })));
  expect(r.problem).toBeUndefined();
  expect(r.state.authors).toEqual({ profile: name });
});

describe('店（store）は変えた単位に作業者名を記録する', () => {
  it('名前を入れた後に変えた単位だけに名前が付き、ほかのタブも同じ名前を使う', () => {
    const st = new FakeStorage();
    const a = tab(st, 'a');
    a.update('profile', (p) => ({ ...p, name: '〇〇町' }));
    expect(stored(st).authors).toBeUndefined();
    expect(a.setAuthor(' 人事課\u0007 山田 ')).toBe('人事課 山田');
    expect(st.map.get(AUTHOR_KEY)).toBe('人事課 山田');
    a.update('tracker', (t) => ({ ...t, steps: { ...t.steps, 'step-03': { status: '進行中', checked: [], owner: '', due: '', memo: 'メモ', updatedAt: '' } } }));
    expect(stored(st).authors).toEqual({ 'tracker.step-03': '人事課 山田' });
    // Another tab of the same browser hears the name and records it too.
    const b = tab(st, 'b');
    expect(b.getSnapshot().author).toBe('人事課 山田');
    a.setAuthor('人事課 田中');
    b.receive(AUTHOR_KEY);
    b.update('profile', (p) => ({ ...p, department: '人事課' }));
    expect(stored(st).authors).toEqual({ 'tracker.step-03': '人事課 山田', profile: '人事課 田中' });
  });

  it('名前を消した後に変えた単位からは、前の人の名前が外れる（別人の変更を前の人のものにしない）', () => {
    const st = new FakeStorage();
    const a = tab(st, 'a');
    a.setAuthor('人事課 山田');
    a.update('profile', (p) => ({ ...p, name: '〇〇町' }));
    a.setAuthor('');
    expect(st.map.has(AUTHOR_KEY)).toBe(false);
    a.update('profile', (p) => ({ ...p, name: '△△町' }));
    expect(stored(st).authors).toBeUndefined();
    expect(handoverLines(a.getSnapshot().state, () => '6月1日')).toEqual(['6月1日　団体の情報（変更した人の記録なし）']);
  });

  it('保存できないブラウザでも、このページの変更には名前が付く', () => {
    const st = new FakeStorage();
    const a = tab(st, 'a');
    st.failSet = new DOMException('denied', 'SecurityError');
    expect(a.setAuthor('人事課 山田')).toBe('人事課 山田');
    a.update('profile', (p) => ({ ...p, name: '〇〇町' }));
    expect(a.getSnapshot().state.authors).toEqual({ profile: '人事課 山田' });
  });
});

describe('読み込み：サイトが書くものは受け入れ、書かないものは拒む', () => {
  const withAuthors = (authors: unknown, revisions: Record<string, string> = { profile: '1.a' }) => ({ ...emptyState(T), revisions, authors });
  it('名前のない以前のデータはそのまま読め、引き継ぎメモは「記録なし」（タブの id は出さない）', () => {
    const old = { ...emptyState(T), revisions: { profile: '4.k2j4x' }, profile: { name: '〇〇町', department: '', updatedAt: T } };
    const r = parseState(JSON.parse(JSON.stringify(old)));
    expect(r.problem).toBeUndefined();
    const lines = handoverLines(r.state, () => '6月1日');
    expect(lines).toEqual(['6月1日　団体の情報（変更した人の記録なし）']);
    expect(lines.join('')).not.toContain('k2j4x');
  });
  it('40文字の名前・サロゲートペアの名前は読める', () => {
    for (const name of ['山'.repeat(AUTHOR_MAX), '𠮷'.repeat(AUTHOR_MAX), '人事課 山田']) {
      const r = parseState(withAuthors({ profile: name }));
      expect(r.problem, name).toBeUndefined();
      expect(r.state.authors).toEqual({ profile: name });
    }
  });
  it.each([
    ['41文字', { profile: '山'.repeat(AUTHOR_MAX + 1) }],
    ['改ページ', { profile: '人事\u000C山田' }],
    ['改行', { profile: '人事\n山田' }],
    ['前の空白', { profile: ' 山田' }],
    ['空', { profile: '' }],
    ['文字列でない', { profile: 3 }],
    ['単位でないキー', { 'tracker.step-1': '山田' }],
    ['__proto__', JSON.parse('{"__proto__":"山田"}')],
  ])('拒む：%s', (_, authors) => {
    const r = parseState(JSON.parse(JSON.stringify(withAuthors(authors))));
    expect(r.problem).toBe('invalid-section');
    expect(r.message).toContain('作業者名の記録');
    expect(r.state.authors).toBeUndefined();
  });
  it('拒む：変更の記録のない単位の名前（サイトは変更番号と一緒にしか書かない）', () => {
    const r = parseState(withAuthors({ profile: '山田', diagnosis: '佐藤' }));
    expect(r.problem).toBe('invalid-section');
    expect(r.state.authors).toEqual({ profile: '山田' });
    expect(importState(JSON.stringify(withAuthors({ diagnosis: '佐藤' }))).ok).toBe(false);
  });
});

describe('ファイル：名前は書き出し・読み込み・合併で単位についていく', () => {
  it('書き出したファイルを読み込むと名前がそのまま戻る', () => {
    const st = new FakeStorage();
    const a = tab(st, 'a');
    a.setAuthor('情報政策課 佐藤');
    a.update('diagnosis', (d) => ({ ...d, answers: { q1: 'yes' } }));
    const r = importState(exportState(a.getSnapshot().state, T));
    expect(r.ok && r.state.authors).toEqual({ diagnosis: '情報政策課 佐藤' });
    // Restored in a colleague's browser and merged there: the note still names 佐藤.
    const b = tab(new FakeStorage(), 'b');
    b.setAuthor('人事課 山田');
    b.update('profile', (p) => ({ ...p, name: '〇〇町' }));
    if (r.ok) b.merge(r.state);
    expect(handoverLines(b.getSnapshot().state, () => '6月1日').sort()).toEqual(['6月1日　団体の情報（人事課 山田）', '6月1日　自己診断の回答（情報政策課 佐藤）']);
  });

  const name = fc.constantFrom('', '人事課 山田', '  情報政策課\u000C佐藤 ', '山'.repeat(60));
  const edit = fc.tuple(fc.constantFrom('a', 'b'), name, fc.constantFrom('profile', 'diagnosis', 'step-01', 'step-02'), fc.constantFrom('x', 'y'));
  test.prop([fc.array(edit, { maxLength: 8 }), fc.array(edit, { maxLength: 8 })])('性質：二人の店が書いたものは、書き出し→読み込み→合併の後も受け入れられ、合併は順によらない', (e1, e2) => {
    const run = (edits: typeof e1, id: string) => {
      const st = new FakeStorage();
      const tabs = { a: tab(st, `${id}a`), b: tab(st, `${id}b`) };
      for (const [t, who, unit, v] of edits) {
        tabs[t].setAuthor(who);
        if (unit === 'profile') tabs[t].update('profile', (p) => ({ ...p, name: v }));
        else if (unit === 'diagnosis') tabs[t].update('diagnosis', (d) => ({ ...d, answers: { q1: v === 'x' ? 'yes' : 'no' } }));
        else tabs[t].update('tracker', (tr) => ({ ...tr, steps: { ...tr.steps, [unit]: { status: '進行中', checked: [], owner: '', due: '', memo: v, updatedAt: '' } } }));
      }
      const r = importState(exportState(st.map.has(STORAGE_KEY) ? parseState(stored(st)).state : emptyState(T), T));
      expect(r.ok, r.ok ? '' : r.message).toBe(true);
      return r.ok ? r.state : emptyState();
    };
    const x = run(e1, 'x');
    const y = run(e2, 'y');
    const m = mergeFiles(x, y);
    expect(m).toEqual(mergeFiles(y, x));
    const again = importState(exportState(m, T));
    expect(again.ok).toBe(true);
    for (const k of Object.keys(m.authors ?? {})) expect(m.revisions[k]).toBeTruthy();
  });
});
