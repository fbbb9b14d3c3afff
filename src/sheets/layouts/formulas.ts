import type { ColumnRefs, FormulaSpec } from "../spec";

/** A column from row `from` down to the end of the sheet, e.g. "E2:E". */
export function down(letter: string, from = 2): string {
  return `${letter}${from}:${letter}`;
}

/**
 * The side-by-side range of several columns. Adjacent columns become one range ("F2:H"); a team's
 * own order may split them, and then an array literal joins them ("{F2:F,H2:H,K2:K}").
 */
export function across(letters: string[], from: number, to?: number): string {
  const end = to === undefined ? "" : String(to);
  const numbers = letters.map(columnNumber);
  const adjacent = numbers.every((n, i) => i === 0 || n === (numbers[i - 1] ?? 0) + 1);
  if (adjacent) return `${letters[0]}${from}:${letters[letters.length - 1]}${end}`;
  return `{${letters.map((l) => `${l}${from}:${l}${end}`).join(",")}}`;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * A custom function over whole columns: `header` is put in front so the formula can sit in the
 * header cell, where sorting the data never moves it.
 */
export function customColumn(
  name: string,
  args: (refs: ColumnRefs, from: number, to?: number) => string,
): FormulaSpec {
  return {
    array: (refs, header) => `={"${header.replace(/"/g, '""')}";${name}(${args(refs, 2)})}`,
    row: (refs, row) => `=${name}(${args(refs, row, row)})`,
    owns: new RegExp(`^=(\\{"(?:[^"]|"")*";)?${name}\\(`, "i"),
  };
}
