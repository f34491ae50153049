/**
 * The folder tree of docs/architecture.md (section「フォルダ構成」, linked from the README) against the file system: every path it lists
 * exists (a folder as a folder, a file as a file), and every folder at the top of src/, test/,
 * content/ and of the repository is listed. Folders, not every file: files come and go inside
 * them without the tree going stale. Folders that builds and tools create (git-ignored) are
 * left out, and so is any folder without a file in git (a developer's own scratch folder).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
/** Made by builds, tests and tools, ignored by git: never in the tree. */
const GENERATED = new Set(['node_modules', 'dist', 'reports', 'test-results', '.astro', '.stryker-tmp', '.git']);
const generated = (name: string) => GENERATED.has(name) || name.startsWith('dist-') || name.startsWith('.stryker-tmp');

interface Entry { path: string; dir: boolean; line: number }

/** The paths of a tree block: one path per line, two spaces of indent per level, "/" ends a folder. */
function parseTree(block: string): Entry[] {
  const out: Entry[] = [];
  const stack: string[] = [];
  block.split('\n').forEach((text, i) => {
    if (!text.trim()) return;
    const m = /^( *)(\S+)/.exec(text)!;
    const indent = m[1]!.length;
    if (indent % 2 !== 0) throw new Error(`${i + 1}行目: 字下げは2文字単位です: ${text}`);
    const depth = indent / 2;
    if (depth > stack.length) throw new Error(`${i + 1}行目: 親のフォルダがありません: ${text}`);
    stack.length = depth;
    const name = m[2]!;
    const path = stack.join('') + name;
    out.push({ path: path.replace(/\/$/, ''), dir: name.endsWith('/'), line: i + 1 });
    if (name.endsWith('/')) stack.push(name);
  });
  return out;
}

/** The first code block under the README heading「## フォルダ構成」. */
function readmeTree(readme: string): string {
  const section = readme.split(/^## /m).find((s) => s.startsWith('フォルダ構成'));
  if (!section) throw new Error('docs/architecture.md に「## フォルダ構成」がありません');
  const block = /```[^\n]*\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error('「フォルダ構成」にコードブロックがありません');
  return block[1]!;
}

/** Every path git tracks (undefined outside a git checkout: then every folder counts). */
const trackedFiles = ((): string[] | undefined => {
  try {
    return execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\0').filter(Boolean);
  } catch {
    return undefined;
  }
})();
const tracked = (path: string) => !trackedFiles || trackedFiles.some((f) => f.startsWith(`${path}/`));

const subfolders = (dir: string) =>
  readdirSync(join(root, dir)).filter((n) => !generated(n) && statSync(join(root, dir, n)).isDirectory() && tracked(dir === '.' ? n : `${dir}/${n}`));

describe('README のフォルダ構成', () => {
  it('木の読み取り：字下げで親をたどり、/ で終わるものをフォルダとする', () => {
    expect(parseTree('a/  説明\n  b/\n    c.ts  説明\n  d.yaml\ne.json\n')).toEqual([
      { path: 'a', dir: true, line: 1 },
      { path: 'a/b', dir: true, line: 2 },
      { path: 'a/b/c.ts', dir: false, line: 3 },
      { path: 'a/d.yaml', dir: false, line: 4 },
      { path: 'e.json', dir: false, line: 5 },
    ]);
    expect(() => parseTree('a/\n   b/')).toThrow(/2文字単位/);
    expect(() => parseTree('a.ts\n    b/')).toThrow(/親のフォルダ/);
  });

  const entries = parseTree(readmeTree(readFileSync(join(root, 'docs/architecture.md'), 'utf8')));
  const listed = new Set(entries.filter((e) => e.dir).map((e) => e.path));

  it('木に書いたパスはすべて存在し、フォルダ・ファイルの別も合っている', () => {
    expect(entries.length).toBeGreaterThan(20);
    const wrong = entries.flatMap((e) => {
      const full = join(root, e.path);
      if (!existsSync(full)) return [`${e.line}行目 ${e.path}: 存在しません`];
      if (statSync(full).isDirectory() !== e.dir) return [`${e.line}行目 ${e.path}: ${e.dir ? 'フォルダではありません' : 'ファイルではありません'}`];
      return [];
    });
    expect(wrong).toEqual([]);
  });

  it('リポジトリ最上位のフォルダ（生成物を除く）はすべて木に載っている', () => {
    expect(subfolders('.').filter((n) => !listed.has(n))).toEqual([]);
  });

  for (const top of ['src', 'test', 'content']) {
    it(`${top}/ の直下のフォルダはすべて木に載っている`, () => {
      const folders = subfolders(top);
      expect(folders.length).toBeGreaterThan(0);
      expect(folders.filter((n) => !listed.has(`${top}/${n}`)).map((n) => `${top}/${n}/`)).toEqual([]);
    });
  }
});
