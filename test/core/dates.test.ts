import { describe, expect, it } from "vitest";
import {
  addDays,
  formatYmd,
  localParts,
  previousWeek,
  weekContaining,
  zonedMidnight,
} from "../../src/core/dates";

describe("time-zone helpers", () => {
  it("localParts reads the wall clock and weekday of an instant", () => {
    expect(localParts(new Date("2026-11-22T14:30:00Z"), "Asia/Tokyo")).toEqual({
      year: 2026,
      month: 11,
      day: 22,
      hour: 23,
      minute: 30,
      weekday: 0,
    });
    expect(localParts(new Date("2026-11-23T05:00:00Z"), "America/New_York")).toMatchObject({
      hour: 0,
      weekday: 1,
    });
  });

  it("zonedMidnight finds the first instant of a day, even where midnight is skipped", () => {
    expect(zonedMidnight("2026-03-29", "Europe/London").toISOString()).toBe("2026-03-29T00:00:00.000Z");
    expect(zonedMidnight("2026-03-30", "Europe/London").toISOString()).toBe("2026-03-29T23:00:00.000Z");
    // Chile moves 00:00 → 01:00 on 2026-09-06: the day starts at 01:00 (UTC−3) = 04:00 UTC
    expect(zonedMidnight("2026-09-06", "America/Santiago").toISOString()).toBe("2026-09-06T04:00:00.000Z");
    // Beirut moves 00:00 → 01:00 on 2026-03-29: the day starts at 01:00 (UTC+3) = 22:00 UTC the day before
    expect(zonedMidnight({ year: 2026, month: 3, day: 29 }, "Asia/Beirut").toISOString()).toBe(
      "2026-03-28T22:00:00.000Z",
    );
  });

  it("weekContaining and previousWeek give local days and instant bounds", () => {
    const week = weekContaining(new Date("2026-11-18T12:00:00Z"), "Europe/Paris", 1);
    expect(week).toEqual({
      start: "2026-11-16",
      end: "2026-11-22",
      from: new Date("2026-11-15T23:00:00Z"),
      to: new Date("2026-11-22T23:00:00Z"),
    });
    expect(previousWeek(week, "Europe/Paris")).toEqual({
      start: "2026-11-09",
      end: "2026-11-15",
      from: new Date("2026-11-08T23:00:00Z"),
      to: new Date("2026-11-15T23:00:00Z"),
    });
    // a Saturday-first week around the same day
    expect(weekContaining(new Date("2026-11-18T12:00:00Z"), "Europe/Paris", 6).start).toBe("2026-11-14");
    expect(() => weekContaining(new Date(), "Europe/Paris", 7)).toThrow(/whole number 0–6/);
  });

  it("formatYmd and addDays work in local calendar days", () => {
    expect(formatYmd(new Date("2026-11-22T15:00:00Z"), "Asia/Tokyo")).toBe("2026-11-23");
    expect(formatYmd(new Date("2026-11-22T15:00:00Z"), "America/Los_Angeles")).toBe("2026-11-22");
    expect(addDays("2026-12-30", 3)).toBe("2027-01-02");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
  });
});
