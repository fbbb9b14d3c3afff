/**
 * Calendar days, weeks and wall-clock time in a spreadsheet's time zone. Time-zone arithmetic uses
 * Intl only, because Apps Script V8 has no other time-zone database. Reading typed dates is in
 * dateParse.ts.
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

const MS_PER_DAY = 86_400_000;
const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

export interface WallTime extends Ymd {
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
  for (const { type, value } of formatterFor(timeZone).formatToParts(ms)) {
    if (type === "weekday") parts.weekday = WEEKDAYS[value] ?? 0;
    else if (type in parts) parts[type as keyof WallTime] = Number(value);
  }
  // Engines that ignore hourCycle print midnight as "24".
  parts.hour %= 24;
  return parts;
}

/** The wall-clock reading of an instant in a time zone. */
export function localParts(instant: Date, timeZone: string): LocalParts {
  const { year, month, day, hour, minute, weekday } = zonedParts(instant.getTime(), timeZone);
  return { year, month, day, hour, minute, weekday };
}

export function civilMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
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

export function midnightMs(ymd: Ymd, timeZone: string): number {
  return dayBounds(ymd, timeZone).start;
}

function addDaysToYmd(ymd: Ymd, days: number): Ymd {
  const date = new Date(civilMs(ymd.year, ymd.month, ymd.day) + days * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Wall-clock time to instant; one cached lookup per day unless the day has a clock change. */
export function zonedTime(wall: WallTime, timeZone: string): number {
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
