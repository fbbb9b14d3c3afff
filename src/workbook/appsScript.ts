import type { Cell } from "../core/cells";
import type {
  Area,
  ChartSpec,
  ConditionalRule,
  SheetPort,
  Validation,
  WorkbookPort,
  WriteCell,
} from "./port";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The Workbook port over SpreadsheetApp. Every method makes a fixed number of service calls, never
 * one per row or cell: each call is a round trip to Google's servers.
 */
export function appsScriptWorkbook(ss: Spreadsheet = SpreadsheetApp.getActive()): WorkbookPort {
  // getActive() is null when a run has no spreadsheet open (a time-driven trigger, for one).
  if (!ss) throw new Error("Influencer Desk needs an open spreadsheet, and this run has none.");
  const name = lazy(() => ss.getName());
  const timeZone = lazy(() => ss.getSpreadsheetTimeZone());
  const locale = lazy(() => ss.getSpreadsheetLocale());
  const existing = (sheetName: string): Sheet => {
    const sheet = ss.getSheetByName(sheetName);
    if (!sheet) throw new Error(`There is no sheet named "${sheetName}" in this spreadsheet.`);
    return sheet;
  };

  return {
    get name() {
      return name();
    },
    get timeZone() {
      return timeZone();
    },
    get locale() {
      return locale();
    },
    sheet(sheetName) {
      const sheet = ss.getSheetByName(sheetName);
      return sheet ? appsScriptSheet(sheet, sheetName) : null;
    },
    sheetNames() {
      return ss.getSheets().map((sheet) => sheet.getName());
    },
    addSheet(sheetName) {
      return appsScriptSheet(ss.insertSheet(sheetName), sheetName);
    },
    removeSheet(sheetName) {
      // Already gone is what the caller wants, so a missing sheet is not an error.
      const sheet = ss.getSheetByName(sheetName);
      if (sheet) ss.deleteSheet(sheet);
    },
    renameSheet(from, to) {
      existing(from).setName(to);
    },
    activate(sheetName) {
      existing(sheetName).activate();
    },
    toast(message, title) {
      ss.toast(message, title, 5);
    },
  };
}

/** The spreadsheet's dialogs, for `appsScriptUi` (this file is the only one that calls SpreadsheetApp). */
export function spreadsheetUi(): GoogleAppsScript.Base.Ui {
  return SpreadsheetApp.getUi();
}

/** What getNumberFormats reports for a cell nobody formatted. */
const UNFORMATTED = new Set(["", "General", "0.###############"]);

function appsScriptSheet(sheet: Sheet, name: string): SheetPort {
  let size: { rows: number; cols: number } | undefined;
  /** Grows the grid so that `rows` × `cols` exists; getRange throws past the grid. */
  const ensureSize = (rows: number, cols: number) => {
    size ??= { rows: sheet.getMaxRows(), cols: sheet.getMaxColumns() };
    if (rows > size.rows) {
      sheet.insertRowsAfter(size.rows, rows - size.rows);
      size.rows = rows;
    }
    if (cols > size.cols) {
      sheet.insertColumnsAfter(size.cols, cols - size.cols);
      size.cols = cols;
    }
  };
  const range = (area: Area) => {
    ensureSize(area.row + area.numRows - 1, area.col + area.numCols - 1);
    return sheet.getRange(area.row, area.col, area.numRows, area.numCols);
  };

  return {
    name,
    read() {
      const data = sheet.getDataRange();
      const values = data.getValues() as Cell[][];
      const formulas = data.getFormulas();
      // An empty sheet still has a 1×1 data range (A1).
      const empty =
        values.length === 1 && values[0]?.length === 1 && values[0][0] === "" && !formulas[0]?.[0];
      return empty ? { values: [], formulas: [] } : { values, formulas };
    },
    write(row, col, cells) {
      const width = cells[0]?.length ?? 0;
      cells.forEach((cellRow, i) => {
        if (cellRow.length !== width) {
          throw new Error(
            `Writing to sheet "${name}" at row ${row + i}: every row needs ${width} cells like the first, but this one has ${cellRow.length}.`,
          );
        }
      });
      if (width === 0) return;
      range({ row, col, numRows: cells.length, numCols: width }).setValues(
        cells.map((r) => r.map(toSheetValue)),
      );
    },
    fill(cells, content) {
      if (cells.length === 0) return;
      let lastRow = 0;
      let lastCol = 0;
      for (const cell of cells) {
        lastRow = Math.max(lastRow, cell.row);
        lastCol = Math.max(lastCol, cell.col);
      }
      ensureSize(lastRow, lastCol);
      const list = sheet.getRangeList(cells.map((cell) => a1(cell.row, cell.col)));
      if (content === "") list.clearContent();
      else if (typeof content === "string" && content.startsWith("=")) list.setFormula(content);
      else list.setValue(toSheetValue(content));
    },
    clear() {
      sheet.clearContents();
    },
    setNumberFormat(area, format) {
      range(area).setNumberFormat(format);
    },
    styledColumns(row, numCols) {
      if (numCols === 0) return [];
      const cells = range({ row, col: 1, numRows: 1, numCols });
      const formats = cells.getNumberFormats()[0] ?? [];
      const validations = cells.getDataValidations()[0] ?? [];
      return Array.from({ length: numCols }, (_, i) => ({
        formatted: !UNFORMATTED.has(formats[i] ?? ""),
        validated: (validations[i] ?? null) !== null,
      }));
    },
    setValidation(area, rule) {
      range(area).setDataValidation(buildValidation(rule, name));
    },
    conditionalFormulas() {
      const custom = SpreadsheetApp.BooleanCriteria.CUSTOM_FORMULA;
      return sheet.getConditionalFormatRules().flatMap((rule) => {
        const condition = rule.getBooleanCondition();
        if (!condition || condition.getCriteriaType() !== custom) return [];
        const formula: unknown = condition.getCriteriaValues()[0];
        return typeof formula === "string" ? [formula] : [];
      });
    },
    addConditionalRules(rules) {
      if (rules.length === 0) return;
      const added = rules.map((rule) => buildConditionalRule(rule, range(rule.area)));
      sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), ...added]);
    },
    frozenRows() {
      return sheet.getFrozenRows();
    },
    setFrozenRows(rows) {
      sheet.setFrozenRows(rows);
    },
    hasFilter() {
      return sheet.getFilter() !== null;
    },
    addFilter(numCols, headerRow = 1) {
      // A filter needs at least one row under the header.
      const numRows = Math.max(sheet.getLastRow() - headerRow + 1, 2);
      range({ row: headerRow, col: 1, numRows, numCols }).createFilter();
    },
    styleHeader(numCols) {
      range({ row: 1, col: 1, numRows: 1, numCols }).setFontWeight("bold").setBackground("#f1f3f4");
    },
    setColumnWidths(col, widths) {
      if (widths.length === 0) return;
      ensureSize(1, col + widths.length - 1);
      let start = 0;
      for (let i = 1; i <= widths.length; i++) {
        const width = widths[start];
        if (width !== undefined && widths[i] !== width) {
          sheet.setColumnWidths(col + start, i - start, width);
          start = i;
        }
      }
    },
    addChart(chart) {
      sheet.insertChart(buildChart(sheet, chart, range(chart.data)));
    },
  };
}

/**
 * Sheets reads a string given to setValues as if typed: "=…" becomes a formula, "00123" a number,
 * "3/4" a date, "TRUE" a boolean. A leading apostrophe stores the rest as text in every case, so
 * `Text` always gets one (the brief asked only for = + - @ '; the other conversions lose data too).
 */
/** "B7" for row 7, column 2. */
function a1(row: number, col: number): string {
  let letters = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}

function toSheetValue(cell: WriteCell): string | number | boolean | Date {
  return typeof cell === "object" && !(cell instanceof Date) ? `'${cell.text}` : cell;
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

function buildConditionalRule(
  rule: ConditionalRule,
  range: GoogleAppsScript.Spreadsheet.Range,
): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
  return SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied(rule.formula)
    .setBackground(rule.background)
    .setFontColor(rule.fontColor)
    .setRanges([range])
    .build();
}

function buildChart(
  sheet: Sheet,
  chart: ChartSpec,
  data: GoogleAppsScript.Spreadsheet.Range,
): GoogleAppsScript.Spreadsheet.EmbeddedChart {
  const types = { column: Charts.ChartType.COLUMN, line: Charts.ChartType.LINE, pie: Charts.ChartType.PIE };
  return sheet
    .newChart()
    .setChartType(types[chart.kind])
    .addRange(data)
    .setNumHeaders(1)
    .setPosition(chart.anchor.row, chart.anchor.col, 0, 0)
    .setOption("title", chart.title)
    .build();
}

function lazy<T>(read: () => T): () => T {
  let value: { v: T } | undefined;
  return () => {
    value ??= { v: read() };
    return value.v;
  };
}
