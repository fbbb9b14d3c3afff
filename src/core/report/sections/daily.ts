import { weekdayOf } from "../../dates";
import { tableBlock } from "../table";
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
    { header: "Day", kind: "text", value: (d) => d.weekday },
    { header: "Date", kind: "date", value: (d) => d.date },
    { header: "Posts", kind: "int", value: (d) => d.posts },
    { header: "Engagements", kind: "int", value: (d) => d.engagements },
  ],
  rows: (report) => report.daily,
  chart: { kind: "column", title: "Engagements by day", labelColumn: 0, valueColumn: 3 },
});
