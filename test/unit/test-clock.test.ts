/**
 * No test reads the real clock (issue 21): a test that depends on "today" passes the day it is
 * written and fails a month later. Every read of the current time in a test file must be under a
 * fixed clock: vitest's fake timers in the same file, or a browser page whose clock is installed
 * at TEST_NOW by test/e2e/support/browser.ts (such lines say so with a comment naming the page's clock).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const THIS = relative(ROOT, import.meta.filename);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return files(p);
    return /\.(ts|tsx|mjs|js)$/.test(name) ? [p] : [];
  });
}

/** Lines that read the current time: `Date.now()` or `new Date()` with no argument. */
export function clockReads(text: string): { line: number; text: string }[] {
  return text.split('\n').flatMap((t, i) => (/Date\.now\(\)|new Date\(\s*(?:\/\*[^*]*\*\/\s*)?\)/.test(t) ? [{ line: i + 1, text: t.trim() }] : []));
}

describe('テストは実際の時計を読まない', () => {
  it('検出：Date.now() と引数のない new Date() を見つけ、日付つきの new Date(…) は見逃す', () => {
    expect(clockReads('const a = Date.now();\nconst b = new Date();\nconst c = new Date(2026, 0, 1);\nconst d = new Date( );')).toEqual([
      { line: 1, text: 'const a = Date.now();' },
      { line: 2, text: 'const b = new Date();' },
      { line: 4, text: 'const d = new Date( );' },
    ]);
  });

  it('test/ の各ファイル：時刻を読む行は、偽の時計（vi.useFakeTimers）の下か、ページの固定された時計を読むと書いてある', () => {
    const offenders: string[] = [];
    for (const path of files(join(ROOT, 'test'))) {
      const rel = relative(ROOT, path);
      if (rel === THIS) continue;
      const text = readFileSync(path, 'utf8');
      const fake = /vi\.useFakeTimers\(/.test(text) && /vi\.setSystemTime\(/.test(text);
      for (const r of clockReads(text)) {
        if (fake) continue;
        if (/the page's (?:\(fixed\) )?clock/.test(r.text)) continue;
        offenders.push(`${rel}:${r.line}: ${r.text}`);
      }
    }
    expect(offenders, offenders.join('\n')).toEqual([]);
  });

  it('ブラウザのテストは時計を TEST_NOW に固定して起動する', () => {
    const browser = readFileSync(join(ROOT, 'test/e2e/support/browser.ts'), 'utf8');
    expect(browser).toMatch(/context\.clock\.install\(\{ time: TEST_NOW \}\)/);
  });
});
