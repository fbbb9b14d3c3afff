import { weekdayOf } from "../../dates";
import { date, int, tableBlock, text } from "../table";
import type { DailyRow } from "../types";
import type { WeekPost } from "../week";

const WEEKDAY_NAMES = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** Posts and engagements on each day of the report week. */
export class DailyTally {
  private readonly slots = Array.from({ length: 7 }, () => ({ posts: 0, engagements: 0 }));

  count(post: WeekPost): void {
    const slot = this.slots[post.dayIndex];
    if (!slot) return;
    slot.posts++;
    slot.engagements += post.engagements;
  }

  /** `days` are the week's seven days, "YYYY-MM-DD". */
  rows(days: readonly string[], weekStart: string): DailyRow[] {
    return this.slots.map((slot, i): DailyRow => {
      const date = days[i] ?? weekStart;
      return { date, weekday: WEEKDAY_NAMES[weekdayOf(date)] ?? "", ...slot };
    });
  }
}

export const DAILY_BLOCK = tableBlock<DailyRow>({
  id: "daily",
  title: "Engagements by day",
  columns: [
    text("Day", (r) => r.weekday),
    date("Date", (r) => r.date),
    int("Posts", (r) => r.posts),
    int("Engagements", (r) => r.engagements),
  ],
  rows: (report) => report.daily,
  chart: { kind: "column", title: "Engagements by day", labelColumn: 0, valueColumn: 3 },
});
