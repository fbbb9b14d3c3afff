import type { ConditionalRule, Validation } from "../workbook/port";

/** How a column's cells are read and formatted. */
export type ColumnType = "text" | "int" | "number" | "money" | "percent" | "date" | "email" | "url";

/** Where each of our columns sits in the actual sheet (the team's order), for writing formulas. */
export interface ColumnRefs {
  /** Column letter of a key in this sheet, e.g. "E". */
  letter(key: string): string;
  /** The same in another sheet that was laid out in this run, e.g. letterIn("Posts", "likes"). */
  letterIn(sheet: string, key: string): string;
  /** Absolute A1 range of a Settings table, e.g. "Settings!$A$12:$B$21". */
  settings(table: "tiers" | "rateCard" | "benchmark"): string;
  currencyFormat: string;
  /** Number of columns the table spans in this sheet, the team's own columns included. */
  width: number;
}

/**
 * A column computed by one of our formulas. `array` is written once in the header cell and fills the
 * whole column (one custom-function call per column, and sorting the data cannot move it). When the
 * team has typed values in the column, an array cannot spill over them, so `row` formulas go into
 * the empty cells instead. `owns` recognises any formula the add-on wrote, so it may be rewritten.
 */
export interface FormulaSpec {
  /** The header-cell formula that shows `header` and fills the column below it. */
  array?: (refs: ColumnRefs, header: string) => string;
  /** The per-row formula; it reads its own row through ROW(), so it is the same text in every row. */
  row: (refs: ColumnRefs) => string;
  owns: RegExp;
}

export interface ColumnSpec {
  key: string;
  header: string;
  /** Other header names teams use for the same column; matched ignoring case, spaces and punctuation. */
  synonyms?: string[];
  type: ColumnType;
  width?: number;
  validation?: Validation;
  formula?: FormulaSpec;
}

export interface TableSpec {
  name: string;
  columns: ColumnSpec[];
  /** Conditional formats a manager reads at a glance, over data rows 2..lastRow. */
  conditional?: (refs: ColumnRefs, lastRow: number) => ConditionalRule[];
}
