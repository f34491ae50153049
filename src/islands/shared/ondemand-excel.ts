/**
 * 「Excelで保存」: builds the workbook (src/lib/xlsx.ts) and saves it as a file. exceljs, the
 * workbook builder and the inventory classifier are imported only here, when the button is
 * pressed, so they are not part of any page's first JavaScript. Usable from /steps/plan/,
 * /pack/ and /inventory/: pass the saved state's parts and the levels' content.
 */
import type { LevelInput } from '../../lib/inventory/levels';
import type { PlanTable } from '../../lib/plan-edit';
import type { InventoryState } from '../../schemas/state/inventory';
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
  const [excel, xlsx, classify, rows] = await Promise.all([import('exceljs'), import('../../lib/xlsx'), import('../../lib/inventory/classify'), import('../../lib/inventory/rows')]);
  // exceljs is CommonJS: its classes are on the default export in the bundle (on the module itself in some loaders).
  const Excel = excel.default ?? excel;
  const suggest = rows.cachedClassify(classify.createClassifier(r.levels));
  const wb = xlsx.buildWorkbook(Excel.Workbook, {
    org: r.org,
    department: r.department,
    today: r.today,
    plan: r.plan,
    planNote: r.planNote,
    inventory: xlsx.inventorySheetRows(r.inventory.tasks.map((t) => rows.toRow(t, suggest, r.levels))),
    inventoryDepartment: r.inventory.department,
  });
  const buf = await wb.xlsx.writeBuffer();
  const name = xlsx.xlsxFileName(r.org, r.today);
  downloadBlob(name, new Blob([buf], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  return name;
}
