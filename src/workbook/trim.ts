import type { ChartSpec, SheetPort, WriteCell } from "./port";

/** The rows and columns a block of cells written from A1 and its charts (anchors and data) take up. */
export function extentOf(
  cells: readonly WriteCell[][],
  charts: readonly ChartSpec[] = [],
): { rows: number; cols: number } {
  let rows = Math.max(1, cells.length);
  let cols = Math.max(1, ...cells.map((row) => row.length));
  for (const { anchor, data } of charts) {
    rows = Math.max(rows, anchor.row, data.row + data.numRows - 1);
    cols = Math.max(cols, anchor.col, data.col + data.numCols - 1);
  }
  return { rows, cols };
}

/**
 * Shrinks a sheet's grid to `used`, so a sheet the add-on writes once (a weekly report) does not keep
 * a new sheet's 1000 × 26 cells toward the spreadsheet's limit of 10 million
 * (https://support.google.com/drive/answer/37603). Returns the cells given back.
 */
export function trimGridTo(sheet: SheetPort, used: { rows: number; cols: number }): number {
  const before = sheet.gridSize();
  const rows = Math.min(before.rows, used.rows);
  const cols = Math.min(before.cols, used.cols);
  if (rows === before.rows && cols === before.cols) return 0;
  sheet.trimGrid(rows, cols);
  return before.rows * before.cols - rows * cols;
}
