/**
 * The inventory's level cache (src/lib/inventory/level-cache.ts, cached-outcomes.ts) and the rules'
 * key (src/utils/inventory-rules-key.ts): /pack/ prints a stored outcome only for the task as it
 * is now under the rules as built, and what it prints from the cache is what the classifier
 * derives (never a less strict level, never a lost 要確認 or residents' note).
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../src/lib/inventory/classify';
import { cachedOutcomes, decodeOutcome, readOutcomeCache } from '../../../src/lib/inventory/cached-outcomes';
import { hash64, LEVEL_CACHE_KEY, outcomeKey, writeOutcomeCache } from '../../../src/lib/inventory/level-cache';
import { outcomesFor } from '../../../src/lib/inventory/ondemand-outcomes';
import { encodeOutcome, type Outcome } from '../../../src/lib/inventory/outcome';
import { packRows } from '../../../src/lib/inventory/pack-rows';
import { ANSWER_IDS, type QuestionKey } from '../../../src/lib/inventory/questions';
import { cachedClassify, outcomeOf, rowLevelText, toRow } from '../../../src/lib/inventory/rows';
import type { TaskRow } from '../../../src/schemas/state/inventory';
import { inventoryRulesKey, RULES_SOURCES } from '../../../src/utils/inventory-rules-key';
import { loadLevels } from '../../fixtures/inventory/load-levels';
import { FakeStorage } from '../support/fake-storage';

const levels = loadLevels();
const KEY = inventoryRulesKey(levels);
const suggest = cachedClassify(createClassifier(levels));
const ALL = (info: string, system: string, place: string) => ({ info, system, place });
const task = (id: string, name: string, override = '', answers?: ReturnType<typeof ALL>): TaskRow => ({ id, name, unit: '', memo: '', override, ...(answers ? { answers } : {}) });

/** What /inventory/ does after it has shown its rows: store each task's outcome. */
function inventoryWrites(storage: FakeStorage, tasks: TaskRow[], rulesKey = KEY) {
  writeOutcomeCache(storage, rulesKey, tasks, tasks.map((t) => outcomeOf(toRow(t, suggest, levels))));
}
const lookup = (storage: FakeStorage, tasks: TaskRow[], rulesKey = KEY) => cachedOutcomes(tasks, rulesKey, readOutcomeCache(storage));

describe('指紋（規則の版と業務の入力）', () => {
  it('hash64：同じ文字列は同じ14文字、近い文字列どうしでも 20,000 件で衝突しない', () => {
    expect(hash64('議事録の作成')).toBe(hash64('議事録の作成'));
    expect(hash64('')).toMatch(/^[0-9a-z]{14}$/);
    const seen = new Set<string>();
    for (let i = 0; i < 20_000; i++) seen.add(hash64(`業務${i}`));
    expect(seen.size).toBe(20_000);
  });

  it('名前・選んだレベル・3つの回答・規則の版のどれが変わっても指紋が変わる。所属・メモ・id では変わらない', () => {
    const base = task('a', '住民票の交付', 'lv3', ALL('resident', 'lgwan', 'counter'));
    const k = outcomeKey(KEY, base);
    const changed = [
      { ...base, name: '住民票の交付 ' },
      { ...base, override: '' },
      { ...base, override: 'lv4' },
      { ...base, answers: ALL('unknown', 'lgwan', 'counter') },
      { ...base, answers: ALL('resident', 'mynumber', 'counter') },
      { ...base, answers: ALL('resident', 'lgwan', '') },
    ];
    for (const t of changed) expect(outcomeKey(KEY, t), JSON.stringify(t)).not.toBe(k);
    expect(outcomeKey(KEY + 'x', base)).not.toBe(k);
    expect(outcomeKey(KEY, { ...base, id: 'b', unit: '市民課', memo: 'メモ' } as TaskRow)).toBe(k);
    // Moving text between fields is another input (no separator can be faked).
    expect(outcomeKey(KEY, task('a', 'x', 'lv1'))).not.toBe(outcomeKey(KEY, task('a', 'xlv1', '')));
  });

  it('回答のない業務（以前の保存データ）と3つとも未回答の業務は同じ入力：指紋も結果も同じ', () => {
    const none = task('a', '住民の個人データの集計');
    const blank = task('a', '住民の個人データの集計', '', ALL('', '', ''));
    expect(outcomeKey(KEY, none)).toBe(outcomeKey(KEY, blank));
    expect(outcomeOf(toRow(none, suggest, levels))).toEqual(outcomeOf(toRow(blank, suggest, levels)));
  });

  it('規則の版：レベルの表（content/levels.yaml）やソースの1文字が変われば別の版', () => {
    const other = levels.map((l, i) => (i === 1 ? { ...l, sharedTips: [...l.sharedTips, '追加'] } : l));
    expect(inventoryRulesKey(other)).not.toBe(KEY);
    const sources = { 'a.ts': 'export const A = 1;', 'b.ts': 'export const B = 2;' };
    expect(inventoryRulesKey(levels, sources)).toBe(inventoryRulesKey(levels, { ...sources }));
    expect(inventoryRulesKey(levels, { ...sources, 'b.ts': 'export const B = 3;' })).not.toBe(inventoryRulesKey(levels, sources));
  });

  it('規則の版は、業務の結果を導くモジュール（ondemand-outcomes.ts から import でたどれるすべて）のソースを含む', () => {
    const root = resolve(import.meta.dirname, '../../..');
    const covered = new Set(RULES_SOURCES.map((p) => relative(root, resolve(root, 'src/utils', p))));
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(join(root, file), 'utf8');
      for (const m of code.matchAll(/^import\s+(type\s+)?[^'"]*?from\s*'(\.[^']+)'/gm)) {
        if (m[1]) continue; // a type import brings no code
        visit(relative(root, resolve(root, dirname(file), m[2]!)) + '.ts');
      }
    };
    visit('src/lib/inventory/ondemand-outcomes.ts');
    expect(seen.size).toBeGreaterThan(6);
    expect([...seen].filter((f) => !covered.has(f))).toEqual([]);
  });
});

describe('保存と読み出し', () => {
  const tasks = [task('a', '会議議事録作成', '', ALL('none', 'internet', 'anywhere')), task('b', '住民票の写しの交付'), task('c', '謎の業務', 'lv2'), task('d', '職員の給与計算', '', ALL('staff', 'lgwan', 'anywhere'))];

  it('棚卸しが保存した結果を、同じ業務・同じ規則の版なら読み出せる', () => {
    const s = new FakeStorage();
    inventoryWrites(s, tasks);
    expect(lookup(s, tasks)).toEqual(tasks.map((t) => outcomeOf(toRow(t, suggest, levels))));
    expect(lookup(s, tasks).map((o) => o!.level)).toEqual(['lv1', 'lv4', 'lv2', 'lv2']);
  });

  it('変わった業務・新しい業務・別の規則の版・何もない保存場所では結果がない（分類器で導く）', () => {
    const s = new FakeStorage();
    inventoryWrites(s, tasks);
    // Merged from a colleague's file: one answer differs, one task is new.
    const merged = [tasks[0]!, { ...tasks[1]!, answers: ALL('resident', 'mynumber', 'counter') }, task('e', '新しい業務')];
    expect(lookup(s, merged).map((o) => o !== null)).toEqual([true, false, false]);
    expect(lookup(s, tasks, 'another-build').every((o) => o === null)).toBe(true);
    expect(lookup(new FakeStorage(), tasks).every((o) => o === null)).toBe(true);
    expect(cachedOutcomes(tasks, KEY, readOutcomeCache(null)).every((o) => o === null)).toBe(true);
  });

  it('壊れた・書き換えられた保存内容は結果なしとして扱う', () => {
    for (const raw of ['{', 'null', '[]', '"x"', '{"o":null}', '{"o":[1,2]}', '{"o":{"__proto__":"lv1.0.0."}}']) {
      expect(lookup(new FakeStorage({ [LEVEL_CACHE_KEY]: raw }), tasks).every((o) => o === null), raw).toBe(true);
    }
    const s = new FakeStorage();
    inventoryWrites(s, tasks);
    const stored = JSON.parse(s.getItem(LEVEL_CACHE_KEY)!) as { o: Record<string, string> };
    const k = outcomeKey(KEY, tasks[1]!);
    for (const bad of ['lv5.1.1.', 'lv4.2.1.', 'lv4.1.1', 'lv4.1.1.a.b', 'lv4.1.1.型', 4]) {
      s.setItem(LEVEL_CACHE_KEY, JSON.stringify({ o: { ...stored.o, [k]: bad } }));
      expect(lookup(s, tasks)[1], String(bad)).toBeNull();
    }
  });

  it('書くのは今の業務の分だけ（消えた業務の結果は残さない）、同じ内容は書き直さない、書けなくても止まらない', () => {
    const s = new FakeStorage();
    inventoryWrites(s, tasks);
    inventoryWrites(s, tasks.slice(0, 2));
    expect(Object.keys(JSON.parse(s.getItem(LEVEL_CACHE_KEY)!).o).length).toBe(2);
    expect(lookup(s, tasks).map((o) => o !== null)).toEqual([true, true, false, false]);
    const writes = s.writes.length;
    inventoryWrites(s, tasks.slice(0, 2));
    expect(s.writes.length).toBe(writes);
    s.failSet = new DOMException('full', 'QuotaExceededError');
    expect(() => inventoryWrites(s, tasks)).not.toThrow();
    expect(() => writeOutcomeCache(null, KEY, tasks, [])).not.toThrow();
  });

  it('保存するのは指紋と結果だけで、業務の名前は入らない', () => {
    const s = new FakeStorage();
    inventoryWrites(s, tasks);
    const raw = s.getItem(LEVEL_CACHE_KEY)!;
    for (const t of tasks) expect(raw).not.toContain(t.name);
  });

  it('結果の1行の形：行き来して同じ、ほかの形は受け付けない', () => {
    const o: Outcome = { level: 'lv3', needsCheck: true, residentNote: false, tipsType: 'paper-applications' };
    expect(decodeOutcome(encodeOutcome(o))).toEqual(o);
    expect(decodeOutcome(encodeOutcome({ ...o, level: 'unclassified', tipsType: '' }))).toEqual({ ...o, level: 'unclassified', tipsType: '' });
    expect([undefined, null, '', 'lv1', 'lv1.0.0', 'lv1.x.0.', 'LV1.0.0.'].map(decodeOutcome)).toEqual([null, null, null, null, null, null, null]);
  });
});

const WORDS = ['住民', '台帳', '相談', '職員', '給与', '議事録', '集計', '窓口', '交付', '現場', '巡回', '検体', '住民票', '課税', '宛名', 'ホームページ', '会議', '作成', '清掃', '高齢者', '照会', '入力'];
const nameArb = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((w) => w.join(''));
const answerArb = (k: QuestionKey) => fc.constantFrom('', ...ANSWER_IDS[k]);
const taskArb = fc
  .record({ name: nameArb, answers: fc.option(fc.record({ info: answerArb('info'), system: answerArb('system'), place: answerArb('place') }), { nil: undefined }), override: fc.constantFrom('', 'lv1', 'lv2', 'lv3', 'lv4') })
  .map(({ name, answers, override }): TaskRow => ({ id: 't', name, unit: '', memo: '', override, ...(answers ? { answers } : {}) }));

describe('法則（fast-check）', () => {
  it('キャッシュから印刷する行は、分類器で導いた行と同じ（レベル・要確認・住民情報の注意・工夫）', () => {
    fc.assert(
      fc.property(fc.array(taskArb, { minLength: 1, maxLength: 8 }), (list) => {
        const tasks = list.map((t, i) => ({ ...t, id: `t${i}` }));
        const s = new FakeStorage();
        inventoryWrites(s, tasks);
        const cached = lookup(s, tasks);
        expect(cached.every((o) => o !== null)).toBe(true);
        const fromCache = packRows(tasks, cached as Outcome[], levels);
        const derived = outcomesFor(tasks, levels);
        expect(fromCache).toEqual(packRows(tasks, derived, levels));
        tasks.forEach((t, i) => expect(fromCache.rows[i]!.levelText.startsWith(rowLevelText(toRow(t, suggest, levels)))).toBe(true));
      }),
      { numRuns: 150 },
    );
  });

  it('ある業務の結果が、入力の違う別の業務に使われることはない', () => {
    fc.assert(
      fc.property(taskArb, taskArb, (a, b) => {
        const s = new FakeStorage();
        inventoryWrites(s, [a]);
        const same = a.name === b.name && a.override === b.override && ['info', 'system', 'place'].every((k) => (a.answers?.[k as QuestionKey] ?? '') === (b.answers?.[k as QuestionKey] ?? ''));
        expect(lookup(s, [b])[0] !== null).toBe(same);
      }),
      { numRuns: 400 },
    );
  });
});

describe('書き込みの範囲', () => {
  const outcome: Outcome = { level: 'lv2', needsCheck: true, residentNote: true, tipsType: 'confidential-information' };
  const stored = (s: FakeStorage) => JSON.parse(s.getItem(LEVEL_CACHE_KEY)!) as { o: Record<string, string> };

  it('指紋は版をまたいで変わらない（既知の値）: 以前に保存した結果も同じ指紋で見つかる', () => {
    expect(hash64('')).toBe('07h0j2b0k4n83c');
    expect(hash64('議事録の作成')).toBe('1er0fce12vl8ik');
  });

  it('規則の版がわからない（空）ときは何も書かない', () => {
    const s = new FakeStorage();
    writeOutcomeCache(s, '', [task('a', '議事録の作成')], [outcome]);
    expect(s.writes).toEqual([]);
  });

  it('結果のない業務は書かない（結果の数が業務より少なくても止まらない）', () => {
    const s = new FakeStorage();
    const tasks = [task('a', '議事録の作成'), task('b', '住民票の交付')];
    writeOutcomeCache(s, 'rules', tasks, [outcome]);
    expect(stored(s).o).toEqual({ [outcomeKey('rules', tasks[0]!)]: 'lv2.1.1.confidential-information' });
  });

  it('書くのは上限（2,000件）まで: それより後の業務は書かない', () => {
    const s = new FakeStorage();
    const tasks = Array.from({ length: 2001 }, (_, i) => task(`t${i}`, `業務${i}`));
    writeOutcomeCache(s, 'rules', tasks, tasks.map(() => outcome));
    const o = stored(s).o;
    expect(Object.keys(o)).toHaveLength(2000);
    expect(Object.hasOwn(o, outcomeKey('rules', tasks[1999]!))).toBe(true);
    expect(Object.hasOwn(o, outcomeKey('rules', tasks[2000]!))).toBe(false);
  });
});
