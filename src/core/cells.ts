/**
 * Values exactly as Apps Script hands them over: `getValues()` and custom-function arguments give
 * numbers, strings (`""` for a blank cell), booleans and Dates; a range arrives as a 2D array.
 */
export type Cell = string | number | boolean | Date | null | undefined;
export type Grid = Cell[][];
/** A custom-function argument: one cell, or a range. */
export type Arg = Cell | Grid;

/** A cell as text: "" for null or undefined, everything else as String() prints it. */
export function cellText(cell: Cell): string {
  return cell === null || cell === undefined ? "" : String(cell);
}

export function isGrid(value: unknown): value is Grid {
  return Array.isArray(value);
}

export function isBlank(value: Cell): boolean {
  return (
    value === "" ||
    value === null ||
    value === undefined ||
    (typeof value === "string" && value.trim() === "")
  );
}
