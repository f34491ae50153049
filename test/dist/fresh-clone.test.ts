/**
 * A fresh clone is enough (issue 26): the repository's files, copied alone into an empty temporary
 * folder (no sibling folders such as ../shared), pass the content tests and the unit tests that read
 * the source texts. Whatever a test reads from outside the repository fails here. The copy takes the
 * working tree's version of every file git would commit (tracked and new, not ignored), and borrows
 * node_modules through a symbolic link.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const outer = mkdtempSync(join(tmpdir(), 'navi-clone-'));
const repo = join(outer, 'repo');

afterAll(() => rmSync(outer, { recursive: true, force: true }));

describe('リポジトリだけで内容のテストが通る（隣のフォルダなし）', () => {
  it('git が管理するファイルだけを空の一時フォルダに写し、test/content（原文と照らす内容のテスト）を実行すると、すべて通る', () => {
    const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
    expect(listed.status, listed.stderr).toBe(0);
    const files = listed.stdout.split('\0').filter((f) => f !== '' && !f.startsWith('node_modules/'));
    expect(files).toContain('sources/guide.txt');
    let copied = 0;
    for (const f of files) {
      try {
        mkdirSync(dirname(join(repo, f)), { recursive: true });
        cpSync(join(ROOT, f), join(repo, f));
        copied += 1;
      } catch (e) {
        // A file git still lists but the working tree has deleted is not part of the clone.
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      }
    }
    expect(copied).toBeGreaterThan(100);
    symlinkSync(join(ROOT, 'node_modules'), join(repo, 'node_modules'), 'dir');
    expect(readdirSync(outer)).toEqual(['repo']); // nothing beside the clone

    const vitest = join(ROOT, 'node_modules', '.bin', 'vitest');
    const run = spawnSync(vitest, ['run', '--project', 'unit', 'test/content'], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, TEST_STRICT: '1', CI: 'true', NO_COLOR: '1' },
      timeout: 240_000,
    });
    const out = `${run.stdout}\n${run.stderr}`;
    expect(run.status, out.slice(-4000)).toBe(0);
    expect(out).toMatch(/Tests\s+\d+ passed/);
    expect(out).not.toMatch(/skipped/);
  }, 300_000);
});
