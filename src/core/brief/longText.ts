import type { Cell } from "../cells";
import { nameKey as headerKey } from "../keys";

/** Google Sheets refuses a cell longer than this many characters. */
export const CELL_TEXT_LIMIT = 50_000;
/**
 * Starts every continuation cell, so a piece that happens to begin with "=", "+", "-" or digits is
 * never taken for a formula, number or date when written, and a reader sees the text goes on.
 */
export const CONTINUED = "…";

/** "JSON", "JSON 2", "JSON 3": the header of the nth cell (0-based) holding one long text. */
export function partHeader(base: string, index: number): string {
  return index === 0 ? base : `${base} ${index + 1}`;
}

/**
 * Long text as cell values keyed by header: the first piece under `base`, the rest under
 * "`base` 2", "`base` 3"… each marked with `CONTINUED`. Pieces never split an emoji's surrogate pair.
 * Continuation columns already in the sheet (`existingHeaders`) that this text no longer needs come
 * back as "", so a shorter text cannot be joined to the tail of a longer one saved before it.
 */
export function splitLongText(
  base: string,
  text: string,
  existingHeaders: string[] = [],
): Record<string, string> {
  const cells: Record<string, string> = {};
  const prefix = `${headerKey(base)} `;
  for (const header of existingHeaders) {
    const key = headerKey(header);
    const part = key.startsWith(prefix) ? key.slice(prefix.length) : "";
    if (/^\d+$/.test(part) && Number(part) >= 2) cells[partHeader(base, Number(part) - 1)] = "";
  }
  let start = 0;
  let index = 0;
  do {
    const room = CELL_TEXT_LIMIT - (index === 0 ? 0 : CONTINUED.length);
    let end = Math.min(start + room, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    cells[partHeader(base, index)] = (index === 0 ? "" : CONTINUED) + text.slice(start, end);
    start = end;
    index++;
  } while (start < text.length);
  return cells;
}

/** Joins what `splitLongText` wrote, reading pieces until the first missing or empty one. */
export function joinLongText(base: string, row: Record<string, Cell>): string {
  const byHeader = new Map(Object.entries(row).map(([header, value]) => [headerKey(header), value]));
  let text = "";
  for (let index = 0; ; index++) {
    const value = byHeader.get(headerKey(partHeader(base, index)));
    if (value === undefined || value === null || value === "") return text;
    const piece = String(value);
    text += index > 0 && piece.startsWith(CONTINUED) ? piece.slice(CONTINUED.length) : piece;
  }
}

/** Headers as people retype them: case and spacing do not matter, as for any name. */
export { headerKey };
