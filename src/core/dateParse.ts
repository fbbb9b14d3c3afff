import type { Cell } from "./cells";
import { civilMs, midnightMs, zonedTime } from "./dates";

/**
 * Dates the way a spreadsheet means them. A Date cell already carries an instant; a date typed as
 * text (or a Sheets serial number) has no time zone, so it is read as wall-clock time in the
 * spreadsheet's time zone.
 */

export interface DateOptions {
  /** The sheet's locale writes 16/11/2026 (true) rather than 11/16/2026 (false); see dayFirstFor. */
  dayFirst: boolean;
  /** The spreadsheet's time zone, e.g. "Europe/London": where a typed date's midnight is. */
  timeZone: string;
}

const SHEETS_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Sheets serial of 9999-12-31, the last date Sheets accepts. */
const LAST_SERIAL = 2_958_465;
/** Month names by their first three letters, January's at 0: a name's month is its place ÷ 3 + 1. */
const MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

/** Locales whose short dates put the month first (Sheets' en_US and its relatives). */
const MONTH_FIRST_LOCALES = new Set([
  "en",
  "en_us",
  "es_us",
  "en_ph",
  "fil",
  "fil_ph",
  "en_pr",
  "en_gu",
  "en_as",
]);

/** Whether a spreadsheet locale ("en_GB", "de", "en-US") writes the day before the month. */
export function dayFirstFor(locale: string): boolean {
  return !MONTH_FIRST_LOCALES.has(locale.trim().replace(/-/g, "_").toLowerCase());
}

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

function validDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const TIME = String.raw`(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([ap]\.?m\.?)?)?`;
const ISO = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}\s*(Z|[+-]\d{2}:?\d{2})?$`, "i");
const NUMERIC = new RegExp(String.raw`^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})${TIME}$`, "i");
const DAY_NAME = new RegExp(String.raw`^(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4})${TIME}$`, "i");
const NAME_DAY = new RegExp(String.raw`^([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})${TIME}$`, "i");

function monthNumber(name: string): number | undefined {
  const at = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return at % 3 === 0 ? at / 3 + 1 : undefined;
}

/** Reads the optional time groups (hour, minute, second, am/pm); undefined when out of range. */
function timeOf(
  groups: (string | undefined)[],
): { hour: number; minute: number; second: number } | undefined {
  const [h, m, s, meridiem] = groups;
  if (h === undefined) return { hour: 0, minute: 0, second: 0 };
  let hour = Number(h);
  const minute = Number(m);
  const second = s === undefined ? 0 : Number(s);
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem.toLowerCase().startsWith("p") ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return { hour, minute, second };
}

function offsetMinutes(zone: string): number {
  if (zone.toUpperCase() === "Z") return 0;
  const digits = zone.replace(":", "");
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return digits.startsWith("-") ? -minutes : minutes;
}

function wallDate(
  year: number,
  month: number,
  day: number,
  groups: (string | undefined)[],
  timeZone: string,
) {
  const time = timeOf(groups);
  if (!time || !validDay(year, month, day)) return undefined;
  return new Date(zonedTime({ year, month, day, ...time }, timeZone));
}

function digitsAt(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

/**
 * "2026-11-16" and "2026-11-16 14:30" without a regular expression: a Posts sheet of typed dates has
 * tens of thousands of them, and this keeps reading it well under the report's time budget.
 */
function quickIso(text: string, timeZone: string): Date | undefined | false {
  if ((text.length !== 10 && text.length !== 16) || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) {
    return false;
  }
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  if (year < 0 || month < 0 || day < 0) return false;
  if (!validDay(year, month, day)) return undefined;
  if (text.length === 10) return new Date(midnightMs({ year, month, day }, timeZone));
  const separator = text.charCodeAt(10);
  const hour = digitsAt(text, 11, 2);
  const minute = digitsAt(text, 14, 2);
  if ((separator !== 32 && separator !== 84) || text.charCodeAt(13) !== 58 || hour < 0 || minute < 0)
    return false;
  if (hour > 23 || minute > 59) return undefined;
  return new Date(zonedTime({ year, month, day, hour, minute, second: 0 }, timeZone));
}

function parseText(text: string, { dayFirst, timeZone }: DateOptions): Date | undefined {
  const quick = quickIso(text, timeZone);
  if (quick !== false) return quick;
  let match = ISO.exec(text);
  if (match) {
    const [, y, mo, d, h, mi, s, meridiem, zone] = match;
    const year = Number(y);
    const month = Number(mo);
    const day = Number(d);
    if (zone === undefined) return wallDate(year, month, day, [h, mi, s, meridiem], timeZone);
    const time = timeOf([h, mi, s, meridiem]);
    if (!time || !validDay(year, month, day)) return undefined;
    const utc = civilMs(year, month, day, time.hour, time.minute, time.second);
    return new Date(utc - offsetMinutes(zone) * 60_000);
  }
  match = NUMERIC.exec(text);
  if (match) {
    const [, a, , b, y, ...time] = match;
    const first = Number(a);
    const second = Number(b);
    const year = Number(y);
    const [day, month] = dayFirst ? [first, second] : [second, first];
    // "16/11/2026" in a month-first sheet can only mean one thing; read it rather than reject it.
    if (!validDay(year, month, day) && validDay(year, day, month)) {
      return wallDate(year, day, month, time, timeZone);
    }
    return wallDate(year, month, day, time, timeZone);
  }
  match = DAY_NAME.exec(text);
  if (match) {
    const [, d, name = "", y, ...time] = match;
    const month = monthNumber(name);
    return month === undefined ? undefined : wallDate(Number(y), month, Number(d), time, timeZone);
  }
  match = NAME_DAY.exec(text);
  if (match) {
    const [, name = "", d, y, ...time] = match;
    const month = monthNumber(name);
    return month === undefined ? undefined : wallDate(Number(y), month, Number(d), time, timeZone);
  }
  return undefined;
}

function fromSerial(serial: number, timeZone: string): Date | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= LAST_SERIAL + 1) return undefined;
  // Whole seconds: a serial's fraction rarely lands exactly on one.
  const wall = new Date(SHEETS_EPOCH_MS + Math.round(serial * 86_400) * 1000);
  return new Date(
    zonedTime(
      {
        year: wall.getUTCFullYear(),
        month: wall.getUTCMonth() + 1,
        day: wall.getUTCDate(),
        hour: wall.getUTCHours(),
        minute: wall.getUTCMinutes(),
        second: wall.getUTCSeconds(),
      },
      timeZone,
    ),
  );
}

/**
 * A date cell as an instant: Date objects as they are; "2026-11-16", "2026-11-16 14:30",
 * "16/11/2026" or "11/16/2026" (per dayFirst), "16 Nov 2026" and Sheets serial numbers as
 * wall-clock time in the spreadsheet's time zone. Returns null for a blank cell and undefined for
 * anything that is not a date, so callers can name the bad value.
 */
export function parseDate(cell: Cell, options: DateOptions): Date | null | undefined {
  if (isDate(cell)) return Number.isNaN(cell.getTime()) ? undefined : cell;
  if (cell === "" || cell === null || cell === undefined) return null;
  if (typeof cell === "number") return fromSerial(cell, options.timeZone);
  if (typeof cell !== "string") return undefined;
  const text = cell.trim();
  if (text === "") return null;
  return parseText(text, options);
}

/** How a typed date should look in this sheet's locale, for messages. */
export function dateExample(dayFirst: boolean): string {
  return dayFirst ? "16/11/2026" : "11/16/2026";
}
