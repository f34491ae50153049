import '../scripts/lib/ts-imports.mjs';
const root = '/work/wt-inventory/';
const { matchKey } = await import(root + 'src/lib/inventory/classify.ts');
const names = Array.from({ length: 1000 }, (_, i) => `税務課の住民税の課税と要介護認定の事務（${i}）`);
for (let k = 0; k < 3; k++) { const t = performance.now(); names.forEach((n) => matchKey(n)); console.log('matchKey x1000', (performance.now() - t).toFixed(1)); }
