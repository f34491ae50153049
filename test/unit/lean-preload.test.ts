import { describe, expect, it } from 'vitest';
import { leanPreload, retryableImports } from '../../src/plugins/lean-preload.mjs';

type Chunk = { type: 'chunk'; fileName: string; isDynamicEntry: boolean; imports: string[]; viteMetadata?: { importedCss: Set<string> } };
const chunk = (fileName: string, o: Partial<Chunk> = {}): Chunk => ({ type: 'chunk', fileName, isDynamicEntry: false, imports: [], viteMetadata: { importedCss: new Set() }, ...o });
const bundleOf = (...chunks: Chunk[]) => Object.fromEntries(chunks.map((c) => [c.fileName, c]));
const generate = (bundle: Record<string, unknown>) => (leanPreload.generateBundle as unknown as (o: unknown, b: Record<string, unknown>) => void)({}, bundle);
const load = leanPreload.load as unknown as (id: string) => string | null;

describe('動的 import の preload ヘルパーを直接の呼び出しにする（src/plugins/lean-preload.mjs）', () => {
  it('ヘルパーのモジュールだけを、受け取った関数をそのまま呼ぶ実装に置き換える', async () => {
    const code = load('\0vite/preload-helper.js');
    expect(code).toContain('export const __vitePreload');
    const mod = (await import(`data:text/javascript,${encodeURIComponent(code!)}`)) as { __vitePreload: (f: (q: string) => Promise<string>, deps: string[]) => Promise<string> };
    await expect(mod.__vitePreload(() => Promise.resolve('読み込んだ'), [])).resolves.toBe('読み込んだ');
    await expect(mod.__vitePreload(() => Promise.reject(new Error('通信できない')), [])).rejects.toThrow('通信できない');
    // A failed load is tried once more under another address (a browser may keep the failure for the plain one).
    const asked: string[] = [];
    await expect(mod.__vitePreload((q: string) => (asked.push(q), q ? Promise.resolve('二度目で読めた') : Promise.reject(new Error('失敗を覚えている'))), [])).resolves.toBe('二度目で読めた');
    expect(asked[0]).toBe('');
    expect(asked[1]).toMatch(/^\?retry=\d+$/);
    expect(asked).toHaveLength(2);
    expect(load('/src/lib/dates.ts')).toBeNull();
    expect(load('vite/preload-helper.js')).toBeNull();
  });

  it('import() で読み込むチャンクにスタイルシートがなければビルドを通す', () => {
    expect(() => generate(bundleOf(chunk('page.js', { imports: ['shared.js'] }), chunk('shared.js'), chunk('ondemand-csv.js', { isDynamicEntry: true, imports: ['shared.js'] })))).not.toThrow();
    // A stylesheet of a statically loaded chunk is the page's own: the helper is not involved.
    expect(() => generate(bundleOf(chunk('page.js', { viteMetadata: { importedCss: new Set(['page.css']) } })))).not.toThrow();
  });

  it('import() で読み込むチャンク（またはそれが静的に読むチャンク）がスタイルシートを伴えばビルドを止める', () => {
    expect(() => generate(bundleOf(chunk('ondemand-x.js', { isDynamicEntry: true, viteMetadata: { importedCss: new Set(['x.css']) } })))).toThrow(/ondemand-x\.js.*x\.css/);
    expect(() => generate(bundleOf(chunk('ondemand-y.js', { isDynamicEntry: true, imports: ['a.js'] }), chunk('a.js', { imports: ['b.js'] }), chunk('b.js', { viteMetadata: { importedCss: new Set(['b.css']) } })))).toThrow(/b\.css/);
  });

  it('互いに読み合うチャンクでも止まらずに調べ終える', () => {
    expect(() => generate(bundleOf(chunk('ondemand-z.js', { isDynamicEntry: true, imports: ['a.js'] }), chunk('a.js', { imports: ['ondemand-z.js'] })))).not.toThrow();
  });
});

describe('失敗した import() を読み直せる形に書き換える', () => {
  it('ヘルパーに渡す () => import(`./x.js`) に、ヘルパーが付ける問い合わせ文字列を足す', () => {
    const { code, missed } = retryableImports('var a=()=>s(()=>import(`./ondemand-csv.A1.js`),[]),b=()=>s(()=>import(`./x.B2.js`).then(e=>e.default),[]);');
    expect(code).toBe('var a=()=>s((q)=>import(`./ondemand-csv.A1.js`+q),[]),b=()=>s((q)=>import(`./x.B2.js`+q).then(e=>e.default),[]);');
    expect(missed).toEqual([]);
  });

  it('ほかの形の import() が残ればその指定子を返し、ビルドが止まる', () => {
    expect(retryableImports('s(async()=>{let{a:e}=await import(`./ondemand-y.C3.js`)},[])').missed).toEqual(['./ondemand-y.C3.js']);
    expect(() => generate(bundleOf({ ...chunk('page.js'), code: 's(async()=>{await import(`./z.js`)},[])' } as Chunk))).toThrow(/z\.js/);
  });
});
