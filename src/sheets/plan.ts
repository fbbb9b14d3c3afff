import { type Cell, cellText } from "../core/cells";
import type { Area, ConditionalRule, SheetSnapshot, Validation, WriteCell } from "../workbook/port";
import type { ColumnSpec, ColumnType } from "./spec";

// The sheets layer reads cells as text through here, as it always has.
export { cellText };

/** Everything one action will do to one sheet, computed before anything is written. */
export interface SheetPlan {
  sheet: string;
  create: boolean;
  writes: { row: number; col: number; cells: WriteCell[][] }[];
  /**
   * Header labels and titles: what marks a column or table as existing on the next run. Written
   * last, after everything else of the sheet, so a run stopped at any point leaves the next run
   * seeing the column as missing and doing all of it again (formats, widths, header style …).
   */
  labels: { row: number; col: number; cells: WriteCell[][] }[];
  /** The same content into scattered single cells, one call each (SheetPort.fill). */
  fills: { cells: { row: number; col: number }[]; content: WriteCell }[];
  /** A formula written for the first cell and moved to each other one, one call each (SheetPort.fillRelative). */
  relativeFills: { cells: { row: number; col: number }[]; formula: WriteCell }[];
  formats: { area: Area; format: string }[];
  validations: { area: Area; rule: Validation }[];
  conditional: ConditionalRule[];
  freezeHeader: boolean;
  /** The team's header row: frozen through (when nothing is frozen yet) and filtered from. */
  headerRow: number;
  filterWidth: number;
  styleHeaderWidth: number;
  widths: { col: number; widths: number[] }[];
  /** What the add-on left alone where it would have written, for the summary ("Roster › Tier: …"). */
  notes: string[];
}

/** A plan that writes nothing yet; `create` makes the sheet (it does not exist). */
export function emptyPlan(sheet: string, { create }: { create: boolean }): SheetPlan {
  return {
    sheet,
    create,
    writes: [],
    labels: [],
    fills: [],
    relativeFills: [],
    formats: [],
    validations: [],
    conditional: [],
    freezeHeader: false,
    headerRow: 1,
    filterWidth: 0,
    styleHeaderWidth: 0,
    widths: [],
    notes: [],
  };
}

/**
 * Rows the formats and validations of a new column cover, from `firstDataRow`: the data, or a fresh
 * sheet's first thousand rows.
 */
export function formatRows(lastRow: number, firstDataRow = 2): number {
  return Math.max(lastRow, NEW_SHEET_ROWS) - firstDataRow + 1;
}

/** Rows of a new sheet's grid in Sheets: formats and rules reach this far without growing the sheet. */
const NEW_SHEET_ROWS = 1000;

const NUMBER_FORMATS: Partial<Record<ColumnType, string>> = {
  int: "#,##0",
  // Not "#,##0.##": Sheets shows a whole number in it with a trailing dot ("40.").
  number: "#,##0.0",
  percent: "0.00%",
  date: "yyyy-mm-dd",
};

/** A column type's number format: money's is the currency's; text, e-mail and URL columns have none. */
export function numberFormat(type: ColumnType, currencyFormat: string): string | null {
  return type === "money" ? currencyFormat : (NUMBER_FORMATS[type] ?? null);
}

/** Whether a column already has a number format or dropdown someone chose (its first data row speaks for it). */
export interface ColumnStyle {
  formatted: boolean;
  validated: boolean;
}

/**
 * Number formats and dropdowns for our columns nobody has styled yet (a team's own formats and
 * dropdowns stay), and widths for the columns the add-on adds.
 */
export function styleColumns(
  plan: SheetPlan,
  columns: { col: number; spec: ColumnSpec; added: boolean; holdsData?: boolean }[],
  styles: ColumnStyle[],
  lastRow: number,
  currencyFormat: string,
  firstDataRow = 2,
): void {
  const numRows = formatRows(lastRow, firstDataRow);
  for (const { col, spec, added, holdsData } of columns) {
    if (!added && holdsData) continue;
    const area = { row: firstDataRow, col, numRows, numCols: 1 };
    const style = added ? undefined : styles[col - 1];
    const format = numberFormat(spec.type, currencyFormat);
    if (format && !style?.formatted) plan.formats.push({ area, format });
    if (spec.validation && !style?.validated) plan.validations.push({ area, rule: spec.validation });
  }
  const added = columns.filter((c) => c.added);
  const first = added[0];
  if (first) plan.widths.push({ col: first.col, widths: added.map((a) => a.spec.width ?? 120) });
}

/** Contiguous runs of changed cells in one column, each written with one batch write. */
export function columnRuns(col: number, changes: Map<number, WriteCell>): SheetPlan["writes"] {
  const rows = [...changes.keys()].sort((a, b) => a - b);
  const runs: SheetPlan["writes"] = [];
  for (const row of rows) {
    const cell = changes.get(row) as WriteCell;
    const last = runs[runs.length - 1];
    if (last && last.row + last.cells.length === row) last.cells.push([cell]);
    else runs.push({ row, col, cells: [[cell]] });
  }
  return runs;
}

export function isErrorValue(value: Cell): boolean {
  return typeof value === "string" && /^#(REF!|ERROR!|VALUE!|N\/A|NAME\?|DIV\/0!|NUM!|NULL!)/.test(value);
}

/** A value that is nothing but spaces. */
export const blankValue = (value: Cell) => cellText(value).trim() === "";

/** A cell holding neither a formula nor anything but spaces. */
export const isBlank = (cell: { value: Cell; formula: string }) =>
  cell.formula === "" && blankValue(cell.value);

/** The used range padded so every row has `width` cells; reading past a short row gives "". */
export function at(snapshot: SheetSnapshot, row: number, col: number): { value: Cell; formula: string } {
  return {
    value: snapshot.values[row - 1]?.[col - 1] ?? "",
    formula: snapshot.formulas[row - 1]?.[col - 1] ?? "",
  };
}
