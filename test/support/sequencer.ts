/**
 * The order in which the browser tier starts its files: the longest first, so that the two workers
 * finish together instead of one idling while the other runs a long file started last (vitest's own
 * order on a fresh machine is by file size, which put the long a11y-criteria-390/-320 files, 7 lines
 * each, at the end). The list is the files' order by time in `npm test` on 2026-12-05; a file not
 * in it runs after them, in vitest's order. Only the order changes: every file still runs.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export const LONGEST_FIRST = [
  'test/e2e/saved-state.test.ts',
  'test/e2e/crawl.test.ts',
  'test/e2e/a11y-criteria.test.ts',
  'test/e2e/a11y-criteria-320.test.ts',
  'test/e2e/a11y.test.ts',
  'test/e2e/diagnosis-print.test.ts',
  'test/e2e/inventory.test.ts',
  'test/e2e/a11y-criteria-390.test.ts',
  'test/e2e/tracker.test.ts',
  'test/e2e/pack.test.ts',
];

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => {
      const i = LONGEST_FIRST.findIndex((p) => f.moduleId.replaceAll('\\', '/').endsWith(p));
      return i < 0 ? LONGEST_FIRST.length : i;
    };
    // vitest's order keeps each project's files together; within a project the listed files go
    // first (Array.prototype.sort is stable: the others keep vitest's order).
    const byProject = new Map<string, TestSpecification[]>();
    for (const f of await super.sort(files)) {
      const list = byProject.get(f.project.name) ?? [];
      list.push(f);
      byProject.set(f.project.name, list);
    }
    return [...byProject.values()].flatMap((list) => list.sort((a, b) => rank(a) - rank(b)));
  }
}
