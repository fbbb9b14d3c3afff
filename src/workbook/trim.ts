import { CHART_CELLS, type ChartSpec, type SheetPort, type WriteCell } from "./port";

/** The rows and columns a block of cells written from A1 and its charts (drawn and data) take up. */
export function extentOf(
  cells: readonly WriteCell[][],
  charts: readonly ChartSpec[] = [],
): { rows: number; cols: number } {
  let rows = Math.max(1, cells.length);
  let cols = Math.max(1, ...cells.map((row) => row.length));
  for (const { anchor, data } of charts) {
    // A chart hangs down and right from its anchor: the grid keeps every cell it covers.
    rows = Math.max(rows, anchor.row + CHART_CELLS.rows - 1, data.row + data.numRows - 1);
    cols = Math.max(cols, anchor.col + CHART_CELLS.cols - 1, data.col + data.numCols - 1);
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
