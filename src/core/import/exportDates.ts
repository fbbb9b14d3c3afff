import { type DateOptions, parseDate } from "../dateParse";
import { isPlaceholder } from "../numbers";

/**
 * Days as exports write them, to "YYYY-MM-DD" of the export's own wall clock (no time-zone shift:
 * the day a platform shows is the day the team means). Beyond what parseDate reads, month names in
 * German, Spanish, French and Portuguese, and TikTok's dates without a year ("Oct 3", "3. Okt."),
 * whose year is inferred as the latest such date not after the export's own date.
 */

const MONTHS: Record<string, number> = {};
const NAMES: [number, string[]][] = [
  [1, ["jan", "ene", "janv", "jän"]],
  [2, ["feb", "fev", "fevr"]],
  [3, ["mar", "marz", "mrz", "mars"]],
  [4, ["apr", "abr", "avr"]],
  [5, ["may", "mai", "mayo", "maio"]],
  [6, ["jun", "juin", "juni"]],
  [7, ["jul", "juil", "juli"]],
  [8, ["aug", "ago", "aout"]],
  [9, ["sep", "set", "sept"]],
  [10, ["oct", "okt", "out"]],
  [11, ["nov"]],
  [12, ["dec", "dez", "dic"]],
];
for (const [month, names] of NAMES) for (const name of names) MONTHS[plain(name)] = month;

function plain(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

function monthOf(word: string): number | undefined {
  const name = plain(word);
  return MONTHS[name] ?? MONTHS[name.slice(0, 4)] ?? MONTHS[name.slice(0, 3)];
}

const DAY_MONTH =
  /^(\d{1,2})\.?\s*(?:de\s+)?([a-z\u00c0-\u024f]{3,12})\.?(?:,?\s*(?:de\s+)?(\d{4}))?(?:\D|$)/i;
const MONTH_DAY = /^([a-z\u00c0-\u024f]{3,12})\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?(?:\D|$)/i;
const NUMERIC_NO_YEAR = /^(\d{1,2})[/.-](\d{1,2})(?:\s|$)/;
const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

function ymd(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The year that puts month/day latest but not after the reference day. */
function inferYear(month: number, day: number, reference: string | undefined): string | undefined {
  if (reference === undefined || !YMD.test(reference)) return undefined;
  const year = Number(reference.slice(0, 4));
  const sameYear = ymd(year, month, day);
  if (sameYear !== undefined && sameYear <= reference) return sameYear;
  return ymd(year - 1, month, day) ?? sameYear;
}

function named(text: string, reference: string | undefined): string | undefined {
  let day: number;
  let month: number | undefined;
  let year: string | undefined;
  const dayFirst = DAY_MONTH.exec(text);
  const monthFirst = dayFirst ? null : MONTH_DAY.exec(text);
  if (dayFirst) {
    day = Number(dayFirst[1]);
    month = monthOf(dayFirst[2] ?? "");
    year = dayFirst[3];
  } else if (monthFirst) {
    month = monthOf(monthFirst[1] ?? "");
    day = Number(monthFirst[2]);
    year = monthFirst[3];
  } else return undefined;
  if (month === undefined) return undefined;
  return year ? ymd(Number(year), month, day) : inferYear(month, day, reference);
}

export interface ExportDateOptions {
  dayFirst: boolean;
  /** "YYYY-MM-DD" a date without a year must not be after (the export's own date, or today). */
  reference?: string;
}

/** "YYYY-MM-DD", null for a blank or placeholder cell, undefined for text that is not a date. */
export function parseExportDay(text: string, options: ExportDateOptions): string | null | undefined {
  const trimmed = text.trim();
  if (trimmed === "" || isPlaceholder(trimmed)) return null;
  const utc: DateOptions = { dayFirst: options.dayFirst, timeZone: "UTC" };
  const date = parseDate(trimmed, utc);
  if (date) return date.toISOString().slice(0, 10);
  const numeric = NUMERIC_NO_YEAR.exec(trimmed);
  if (numeric) {
    const [a, b] = [Number(numeric[1]), Number(numeric[2])];
    return options.dayFirst ? inferYear(b, a, options.reference) : inferYear(a, b, options.reference);
  }
  return named(trimmed, options.reference);
}
