import type { Cell } from "../cells";
import type { ColumnKind } from "./table";

/** Report values as text, by column kind; the same in every locale so the e-mail reads alike for everyone. */

const BLANK = "—";
const numberFormats = new Map<string, Intl.NumberFormat>();

function cachedFormat(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let format = numberFormats.get(key);
  if (!format) {
    format = make();
    numberFormats.set(key, format);
  }
  return format;
}

const whole = () => cachedFormat("int", () => new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }));
const twoDecimals = () =>
  cachedFormat(
    "2dp",
    () => new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  );

function money(value: number, currency: string): string {
  try {
    return cachedFormat(
      `money|${currency}`,
      () => new Intl.NumberFormat("en-US", { style: "currency", currency, currencyDisplay: "narrowSymbol" }),
    ).format(value);
  } catch {
    // An unknown currency code: still show the amount, with the code as typed in Settings.
    return `${currency} ${twoDecimals().format(value)}`.trim();
  }
}

/** Past these, the e-mail shows "$33.9K" and "392.9K": a 600 px pane has no room for every digit. */
const COMPACT_MONEY_FROM = 10_000;
const COMPACT_COUNT_FROM = 100_000;
const SUFFIXES: readonly [number, string][] = [
  [1e12, "T"],
  [1e9, "B"],
  [1e6, "M"],
  [1e3, "K"],
];

/** 33_912 → "33.9K", 1_250_000 → "1.3M": one decimal, by hand so every runtime shows the same. */
function compactDigits(value: number): string {
  const size = Math.abs(value);
  for (const [scale, suffix] of SUFFIXES) {
    // Compared after rounding, so 999,960 reads "1M", not "1000K".
    const scaled = Number((size / scale).toFixed(1));
    if (scaled >= 1) return `${value < 0 ? "-" : ""}${scaled}${suffix}`;
  }
  return whole().format(value);
}

/** Money as a sentence or a narrow cell says it: "$33.9K" from 10,000 up, "$9,000.00" below. */
export function compactMoney(value: number, currency: string): string {
  if (Math.abs(value) < COMPACT_MONEY_FROM) return money(value, currency);
  // The currency's own symbol and spacing, from how it writes 1 ("$1.00", "XYZ 1.00").
  const digits = compactDigits(Math.abs(value));
  return `${value < 0 ? "-" : ""}${money(1, currency).replace(/1(\.00)?/, digits)}`;
}

function percent(value: number, digits: number, unit = "%"): string {
  const scaled = value * 100;
  // A ratio over a tiny typed count can be finite and still overflow once × 100.
  return Number.isFinite(scaled) ? `${scaled.toFixed(digits)}${unit}` : BLANK;
}

/** "+12.5%" or "−0.99 pp"; blank stays blank. */
function signed(value: number, size: string, minus: string): string {
  if (size === BLANK) return BLANK;
  return `${value > 0 ? "+" : value < 0 ? minus : ""}${size}`;
}

/** Only absolute http(s) addresses become links; anything else is shown as text. */
export function isWebLink(value: Cell): value is string {
  return typeof value === "string" && /^https?:\/\/[^\s"'<>`]+$/i.test(value.trim());
}

export function formatCell(value: Cell, kind: ColumnKind, currency: string): string {
  if (value === null || value === undefined || value === "")
    return kind === "text" || kind === "link" ? "" : BLANK;
  // Blocks carry days as "YYYY-MM-DD" text; a stray Date is shown as its exact instant, never a guessed day.
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== "number") return String(value);
  if (!Number.isFinite(value)) return BLANK;
  switch (kind) {
    case "int":
      return whole().format(value);
    case "money":
      return money(value, currency);
    case "percent":
      return percent(value, 2);
    case "change":
      return signed(value, percent(Math.abs(value), 1), "-");
    case "points":
      return signed(value, percent(Math.abs(value), 2, " pp"), "−");
    default:
      return String(value);
  }
}

/** A cell of the e-mail: like formatCell, with large counts and amounts shortened to fit 600 px. */
export function formatCompact(value: Cell, kind: ColumnKind, currency: string): string {
  if (typeof value === "number" && Number.isFinite(value)) {
    if (kind === "money") return compactMoney(value, currency);
    if (kind === "int" && Math.abs(value) >= COMPACT_COUNT_FROM) return compactDigits(value);
  }
  return formatCell(value, kind, currency);
}

/** Numbers line up on the right. */
export function isNumericKind(kind: ColumnKind): boolean {
  return kind === "int" || kind === "money" || kind === "percent" || kind === "change" || kind === "points";
}
