/**
 * /pack/'s reading of the inventory's level cache (src/lib/inventory/cached-outcomes.ts): only a
 * well-formed outcome stored under the fingerprint of the task as it is now (and the rules as
 * built) is used; anything else, broken or foreign, counts as no result (the classifier derives it).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cachedOutcomes, decodeOutcome, readOutcomeCache } from '../../../src/lib/inventory/cached-outcomes';
import { LEVEL_CACHE_KEY, outcomeKey, writeOutcomeCache } from '../../../src/lib/inventory/level-cache';
import { encodeOutcome, type Outcome } from '../../../src/lib/inventory/outcome';
import type { TaskRow } from '../../../src/schemas/state/inventory';
import { FakeStorage } from '../support/fake-storage';

const task = (id: string, name: string, override = '', answers?: TaskRow['answers']): TaskRow => ({ id, name, unit: '', memo: '', override, ...(answers ? { answers } : {}) });

describe('保存した1行の読み取り', () => {
  it('要確認・住民情報の欄は 0 か 1 の1文字だけ（前後に文字があれば読まない）', () => {
    expect(decodeOutcome('lv2.1.0.communication')).toEqual({ level: 'lv2', needsCheck: true, residentNote: false, tipsType: 'communication' });
    expect(decodeOutcome('lv2.0.1.')).toEqual({ level: 'lv2', needsCheck: false, residentNote: true, tipsType: '' });
    for (const bad of ['lv2.10.0.', 'lv2.01.0.', 'lv2.x1.0.', 'lv2.1x.0.', 'lv2.0.10.', 'lv2.0.01.', 'lv2.0.x1.', 'lv2.0.1x.', 'lv2..0.', 'lv2.0..']) {
      expect(decodeOutcome(bad), bad).toBeNull();
    }
  });

  it('法則: 結果の1行は行き来して同じ', () => {
    const outcomeArb = fc.record({
      level: fc.constantFrom('lv1', 'lv2', 'lv3', 'lv4', 'unclassified'),
      needsCheck: fc.boolean(),
      residentNote: fc.boolean(),
      tipsType: fc.constantFrom('', 'communication', 'paper-applications', 'my-number-systems'),
    }) as fc.Arbitrary<Outcome>;
    fc.assert(
      fc.property(outcomeArb, (o) => {
        expect(decodeOutcome(encodeOutcome(o))).toEqual(o);
      }),
    );
  });
});

describe('保存場所の読み出し', () => {
  it('保存内容の o が表（オブジェクト）でなければ空として扱う', () => {
    for (const raw of ['{"o":"lv1.0.0."}', '{"o":5}', '{"o":true}', '{"o":""}', '{}', 'x']) {
      expect(readOutcomeCache(new FakeStorage({ [LEVEL_CACHE_KEY]: raw })), raw).toEqual({});
    }
    expect(readOutcomeCache(new FakeStorage({ [LEVEL_CACHE_KEY]: '{"o":{"k":"lv1.0.0."}}' }))).toEqual({ k: 'lv1.0.0.' });
    expect(readOutcomeCache(null)).toEqual({});
  });

  it('読めない保存場所（ポリシーで禁止）でも止まらず、空として扱う', () => {
    const s = new FakeStorage();
    s.failGet = true;
    expect(readOutcomeCache(s)).toEqual({});
  });

  it('変わった業務・別の規則の版には結果がなく、変わっていない業務には保存した結果', () => {
    const tasks = [task('a', '議事録の作成'), task('b', '住民票の交付', 'lv3', { info: 'resident', system: 'lgwan', place: 'counter' })];
    const stored: Outcome[] = [
      { level: 'lv1', needsCheck: true, residentNote: false, tipsType: 'document-preparation' },
      { level: 'lv3', needsCheck: false, residentNote: true, tipsType: 'paper-applications' },
    ];
    const s = new FakeStorage();
    writeOutcomeCache(s, 'rules-1', tasks, stored);
    const cache = readOutcomeCache(s);
    expect(cachedOutcomes(tasks, 'rules-1', cache)).toEqual(stored);
    expect(cachedOutcomes(tasks, 'rules-2', cache)).toEqual([null, null]);
    expect(cachedOutcomes([{ ...tasks[0]!, override: 'lv2' }, tasks[1]!], 'rules-1', cache)).toEqual([null, stored[1]]);
    // a foreign value under the task's own fingerprint is no result either
    expect(cachedOutcomes(tasks, 'rules-1', { ...cache, [outcomeKey('rules-1', tasks[0]!)]: 'lv9.0.0.' })).toEqual([null, stored[1]]);
  });
});
