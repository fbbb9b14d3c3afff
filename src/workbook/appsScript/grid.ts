import { columnLetter } from "../../core/a1";
import type { Area } from "../port";

export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
export type Range = GoogleAppsScript.Spreadsheet.Range;

/**
 * One sheet and what its adapter pieces share: the grid size, read once per sheet and kept in step
 * with the rows this adapter adds or removes, because getRange throws past the grid.
 */
export interface Grid {
  readonly sheet: Sheet;
  readonly name: string;
  /** Grows the grid so that `rows` × `cols` exists, with at most one insert per dimension. */
  ensureSize(rows: number, cols: number): void;
  /** The range of an area, growing the grid to hold it. */
  range(area: Area): Range;
  /** Several areas as one RangeList (one call), growing the grid to hold them. */
  areas(areas: Area[]): GoogleAppsScript.Spreadsheet.RangeList;
  /**
   * For a sheet this run inserted: the bottom row anything was written to so far (its last row
   * with content, known without asking); null for a sheet that was already there.
   */
  readonly written: { lastRow: number; rules: boolean } | null;
  /** Records that `count` rows left the grid. */
  removedRows(count: number): void;
  /** The grid's rows and columns (read once, then kept in step). */
  size(): { rows: number; cols: number };
  /** Records that `count` columns left the grid. */
  removedColumns(count: number): void;
}

/** The grid of a sheet insertSheet just made. */
export const NEW_SHEET_SIZE = { rows: 1000, cols: 26 };

export function sheetGrid(sheet: Sheet, name: string, known?: { rows: number; cols: number }): Grid {
  let size: { rows: number; cols: number } | undefined = known && { ...known };
  const current = () => {
    size ??= { rows: sheet.getMaxRows(), cols: sheet.getMaxColumns() };
    return size;
  };
  const ensureSize = (rows: number, cols: number) => {
    const now = current();
    if (rows > now.rows) {
      sheet.insertRowsAfter(now.rows, rows - now.rows);
      now.rows = rows;
    }
    if (cols > now.cols) {
      sheet.insertColumnsAfter(now.cols, cols - now.cols);
      now.cols = cols;
    }
  };
  return {
    sheet,
    name,
    written: known ? { lastRow: 0, rules: false } : null,
    ensureSize,
    range(area) {
      ensureSize(area.row + area.numRows - 1, area.col + area.numCols - 1);
      return sheet.getRange(area.row, area.col, area.numRows, area.numCols);
    },
    areas(areas) {
      let rows = 0;
      let cols = 0;
      for (const area of areas) {
        rows = Math.max(rows, area.row + area.numRows - 1);
        cols = Math.max(cols, area.col + area.numCols - 1);
      }
      ensureSize(rows, cols);
      return sheet.getRangeList(areas.map(areaA1));
    },
    removedRows(count) {
      if (size) size.rows -= count;
    },
    size: () => ({ ...current() }),
    removedColumns(count) {
      if (size) size.cols -= count;
    },
  };
}

/** "B7" for row 7, column 2. */
export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** "B7:C12" for an area, "B7" for one cell. */
export function areaA1(area: Area): string {
  const first = a1(area.row, area.col);
  if (area.numRows === 1 && area.numCols === 1) return first;
  return `${first}:${a1(area.row + area.numRows - 1, area.col + area.numCols - 1)}`;
}
