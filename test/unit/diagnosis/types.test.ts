/**
 * Unit tests of src/lib/diagnosis/types.ts.
 */
import { describe, expect, it } from 'vitest';
import { ANSWER_VALUES } from '../../../src/lib/diagnosis/types';
import { ANSWERS } from '../../../src/schemas/state/diagnosis';

describe('回答の型は1つ', () => {
  it('画面の選択肢の順と値は、保存データのスキーマの4種類と同じ', () => {
    expect([...ANSWER_VALUES]).toEqual([...ANSWERS]);
  });
});
