import { describe, expect, it } from "vitest";
import { weekContaining } from "../../src/core/dates";
import { keyed, POST_KEYS, postRow, ROSTER_KEYS, reportFor } from "./report/fixtures";

const roster = keyed(ROSTER_KEYS, [["Maya Chen", "@maya", "Instagram", 12_000, "Micro"]]);

/** A Posts sheet with one post whose Date cell carries `instant`, as getValues() would hand it over. */
function onePost(instant: Date) {
  return keyed(POST_KEYS, [
    postRow({ date: instant, handle: "@maya", campaign: "Winter", platform: "Instagram", likes: 7 }),
  ]);
}

// Sunday 2026-11-22 23:30 local time, as UTC instants.
const SUNDAY_LATE = {
  "America/Los_Angeles": new Date("2026-11-23T07:30:00Z"), // PST = UTC−8
  "Asia/Tokyo": new Date("2026-11-22T14:30:00Z"), // JST = UTC+9
} as const;

describe.each(Object.entries(SUNDAY_LATE))("a post at 23:30 on Sunday in %s", (timeZone, instant) => {
  it("is the last day of the Monday-first week 2026-11-16 to 2026-11-22", () => {
    expect(weekContaining(instant, timeZone, 1)).toMatchObject({ start: "2026-11-16", end: "2026-11-22" });
    const report = reportFor({ roster, posts: onePost(instant) }, { timeZone, firstDay: 1, inWeek: instant });
    expect(report.headline[0]).toMatchObject({ id: "posts", value: 1, previous: 0 });
    expect(report.daily[6]).toEqual({ date: "2026-11-22", weekday: "Sun", posts: 1, engagements: 7 });
  });

  it("is the first day of the Sunday-first week 2026-11-22 to 2026-11-28", () => {
    expect(weekContaining(instant, timeZone, 0)).toMatchObject({ start: "2026-11-22", end: "2026-11-28" });
    const report = reportFor({ roster, posts: onePost(instant) }, { timeZone, firstDay: 0, inWeek: instant });
    expect(report.headline[0]).toMatchObject({ value: 1, previous: 0 });
    expect(report.daily[0]).toEqual({ date: "2026-11-22", weekday: "Sun", posts: 1, engagements: 7 });
  });

  it("is not in the Sunday-first week before, which ends on Saturday 2026-11-21", () => {
    const saturday = new Date(instant.getTime() - 24 * 3600_000);
    const report = reportFor(
      { roster, posts: onePost(instant) },
      { timeZone, firstDay: 0, inWeek: saturday },
    );
    expect(report.week).toEqual({ start: "2026-11-15", end: "2026-11-21" });
    expect(report.headline[0]).toMatchObject({ value: 0, previous: 0 });
  });
});

describe("weeks that span a clock change", () => {
  it("London's spring-forward week (23 hours on Sunday 2026-03-29) still has 7 daily rows", () => {
    const posts = keyed(POST_KEYS, [
      // 00:30 GMT, before the clocks go forward at 01:00 GMT
      postRow({ date: new Date("2026-03-29T00:30:00Z"), handle: "@maya", likes: 1 }),
      // 23:30 BST = 22:30 UTC, still Sunday
      postRow({ date: new Date("2026-03-29T22:30:00Z"), handle: "@maya", likes: 2 }),
      // 00:30 BST Monday = 23:30 UTC Sunday: next week
      postRow({ date: new Date("2026-03-29T23:30:00Z"), handle: "@maya", likes: 4 }),
    ]);
    const report = reportFor(
      { roster, posts },
      {
        timeZone: "Europe/London",
        inWeek: new Date("2026-03-25T12:00:00Z"),
        today: new Date("2026-03-30T08:00:00Z"),
      },
    );
    expect(report.week).toEqual({ start: "2026-03-23", end: "2026-03-29" });
    expect(report.daily.map((d) => d.date)).toEqual([
      "2026-03-23",
      "2026-03-24",
      "2026-03-25",
      "2026-03-26",
      "2026-03-27",
      "2026-03-28",
      "2026-03-29",
    ]);
    expect(report.daily[6]).toMatchObject({ posts: 2, engagements: 3 });
    expect(report.headline[0]).toMatchObject({ value: 2 });
  });

  it("New York's fall-back week (25 hours on Sunday 2026-11-01) counts each post on its local day", () => {
    const week = weekContaining(new Date("2026-11-03T12:00:00Z"), "America/New_York", 0);
    expect(week.start).toBe("2026-11-01");
    // 7 days and the extra hour
    expect(week.to.getTime() - week.from.getTime()).toBe((7 * 24 + 1) * 3600_000);
    const posts = keyed(POST_KEYS, [
      postRow({ date: new Date("2026-11-01T04:00:00Z"), handle: "@maya", likes: 1 }), // 00:00 EDT Sunday
      postRow({ date: new Date("2026-11-02T04:30:00Z"), handle: "@maya", likes: 2 }), // 23:30 EST Sunday
      postRow({ date: new Date("2026-11-02T05:00:00Z"), handle: "@maya", likes: 4 }), // 00:00 EST Monday
    ]);
    const report = reportFor(
      { roster, posts },
      {
        timeZone: "America/New_York",
        firstDay: 0,
        inWeek: new Date("2026-11-03T12:00:00Z"),
        today: new Date("2026-11-08T12:00:00Z"),
      },
    );
    expect(report.daily).toHaveLength(7);
    expect(report.daily[0]).toEqual({ date: "2026-11-01", weekday: "Sun", posts: 2, engagements: 3 });
    expect(report.daily[1]).toEqual({ date: "2026-11-02", weekday: "Mon", posts: 1, engagements: 4 });
  });

  it("a text date is local midnight, so '2026-11-22' in Tokyo belongs to Sunday there", () => {
    const posts = keyed(POST_KEYS, [postRow({ date: "2026-11-22", handle: "@maya", likes: 5 })]);
    const report = reportFor(
      { roster, posts },
      {
        timeZone: "Asia/Tokyo",
        inWeek: new Date("2026-11-18T00:00:00Z"),
        today: new Date("2026-11-23T00:00:00Z"),
      },
    );
    expect(report.daily[6]).toMatchObject({ date: "2026-11-22", posts: 1, engagements: 5 });
  });
});
