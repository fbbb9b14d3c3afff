import { dayFirstFor } from "../../core/dateParse";
import { formatterFor } from "../../core/dates";

/**
 * Sheets stores a date as a serial number of days since 1899-12-30, read as wall-clock time in the
 * spreadsheet's time zone: a Date written from a script lands on the day and hour it shows in that zone,
 * and getValues hands back the instant that wall-clock time means there. These helpers do the same.
 */

const MS_PER_DAY = 86_400_000;
/** 1899-12-30T00:00 as UTC milliseconds: serial 0. */
const SERIAL_ZERO_MS = Date.UTC(1899, 11, 30);

function isUtc(timeZone: string): boolean {
  return timeZone === "UTC" || timeZone === "Etc/UTC" || timeZone === "GMT" || timeZone === "Etc/GMT";
}

// Zones change their offset on quarter-hour boundaries (modern rules), so one lookup per zone and
// quarter hour serves every date in it: reading 100,000 dates costs one Intl call per distinct slot.
const SLOT_MS = 900_000;
const MAX_CACHED_SLOTS = 200_000;
const offsetCache = new Map<string, Map<number, number>>();

/** How far the zone's clocks are ahead of UTC at `instantMs`, in milliseconds. */
function offsetAt(instantMs: number, timeZone: string): number {
  if (isUtc(timeZone)) return 0;
  const slot = Math.floor(instantMs / SLOT_MS);
  let zone = offsetCache.get(timeZone);
  if (!zone || zone.size > MAX_CACHED_SLOTS) {
    zone = new Map();
    offsetCache.set(timeZone, zone);
  }
  let offset = zone.get(slot);
  if (offset === undefined) {
    offset = computeOffset(slot * SLOT_MS, timeZone);
    zone.set(slot, offset);
  }
  return offset;
}

function computeOffset(instantMs: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instantMs))) {
    if (part.type !== "literal" && part.type !== "weekday") parts[part.type] = Number(part.value);
  }
  // Engines that ignore hourCycle print midnight as "24".
  const hour = (parts.hour ?? 0) % 24;
  const wallMs = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    hour,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return wallMs - instantMs;
}

/** The wall-clock time `date` shows in `timeZone`, as UTC milliseconds with the same fields. */
export function wallClockMs(date: Date, timeZone: string): number {
  return date.getTime() + offsetAt(date.getTime(), timeZone);
}

/** The instant whose wall-clock time in `timeZone` is `wallMs`; a time skipped by a DST jump moves forward. */
function instantOfWallClock(wallMs: number, timeZone: string): Date {
  const firstGuess = wallMs - offsetAt(wallMs, timeZone);
  const offset = offsetAt(firstGuess, timeZone);
  const instant = wallMs - offset;
  const recheck = offsetAt(instant, timeZone);
  return new Date(recheck === offset ? instant : wallMs - recheck);
}

export function dateToSerial(date: Date, timeZone: string): number {
  return (wallClockMs(date, timeZone) - SERIAL_ZERO_MS) / MS_PER_DAY;
}

export function serialToDate(serial: number, timeZone: string): Date {
  return instantOfWallClock(serialToWallClockMs(serial), timeZone);
}

/** A serial as wall-clock UTC milliseconds, rounded to the millisecond as Sheets shows it. */
function serialToWallClockMs(serial: number): number {
  return SERIAL_ZERO_MS + Math.round(serial * MS_PER_DAY);
}

/**
 * Whether a number format shows a date or a time, which is what makes Sheets' getValues return a Date.
 * Quoted text, escaped characters and bracketed colours or currencies do not count.
 */
export function isDateFormat(format: string): boolean {
  const bare = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, "");
  if (/^general$/i.test(bare.trim())) return false;
  return /[dmyhs]/i.test(bare.replace(/E[+-]/g, ""));
}

/** The format Sheets gives a cell when a script writes a Date into it. */
export function defaultDateFormat(locale: string, withTime: boolean): string {
  const date = dayFirstFor(locale) ? "dd/mm/yyyy" : "m/d/yyyy";
  return withTime ? `${date} h:mm:ss` : date;
}
