import { addDays, formatYmd, zonedMidnight } from "../dates";
import type { NoteGroups } from "./notes";
import type { InputPost, WeeklyReportInput } from "./types";

/** Selecting the week's rows: the two weeks' bounds as instants, so the pass over posts only compares numbers. */

const EARLIEST_LIKELY = Date.UTC(2000, 0, 1);

export interface WeekBounds {
  from: number;
  to: number;
  prevFrom: number;
  prevTo: number;
  /** The week's seven local days, "YYYY-MM-DD". */
  days: string[];
  /** The instant each day ends. */
  dayEnds: number[];
  /** Midnight after today: a post dated at or after it is in the future. */
  tomorrow: number;
}

export function weekBounds(input: WeeklyReportInput): WeekBounds {
  const { week, previousWeek } = input;
  const tz = input.settings.timeZone;
  const days = Array.from({ length: 7 }, (_, i) => addDays(week.start, i));
  return {
    from: week.from.getTime(),
    to: week.to.getTime(),
    prevFrom: previousWeek.from.getTime(),
    prevTo: previousWeek.to.getTime(),
    days,
    // Each day's bound comes from its own local midnight, so a 23- or 25-hour day is still one day.
    dayEnds: days.map((day) => zonedMidnight(addDays(day, 1), tz).getTime()),
    tomorrow: zonedMidnight(addDays(formatYmd(input.today, tz), 1), tz).getTime(),
  };
}

export type Period = "week" | "previous";

/** Which of the two weeks a post falls in; a post in neither is noted when its date looks mistyped. */
export function periodOf(post: InputPost, bounds: WeekBounds, notes: NoteGroups): Period | null {
  const t = post.date.getTime();
  if (t >= bounds.from && t < bounds.to) return "week";
  if (t >= bounds.prevFrom && t < bounds.prevTo) return "previous";
  if (t >= bounds.tomorrow) {
    notes.add("Posts", "future", "Dated after today, so in no report yet: check the year", post.row);
  } else if (t < EARLIEST_LIKELY) {
    // A time typed without a date is stored as 1899-12-30, and a year typed with two digits can land in 19xx.
    notes.add("Posts", "ancient", "Dated before 2000, so in no report: check the date", post.row);
  }
  return null;
}

/** The day (0–6) of the week holding instant `t`. */
export function dayIndex(bounds: WeekBounds, t: number): number {
  let day = 0;
  while (day < 6 && t >= (bounds.dayEnds[day] ?? bounds.to)) day++;
  return day;
}

/** A post of the report week with the figures every section counts. */
export interface WeekPost {
  post: InputPost;
  /** Local day, "YYYY-MM-DD". */
  day: string;
  /** 0–6 within the week. */
  dayIndex: number;
  emv: number;
  engagements: number;
}
