/**
 * Weight budgets, read from the built files (sizes are stable; times are not): content pages
 * load no JavaScript, each interactive page stays within its JavaScript budget, the search
 * index within its own, every page within PAGE_TOTAL (gzip, before images), and every <img> has a
 * width and height. Which pages are interactive is read from the built HTML (astro-island or
 * any script), so a stray island on a content page fails here.
 * Set BUDGET_DIST / BUDGET_BASE to check another build (default dist/ at "/").
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { weighSite, weighPage, jsonFiles, kb, moduleSpecifiers } from '../../scripts/lib/weight.mjs';
import { describeNeeds } from '../support/prerequisites';
import { INTERACTIVE, STEP_PAGE, PAGE_TOTAL, SEARCH_INDEX, jsBudget } from '../../scripts/lib/budgets.mjs';

interface Size { raw: number; gzip: number }
type Weighed = ReturnType<typeof weighPage>;

const dist = process.env['BUDGET_DIST'] ?? 'dist';
const base = process.env['BUDGET_BASE'] ?? '/';
const built = existsSync(join(dist, 'index.html'));
const pages: Weighed[] = built ? weighSite(dist, base) : [];
const jsOf = (p: Weighed) => p.js.gzip + p.inlineJs.gzip;
const loadsJs = (p: Weighed) => p.islands > 0 || p.js.raw > 0 || p.inlineJs.raw > 0;

describe('測定の仕組み（weight.mjs）', () => {
  it('島の component-url・renderer-url と、その import を再帰的にたどって数える', () => {
    const d = mkdtempSync(join(tmpdir(), 'weight-'));
    try {
      mkdirSync(join(d, '_astro'));
      mkdirSync(join(d, 'x'));
      writeFileSync(join(d, '_astro', 'Island.js'), 'import{h as a}from"./runtime.js";import("./lazy.js");export default a;');
      writeFileSync(join(d, '_astro', 'runtime.js'), 'export const h=1;');
      writeFileSync(join(d, '_astro', 'lazy.js'), 'export{h}from"./runtime.js";fetch("/sub/data/index.json")');
      writeFileSync(join(d, '_astro', 'client.js'), 'export default 1;');
      writeFileSync(join(d, '_astro', 'a.css'), 'body{color:red}');
      writeFileSync(join(d, '_astro', 'p.css'), '@page{size:A4}');
      mkdirSync(join(d, 'data'));
      writeFileSync(join(d, 'data', 'index.json'), '{"a":1}');
      writeFileSync(
        join(d, 'x', 'index.html'),
        '<!doctype html><html><head><link rel="stylesheet" href="/sub/_astro/a.css"><link rel="stylesheet" href="/sub/_astro/p.css" media="print">' +
          '<script>(()=>{var a=1})()</script></head><body>' +
          '<astro-island uid="1" component-url="/sub/_astro/Island.js" renderer-url="/sub/_astro/client.js" props="{}"></astro-island>' +
          '<img src="/sub/a.png" alt=""></body></html>',
      );
      const w: Weighed = weighPage(d, 'x/index.html', '/sub/');
      expect(w.path).toBe('/x/');
      expect(w.js.files.map((f) => f.path).sort()).toEqual(['/sub/_astro/Island.js', '/sub/_astro/client.js', '/sub/_astro/lazy.js', '/sub/_astro/runtime.js']);
      expect(w.css.files.map((f) => f.path)).toEqual(['/sub/_astro/a.css']);
      expect(w.inlineJs.raw).toBeGreaterThan(0);
      expect(w.data.files.map((f) => f.path)).toEqual(['/sub/data/index.json']);
      expect(w.images).toEqual(['/sub/a.png']);
      expect(w.missing).toEqual([]);
      expect(w.total.raw).toBe(w.html.raw + w.css.raw + w.js.raw);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });

  it('ondemand-* を動的 import だけで読む部分は、押したときに読むものとして予算の外に別に数える（静的 import なら予算に入る）', () => {
    const d = mkdtempSync(join(tmpdir(), 'weight-'));
    try {
      mkdirSync(join(d, '_astro'));
      writeFileSync(join(d, '_astro', 'Island.js'), 'import{h}from"./runtime.js";const w=()=>import("./ondemand-docx.A1.js");export default h;');
      writeFileSync(join(d, '_astro', 'runtime.js'), 'export const h=1;');
      writeFileSync(join(d, '_astro', 'ondemand-docx.A1.js'), 'import{h}from"./runtime.js";import"./vendor.js";export const doc=h;');
      writeFileSync(join(d, '_astro', 'vendor.js'), 'export const v="' + 'x'.repeat(5000) + '";');
      writeFileSync(join(d, '_astro', 'Static.js'), 'import"./ondemand-docx.A1.js";export default 1;');
      writeFileSync(join(d, 'index.html'), '<!doctype html><html><body><astro-island uid="1" component-url="/_astro/Island.js" props="{}"></astro-island></body></html>');
      writeFileSync(join(d, 'static.html'), '<!doctype html><html><body><astro-island uid="1" component-url="/_astro/Static.js" props="{}"></astro-island></body></html>');
      const lazy: Weighed = weighPage(d, 'index.html', '/');
      expect(lazy.js.files.map((f) => f.path).sort()).toEqual(['/_astro/Island.js', '/_astro/runtime.js']);
      expect(lazy.onDemand.files.map((f) => f.path).sort()).toEqual(['/_astro/ondemand-docx.A1.js', '/_astro/vendor.js']);
      const eager: Weighed = weighPage(d, 'static.html', '/');
      expect(eager.js.files.map((f) => f.path).sort()).toEqual(['/_astro/Static.js', '/_astro/ondemand-docx.A1.js', '/_astro/runtime.js', '/_astro/vendor.js']);
      expect(eager.onDemand.files).toEqual([]);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });

  it('import 文の書き方の違いを読み取る（動的 import は引用符でも、${ のないテンプレート文字列でも）', () => {
    expect(moduleSpecifiers('import"./a.js";import{b}from"./b.js";import * as c from \'./c.js\';export*from"./d.js";import(`./f.js`);import("./e.js");import(\'./g.js\');import(`./${n}.js`)').sort()).toEqual(['./a.js', './b.js', './c.js', './d.js', './e.js', './f.js', './g.js']);
  });

  it('ビルドが書くバッククォートの動的 import もたどる：ondemand-* でなければ予算に入り、ondemand-* なら別に数える', () => {
    const d = mkdtempSync(join(tmpdir(), 'weight-'));
    try {
      mkdirSync(join(d, '_astro'));
      // The shape the bundler writes: import(`./x.js`) inside a preload helper call.
      writeFileSync(join(d, '_astro', 'Island.js'), 'import{h}from"./runtime.js";const a=()=>r(()=>import(`./chart.B2.js`),[]),b=()=>r(()=>import(`./ondemand-excel.C3.js`),[]);export default h;');
      writeFileSync(join(d, '_astro', 'runtime.js'), 'export const h=1;');
      writeFileSync(join(d, '_astro', 'chart.B2.js'), 'export const c="' + 'c'.repeat(3000) + '";');
      writeFileSync(join(d, '_astro', 'ondemand-excel.C3.js'), 'export const x=()=>import(`./exceljs.min.D4.js`);');
      writeFileSync(join(d, '_astro', 'exceljs.min.D4.js'), 'export const e="' + 'e'.repeat(9000) + '";');
      writeFileSync(join(d, 'index.html'), '<!doctype html><html><body><astro-island uid="1" component-url="/_astro/Island.js" props="{}"></astro-island></body></html>');
      const w: Weighed = weighPage(d, 'index.html', '/');
      expect(w.js.files.map((f) => f.path).sort()).toEqual(['/_astro/Island.js', '/_astro/chart.B2.js', '/_astro/runtime.js']);
      expect(w.onDemand.files.map((f) => f.path).sort()).toEqual(['/_astro/exceljs.min.D4.js', '/_astro/ondemand-excel.C3.js']);
      expect(w.missing).toEqual([]);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});

describeNeeds({ [`${dist}/ のビルド（npm run build）`]: built })(`予算（${dist}/ の全ページ）`, () => {
  it('ビルドされたページがある', () => {
    expect(pages.length).toBeGreaterThan(1);
  });

  it('JavaScript を読み込むページは、決められた対話ページだけ（内容だけのページは 0 バイト）', () => {
    const withJs = pages.filter(loadsJs).map((p) => p.path).sort();
    const present = new Set(pages.map((p) => p.path));
    // Expected: the four tools that exist in this build, plus the step pages if any carries the tracker.
    const islandFiles = existsSync('src/islands') ? readdirSync('src/islands') : [];
    const tools = (INTERACTIVE as { path: string; islandSource?: RegExp }[])
      .filter((i) => present.has(i.path) && (!i.islandSource || islandFiles.some((f) => i.islandSource!.test(f))))
      .map((i) => i.path);
    const stepPages = pages.filter((p) => STEP_PAGE.test(p.path));
    const stepsCarry = stepPages.some(loadsJs);
    const expected = [...tools, ...(stepsCarry ? stepPages.map((p) => p.path) : [])].sort();
    const stray = withJs.filter((p) => jsBudget(p) === 0);
    expect(stray, `内容だけのページが JavaScript を読み込んでいます: ${stray.join(', ')}`).toEqual([]);
    expect(withJs, '対話ページ（島を持つページ）の一覧が想定と違います。ツールのページに島がない、または一部のステップのページだけが島を持っています').toEqual(expected);
  });

  it('対話ページの JavaScript が予算内（gzip、読み込むすべてのスクリプト）', () => {
    const over = pages
      .filter((p) => jsBudget(p.path) > 0 && jsOf(p) > jsBudget(p.path))
      .map((p) => `${p.path}: ${kb(jsOf(p))} KB > ${kb(jsBudget(p.path))} KB（${p.js.files.map((f) => f.path).join(', ')}）`);
    expect(over).toEqual([]);
  });

  it(`どのページも合計（HTML・CSS・JavaScript、画像を除く）が ${PAGE_TOTAL / 1024} KB（gzip）以内`, () => {
    const over = pages.filter((p) => p.total.gzip > PAGE_TOTAL).map((p) => `${p.path}: ${kb(p.total.gzip)} KB`);
    expect(over).toEqual([]);
  });

  it('検索インデックスが 60 KB（gzip）以内', () => {
    const search = pages.find((p) => p.path === '/search/');
    const named = search ? search.data.files : [];
    const byName = (jsonFiles(dist) as ({ path: string } & Size)[]).filter((j) => /search|index/i.test(j.path.split('/').pop() ?? ''));
    const indexes = [...named, ...byName];
    if (search && indexes.length === 0) {
      // No separate index file: the index is inside the page, and the 60 KB page total covers it.
      expect(search.total.gzip).toBeLessThanOrEqual(PAGE_TOTAL);
    }
    const over = indexes.filter((j) => j.gzip > SEARCH_INDEX).map((j) => `${j.path}: ${kb(j.gzip)} KB`);
    expect(over).toEqual([]);
  });

  it('読み込むファイルがすべて存在し、外部の URL を読み込まない', () => {
    const missing = pages.flatMap((p) => p.missing.map((m) => `${p.path} → ${m}`));
    const external = pages.flatMap((p) => p.external.map((m) => `${p.path} → ${m}`));
    expect(missing).toEqual([]);
    expect(external).toEqual([]);
  });

  it('Word と Excel のライブラリは押したときに読む部分（ondemand-*）にだけあり、ページの JavaScript には入らない', () => {
    const pack = pages.find((p) => p.path === '/pack/');
    const plan = pages.find((p) => p.path === '/steps/plan/');
    const heavy = /docx|exceljs/i;
    for (const p of pages) expect(p.js.files.map((f) => f.path).filter((f) => heavy.test(f)), p.path).toEqual([]);
    if (pack) expect(pack.onDemand.files.map((f) => f.path).some((f) => /\/ondemand-kian-docx\./.test(f)), '/pack/ の Word の部分').toBe(true);
    if (plan) expect(plan.onDemand.files.map((f) => f.path).some((f) => /\/exceljs/.test(f)), '/steps/plan/ の Excel の部分').toBe(true);
  });

  it('共有リンクの読み書きと共有された結果の表示は、リンクを開くか作るときに読む部分（ondemand-share）にだけある', () => {
    const diag = pages.find((p) => p.path === '/diagnosis/');
    expect(diag, '/diagnosis/ が作られていない').toBeDefined();
    expect(diag!.js.files.map((f) => f.path).filter((f) => /ondemand-share/.test(f))).toEqual([]);
    expect(diag!.onDemand.files.map((f) => f.path).some((f) => /\/ondemand-share\./.test(f))).toBe(true);
    // The reader's own text (its refusal of a cut or edited link) is not in the page's scripts.
    const text = diag!.js.files.map((f) => readFileSync(join(dist, f.path.replace(/^.*\/_astro\//, '_astro/')), 'utf8')).join('');
    expect(text).not.toContain('共有リンクが途中で切れているか');
  });

  it('すべての <img> に width と height がある', () => {
    const bad = pages.flatMap((p) => p.images.map((src) => `${p.path}: ${src}`));
    expect(bad).toEqual([]);
  });
});
