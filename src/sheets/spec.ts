import type { ConditionalRule, Validation } from "../workbook/port";
import type { SettingsTableKey } from "./layouts/settings";
import type { ColumnKey, TableName } from "./tables";

/** How a column's cells are read and formatted. */
export type ColumnType = "text" | "int" | "number" | "money" | "percent" | "date" | "email" | "url";

/** Column letter of a key in another table laid out in the same run, e.g. letterIn("Posts", "likes"). */
export type LetterIn = <S extends TableName>(sheet: S, key: ColumnKey<S>) => string;

/** Where each of our columns sits in the actual sheet (the team's order), for writing formulas. */
export interface ColumnRefs<K extends string = string> {
  /** Column letter of a key in this sheet, e.g. "E". */
  letter(key: K): string;
  letterIn: LetterIn;
  /** Absolute A1 range of a Settings table, e.g. "Settings!$A$12:$B$21". */
  settings(table: SettingsTableKey): string;
  currencyFormat: string;
  /** Number of columns the table spans in this sheet, the team's own columns included. */
  width: number;
  /** The row under the team's header row (2 when the header is row 1). */
  firstDataRow: number;
}

/**
 * How a formula reads some of our columns: over the whole columns under the header ("D2:F"), or the
 * cells of the formula's own row ("INDEX($C:$C,ROW())"); see layouts/formulas.ts.
 */
export type Columns = (letters: string[]) => string;

/** A column filled by one of our custom functions over other columns (and Settings tables). */
export interface CustomFormula<K extends string = string> {
  /** The custom function, e.g. "EMV". */
  fn: string;
  /** Its arguments; our columns go through `columns`, so the same text serves the array and the row formula. */
  args: (refs: ColumnRefs<K>, columns: Columns) => string;
  /**
   * The arguments an earlier version wrote (FTC_CHECK before its rules table): such a formula is still
   * the add-on's, so the next set-up replaces it with the current one.
   */
  earlierArgs?: (refs: ColumnRefs<K>, columns: Columns) => string;
}

/**
 * How a formula column is written. `array` is written once in the header cell and fills the
 * whole column (one custom-function call per column, and sorting the data cannot move it). When the
 * team has typed values in the column, an array cannot spill over them, so each contiguous run of
 * empty cells gets one `run` formula in its first cell that spills over exactly that run.
 * `owns` matches exactly what these templates write (see formulaOwnership.ts), so only our own
 * formulas are ever rewritten.
 */
export interface FormulaSpec {
  /** The header-cell formula that shows `header` and fills the column below it. */
  array: (refs: ColumnRefs, header: string) => string;
  /** The formula in row `first` that fills rows `first`..`last` of the column. */
  run: (refs: ColumnRefs, first: number, last: number) => string;
  owns: RegExp;
}

export interface ColumnSpec<K extends string = string> {
  key: K;
  header: string;
  /** Other header names teams use for the same column; matched ignoring case, spaces and punctuation. */
  synonyms?: readonly string[];
  type: ColumnType;
  width?: number;
  validation?: Validation;
  formula?: CustomFormula<K>;
  /**
   * A header many unrelated sheets have (Date, URL, Notes): it counts little towards deciding that a
   * team's tab is this table, so a blog list named "Posts" is not taken for our Posts sheet.
   */
  generic?: boolean;
  /** A team's words for our list values, lower case ("signed" → "Contracted"), offered in Settings › Mapping. */
  valueSynonyms?: Readonly<Record<string, string>>;
}

/** A table sheet; `K` is the union of its column keys, so a misspelt key fails to compile. */
export interface TableSpec<K extends string = string, N extends string = string> {
  name: N;
  columns: readonly ColumnSpec<K>[];
  /** Other tab names teams give this table ("Creators" for the Roster), tried after `name`. */
  tabs?: readonly string[];
  /** Conditional formats a manager reads at a glance, over data rows firstDataRow..lastRow. */
  conditional?: (refs: ColumnRefs<K>, lastRow: number) => ConditionalRule[];
  /**
   * Columns of ours a team's header row calls for beyond the spec (a wide roster's "Tier (TikTok)"
   * for its "TikTok followers"); `header` is the row, `found` what the spec's columns matched (0-based).
   */
  extras?: (header: string[], found: ReadonlyMap<string, number>) => ColumnSpec[];
}

/** The column keys of a table spec. */
export type KeyOf<T> = T extends TableSpec<infer K, string> ? K : never;

/**
 * Declares a table with its name and column keys as literal types: the keys its formulas and
 * conditional formats name are checked against its own columns.
 */
export function defineTable<const N extends string, const K extends string>(
  spec: TableSpec<K, N>,
): TableSpec<K, N> {
  return spec;
}
