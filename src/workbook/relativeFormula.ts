import { columnLetter, columnNumber } from "../core/a1";

/**
 * Cell references in a formula as a pasted copy moves them: `$` pins a column or row, everything
 * else shifts. Used by both adapters' fillRelative: Apps Script gets R1C1 text (one
 * RangeList.setFormulaR1C1 call), the in-memory workbook the moved A1 text of each cell.
 */

/** A cell reference: not part of a name (LOG10, a sheet name's tail) and not a function name. */
const CELL = /(?<![A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)([0-9]+)(?![A-Za-z0-9_(])/g;

/** Rewrites the code outside string literals. */
function outsideStrings(formula: string, rewrite: (code: string) => string): string {
  return formula
    .split('"')
    .map((part, i) => (i % 2 === 0 ? rewrite(part) : part))
    .join('"');
}

/** The formula as it reads `rows` below and `cols` right of where it was written. */
export function movedFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  return outsideStrings(formula, (code) =>
    code.replace(CELL, (_m, colPin: string, letters: string, rowPin: string, digits: string) => {
      const col = colPin ? letters : columnLetter(columnNumber(letters) + cols);
      const row = rowPin ? digits : String(Number(digits) + rows);
      return `${colPin}${col}${rowPin}${row}`;
    }),
  );
}

/** The formula in R1C1 notation for the cell at `row`, `col` (relative parts as [offsets]). */
export function toR1C1(formula: string, row: number, col: number): string {
  return outsideStrings(formula, (code) =>
    code.replace(CELL, (_m, colPin: string, letters: string, rowPin: string, digits: string) => {
      const r = rowPin ? `R${digits}` : `R[${Number(digits) - row}]`;
      const c = colPin ? `C${columnNumber(letters)}` : `C[${columnNumber(letters) - col}]`;
      return `${r}${c}`;
    }),
  );
}
