/**
 * What removing rows does to the references and areas that point below them, as Sheets' deleteRows
 * does it: a row after the removed ones moves up by their number, a reference to a removed cell
 * becomes #REF!, and a range that loses some of its rows shrinks.
 */
import type { Area } from "../port";
import { outsideStrings, SHEET_PREFIX, sheetNameOf } from "./formulaText";

/** Rows `start` to `start + count - 1` (1-based) removed from one sheet. */
export interface RemovedRows {
  sheet: string;
  start: number;
  count: number;
}

// "E3", "$E$3", "Roster!E3:F9", "E2:E" (to the bottom); not function names ("LOG10(") or "E:E".
const REFERENCE = new RegExp(
  String.raw`(^|[^\w$.!'])(${SHEET_PREFIX})?(\$?[A-Za-z]{1,3}\$?)(\d+)(?::(\$?[A-Za-z]{1,3}\$?)(\d+)?)?(?![\w$(!.])`,
  "g",
);

/** A formula on sheet `host` after the rows are removed. */
export function formulaAfterRemoval(formula: string, host: string, removed: RemovedRows): string {
  const target = removed.sheet.toLowerCase();
  return outsideStrings(formula, (code) =>
    code.replace(
      REFERENCE,
      (
        match,
        before: string,
        prefix: string | undefined,
        col: string,
        row: string,
        endCol?: string,
        endRow?: string,
      ) => {
        const sheet = prefix ? sheetNameOf(prefix) : host;
        if (sheet.toLowerCase() !== target) return match;
        const first = Number(row);
        const last =
          endRow === undefined ? (endCol === undefined ? first : Number.POSITIVE_INFINITY) : Number(endRow);
        const rows = rowsAfterRemoval(first, last, removed);
        if (!rows) return `${before}#REF!`;
        const start = `${before}${prefix ?? ""}${col}${rows.first}`;
        if (endCol === undefined) return start;
        return `${start}:${endCol}${endRow === undefined ? "" : rows.last}`;
      },
    ),
  );
}

/** An area of the sheet after the rows are removed, or null when every row of it was removed. */
export function areaAfterRemoval(area: Area, removed: RemovedRows): Area | null {
  const rows = rowsAfterRemoval(area.row, area.row + area.numRows - 1, removed);
  return rows && { ...area, row: rows.first, numRows: rows.last - rows.first + 1 };
}

function rowsAfterRemoval(
  first: number,
  last: number,
  { start, count }: RemovedRows,
): { first: number; last: number } | null {
  const end = start + count - 1;
  const moved = (row: number) => (row > end ? row - count : row);
  if (first >= start && last <= end) return null;
  return {
    first: first >= start && first <= end ? start : moved(first),
    last: last <= end && last >= start ? start - 1 : moved(last),
  };
}
