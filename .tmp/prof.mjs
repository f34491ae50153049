import '../scripts/lib/ts-imports.mjs';
import { readFileSync } from 'node:fs';
const root = '/work/wt-inventory/';
const { parse } = await import('yaml');
const { createClassifier } = await import(root + 'src/lib/inventory/classify.ts');
const { toLevelInput } = await import(root + 'src/lib/inventory/levels.ts');
const { prefill } = await import(root + 'src/lib/inventory/questions.ts');
const { cachedClassify, rowBuilder } = await import(root + 'src/lib/inventory/rows.ts');
const levels = parse(readFileSync(root + 'content/levels.yaml', 'utf8')).map((l) => toLevelInput(l.id, l));
const names = Array.from({ length: 1000 }, (_, i) => `税務課の住民税の課税と要介護認定の事務（${i}）`);
for (let k = 0; k < 3; k++) {
let t = performance.now(); const c = createClassifier(levels); const ss = names.map((n) => c.classify(n)); const a = performance.now() - t;
t = performance.now(); names.forEach((n, i) => prefill(n, ss[i])); const b = performance.now() - t;
t = performance.now(); rowBuilder(cachedClassify(c), levels)(names.map((name, i) => ({ id: 'x' + i, name, unit: '', memo: '', override: '' }))); const d = performance.now() - t;
console.log('classify', a.toFixed(0), 'prefill', b.toFixed(0), 'rows(all)', d.toFixed(0));
}
