/**
 * The strict checker behind the saved-state schemas (src/schemas/state/check.ts): strict at
 * every depth, `__proto__` and inherited names are unknown keys, limits count characters,
 * and issues carry the path that the messages name.
 */
import { describe, expect, it } from 'vitest';
import { array, either, object, oneOf, record, string } from '../../src/schemas/state/check';
import { TrackerStateSchema } from '../../src/schemas/state/tracker';
import { PlanStateSchema } from '../../src/schemas/state/plan';

const S = object({ a: string(3), list: array(object({ x: oneOf(['p', 'q'] as const) }), 2), map: record(/^k\d$/, either(string(2), array(string(2), 2))) });
const good = { a: 'abc', list: [{ x: 'p' }], map: { k1: 'ab', k2: ['a', 'b'] } };

describe('厳格な検査器', () => {
  it('正しい値はそのまま（写しを）返す', () => {
    const r = S.safeParse(good);
    expect(r).toEqual({ success: true, data: good });
    if (r.success) expect(r.data).not.toBe(good);
  });
  it.each([
    ['深い所の知らない項目', { ...good, list: [{ x: 'p', y: 1 }] }, ['list', 0], 'unrecognized_keys'],
    ['継承された名前（toString）も知らない項目', { ...good, list: [{ x: 'p', toString: 1 }] }, ['list', 0], 'unrecognized_keys'],
    ['足りない項目', { list: [], map: {} }, ['a'], 'invalid_type'],
    ['選択肢にない値', { ...good, list: [{ x: 'r' }] }, ['list', 0, 'x'], 'invalid_format'],
    ['件数の上限超え', { ...good, list: [{ x: 'p' }, { x: 'p' }, { x: 'q' }] }, ['list'], 'too_big'],
    ['文字数の上限超え（文字で数える）', { ...good, a: 'abcd' }, ['a'], 'too_big'],
    ['使えないキー', { ...good, map: { x: 'a' } }, ['map', 'x'], 'invalid_key'],
    ['どちらの形でもない値', { ...good, map: { k1: 5 } }, ['map', 'k1'], 'invalid_type'],
  ])('%sは拒み、場所を示す', (_l, value, path, code) => {
    const r = S.safeParse(value);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]).toMatchObject({ path, code });
  });
  it('JSON の __proto__ キーは、マップの中でもオブジェクトの中でも知らない項目', () => {
    const inMap = S.safeParse(JSON.parse('{"a":"","list":[],"map":{"__proto__":"a"}}'));
    expect(!inMap.success && inMap.error.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['__proto__'], path: ['map'] });
    const inObject = S.safeParse(JSON.parse('{"a":"","list":[{"x":"p","__proto__":{}}],"map":{}}'));
    expect(!inObject.success && inObject.error.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['__proto__'] });
  });
  it('絵文字・サロゲートペアは1文字と数える（入力欄の上限と同じ）', () => {
    expect(string(2).safeParse('𠮷野').success).toBe(true);
  });
  it('進捗と導入工程表のスキーマ：ステップ id と年月の形', () => {
    expect(TrackerStateSchema.safeParse({ steps: { 'step-1': {} }, orphans: [] }).success).toBe(false);
    expect(TrackerStateSchema.safeParse({ steps: {}, orphans: [{ step: 'step-01', item: 'x' }] }).success).toBe(true);
    expect(PlanStateSchema.safeParse({ start: '2026-04', target: '', steps: { 'step-01': { start: '2026-04', end: '2026-13' } }, updatedAt: '' }).success).toBe(false);
    expect(PlanStateSchema.safeParse({ start: '2026-04', target: '2027-04', steps: { 'step-01': { start: '2026-04', end: '2026-06' } }, updatedAt: '' }).success).toBe(true);
  });
});
