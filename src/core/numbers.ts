import type { Cell } from "./cells";

const SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };
// "12,500", "12.5K", "1.2M", " 900 ", "-3", "$1,200.50", "4.5%": digits with optional thousands commas,
// decimals, one magnitude suffix. A leading currency sign is tolerated because people paste fees that way.
const NUMBER_TEXT = /^([+-]?)[$€£¥]?\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)\s*([kmb%]?)$/i;

/**
 * The number a cell holds, read the way people paste numbers into Sheets. Returns `null` for a
 * blank cell and `undefined` for anything that is not a number (so callers can name the bad value).
 */
export function parseNumber(value: Cell): number | null | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  if (text === "") return null;
  const match = NUMBER_TEXT.exec(text);
  if (!match) return undefined;
  const [, sign, digits = "", suffix = ""] = match;
  const magnitude = Number(digits.replace(/,/g, ""));
  const scaled = suffix === "%" ? magnitude / 100 : magnitude * (SUFFIX[suffix.toLowerCase()] ?? 1);
  return sign === "-" ? -scaled : scaled;
}

/** How a bad value is quoted in messages: text in quotes, everything else as it prints. */
export function describe(value: Cell): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "an invalid date" : value.toISOString();
  return String(value);
}
