import type { Cell } from "../../core/cells";
import type { SheetPort, WriteCell } from "../port";
import { toR1C1 } from "../relativeFormula";
import { a1, type Grid } from "./grid";

/** Reading and changing cell contents, and removing rows. */
export function sheetContents(
  grid: Grid,
): Pick<
  SheetPort,
  "read" | "write" | "fill" | "fillRelative" | "clear" | "deleteRows" | "gridSize" | "trimGrid"
> {
  const { sheet, name } = grid;
  return {
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
      const width = checkedWidth(name, row, cells);
      if (width === 0) return;
      grid
        .range({ row, col, numRows: cells.length, numCols: width })
        .setValues(cells.map((r) => r.map(toSheetValue)));
      if (grid.written) grid.written.lastRow = Math.max(grid.written.lastRow, row + cells.length - 1);
    },
    fill(cells, content) {
      if (cells.length === 0) return;
      const last = lastCell(cells);
      grid.ensureSize(last.row, last.col);
      if (grid.written && content !== "") grid.written.lastRow = Math.max(grid.written.lastRow, last.row);
      const list = sheet.getRangeList(cells.map((cell) => a1(cell.row, cell.col)));
      if (content === "") list.clearContent();
      else if (typeof content === "string" && content.startsWith("=")) list.setFormula(content);
      else list.setValue(toSheetValue(content));
    },
    fillRelative(cells, formula) {
      const first = cells[0];
      if (!first) return;
      const last = lastCell(cells);
      grid.ensureSize(last.row, last.col);
      if (grid.written) grid.written.lastRow = Math.max(grid.written.lastRow, last.row);
      // R1C1 text reads the same from every cell, so one RangeList call writes them all
      // (RangeList.setFormulaR1C1, https://developers.google.com/apps-script/reference/spreadsheet/range-list).
      sheet
        .getRangeList(cells.map((cell) => a1(cell.row, cell.col)))
        .setFormulaR1C1(toR1C1(formula, first.row, first.col));
    },
    clear() {
      sheet.clearContents();
    },
    deleteRows(row, count) {
      // Sheets moves what is below up and adjusts formulas that point there, in one call.
      sheet.deleteRows(row, count);
      grid.removedRows(count);
    },
    gridSize: () => grid.size(),
    trimGrid(rows, cols) {
      const size = grid.size();
      if (size.rows > rows) {
        sheet.deleteRows(rows + 1, size.rows - rows);
        grid.removedRows(size.rows - rows);
      }
      if (size.cols > cols) {
        sheet.deleteColumns(cols + 1, size.cols - cols);
        grid.removedColumns(size.cols - cols);
      }
    },
  };
}

/** The width every row of a write must have, or an error naming the sheet and the odd row. */
function checkedWidth(sheetName: string, row: number, cells: WriteCell[][]): number {
  const width = cells[0]?.length ?? 0;
  cells.forEach((cellRow, i) => {
    if (cellRow.length !== width) {
      throw new Error(
        `Writing to sheet "${sheetName}" at row ${row + i}: every row needs ${width} cells like the first, but this one has ${cellRow.length}.`,
      );
    }
  });
  return width;
}

/** The bottom row and rightmost column of scattered cells (a loop: a spread of 60,000 cells overflows). */
function lastCell(cells: { row: number; col: number }[]): { row: number; col: number } {
  const last = { row: 0, col: 0 };
  for (const cell of cells) {
    last.row = Math.max(last.row, cell.row);
    last.col = Math.max(last.col, cell.col);
  }
  return last;
}

/**
 * Sheets reads a string given to setValues as if typed: "=…" becomes a formula, "00123" a number,
 * "3/4" a date, "TRUE" a boolean. A leading apostrophe stores the rest as text in every case, so
 * `Text` always gets one (the brief asked only for = + - @ '; the other conversions lose data too).
 */
function toSheetValue(cell: WriteCell): string | number | boolean | Date {
  return typeof cell === "object" && !(cell instanceof Date) ? `'${cell.text}` : cell;
}
