import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { scriptJson } from '../../src/lib/page-data';

describe('scriptJson：島に渡す内容の JSON（<script type="application/json"> の中身）', () => {
  it('< > & は \\u 形式になり、要素を閉じる </script> や <!-- は現れない', () => {
    const text = scriptJson({ a: '</script><!-- & -->', b: ['<b>'] });
    expect(text).toBe('{"a":"\\u003c/script\\u003e\\u003c!-- \\u0026 --\\u003e","b":["\\u003cb\\u003e"]}');
    expect(text).not.toMatch(/[<>&]/);
  });

  it('JSON にできない値（undefined）は黙って空にせず、エラーにする', () => {
    expect(() => scriptJson(undefined)).toThrow(/JSON/);
  });

  test.prop([fc.jsonValue()])('性質：どの JSON の値も、読み戻すと同じ値になり、< > & を含まない', (v) => {
    const text = scriptJson(v);
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(v)));
  });
});
