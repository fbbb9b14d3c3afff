import type { Cell } from "./cells";

/**
 * Dates the way a spreadsheet means them. A Date cell already carries an instant; a date typed as
 * text (or a Sheets serial number) has no time zone, so it is read as wall-clock time in the
 * spreadsheet's time zone. Time-zone arithmetic uses Intl only, because Apps Script V8 has no other
 * time-zone database.
 */

export interface Ymd {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

export interface LocalParts extends Ymd {
  hour: number;
  minute: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

export interface Week {
  /** First day, "YYYY-MM-DD" in the spreadsheet's time zone. */
  start: string;
  /** Last day (inclusive), "YYYY-MM-DD". */
  end: string;
  /** Instant of local midnight at the start of the week. */
  from: Date;
  /** Instant of local midnight after the last day (exclusive). */
  to: Date;
}

export interface DateOptions {
  /** The sheet's locale writes 16/11/2026 (true) rather than 11/16/2026 (false); see dayFirstFor. */
  dayFirst: boolean;
  /** The spreadsheet's time zone, e.g. "Europe/London": where a typed date's midnight is. */
  timeZone: string;
}

const MS_PER_DAY = 86_400_000;
const SHEETS_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Sheets serial of 9999-12-31, the last date Sheets accepts. */
const LAST_SERIAL = 2_958_465;
const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };
const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

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

interface WallTime extends Ymd {
  hour: number;
  minute: number;
  second: number;
}

interface ZonedParts extends WallTime {
  weekday: number;
}

// One formatter per zone: constructing Intl.DateTimeFormat costs far more than using it.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** A cached formatter giving a zone's wall-clock parts (24-hour) and weekday of an instant. */
export function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      weekday: "short",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function zonedParts(ms: number, timeZone: string): ZonedParts {
  const parts: ZonedParts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0, weekday: 0 };
  for (const part of formatterFor(timeZone).formatToParts(ms)) {
    switch (part.type) {
      case "year":
        parts.year = Number(part.value);
        break;
      case "month":
        parts.month = Number(part.value);
        break;
      case "day":
        parts.day = Number(part.value);
        break;
      // Engines that ignore hourCycle print midnight as "24".
      case "hour":
        parts.hour = Number(part.value) % 24;
        break;
      case "minute":
        parts.minute = Number(part.value);
        break;
      case "second":
        parts.second = Number(part.value);
        break;
      case "weekday":
        parts.weekday = WEEKDAYS[part.value] ?? 0;
        break;
    }
  }
  return parts;
}

/** The wall-clock reading of an instant in a time zone. */
export function localParts(instant: Date, timeZone: string): LocalParts {
  const { year, month, day, hour, minute, weekday } = zonedParts(instant.getTime(), timeZone);
  return { year, month, day, hour, minute, weekday };
}

function civilMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  if (year >= 100) return Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC maps years 0–99 onto 1900–1999; setUTCFullYear does not.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

function offsetAt(ms: number, timeZone: string): number {
  const p = zonedParts(ms, timeZone);
  const wholeSeconds = ms - (((ms % 1000) + 1000) % 1000);
  return civilMs(p.year, p.month, p.day, p.hour, p.minute, p.second) - wholeSeconds;
}

/**
 * The instant a wall-clock time names. In a repeated hour (clocks going back) the earlier instant
 * wins; in a skipped hour (clocks going forward) the time is pushed past the gap, so a midnight that
 * does not exist becomes the first instant of that day.
 */
function wallToInstant(wall: WallTime, timeZone: string): number {
  const guess = civilMs(wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second);
  const before = offsetAt(guess - MS_PER_DAY, timeZone);
  const after = offsetAt(guess + MS_PER_DAY, timeZone);
  if (before === after) return guess - before;
  const early = guess - before;
  const late = guess - after;
  const earlyFits = offsetAt(early, timeZone) === before;
  const lateFits = offsetAt(late, timeZone) === after;
  if (earlyFits && lateFits) return Math.min(early, late);
  if (earlyFits) return early;
  if (lateFits) return late;
  return early;
}

interface DayBounds {
  /** First instant of the day. */
  start: number;
  /** First instant of the next day, computed on demand. */
  next: number | undefined;
}

// Rows of a sheet share few days, so each day's bounds are looked up in Intl once per zone.
const dayCache = new Map<string, Map<number, DayBounds>>();
const DAY_CACHE_LIMIT = 20_000;

function dayBounds(ymd: Ymd, timeZone: string): DayBounds {
  let days = dayCache.get(timeZone);
  if (!days) {
    days = new Map();
    dayCache.set(timeZone, days);
  }
  const key = (ymd.year * 13 + ymd.month) * 32 + ymd.day;
  let bounds = days.get(key);
  if (!bounds) {
    if (days.size >= DAY_CACHE_LIMIT) days.clear();
    bounds = { start: wallToInstant({ ...ymd, hour: 0, minute: 0, second: 0 }, timeZone), next: undefined };
    days.set(key, bounds);
  }
  return bounds;
}

function midnightMs(ymd: Ymd, timeZone: string): number {
  return dayBounds(ymd, timeZone).start;
}

function addDaysToYmd(ymd: Ymd, days: number): Ymd {
  const date = new Date(civilMs(ymd.year, ymd.month, ymd.day) + days * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Wall-clock time to instant; one cached lookup per day unless the day has a clock change. */
function zonedTime(wall: WallTime, timeZone: string): number {
  const bounds = dayBounds(wall, timeZone);
  if (wall.hour === 0 && wall.minute === 0 && wall.second === 0) return bounds.start;
  if (bounds.next === undefined) bounds.next = midnightMs(addDaysToYmd(wall, 1), timeZone);
  if (bounds.next - bounds.start === MS_PER_DAY) {
    return bounds.start + ((wall.hour * 60 + wall.minute) * 60 + wall.second) * 1000;
  }
  return wallToInstant(wall, timeZone);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

function ymdText(ymd: Ymd): string {
  return `${pad(ymd.year, 4)}-${pad(ymd.month, 2)}-${pad(ymd.day, 2)}`;
}

const YMD_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/;

function toYmd(value: string | Ymd): Ymd {
  if (typeof value !== "string") return value;
  const match = YMD_TEXT.exec(value);
  if (!match) throw new RangeError(`A day must be written YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/**
 * The instant that shows in `to` the wall-clock date and time `instant` shows in `from`. A date cell
 * means what it shows: Sheets hands it over as an instant in the spreadsheet's zone, and a team whose
 * Settings name another zone still meant the day and hour they typed.
 */
export function sameWallClock(instant: Date, from: string, to: string): Date {
  if (from === to) return instant;
  return new Date(zonedTime(zonedParts(instant.getTime(), from), to));
}

/** The instant local midnight starts a day ("2026-11-16" or { year, month, day }) in a time zone. */
export function zonedMidnight(ymd: string | Ymd, timeZone: string): Date {
  return new Date(midnightMs(toYmd(ymd), timeZone));
}

/** "YYYY-MM-DD" of an instant in a time zone. */
export function formatYmd(instant: Date, timeZone: string): string {
  return ymdText(zonedParts(instant.getTime(), timeZone));
}

/** "YYYY-MM-DD" plus a number of calendar days (negative goes back). */
export function addDays(ymd: string, days: number): string {
  return ymdText(addDaysToYmd(toYmd(ymd), days));
}

/** Day of the week of a calendar day, 0 = Sunday. */
export function weekdayOf(ymd: string): number {
  const { year, month, day } = toYmd(ymd);
  return new Date(civilMs(year, month, day)).getUTCDay();
}

function checkFirstDay(firstDay: number): void {
  if (!Number.isInteger(firstDay) || firstDay < 0 || firstDay > 6) {
    throw new RangeError(
      `The first day of the week must be a whole number 0–6 (0 = Sunday), got ${firstDay}`,
    );
  }
}

function weekFrom(start: Ymd, timeZone: string): Week {
  return {
    start: ymdText(start),
    end: ymdText(addDaysToYmd(start, 6)),
    from: new Date(midnightMs(start, timeZone)),
    to: new Date(midnightMs(addDaysToYmd(start, 7), timeZone)),
  };
}

/** The local week (7 calendar days starting on firstDay, 0 = Sunday) an instant falls in. */
export function weekContaining(instant: Date, timeZone: string, firstDay: number): Week {
  checkFirstDay(firstDay);
  const parts = zonedParts(instant.getTime(), timeZone);
  return weekFrom(addDaysToYmd(parts, -((parts.weekday - firstDay + 7) % 7)), timeZone);
}

/** The week before a week. */
export function previousWeek(week: Week, timeZone: string): Week {
  return weekFrom(addDaysToYmd(toYmd(week.start), -7), timeZone);
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
  const lower = name.toLowerCase();
  return MONTHS[lower] ?? MONTHS[lower.slice(0, 3)];
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
