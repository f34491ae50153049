/**
 * Data flows one way (docs/architecture.md「フォルダ構成」): src/lib and src/schemas are pure TypeScript that
 * pages, components and islands use — never the other way round. No file under src/lib or
 * src/schemas imports (or re-exports, or imports a type) from src/islands, src/components,
 * src/pages or src/layouts, nor an Astro virtual module (`astro:content` …), which would not
 * load in Node tests.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const LOWER = ['src/lib', 'src/schemas'];
const UPPER = ['src/islands', 'src/components', 'src/pages', 'src/layouts'];

/** Every .ts / .tsx / .mts / .js / .mjs file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const f = join(dir, n);
    if (statSync(f).isDirectory()) return sources(f);
    return /\.(?:[mc]?[jt]sx?)$/.test(n) ? [f] : [];
  });
}

/** The module specifiers a file names: import … from, export … from, import '…', import('…'). */
function specifiers(code: string): string[] {
  const noComments = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  const out: string[] = [];
  for (const m of noComments.matchAll(/\b(?:import|export)\b[^'"`;]*?\bfrom\s*(['"])([^'"]+)\1/g)) out.push(m[2]!);
  for (const m of noComments.matchAll(/\bimport\s*(['"])([^'"]+)\1/g)) out.push(m[2]!);
  for (const m of noComments.matchAll(/\bimport\s*\(\s*(['"])([^'"]+)\1\s*\)/g)) out.push(m[2]!);
  return out;
}

/** Why a specifier in `file` points upward, or null when it does not. */
function upward(file: string, spec: string): string | null {
  if (spec.startsWith('astro:')) return `Astro の仮想モジュール ${spec}`;
  if (!spec.startsWith('.')) return null;
  const target = relative(root, resolve(dirname(file), spec)).split(sep).join('/');
  const hit = UPPER.find((u) => target === u || target.startsWith(u + '/'));
  return hit ? `${hit}/ の ${target}` : null;
}

describe('import の向き（src/lib・src/schemas → 上の層へは import しない）', () => {
  it('import 文の読み取り：from・副作用の import・動的 import・type の import・再 export を拾い、コメントは無視する', () => {
    const code = [
      "import type { A } from '../islands/a';",
      "import { b,\n  c } from './b';",
      "export { d } from '../components/d';",
      "export * from './e';",
      "import './side-effect';",
      "const f = await import('../pages/f');",
      "// import { g } from '../layouts/g';",
      "/* import { h } from '../layouts/h'; */",
      "const s = 'http://example.invalid/x';",
    ].join('\n');
    expect(specifiers(code).sort()).toEqual(['../components/d', '../islands/a', '../pages/f', './b', './e', './side-effect']);
  });

  it('上の層への相対パスと Astro の仮想モジュールを上向きと判定し、lib・schemas・パッケージは許す', () => {
    const file = join(root, 'src/lib/x.ts');
    expect(upward(file, '../islands/shared/store')).toMatch(/src\/islands\//);
    expect(upward(file, '../components/Toc.astro')).toMatch(/src\/components\//);
    expect(upward(join(root, 'src/lib/search/y.ts'), '../../pages/index.astro')).toMatch(/src\/pages\//);
    expect(upward(join(root, 'src/schemas/state/z.ts'), '../../layouts/BaseLayout.astro')).toMatch(/src\/layouts\//);
    expect(upward(file, 'astro:content')).toMatch(/仮想モジュール/);
    expect(upward(file, './normalize')).toBeNull();
    expect(upward(file, '../schemas/common')).toBeNull();
    expect(upward(file, 'zod/mini')).toBeNull();
    expect(upward(file, 'astro/zod')).toBeNull();
    // A folder whose name only starts like an upper layer is not one.
    expect(upward(file, '../pages-like/x')).toBeNull();
  });

  for (const dir of LOWER) {
    it(`${dir}/ のどのファイルも src/islands・components・pages・layouts と astro: を import しない`, () => {
      const files = sources(join(root, dir));
      expect(files.length).toBeGreaterThan(0);
      const bad = files.flatMap((f) =>
        specifiers(readFileSync(f, 'utf8')).flatMap((s) => {
          const why = upward(f, s);
          return why ? [`${relative(root, f)}: '${s}'（${why}）`] : [];
        }),
      );
      expect(bad).toEqual([]);
    });
  }
});
