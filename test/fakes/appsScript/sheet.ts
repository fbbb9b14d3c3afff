import { isDateFormat, serialToDate } from "../../../src/workbook/memory/dateSerials";
import type { FakeEmbeddedChart } from "./chart";
import { FakeEmbeddedChartBuilder } from "./chart";
import { FakeProtection } from "./protection";
import { FakeRange, FakeRangeList } from "./range";
import { Recorded, type Recorder } from "./recorder";
import type { FakeConditionalFormatRule, FakeDataValidation, FakeFilter } from "./rules";
import type { FakeSpreadsheet } from "./spreadsheet";
import { type Content, parseA1, renamedInFormula, rowsRemovedFromFormula, type Stored } from "./values";

/** One cell: its content plus the formats the adapters set. */
export interface FakeCell extends Partial<Content> {
  numberFormat?: string;
  fontWeight?: string;
  background?: string;
  fontColor?: string;
  /** The cell's note (Range.setNote); it moves with the cell. */
  note?: string;
  validation?: FakeDataValidation;
}

/** A block of cells, 1-based, as merges are kept. */
export interface FakeArea {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;

export class FakeSheet extends Recorded {
  readonly className = "Sheet";
  /** grid[row - 1][column - 1]; rows and cells never touched stay undefined. */
  private grid: (FakeCell | undefined)[][] = [];
  maxRows: number;
  maxColumns: number;
  frozenRows = 0;
  filter: FakeFilter | null = null;
  conditionalRules: FakeConditionalFormatRule[] = [];
  charts: FakeEmbeddedChart[] = [];
  readonly columnWidths = new Map<number, number>();
  /** Merged blocks (Range.merge); the team's, which the add-on never changes. */
  merges: FakeArea[] = [];
  hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  protections: FakeProtection[] = [];

  constructor(
    recorder: Recorder,
    readonly spreadsheet: FakeSpreadsheet,
    public name: string,
    readonly id: number,
    rows = DEFAULT_ROWS,
    columns = DEFAULT_COLUMNS,
  ) {
    super(recorder);
    this.maxRows = rows;
    this.maxColumns = columns;
  }

  // ---- Apps Script API ----

  getName(): string {
    return this.name;
  }

  /** Renaming also renames the sheet in every formula that points at it, as Sheets does. */
  setName(name: string): FakeSheet {
    if (name !== this.name) this.spreadsheet.assertFreeName(name);
    const from = this.name;
    this.name = name;
    this.eachFormulaCell((cell) => {
      cell.formula = renamedInFormula(cell.formula ?? "", from, name);
    });
    return this;
  }

  getSheetId(): number {
    return this.id;
  }

  getIndex(): number {
    return this.spreadsheet.sheets.indexOf(this) + 1;
  }

  getParent(): FakeSpreadsheet {
    return this.spreadsheet;
  }

  activate(): FakeSheet {
    this.spreadsheet.activeSheet = this;
    return this;
  }

  getMaxRows(): number {
    return this.maxRows;
  }

  getMaxColumns(): number {
    return this.maxColumns;
  }

  getLastRow(): number {
    for (let r = this.grid.length; r >= 1; r--) {
      if (this.grid[r - 1]?.some(hasContent)) return r;
    }
    return 0;
  }

  getLastColumn(): number {
    let last = 0;
    for (const row of this.grid) {
      for (let c = row?.length ?? 0; c > last; c--) {
        if (hasContent(row?.[c - 1])) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  insertRowsAfter(afterPosition: number, howMany: number): FakeSheet {
    if (
      !Number.isInteger(afterPosition) ||
      afterPosition < 1 ||
      afterPosition > this.maxRows ||
      howMany < 1
    ) {
      throw new Error("Those rows are out of bounds.");
    }
    this.spreadsheet.assertCellLimit(howMany * this.maxColumns);
    if (afterPosition < this.grid.length) {
      this.grid = [
        ...this.grid.slice(0, afterPosition),
        ...new Array(howMany),
        ...this.grid.slice(afterPosition),
      ];
    }
    this.maxRows += howMany;
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): FakeSheet {
    if (
      !Number.isInteger(afterPosition) ||
      afterPosition < 1 ||
      afterPosition > this.maxColumns ||
      howMany < 1
    ) {
      throw new Error("Those columns are out of bounds.");
    }
    this.spreadsheet.assertCellLimit(howMany * this.maxRows);
    for (const [i, row] of this.grid.entries()) {
      if (row && afterPosition < row.length) {
        this.grid[i] = [...row.slice(0, afterPosition), ...new Array(howMany), ...row.slice(afterPosition)];
      }
    }
    this.maxColumns += howMany;
    return this;
  }

  /**
   * Sheet.deleteRows(rowPosition, howMany): the rows below move up with everything their cells hold
   * (values, formulas, number formats, validation, styles), and Sheets adjusts formulas in every sheet
   * that point at this one, as it does for a row deleted by hand
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleteRows(Integer,Integer);
   * the Sheets API's DeleteDimensionRequest does the same). Sheets refuses to delete every
   * non-frozen row. Modelled for formulas: A1 cells and closed ranges (see rowsRemovedFromFormula).
   */
  deleteRows(rowPosition: number, howMany: number): void {
    if (
      !Number.isInteger(rowPosition) ||
      !Number.isInteger(howMany) ||
      rowPosition < 1 ||
      howMany < 1 ||
      rowPosition + howMany - 1 > this.maxRows
    ) {
      throw new Error("Those rows are out of bounds.");
    }
    if (howMany >= this.maxRows - this.frozenRows) {
      throw new Error("Sorry, it is not possible to delete all non-frozen rows.");
    }
    this.grid.splice(rowPosition - 1, howMany);
    this.maxRows -= howMany;
    const removed = { sheet: this.name, start: rowPosition, count: howMany };
    this.eachFormulaCell((cell, host) => {
      cell.formula = rowsRemovedFromFormula(cell.formula ?? "", host, removed);
    });
    this.moveTeamStateUp(rowPosition, howMany);
  }

  /**
   * Sheet.deleteColumns(columnPosition, howMany)
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleteColumns(Integer,Integer)):
   * the columns go with everything their cells hold and the grid narrows. Sheets refuses to delete
   * every column. Modelled for columns past the last one holding anything (what the add-on removes):
   * deleting a column that holds content, or one with columns to its right, is refused here rather
   * than imitated, since formulas and merges would have to move left.
   */
  deleteColumns(columnPosition: number, howMany: number): void {
    if (
      !Number.isInteger(columnPosition) ||
      !Number.isInteger(howMany) ||
      columnPosition < 1 ||
      howMany < 1 ||
      columnPosition + howMany - 1 > this.maxColumns
    ) {
      throw new Error("Those columns are out of bounds.");
    }
    if (howMany >= this.maxColumns) throw new Error("Sorry, it is not possible to delete all columns.");
    if (columnPosition + howMany - 1 !== this.maxColumns) {
      throw new Error("FakeSheet.deleteColumns models only the trailing columns of the grid.");
    }
    const holds = (cell: FakeCell | undefined) =>
      Boolean(cell?.formula) || (cell?.value !== undefined && cell.value !== "");
    if (this.grid.some((row) => row?.slice(columnPosition - 1).some(holds))) {
      throw new Error("FakeSheet.deleteColumns models only columns that hold nothing.");
    }
    // Formats and notes of the removed cells go with them.
    for (const row of this.grid) row?.splice(columnPosition - 1);
    this.maxColumns -= howMany;
  }

  /**
   * Notes, fonts and backgrounds move with their cells (they live in the grid). Merges, hidden rows
   * and range protections below move up; one that only covered removed rows goes, and one that loses
   * some rows shrinks, as in Sheets.
   */
  private moveTeamStateUp(start: number, count: number): void {
    const rows = (first: number, last: number) => rowsAfterDeletion(first, last, start, count);
    this.merges = this.merges.flatMap((merge) => {
      const moved = rows(merge.row, merge.row + merge.numRows - 1);
      return moved ? [{ ...merge, row: moved.first, numRows: moved.last - moved.first + 1 }] : [];
    });
    this.hiddenRows = new Set(
      [...this.hiddenRows].flatMap((row) => {
        const moved = rows(row, row);
        return moved ? [moved.first] : [];
      }),
    );
    this.protections = this.protections.filter((protection) => {
      const range = protection.range;
      if (!range) return true;
      const moved = rows(range.row, range.getLastRow());
      if (!moved) return false;
      protection.range = new FakeRange(
        this.recorder,
        this,
        moved.first,
        range.column,
        moved.last - moved.first + 1,
        range.numColumns,
      );
      return true;
    });
  }

  /** Visits every formula cell of the spreadsheet with the name of the sheet holding it. */
  private eachFormulaCell(visit: (cell: FakeCell, host: string) => void): void {
    for (const sheet of this.spreadsheet.sheets) {
      for (const row of sheet.grid) {
        for (const cell of row ?? []) if (cell?.formula) visit(cell, sheet.name);
      }
    }
  }

  getRange(rowOrA1: number | string, column?: number, numRows = 1, numColumns = 1): FakeRange {
    const area =
      typeof rowOrA1 === "string"
        ? parseA1(rowOrA1)
        : { row: rowOrA1, column: column ?? 1, numRows, numColumns };
    if (area.row < 1) throw new Error("The starting row of the range is too small.");
    if (area.column < 1) throw new Error("The starting column of the range is too small.");
    if (area.numRows < 1) throw new Error("The number of rows in the range must be at least 1.");
    if (area.numColumns < 1) throw new Error("The number of columns in the range must be at least 1.");
    if (area.row + area.numRows - 1 > this.maxRows || area.column + area.numColumns - 1 > this.maxColumns) {
      throw new Error("The coordinates of the range are outside the dimensions of the sheet.");
    }
    return new FakeRange(this.recorder, this, area.row, area.column, area.numRows, area.numColumns);
  }

  getRangeList(a1Notations: string[]): FakeRangeList {
    return new FakeRangeList(
      this.recorder,
      a1Notations.map((a1) => this.rangeAt(a1)),
    );
  }

  /** getRange without a record of its own: getRangeList is one call however many ranges it holds. */
  private rangeAt(a1: string): FakeRange {
    const area = parseA1(a1);
    if (area.row + area.numRows - 1 > this.maxRows || area.column + area.numColumns - 1 > this.maxColumns) {
      throw new Error("The coordinates of the range are outside the dimensions of the sheet.");
    }
    return new FakeRange(this.recorder, this, area.row, area.column, area.numRows, area.numColumns);
  }

  getDataRange(): FakeRange {
    return this.getRange(1, 1, Math.max(this.getLastRow(), 1), Math.max(this.getLastColumn(), 1));
  }

  clear(): FakeSheet {
    this.grid = this.grid.map((row) =>
      row?.map((cell) => (cell?.validation ? { validation: cell.validation } : undefined)),
    );
    return this;
  }

  clearContents(): FakeSheet {
    for (const row of this.grid) {
      for (const cell of row ?? []) {
        if (cell) {
          delete cell.value;
          delete cell.formula;
        }
      }
    }
    return this;
  }

  getFrozenRows(): number {
    return this.frozenRows;
  }

  setFrozenRows(rows: number): void {
    if (!Number.isInteger(rows) || rows < 0) throw new Error(`Invalid argument: rows (${rows}).`);
    this.frozenRows = rows;
  }

  getFilter(): FakeFilter | null {
    return this.filter;
  }

  getConditionalFormatRules(): FakeConditionalFormatRule[] {
    return [...this.conditionalRules];
  }

  setConditionalFormatRules(rules: FakeConditionalFormatRule[]): void {
    this.conditionalRules = [...rules];
  }

  setColumnWidth(column: number, width: number): FakeSheet {
    return this.setColumnWidths(column, 1, width);
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): FakeSheet {
    if (startColumn < 1 || numColumns < 1 || startColumn + numColumns - 1 > this.maxColumns) {
      throw new Error("Those columns are out of bounds.");
    }
    for (let c = startColumn; c < startColumn + numColumns; c++) this.columnWidths.set(c, width);
    return this;
  }

  getColumnWidth(column: number): number {
    return this.columnWidths.get(column) ?? 100;
  }

  newChart(): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder(this.recorder, this);
  }

  insertChart(chart: FakeEmbeddedChart): void {
    this.charts.push(chart);
  }

  getCharts(): FakeEmbeddedChart[] {
    return [...this.charts];
  }

  removeChart(chart: FakeEmbeddedChart): void {
    this.charts = this.charts.filter((c) => c !== chart);
  }

  /** Sheet.hideColumns(columnIndex, numColumns?): hidden by the user, as isColumnHiddenByUser reports. */
  hideColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.hiddenColumns.add(c);
  }

  showColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.hiddenColumns.delete(c);
  }

  isColumnHiddenByUser(columnPosition: number): boolean {
    return this.hiddenColumns.has(columnPosition);
  }

  hideRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex; r < rowIndex + numRows; r++) this.hiddenRows.add(r);
  }

  showRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex; r < rowIndex + numRows; r++) this.hiddenRows.delete(r);
  }

  isRowHiddenByUser(rowPosition: number): boolean {
    return this.hiddenRows.has(rowPosition);
  }

  /** Sheet.protect(): protects the whole sheet. */
  protect(): FakeProtection {
    const protection = new FakeProtection(this.recorder, this, null);
    this.protections.push(protection);
    return protection;
  }

  /** Sheet.getProtections(type): "SHEET" gives the sheet's protection, "RANGE" the range protections. */
  getProtections(type: "SHEET" | "RANGE"): FakeProtection[] {
    return this.protections.filter((p) => (type === "SHEET" ? p.range === null : p.range !== null));
  }

  // ---- for FakeRange and tests (never reached through the recorded proxy) ----

  /** Every cell record the grid holds (content or formats), for snapshots that diff whole sheets. */
  *eachCell(): Generator<{ row: number; column: number; cell: FakeCell }> {
    for (const [r, cells] of this.grid.entries()) {
      for (const [c, cell] of (cells ?? []).entries()) if (cell) yield { row: r + 1, column: c + 1, cell };
    }
  }

  /** The merged block a cell lies in, if any. */
  mergeAt(row: number, column: number): FakeArea | undefined {
    return this.merges.find(
      (m) =>
        row >= m.row && row < m.row + m.numRows && column >= m.column && column < m.column + m.numColumns,
    );
  }

  cellAt(row: number, column: number): FakeCell | undefined {
    return this.grid[row - 1]?.[column - 1];
  }

  /** The cell record at (row, column), created if absent. */
  cell(row: number, column: number): FakeCell {
    const cells = this.grid[row - 1] ?? [];
    this.grid[row - 1] = cells;
    const cell = cells[column - 1] ?? {};
    cells[column - 1] = cell;
    return cell;
  }

  /**
   * What getValues shows for a cell: formulas show the test's result for them, or "". A number in a
   * cell with a date format comes back as a Date, as Range.getValues does ("values may be of type
   * Number, Boolean, Date, or String, depending on the value of the cell",
   * https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()); the serial is
   * read as wall-clock time in the spreadsheet's zone (the conversion is the in-memory workbook's).
   */
  shownValue(row: number, column: number): Stored {
    const cell = this.cellAt(row, column);
    const value = cell?.formula
      ? this.spreadsheet.formulaResult?.(cell.formula, { sheet: this.name, row, column })
      : cell?.value;
    if (typeof value === "number" && cell?.numberFormat && isDateFormat(cell.numberFormat)) {
      return serialToDate(value, this.spreadsheet.getSpreadsheetTimeZone());
    }
    return value ?? "";
  }
}

/** Rows first..last after rows start..start+count-1 are deleted, or null when all of them went. */
function rowsAfterDeletion(
  first: number,
  last: number,
  start: number,
  count: number,
): { first: number; last: number } | null {
  const end = start + count - 1;
  if (first >= start && last <= end) return null;
  const moved = (row: number) => (row > end ? row - count : row);
  return {
    first: first >= start && first <= end ? start : moved(first),
    last: last >= start && last <= end ? start - 1 : moved(last),
  };
}

function hasContent(cell: FakeCell | undefined): boolean {
  return cell !== undefined && ((cell.value !== undefined && cell.value !== "") || !!cell.formula);
}
