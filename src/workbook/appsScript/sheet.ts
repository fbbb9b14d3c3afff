import type { SheetPort } from "../port";
import { sheetCharts } from "./chart";
import { sheetContents } from "./contents";
import { type Sheet, sheetGrid } from "./grid";
import { sheetLayout } from "./layout";
import { sheetStyling } from "./styling";

/** The SheetPort over one Apps Script sheet, assembled from what each part does. */
export function appsScriptSheet(sheet: Sheet, name: string): SheetPort {
  const grid = sheetGrid(sheet, name);
  return {
    name,
    ...sheetContents(grid),
    ...sheetStyling(grid),
    ...sheetLayout(grid),
    ...sheetCharts(grid),
  };
}
