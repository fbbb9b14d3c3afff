import type { Columns, CustomFormula, FormulaSpec } from "../spec";

// `fromRow` reads the whole columns under the header, `thisRow` the cells of the formula's own row.
// A row formula written that way reads the same in every row, so one call can put it in any number of cells.

function adjacent(letters: string[]): boolean {
  const numbers = letters.map(columnNumber);
  return numbers.every((n, i) => i === 0 || n === (numbers[i - 1] ?? 0) + 1);
}

/**
 * Adjacent columns are one range ("F2:H", or "F4:H" under a header on row 3); a team's own order may
 * split them into an array literal.
 */
const fromRow =
  (row: number): Columns =>
  (letters) =>
    adjacent(letters)
      ? `${letters[0]}${row}:${letters[letters.length - 1]}`
      : `{${letters.map((l) => `${l}${row}:${l}`).join(",")}}`;

// One INDEX per column: INDEX($D:$F,ROW()) is the whole row in Sheets but only its first cell in
// HyperFormula, so several columns are joined in an array literal, which both read alike.
const thisRow: Columns = (letters) =>
  letters.length === 1
    ? `INDEX($${letters[0]}:$${letters[0]},ROW())`
    : `{${letters.map((l) => `INDEX($${l}:$${l},ROW())`).join(",")}}`;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * A custom function over whole columns: `header` is put in front so the formula can sit in the
 * header cell, where sorting the data never moves it.
 */
export function customColumn({ fn, args }: CustomFormula): FormulaSpec {
  return {
    array: (refs, header) =>
      `={"${header.replace(/"/g, '""')}";${fn}(${args(refs, fromRow(refs.firstDataRow))})}`,
    row: (refs) => `=${fn}(${args(refs, thisRow)})`,
    owns: new RegExp(`^=(\\{"(?:[^"]|"")*";)?${fn}\\(`, "i"),
  };
}
