import { addDays, zonedMidnight } from "../../dates";
import { cents } from "../definitions";
import { date, int, money, tableBlock } from "../table";
import type { TrendRow } from "../types";

/** The last six weeks of posts, engagements and EMV, the report week last; a week with no posts shows zeros. */

export const TREND_WEEKS = 6;

export class TrendTally {
  private readonly starts: string[];
  /** Instant each week starts, oldest first; the last week ends at `to`. */
  private readonly froms: number[];
  private readonly slots = Array.from({ length: TREND_WEEKS }, () => ({ posts: 0, engagements: 0, emv: 0 }));
  readonly from: number;

  constructor(
    weekStart: string,
    private readonly to: number,
    timeZone: string,
  ) {
    this.starts = Array.from({ length: TREND_WEEKS }, (_, i) =>
      addDays(weekStart, 7 * (i - TREND_WEEKS + 1)),
    );
    // Each week from its own local midnight, so a week across a clock change is still seven days.
    this.froms = this.starts.map((start) => zonedMidnight(start, timeZone).getTime());
    this.from = this.froms[0] ?? to;
  }

  /** True when instant `t` falls in one of the six weeks. */
  covers(t: number): boolean {
    return t >= this.from && t < this.to;
  }

  count(t: number, engagements: number, emv: number): void {
    let week = TREND_WEEKS - 1;
    while (week > 0 && t < (this.froms[week] ?? 0)) week--;
    const slot = this.slots[week];
    if (!slot) return;
    slot.posts++;
    slot.engagements += engagements;
    slot.emv += emv;
  }

  rows(): TrendRow[] {
    return this.slots.map((slot, i) => ({
      weekStart: this.starts[i] ?? "",
      posts: slot.posts,
      engagements: slot.engagements,
      emv: cents(slot.emv),
    }));
  }
}

export const TREND_BLOCK = tableBlock<TrendRow>({
  id: "trend",
  title: "Last six weeks",
  columns: [
    date("Week of", (r) => r.weekStart),
    int("Posts", (r) => r.posts),
    int("Engagements", (r) => r.engagements),
    money("EMV", (r) => r.emv),
  ],
  rows: (report) => report.trend,
  bars: [1, 2, 3],
});
