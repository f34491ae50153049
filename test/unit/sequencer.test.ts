/** The browser tier's file order (test/support/sequencer.ts): the listed files first, longest first; nothing dropped. */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestSpecification, Vitest } from 'vitest/node';
import LongestFirst, { LONGEST_FIRST } from '../support/sequencer';

const spec = (project: string, file: string) => ({ project: { name: project, config: { sequence: { groupOrder: 0 }, isolate: true } }, moduleId: resolve(file) }) as unknown as TestSpecification;
const ctx = { cache: { getTestSpecificationResult: () => undefined }, config: { root: process.cwd(), shard: undefined } } as unknown as Vitest;

describe('ブラウザのテストの順序', () => {
  it('一覧のファイルはどれも実在する（名前を変えたら一覧も変える）', () => {
    for (const f of LONGEST_FIRST) expect(existsSync(f), f).toBe(true);
  });

  it('一覧のファイルを一覧の順に先に、ほかはその後に。プロジェクトは混ざらず、1つも落とさない', async () => {
    const files = [
      spec('e2e', 'test/e2e/navigation.test.ts'),
      spec('e2e', 'test/e2e/a11y-criteria-320.test.ts'),
      spec('dist', 'test/dist/budgets.test.ts'),
      spec('e2e', 'test/e2e/saved-state.test.ts'),
      spec('e2e', 'test/e2e/crawl.test.ts'),
      spec('dist', 'test/dist/csp.test.ts'),
    ];
    const order = (await new LongestFirst(ctx).sort(files)).map((f) => `${f.project.name}:${f.moduleId.slice(process.cwd().length + 1)}`);
    expect(order).toHaveLength(files.length);
    expect(order.filter((o) => o.startsWith('dist:'))).toHaveLength(2);
    expect(order.slice(0, 2).every((o) => o.startsWith('dist:'))).toBe(true);
    expect(order.slice(2)).toEqual(['e2e:test/e2e/saved-state.test.ts', 'e2e:test/e2e/crawl.test.ts', 'e2e:test/e2e/a11y-criteria-320.test.ts', 'e2e:test/e2e/navigation.test.ts']);
  });
});
