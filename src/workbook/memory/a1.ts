import { columnLetter, columnNumber } from "../../core/a1";
import type { Area } from "../port";

export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** "B2:D10", or "B2" for a single cell. */
export function areaA1(area: Area): string {
  const start = a1(area.row, area.col);
  if (area.numRows === 1 && area.numCols === 1) return start;
  return `${start}:${a1(area.row + area.numRows - 1, area.col + area.numCols - 1)}`;
}

/** Parses "B2" or "B2:D10" (optionally with $ signs); undefined for anything else. */
export function parseArea(text: string): Area | undefined {
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(text.trim());
  if (!match) return undefined;
  const [, startCol = "", startRow = "", endCol = startCol, endRow = startRow] = match;
  const row = Number(startRow);
  const col = columnNumber(startCol);
  const lastRow = Number(endRow);
  const lastCol = columnNumber(endCol);
  return {
    row: Math.min(row, lastRow),
    col: Math.min(col, lastCol),
    numRows: Math.abs(lastRow - row) + 1,
    numCols: Math.abs(lastCol - col) + 1,
  };
}

export function contains(area: Area, row: number, col: number): boolean {
  return row >= area.row && row < area.row + area.numRows && col >= area.col && col < area.col + area.numCols;
}

export function covers(outer: Area, inner: Area): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.col + inner.numCols <= outer.col + outer.numCols
  );
}
