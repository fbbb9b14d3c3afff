import type { Cell } from "../core/cells";

/**
 * The Workbook port: everything the sheets layer needs from a spreadsheet, shaped so that each
 * method is one batch operation on Google's side. Adapters: Apps Script (`appsScript/`, the only
 * files that call SpreadsheetApp) and in-memory with a formula engine (`memory/`).
 *
 * Rows and columns are 1-based, as in Sheets.
 */

/** What a write puts in one cell. A string that starts with "=" is a formula; `Text` is always shown as text. */
export type WriteCell = string | number | boolean | Date | Text;

/** Text that must never run as a formula, even when it starts with =, +, - or @ (formula injection). */
export interface Text {
  text: string;
}

export interface Area {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export type Validation =
  | { kind: "list"; values: string[]; strict: boolean }
  | { kind: "date" }
  | { kind: "number"; min: number };

/** A conditional format with a custom formula written for the area's top-left cell (Sheets' convention). */
export interface ConditionalRule {
  area: Area;
  formula: string;
  background: string;
  fontColor: string;
}

/**
 * The cells a chart covers at the size it is drawn (Sheets' default, about 600 × 370 px: some 18
 * default rows of 21 px and 6 columns of 100 px), with a little room; charts carry no size of their own.
 */
export const CHART_CELLS = { rows: 20, cols: 7 } as const;

export interface ChartSpec {
  kind: "column" | "line" | "pie";
  title: string;
  /** The data: first column labels, other columns series, first row headers. */
  data: Area;
  anchor: { row: number; col: number };
  /** Series (0-based, in data column order) drawn against a second vertical axis on the right. */
  rightAxis?: number[];
}

export interface SheetSnapshot {
  /** Values of the used range (A1 to the last row and column holding anything); `""` for blanks. */
  values: Cell[][];
  /** Formulas of the same range; `""` where a cell holds no formula. */
  formulas: string[][];
}

export interface SheetPort {
  readonly name: string;
  /** One batch read of the used range's values and formulas. */
  read(): SheetSnapshot;
  /** One batch write of a rectangle; the sheet grows to fit. */
  write(row: number, col: number, cells: WriteCell[][]): void;
  /**
   * The same content in many single cells with one call (a formula that reads the same in every row,
   * a date, a status), so nothing between them is touched and the call count does not grow with rows.
   * "" empties the cells.
   */
  fill(cells: { row: number; col: number }[], content: WriteCell): void;
  /**
   * One formula, written as it reads in the first cell, into many cells with one call: in every
   * other cell its relative references move by that cell's distance from the first, as a pasted
   * copy does (`=TIER(E5:E13)` written for E5 reads `=TIER(E20:E28)` in row 20). Its references
   * must be to cells or ranges of cells (no whole columns).
   */
  fillRelative(cells: { row: number; col: number }[], formula: string): void;
  /** Empty every cell's content (only on sheets the add-on owns outright, such as a report). */
  clear(): void;
  /**
   * Remove `count` whole rows from `row` down, as Sheets' deleteRows does: the rows below move up
   * with their formats, validation and notes, and formulas that point below the removed rows are
   * adjusted to keep reading the same cells (`=LEN(E3)` on the row after a removed row 2 becomes
   * `=LEN(E2)`). A reference to a removed cell becomes #REF!.
   */
  deleteRows(row: number, count: number): void;
  /**
   * Rows × columns of the sheet's grid, used or not (Sheet.getMaxRows/getMaxColumns). Every cell of
   * every grid counts toward a spreadsheet's limit of 10 million cells
   * (https://support.google.com/drive/answer/37603); a new sheet is 1000 × 26.
   */
  gridSize(): { rows: number; cols: number };
  /**
   * Shrinks the grid to `rows` × `cols`, one call per dimension: Sheet.deleteRows and
   * Sheet.deleteColumns of everything past them
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleteColumns(Integer,Integer)).
   * Whatever those cells held is gone, so callers pass at least the used range. A grid already that
   * small is left as it is.
   */
  trimGrid(rows: number, cols: number): void;
  /** One number format on many areas with one call (Apps Script's RangeList.setNumberFormat). */
  setNumberFormats(areas: Area[], format: string): void;
  /**
   * Whether each of the first `numCols` cells of a row carries a number format or a dropdown someone
   * chose (two batch reads), so the add-on only styles columns nobody has styled yet.
   */
  styledColumns(row: number, numCols: number): { formatted: boolean; validated: boolean }[];
  /**
   * Drop-downs and checks on many areas: each rule is built once, and neighbouring areas over the
   * same rows go in together (one Range.setDataValidations over the block of columns).
   */
  setValidations(rules: { area: Area; rule: Validation }[]): void;
  /** The custom formulas of the sheet's conditional-format rules (one read), so rules are added once. */
  conditionalFormulas(): string[];
  /** Append rules and keep every rule already on the sheet. */
  addConditionalRules(rules: ConditionalRule[]): void;
  frozenRows(): number;
  setFrozenRows(rows: number): void;
  hasFilter(): boolean;
  /** A filter over the header row (`headerRow`, 1 unless titles sit above it) and everything below it, `numCols` wide. */
  addFilter(numCols: number, headerRow?: number): void;
  /** Bold header with a light fill, one call. */
  styleHeader(numCols: number): void;
  setColumnWidths(col: number, widths: number[]): void;
  addChart(chart: ChartSpec): void;
}

export interface WorkbookPort {
  readonly name: string;
  /** IANA zone of the spreadsheet, e.g. "Europe/Berlin". */
  readonly timeZone: string;
  /** Spreadsheet locale such as "en_US" or "en_GB" (decides how typed dates read). */
  readonly locale: string;
  sheet(name: string): SheetPort | null;
  sheetNames(): string[];
  addSheet(name: string): SheetPort;
  removeSheet(name: string): void;
  renameSheet(from: string, to: string): void;
  /** Bring a sheet to the front, as a user clicking its tab. */
  activate(name: string): void;
  /** A short progress or result message in the corner of the spreadsheet. */
  toast(message: string, title: string): void;
  /** Stores the writes so far now: Sheets buffers them, and another run reads only what is stored. */
  flush(): void;
}
