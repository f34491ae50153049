import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const [,, ...entries] = process.argv;
for (const e of entries) {
  const r = await build({ stdin: { contents: e, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, minify: true, write: false, format: 'esm', external: ['preact', 'preact/hooks'] });
  const t = r.outputFiles[0].text;
  console.log(gzipSync(t).length, t.length, e.slice(0, 120));
}
