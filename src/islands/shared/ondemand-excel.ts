/**
 * 「Excelで保存」: builds the workbook (src/lib/xlsx.ts) and saves it as a file. exceljs, the
 * workbook builder and the inventory classifier are imported only here, when the button is
 * pressed, so they are not part of any page's first JavaScript. Usable from /steps/plan/,
 * /pack/ and /inventory/: pass the saved state's parts and the levels' content.
 */
import type { LevelInput } from '../../lib/inventory/levels';
import type { PlanTable } from '../../lib/plan-table';
import type { InventoryState } from '../../schemas/state/inventory';
// Static here (this module is itself loaded on demand): a dynamic import() would make the bundler
// build namespace objects for these chunks, with its runtime helper, on the pages that load them
// at start (/inventory/, /pack/).
import { buildWorkbook, inventorySheetRows, xlsxFileName } from '../../lib/xlsx';
import { createClassifier } from '../../lib/inventory/classify';
import { cachedClassify, toRow } from '../../lib/inventory/rows';
import { downloadBlob } from './store';

export interface ExcelRequest {
  org: string;
  department: string;
  /** The user's local date, YYYY-MM-DD */
  today: string;
  plan: PlanTable | null;
  planNote: string;
  inventory: InventoryState;
  levels: LevelInput[];
}

/** Builds the .xlsx and starts its download; resolves with the file name. */
export async function saveExcel(r: ExcelRequest): Promise<string> {
  const excel = await import('exceljs');
  // exceljs is CommonJS: its classes are on the default export in the bundle (on the module itself in some loaders).
  const Excel = excel.default ?? excel;
  const suggest = cachedClassify(createClassifier(r.levels));
  const wb = buildWorkbook(Excel.Workbook, {
    org: r.org,
    department: r.department,
    today: r.today,
    plan: r.plan,
    planNote: r.planNote,
    inventory: inventorySheetRows(r.inventory.tasks.map((t) => toRow(t, suggest, r.levels))),
    inventoryDepartment: r.inventory.department,
  });
  const buf = await wb.xlsx.writeBuffer();
  const name = xlsxFileName(r.org, r.today);
  downloadBlob(name, new Blob([buf], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  return name;
}
