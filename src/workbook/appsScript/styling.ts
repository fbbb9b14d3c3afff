import type { SheetPort, Validation } from "../port";
import type { Grid } from "./grid";

/** What getNumberFormats reports for a cell nobody formatted. */
const UNFORMATTED = new Set(["", "General", "0.###############"]);

/** Number formats, drop-downs, the header style and column widths. */
export function sheetStyling(
  grid: Grid,
): Pick<
  SheetPort,
  "setNumberFormats" | "styledColumns" | "setValidations" | "styleHeader" | "setColumnWidths"
> {
  const { sheet, name } = grid;
  return {
    setNumberFormats(areas, format) {
      // RangeList has setNumberFormat: every area in one call
      // (https://developers.google.com/apps-script/reference/spreadsheet/range-list).
      if (areas.length === 0) return;
      grid.areas(areas).setNumberFormat(format);
    },
    styledColumns(row, numCols) {
      if (numCols === 0) return [];
      const cells = grid.range({ row, col: 1, numRows: 1, numCols });
      const formats = cells.getNumberFormats()[0] ?? [];
      const validations = cells.getDataValidations()[0] ?? [];
      return Array.from({ length: numCols }, (_, i) => ({
        formatted: !UNFORMATTED.has(formats[i] ?? ""),
        validated: (validations[i] ?? null) !== null,
      }));
    },
    setValidations(areas, rule) {
      // RangeList has clearDataValidations but no setter for a rule (same reference), so each area
      // is one setDataValidation; the rule is built once and shared.
      if (areas.length === 0) return;
      const built = buildValidation(rule, name);
      for (const area of areas) grid.range(area).setDataValidation(built);
    },
    styleHeader(numCols) {
      grid.range({ row: 1, col: 1, numRows: 1, numCols }).setFontWeight("bold").setBackground("#f1f3f4");
    },
    setColumnWidths(col, widths) {
      if (widths.length === 0) return;
      grid.ensureSize(1, col + widths.length - 1);
      // One call per run of equal widths.
      let start = 0;
      for (let i = 1; i <= widths.length; i++) {
        const width = widths[start];
        if (width !== undefined && widths[i] !== width) {
          sheet.setColumnWidths(col + start, i - start, width);
          start = i;
        }
      }
    },
  };
}

function buildValidation(rule: Validation, sheetName: string): GoogleAppsScript.Spreadsheet.DataValidation {
  const builder = SpreadsheetApp.newDataValidation();
  switch (rule.kind) {
    case "list":
      if (rule.values.length === 0) {
        throw new Error(`A drop-down list on sheet "${sheetName}" needs at least one allowed value.`);
      }
      return builder.requireValueInList(rule.values, true).setAllowInvalid(!rule.strict).build();
    case "date":
      return builder.requireDate().build();
    case "number":
      return builder.requireNumberGreaterThanOrEqualTo(rule.min).build();
  }
}
