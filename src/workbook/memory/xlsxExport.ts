import ExcelJS from "exceljs";
import { CUSTOM_FUNCTION_DOCS } from "../../core/functions/docs";
import type { Validation } from "../port";
import { areaA1 } from "./a1";
import { hasOpenEndedRange } from "./formulaText";
import { isSheetError, type MemorySheet, type MemoryWorkbook, type RawValue } from "./memoryWorkbook";
import { isStyled, writeTeamFormatting } from "./xlsxTeamFormatting";

/**
 * Writes a MemoryWorkbook as .xlsx for a person to open in LibreOffice or Excel, or upload to Sheets.
 * Formulas carry their computed results, so the file shows numbers before any recalculation.
 *
 * Our custom functions (TIER, EMV, …) exist only in the add-on, and Excel reads neither spilling array
 * results of the Sheets kind nor ranges like "E2:E". Such formulas are written the way Sheets' own
 * .xlsx download writes them:
 * IFERROR(__xludf.DUMMYFUNCTION("TIER(B2:B4)"), cached result) in the formula cell and
 * IFERROR(__xludf.DUMMYFUNCTION("""COMPUTED_VALUE"""), cached value) in each cell it spilled into. A
 * program that recalculates keeps showing the cached values, and Sheets (and importXlsx) restore the
 * original formula on upload. Charts are left out: exceljs 4.4 cannot write them. The team's merges,
 * notes, looks, hidden rows and columns and protection that the import kept are written back, and our
 * header style goes only on header cells the team left unstyled.
 */
export async function exportXlsx(workbook: MemoryWorkbook, path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  for (const sheet of workbook.allSheets()) writeSheet(book, sheet);
  await book.xlsx.writeFile(path);
}

const EXCEL_ERRORS = ["#N/A", "#REF!", "#NAME?", "#DIV/0!", "#NULL!", "#VALUE!", "#NUM!"] as const;
type ExcelError = (typeof EXCEL_ERRORS)[number];

/** exceljs 4.4 has Worksheet.dataValidations, which writes one rule per range; its typings leave it out. */
interface WithValidations {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

const HEADER_FILL = "FFF1F3F4";
const CUSTOM_CALL = new RegExp(`\\b(?:${CUSTOM_FUNCTION_DOCS.map((doc) => doc.name).join("|")})\\s*\\(`, "i");
const COMPUTED_VALUE = '"""COMPUTED_VALUE"""';

function writeSheet(book: ExcelJS.Workbook, sheet: MemorySheet): void {
  const frozen = sheet.frozenRowCount;
  const ws = book.addWorksheet(sheet.name, {
    views: frozen > 0 ? [{ state: "frozen", xSplit: 0, ySplit: frozen }] : [],
  });
  const raw = sheet.rawSnapshot();
  // A value in a cell that stores nothing was spilled there by an array result.
  const spilled = (r: number, c: number) => {
    const stored = sheet.cells[r]?.[c];
    return (stored === null || stored === undefined) && (raw.values[r]?.[c] ?? "") !== "";
  };
  raw.values.forEach((values, r) => {
    const row = ws.getRow(r + 1);
    values.forEach((value, c) => {
      const formula = raw.formulas[r]?.[c] ?? "";
      const format = raw.numberFormats[r]?.[c];
      if (formula === "" && value === "" && format === undefined) return;
      const cell = row.getCell(c + 1);
      if (formula !== "") {
        const wrap = !excelReads(formula) || spilled(r + 1, c) || spilled(r, c + 1);
        const text = wrap ? dummyFunction(quoted(formula.slice(1)), value) : formula.slice(1);
        cell.value = { formula: text, result: resultOf(value) } as ExcelJS.CellFormulaValue;
      } else if (spilled(r, c)) {
        cell.value = {
          formula: dummyFunction(COMPUTED_VALUE, value),
          result: resultOf(value),
        } as ExcelJS.CellFormulaValue;
      } else if (value !== "") {
        cell.value = plainOf(value);
      }
      if (format !== undefined) cell.numFmt = format;
    });
  });
  formatBeyondData(ws, sheet, raw.values.length, raw.values[0]?.length ?? 0);
  writeTeamFormatting(ws, sheet.team);

  const header = sheet.headerColumns;
  if (header !== null) {
    for (let col = 1; col <= header; col++) {
      if (isStyled(sheet.team.lookAt(1, col))) continue;
      const cell = ws.getCell(1, col);
      cell.font = { bold: true };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
    }
  }
  const filter = sheet.filterColumns;
  if (filter !== null) {
    ws.autoFilter = {
      from: { row: sheet.filterHeaderRow, column: 1 },
      to: { row: Math.max(1, raw.values.length), column: filter },
    };
  }
  const validations = (ws as unknown as WithValidations).dataValidations;
  for (const { area, rule } of sheet.validationAreas) validations.add(areaA1(area), dataValidation(rule));
  sheet.conditionalRules.forEach((rule, index) => {
    ws.addConditionalFormatting({
      ref: areaA1(rule.area),
      rules: [
        {
          type: "expression",
          priority: index + 1,
          formulae: [rule.formula.replace(/^=/, "")],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.background) } },
            font: { color: { argb: argb(rule.fontColor) } },
          },
        },
      ],
    });
  });
  for (const [col, pixels] of sheet.columnWidths) ws.getColumn(col).width = excelWidth(pixels);
}

/** Number formats set on rows or columns past the data (a date column formatted to row 1000). */
function formatBeyondData(ws: ExcelJS.Worksheet, sheet: MemorySheet, rows: number, cols: number): void {
  for (const { area, format } of sheet.numberFormatAreas) {
    for (let r = area.row; r < area.row + area.numRows; r++) {
      for (let c = area.col; c < area.col + area.numCols; c++) {
        if (r > rows || c > cols) ws.getCell(r, c).numFmt = format;
      }
    }
  }
}

function plainOf(value: RawValue): ExcelJS.CellValue {
  return isSheetError(value) ? { error: excelError(value.error) } : value;
}

function resultOf(value: RawValue): ExcelJS.CellFormulaValue["result"] {
  return isSheetError(value) ? { error: excelError(value.error) } : value;
}

/** Excel has no custom functions of ours, no "E2:E" ranges, and no references inside {…} literals. */
function excelReads(formula: string): boolean {
  return !CUSTOM_CALL.test(formula) && !hasOpenEndedRange(formula) && !formula.includes("{");
}

function dummyFunction(argument: string, cached: RawValue): string {
  return `IFERROR(__xludf.DUMMYFUNCTION(${argument}),${literal(cached)})`;
}

function literal(value: RawValue): string {
  if (isSheetError(value)) return excelError(value.error);
  if (typeof value === "string") return quoted(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Excel has no #ERROR! (a custom function's message); #VALUE! is its nearest kind. */
function excelError(text: string): ExcelError {
  return EXCEL_ERRORS.find((error) => error === text) ?? "#VALUE!";
}

function dataValidation(rule: Validation): ExcelJS.DataValidation {
  switch (rule.kind) {
    case "list":
      return {
        type: "list",
        allowBlank: true,
        formulae: [`"${rule.values.map((value) => value.replace(/"/g, '""')).join(",")}"`],
        showErrorMessage: true,
        errorStyle: rule.strict ? "stop" : "warning",
        error: `Pick one of: ${rule.values.join(", ")}`,
      };
    case "date":
      return {
        type: "date",
        operator: "greaterThanOrEqual",
        allowBlank: true,
        formulae: [1],
        showErrorMessage: true,
        error: "Enter a date",
      };
    case "number":
      return {
        type: "decimal",
        operator: "greaterThanOrEqual",
        allowBlank: true,
        formulae: [rule.min],
        showErrorMessage: true,
        error: `Enter a number ≥ ${rule.min}`,
      };
  }
}

/** "#f4cccc" as exceljs wants it: "FFF4CCCC". */
function argb(color: string): string {
  const hex = color.replace(/^#/, "");
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join("") : hex;
  return `FF${full.toUpperCase()}`;
}

/** Sheets measures columns in pixels, Excel in characters of a 7-pixel digit plus 5 pixels of padding. */
function excelWidth(pixels: number): number {
  return Math.max(1, Math.round(((pixels - 5) / 7) * 100) / 100);
}
