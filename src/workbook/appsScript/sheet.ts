import type { SheetPort } from "../port";
import { sheetCharts } from "./chart";
import { sheetContents } from "./contents";
import { type Sheet, sheetGrid } from "./grid";
import { sheetLayout } from "./layout";
import { type SharedBuilds, sheetStyling } from "./styling";

/** The SheetPort over one Apps Script sheet, assembled from what each part does. */
export function appsScriptSheet(
  sheet: Sheet,
  name: string,
  shared: SharedBuilds,
  size?: { rows: number; cols: number },
): SheetPort {
  const grid = sheetGrid(sheet, name, size);
  return {
    name,
    ...sheetContents(grid),
    ...sheetStyling(grid, shared),
    ...sheetLayout(grid),
    ...sheetCharts(grid),
  };
}
