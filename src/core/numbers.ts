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

/** What exports and pastes write for "no value": TikTok's literal `undefined`, dashes, "n/a". */
const PLACEHOLDER = /^(?:undefined|null|n\/?a|none|-+|–|—)$/i;

/** Whether an exported cell means "no value" rather than a value. */
export function isPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text.trim());
}

// Thousands written with spaces ("45 000", also the no-break spaces French and German exports use).
const SPACE_GROUPS = /(\d)[ \u00a0\u202f](?=\d{3}(?:\D|$))/g;
const PLAIN_DIGITS = /^\d{1,15}$/;
const TRAILING_CURRENCY = /\s*(?:[$€£¥]|USD|EUR|GBP)$/i;

/**
 * A number as a platform export writes it: everything parseNumber reads, plus placeholders as blank,
 * space-grouped thousands, a currency sign after the number, and, in a file that uses decimal commas,
 * "1.234,5" (dots group thousands, the comma is the decimal point).
 */
export function parseExportNumber(value: Cell, decimalComma = false): number | null | undefined {
  if (typeof value !== "string") return parseNumber(value);
  // Most exported cells are plain digits: read those without the regular expressions below.
  if (PLAIN_DIGITS.test(value)) return Number(value);
  let text = value.trim();
  if (text === "" || isPlaceholder(text)) return null;
  text = text.replace(SPACE_GROUPS, "$1").replace(TRAILING_CURRENCY, "");
  if (decimalComma) {
    if (!/^[^,]*,?[^,]*$/.test(text) || /\.\d{0,2}(?:\D|$)/.test(text)) return undefined;
    text = text.replace(/\.(?=\d{3}(?:\D|$))/g, "").replace(",", ".");
  }
  return parseNumber(text);
}
