import { type Arg, type Cell, type Grid, isBlank, isGrid } from "../cells";
import { describe, isPlaceholder } from "../numbers";

/** What a custom function hands back to Sheets: one value, or one value per row as an N×1 column. */
export type FunctionResult = Cell | Cell[][];

/**
 * A bad value in one row. A range call writes its message into that row's cell so the other rows still
 * compute; a single-value call rethrows it as a plain Error, which Sheets shows on the cell.
 */
export class InputError extends Error {}

const NO_CELLS: readonly Cell[] = [];

/** A per-row argument as rows: a range as given, a single value as one row that applies to every row. */
export function rowsOf(arg: Arg): Grid {
  return isGrid(arg) ? arg : [[arg]];
}

/** Row `i` of `rows` from rowsOf; a single row applies to every row (callHeight has checked the heights). */
export function rowAt(rows: Grid, i: number): readonly Cell[] {
  return rows[rows.length === 1 ? 0 : i] ?? NO_CELLS;
}

/** The first cell of row `i`, for arguments that hold one value per row. */
export function cellAt(rows: Grid, i: number): Cell {
  return rows[rows.length === 1 ? 0 : i]?.[0];
}

/**
 * How many rows a call covers: undefined for a single-value call (no argument is a range). Every range
 * must have the same height, because row i of each range describes the same post or creator.
 */
export function callHeight(
  fn: string,
  args: readonly (readonly [name: string, arg: Arg])[],
): number | undefined {
  let height: number | undefined;
  let heightFrom = "";
  for (const [name, arg] of args) {
    if (!isGrid(arg)) continue;
    if (arg.length === 0) throw new Error(`${fn}: ${name} is an empty range`);
    if (height === undefined) {
      height = arg.length;
      heightFrom = name;
    } else if (arg.length !== height) {
      throw new Error(
        `${fn}: ${heightFrom} has ${rows(height)} but ${name} has ${arg.length}; give ranges of the same height`,
      );
    }
  }
  return height;
}

/** Rejects a range more than one column wide for an argument that holds one value per row. */
export function requireOneColumn(fn: string, name: string, arg: Arg): void {
  if (!isGrid(arg)) return;
  const width = widthOf(arg);
  if (width > 1) throw new Error(`${fn}: ${name} must be one column, got a range ${width} columns wide`);
}

/** The widest row of a range (Apps Script ranges are rectangular; hand-made arrays may be ragged). */
export function widthOf(grid: Grid): number {
  let width = 0;
  for (const row of grid) if (row.length > width) width = row.length;
  return width;
}

/**
 * Whether an argument's blank cells make a row blank. In a range call only the ranges count, so
 * `=EMV("Instagram", H2:N)` leaves the rows under the last post empty instead of showing 0.
 */
export function decidesBlank(height: number | undefined, arg: Arg): boolean {
  return height === undefined || isGrid(arg);
}

/** A blank cell, or one holding a placeholder for "no value" ("n/a", "-", "tbd", "unknown"): missing, not bad. */
export function isMissing(cell: Cell): boolean {
  return isBlank(cell) || (typeof cell === "string" && isPlaceholder(cell));
}

export function rowIsBlank(row: readonly Cell[]): boolean {
  for (const cell of row) if (!isMissing(cell)) return false;
  return true;
}

/**
 * Runs `row` once per row. A single-value call returns its value or throws a plain Error; a range
 * call returns an N×1 column where a row with bad input holds the message instead of a value.
 */
export function mapRows(height: number | undefined, row: (i: number) => Cell): FunctionResult {
  if (height === undefined) {
    try {
      return row(0);
    } catch (error) {
      if (error instanceof InputError) throw new Error(error.message);
      throw error;
    }
  }
  const out: Cell[][] = new Array(height);
  for (let i = 0; i < height; i++) {
    try {
      out[i] = [row(i)];
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      out[i] = [error.message];
    }
  }
  return out;
}

/** A value quoted for a message; unlike describe, safe for an invalid Date. */
export function quote(value: Cell): string {
  if (value === "" || value === null || value === undefined) return "a blank cell";
  if (value instanceof Date && Number.isNaN(value.getTime())) return "an invalid date";
  return describe(value);
}

function rows(count: number): string {
  return count === 1 ? "1 row" : `${count} rows`;
}
