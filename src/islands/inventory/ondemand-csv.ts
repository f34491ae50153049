/**
 * The CSV writer and reader (src/lib/inventory/csv.ts, Shift_JIS decoding included) and the
 * preview of a file to add (CsvPreview.tsx), loaded only when 「CSVを書き出す」 is pressed or a CSV
 * file is chosen (loadCsv in CsvPanel.tsx), so the page's first JavaScript does not carry them
 * (the `ondemand-` convention: scripts/lib/weight.mjs).
 */
export { csvFileName, exportCsv, importCsv, toExportRows } from '../../lib/inventory/csv';
export { CsvPreview } from './CsvPreview';
