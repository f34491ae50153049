/**
 * The saved-state format's rules where a slip would lose or corrupt data (src/lib/storage.ts):
 * which version numbers are refused, what a partly invalid value keeps, how two tabs' states
 * merge (order of stamps, deletions, the other tab's orphaned ticks, the later save time), and
 * how backups are listed and kept without overwriting anything.
 */
import { describe, expect, it } from 'vitest';
import { checksum } from '../../src/lib/checksum';
import {
  BACKUP_KEY_PREFIX, compareStamps, emptyState, isAhead, keepAside, listBackups, loadState, MAX_BACKUPS, mergeStates, parseState, readRaw, saveState, sectionUnits, STORAGE_KEY, type StorageLike,
} from '../../src/lib/storage';
import { summarize } from '../../src/lib/transfer';
import type { SavedState } from '../../src/schemas/state/envelope';
import type { TrackerState } from '../../src/schemas/state/tracker';
import { FakeStorage } from './support/fake-storage';

const NOW = '2026-11-21T09:00:00.000Z';
const LATER = '2026-11-22T09:00:00.000Z';
const step = (p: Partial<TrackerState['steps'][string]> = {}): TrackerState['steps'][string] => ({ status: '進行中', checked: [], owner: '', due: '', memo: '', updatedAt: NOW, ...p });
const filled = (): SavedState => {
  const s = emptyState(NOW);
  s.profile = { name: '〇〇町', department: '総務課', updatedAt: NOW };
  s.tracker.steps['step-01'] = step({ status: '完了' });
  s.revisions = { profile: '2.a', 'tracker.step-01': '3.a' };
  return s;
};
const asJson = (s: unknown) => JSON.parse(JSON.stringify(s)) as Record<string, unknown>;

describe('空の状態', () => {
  it('時刻を渡さなければ保存日時は空、渡せばその時刻', () => {
    expect(emptyState().savedAt).toBe('');
    expect(emptyState(NOW).savedAt).toBe(NOW);
    expect(parseState({}).state.savedAt).toBe('');
  });
});

describe('読めない版・形式（parseState）', () => {
  it.each([
    ['null', null],
    ['format を持つ配列', Object.assign([], { format: 'telework-navi', version: 2 })],
  ])('%s はこのサイトの保存形式ではない', (_l, data) => {
    const r = parseState(data, NOW);
    expect(r.problem).toBe('foreign');
    expect(r.resetSections).toEqual([]);
    expect(r.state).toEqual(emptyState(NOW));
  });

  it.each([['文字列の版', '2'], ['小数の版', 1.5], ['版0', 0], ['負の版', -1]])('%s は版が読み取れないとして、何も移行しない', (_l, version) => {
    const r = parseState({ ...asJson(filled()), version }, NOW);
    expect(r.problem).toBe('invalid');
    expect(r.message).toBe('保存データの形式の版が読み取れません。');
    expect(r.resetSections).toEqual([]);
  });
});

describe('一部が正しくない保存データ（parseState）', () => {
  it('区分が壊れていても、正しい変更の記録はそのまま使う', () => {
    const data = asJson(filled());
    (data['diagnosis'] as Record<string, unknown>)['answers'] = 'x';
    const r = parseState(data, NOW);
    expect(r.problem).toBe('invalid-section');
    expect(r.resetSections).toEqual(['diagnosis']);
    expect(r.state.revisions).toEqual({ profile: '2.a', 'tracker.step-01': '3.a' });
  });

  it('変更の記録が壊れていれば、内容のある単位すべてに版1の番号を付け直す（区分のリセットには数えない）', () => {
    const r = parseState({ ...asJson(filled()), revisions: { profile: 'x' } }, NOW);
    expect(r.problem).toBe('invalid-section');
    expect(r.resetSections).toEqual([]);
    expect(r.message).toContain('変更の記録');
    expect(r.state.revisions).toMatchObject({ profile: '1.', 'tracker.step-01': '1.' });
    expect(r.state.profile.name).toBe('〇〇町');
  });

  it('復元の記録（generation）が壊れていても、区分のリセットには数えない', () => {
    const r = parseState({ ...asJson(filled()), generation: 5 }, NOW);
    expect(r.problem).toBe('invalid-section');
    expect(r.resetSections).toEqual([]);
    expect(r.state.generation).toBe('0');
  });

  it('保存日時が日時でなければ、読み込んだ時刻を使い、そのことを伝える', () => {
    const r = parseState({ ...asJson(filled()), savedAt: 'きのう' }, LATER);
    expect(r.state.savedAt).toBe(LATER);
    expect(r.problem).toBe('invalid-section');
    expect(r.message).toContain('savedAt');
  });

  it('日時の文字列を配列に入れた保存日時も、日時とは認めない', () => {
    const r = parseState({ ...asJson(filled()), savedAt: [NOW] }, LATER);
    expect(r.state.savedAt).toBe(LATER);
    expect(r.problem).toBe('invalid-section');
  });

  it('問題が複数あれば、すべての説明を続けて示す', () => {
    const r = parseState({ ...asJson(filled()), savedAt: 'x', extra: 1 });
    expect(r.message).toBe('保存日時「savedAt」が日時ではありません。想定していない項目（extra）が含まれていました。');
  });

  it('about（説明）は1000文字までの文字列だけ受け付ける', () => {
    const base = asJson(filled());
    expect(parseState({ ...base, about: 'あ'.repeat(1000) }).problem).toBeUndefined();
    for (const about of ['あ'.repeat(1001), 5, null]) {
      const r = parseState({ ...base, about });
      expect(r.problem).toBe('invalid-section');
      expect(r.message).toBe('想定していない項目（about）が含まれていました。');
    }
  });

  it('知らない項目は最初の5つまでを「、」で区切って示す', () => {
    const r = parseState({ ...asJson(filled()), a1: 1, a2: 1, a3: 1, a4: 1, a5: 1, a6: 1 });
    expect(r.message).toBe('想定していない項目（a1、a2、a3、a4、a5）が含まれていました。');
  });
});

describe('変更番号・世代の順序（compareStamps）', () => {
  it('番号を数として比べ（2 < 10）、同じ番号ならタブの id の文字順', () => {
    expect(compareStamps('2.a', '10.a')).toBeLessThan(0);
    expect(compareStamps('10.a', '2.a')).toBeGreaterThan(0);
    expect(compareStamps('3.a', '3.b')).toBeLessThan(0);
    expect(compareStamps('3.b', '3.a')).toBeGreaterThan(0);
    expect(compareStamps('3.a', '3.a')).toBe(0);
    expect(compareStamps('3.z', '4.a')).toBeLessThan(0);
  });
});

describe('合併の単位（sectionUnits）', () => {
  it('ステップの進捗と、そのステップの内容にない項目は、1つの単位にまとまる', () => {
    const t: TrackerState = { steps: { 'step-01': step() }, orphans: [{ step: 'step-01', item: 'x' }, { step: 'step-02', item: 'y' }] };
    const u = sectionUnits('tracker', t);
    expect([...u.keys()]).toEqual(['tracker.step-01', 'tracker.step-02']);
    expect(u.get('tracker.step-01')).toEqual({ p: step(), o: ['x'] });
    expect(u.get('tracker.step-02')).toEqual({ o: ['y'] });
  });
});

describe('2つのタブの状態の合併（mergeStates）', () => {
  it('ほかのタブの「内容にない項目」は消えず、ステップの順に並ぶ（引数の順によらない）', () => {
    const a = emptyState();
    const b = emptyState();
    a.tracker.orphans = [{ step: 'step-03', item: 'c' }];
    a.revisions['tracker.step-03'] = '1.a';
    b.tracker.orphans = [{ step: 'step-01', item: 'a1' }, { step: 'step-01', item: 'a2' }];
    b.tracker.steps['step-02'] = step();
    b.revisions['tracker.step-01'] = '1.b';
    b.revisions['tracker.step-02'] = '2.b';
    const want = [{ step: 'step-01', item: 'a1' }, { step: 'step-01', item: 'a2' }, { step: 'step-03', item: 'c' }];
    for (const m of [mergeStates(a, b), mergeStates(b, a)]) {
      expect(m.tracker.orphans).toEqual(want);
      // 内容にない項目しかないステップに、進捗の項目を作らない（作ると集計が壊れる）
      expect(Object.keys(m.tracker.steps)).toEqual(['step-02']);
      expect(() => summarize(m)).not.toThrow();
    }
  });

  it('進捗の項目はステップ番号の順に並ぶ（どちらのタブから来ても）', () => {
    const a = emptyState();
    const b = emptyState();
    a.tracker.steps['step-05'] = step();
    a.revisions['tracker.step-05'] = '1.a';
    b.tracker.steps['step-02'] = step();
    b.revisions['tracker.step-02'] = '1.b';
    expect(Object.keys(mergeStates(a, b).tracker.steps)).toEqual(['step-02', 'step-05']);
    expect(Object.keys(mergeStates(b, a).tracker.steps)).toEqual(['step-02', 'step-05']);
  });

  it('新しい番号で消された（空に戻された）ステップは、古い内容を持つタブと合併しても戻らない', () => {
    const cleared = emptyState();
    cleared.revisions['tracker.step-01'] = '5.a';
    const old = emptyState();
    old.tracker.steps['step-01'] = step({ memo: '古いメモ' });
    old.tracker.orphans = [{ step: 'step-01', item: '古い項目' }];
    old.revisions['tracker.step-01'] = '3.b';
    for (const m of [mergeStates(cleared, old), mergeStates(old, cleared)]) {
      expect(m.tracker).toEqual({ steps: {}, orphans: [] });
      expect(m.revisions['tracker.step-01']).toBe('5.a');
    }
  });

  it('どちらのタブにもない単位の「消した」記録は残り、3つ目のタブの古い内容を戻さない', () => {
    const cleared = emptyState();
    cleared.revisions['tracker.step-01'] = '5.a';
    const never = emptyState();
    const m = mergeStates(cleared, never);
    expect(m.revisions).toEqual({ 'tracker.step-01': '5.a' });
    expect(mergeStates(never, cleared).revisions).toEqual({ 'tracker.step-01': '5.a' });
    const old = emptyState();
    old.tracker.steps['step-01'] = step({ memo: '古いメモ' });
    old.revisions['tracker.step-01'] = '3.c';
    expect(mergeStates(m, old).tracker.steps).toEqual({});
  });

  it('同じ世代どうしの合併の保存日時は、遅いほう', () => {
    const a = { ...emptyState(), savedAt: NOW };
    const b = { ...emptyState(), savedAt: LATER };
    expect(mergeStates(a, b).savedAt).toBe(LATER);
    expect(mergeStates(b, a).savedAt).toBe(LATER);
  });
});

describe('どちらが先に進んでいるか（isAhead）', () => {
  it('新しい世代は、変更番号によらず先に進んでいる；古い世代は、番号が大きくても進んでいない', () => {
    const old = filled();
    old.revisions = { profile: '99.a' };
    const restored = emptyState();
    restored.generation = '1.b.restore';
    expect(isAhead(restored, old)).toBe(true);
    expect(isAhead(old, restored)).toBe(false);
  });
});

describe('退避（listBackups・keepAside・readRaw）', () => {
  it('退避のキーは、ストレージの並びによらず文字順で返し、ほかのキーは含めない', () => {
    const st = new FakeStorage({ [`${BACKUP_KEY_PREFIX}b`]: '2', other: 'x', [`${BACKUP_KEY_PREFIX}a`]: '1' });
    expect(listBackups(st)).toEqual([`${BACKUP_KEY_PREFIX}a`, `${BACKUP_KEY_PREFIX}b`]);
  });

  it('同じキーに別の内容がある（ハッシュの衝突）ときは上書きせず、退避できないと答える', () => {
    const raw = '{壊れた';
    const key = BACKUP_KEY_PREFIX + checksum(raw, 7) + raw.length.toString(36);
    const st = new FakeStorage({ [key]: '別の内容' });
    expect(keepAside(st, raw)).toBeNull();
    expect(st.map.get(key)).toBe('別の内容');
  });

  it('一覧の後に消えた退避（ほかのタブが消した）は数えず、新しい退避を作れる', () => {
    const st = new FakeStorage();
    for (let i = 0; i < MAX_BACKUPS - 1; i++) st.map.set(`${BACKUP_KEY_PREFIX}k${i}`, `内容${i}`);
    const vanishing = `${BACKUP_KEY_PREFIX}gone`;
    const racing: StorageLike = {
      getItem: (k) => (k === vanishing ? null : st.getItem(k)),
      setItem: (k, v) => st.setItem(k, v),
      removeItem: (k) => st.removeItem(k),
      get length() { return st.length + 1; },
      key: (i) => (i === st.length ? vanishing : st.key(i)),
    };
    const key = keepAside(racing, '{新しい');
    expect(key).not.toBeNull();
    expect(st.map.get(key!)).toBe('{新しい');
  });

  it('ストレージが書き込みを拒めば、null を返す（例外にしない）', () => {
    const st = new FakeStorage();
    st.failSet = new DOMException('denied', 'SecurityError');
    expect(keepAside(st, '{壊れた')).toBeNull();
  });

  it('正しいデータは退避せず、伝えることもない', () => {
    const st = new FakeStorage();
    const r = readRaw(st, JSON.stringify(filled()), NOW);
    expect(r).toMatchObject({ available: true, resetSections: [] });
    expect(r.backupKey).toBeUndefined();
    expect(r.message).toBeUndefined();
    expect(listBackups(st)).toEqual([]);
  });

  it('壊れたJSONは、リセットした区分なしの「corrupt」として退避する', () => {
    const r = readRaw(new FakeStorage(), '{', NOW);
    expect(r).toMatchObject({ problem: 'corrupt', resetSections: [], available: true });
  });
});

describe('読み込み・保存できないブラウザ（loadState・saveState）', () => {
  it('読み込みが拒まれても、何も保存されていなくても、リセットした区分はない', () => {
    const st = new FakeStorage();
    expect(loadState(st, NOW)).toEqual({ state: emptyState(NOW), available: true, resetSections: [], raw: null });
    st.failGet = true;
    expect(loadState(st, NOW)).toMatchObject({ available: false, resetSections: [] });
  });

  it('容量以外の理由で書けないときは、保存できなかったことと書き出しを伝える', () => {
    const st = new FakeStorage();
    st.failSet = new DOMException('denied', 'SecurityError');
    const r = saveState(st, emptyState(), NOW);
    expect(r).toEqual({ ok: false, reason: 'unavailable', message: 'このブラウザでは保存できませんでした。入力はこのページを閉じると消えます。「すべての入力をファイルに保存」で書き出してください。' });
    expect(st.map.has(STORAGE_KEY)).toBe(false);
  });
});
