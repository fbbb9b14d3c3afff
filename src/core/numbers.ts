import type { Cell } from "./cells";

const SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };
// After separators are settled: digits with an optional decimal point and one magnitude suffix.
const PLAIN_NUMBER = /^(\d+(?:\.\d+)?|\.\d+)\s*([kmb%]?)$/i;
// Thousands written with spaces: space, no-break space, thin space, narrow no-break space.
const SPACE_GROUPS = /(\d)[ \u00a0\u2009\u202f](?=\d{3}(?:\D|$))/g;
const LEADING_CURRENCY = /^(?:[$€£¥]|USD|EUR|GBP)\s*/i;
const TRAILING_CURRENCY = /\s*(?:[$€£¥]|USD|EUR|GBP)$/i;
const GROUPED = (separator: string) => new RegExp(`^\\d{1,3}(?:\\${separator}\\d{3})+$`);
const COMMA_GROUPED = GROUPED(",");
const DOT_GROUPED = GROUPED(".");

export interface NumberOptions {
  /**
   * The spreadsheet's locale writes decimal commas ("12,5"; see decimalCommaFor): then "45.000" is
   * 45,000 and "45,000" is 45. Without it (custom functions cannot see the locale) a lone dot is always
   * the decimal point ("45.000" is 45), a comma before exactly three digits groups thousands ("45,000"
   * is 45,000) and any other lone comma is a decimal comma ("1,2K" is 1,200).
   */
  decimalComma?: boolean;
}

/**
 * The number a cell holds, read the way people paste numbers into Sheets: "12,500", "12.5K", "1,2K",
 * "45 000", "$250", "€200", "250 €", "4.5%". Returns `null` for a blank cell or a placeholder meaning
 * "no value" ("n/a", "-", "tbd", "unknown": counted as missing, not as an error) and `undefined` for
 * anything else that is not a number (so callers can name the bad value).
 */
export function parseNumber(value: Cell, options: NumberOptions = {}): number | null | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value !== "string") return undefined;
  let text = value.trim();
  if (text === "" || isPlaceholder(text)) return null;
  const negative = /^[-−]/.test(text);
  text = text
    .replace(/^[-+−]\s*/, "")
    .replace(LEADING_CURRENCY, "")
    .replace(TRAILING_CURRENCY, "")
    .replace(SPACE_GROUPS, "$1");
  const suffix = /\s*[kmb%]$/i.exec(text)?.[0] ?? "";
  const digits = settleSeparators(text.slice(0, text.length - suffix.length), options.decimalComma ?? false);
  const match = digits === undefined ? null : PLAIN_NUMBER.exec(`${digits}${suffix}`);
  if (!match) return undefined;
  const [, plain = "", magnitudeSuffix = ""] = match;
  const magnitude = Number(plain);
  const scaled =
    magnitudeSuffix === "%" ? magnitude / 100 : magnitude * (SUFFIX[magnitudeSuffix.toLowerCase()] ?? 1);
  return negative ? -scaled : scaled;
}

/**
 * "1.234,5", "1,234.5" and "1,2" as "1234.5", "1234.5" and "1.2"; undefined when the separators make
 * no sense ("1,2,3"). The rule for a lone separator is NumberOptions'.
 */
function settleSeparators(body: string, decimalComma: boolean): string | undefined {
  const commas = body.split(",").length - 1;
  const dots = body.split(".").length - 1;
  let decimal: "," | "." | null;
  if (commas > 0 && dots > 0) decimal = body.lastIndexOf(",") > body.lastIndexOf(".") ? "," : ".";
  else if (commas > 0) decimal = COMMA_GROUPED.test(body) && (commas > 1 || !decimalComma) ? null : ",";
  else if (dots > 0) decimal = DOT_GROUPED.test(body) && (dots > 1 || decimalComma) ? null : ".";
  else return body;
  // Grouped thousands without a decimal part: the branches above checked the groups.
  if (decimal === null) return body.replace(/[.,]/g, "");
  const whole = body.slice(0, body.lastIndexOf(decimal));
  const fraction = body.slice(body.lastIndexOf(decimal) + 1);
  const group = decimal === "," ? "." : ",";
  if (!/^\d*$/.test(whole) && !GROUPED(group).test(whole)) return undefined;
  if (!/^\d+$/.test(fraction)) return undefined;
  return `${whole.replace(/[.,]/g, "")}.${fraction}`;
}

/** Locales whose numbers use a decimal comma (de_DE "12,5"); Sheets' locale codes look like "de_DE". */
const DECIMAL_COMMA_LANGUAGES = new Set(
  "bg ca cs da de el es et eu fi fr gl hr hu id it lt lv nb nl nn no pl pt ro ru sk sl sr sv tr uk vi".split(
    " ",
  ),
);
const DECIMAL_POINT_LOCALES = new Set(["de_CH", "es_MX", "es_US", "es_PR", "fr_CH", "it_CH"]);

export function decimalCommaFor(locale: string): boolean {
  const normalized = locale.replace("-", "_");
  if (DECIMAL_POINT_LOCALES.has(normalized)) return false;
  return DECIMAL_COMMA_LANGUAGES.has(normalized.split("_")[0]?.toLowerCase() ?? "");
}

const QUOTE_LIMIT = 60;

/**
 * How a bad value is quoted in messages: text in quotes, at most 60 characters (longer text is cut
 * with "…"), on one line; text holding a double quote goes in “curly quotes”, so nothing is escaped.
 * Everything else as it prints.
 */
export function describe(value: Cell): string {
  if (typeof value === "string") {
    const line = value.replace(/\s+/g, " ");
    const short = line.length > QUOTE_LIMIT ? `${line.slice(0, QUOTE_LIMIT - 1)}…` : line;
    return short.includes('"') ? `“${short}”` : `"${short}"`;
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "an invalid date" : value.toISOString();
  return String(value);
}

/** What exports and people write for "no value": TikTok's literal `undefined`, dashes, "n/a", "tbd". */
const PLACEHOLDER = /^(?:undefined|null|n\/?a|none|-+|–|—|tbd|unknown)$/i;

/** Whether an exported cell means "no value" rather than a value. */
export function isPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text.trim());
}

const PLAIN_DIGITS = /^\d{1,15}$/;

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
