/**
 * The CSV writer and reader (src/lib/inventory/csv.ts, Shift_JIS decoding included), loaded only
 * when 「CSVを書き出す」 is pressed or a CSV file is chosen (loadCsv in CsvPanel.tsx), so the
 * page's first JavaScript does not carry them (the `ondemand-` convention: scripts/lib/weight.mjs).
 */
export { csvFileName, exportCsv, importCsv } from '../../lib/inventory/csv';
