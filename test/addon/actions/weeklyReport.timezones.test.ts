import { describe, expect, it } from "vitest";
import { buildLastWeeksReport } from "../../../src/addon/actions/weeklyReport";
import { memoryContext } from "../../../src/addon/memoryContext";
import { MemoryWorkbook } from "../../../src/workbook/memory/memoryWorkbook";
import {
  addSettings,
  addSheet,
  POST_HEADERS,
  post,
  rowOf,
  setSetting,
  valuesOf,
} from "../../fixtures/reportWorkbook";

const ROSTER = [
  ["Creator", "Handle", "Platform", "Followers"],
  ["Maya Chen", "@maya", "Instagram", 12_000],
];

/** Posts at given instants (as a Date cell carries them), `likes` each so the days can be told apart. */
function workbookWith(timeZone: string, posts: [Date | string, number][]): MemoryWorkbook {
  const book = new MemoryWorkbook({ name: "Zones", timeZone, locale: "en_US" });
  addSheet(book, "Roster", ROSTER);
  addSheet(book, "Posts", [
    POST_HEADERS,
    ...posts.map(([date, likes]) =>
      post({ date, handle: "@maya", campaign: "Winter", platform: "Instagram", likes }),
    ),
  ]);
  return book;
}

function headline(book: MemoryWorkbook, sheet: string) {
  const values = valuesOf(book, sheet);
  const cells = (label: string) => (values[rowOf(values, label) - 1] ?? []).slice(1, 3);
  return { posts: cells("Posts published"), engagements: cells("Engagements"), sunday: cells("Sun") };
}

// Sunday 2026-11-22 23:30 and Monday 2026-11-23 00:30, local time, as instants.
const ZONES = [
  {
    timeZone: "America/Los_Angeles", // PST = UTC−8
    sundayLate: new Date("2026-11-23T07:30:00Z"),
    mondayEarly: new Date("2026-11-23T08:30:00Z"),
    now: new Date("2026-11-24T18:00:00Z"),
  },
  {
    timeZone: "Asia/Tokyo", // JST = UTC+9: Monday 00:30 is still Sunday in UTC
    sundayLate: new Date("2026-11-22T14:30:00Z"),
    mondayEarly: new Date("2026-11-22T15:30:00Z"),
    now: new Date("2026-11-24T01:00:00Z"),
  },
];

describe.each(ZONES)("a workbook in $timeZone", ({ timeZone, sundayLate, mondayEarly, now }) => {
  it("counts a post at 23:30 on Sunday in the week ending that Sunday, and one at 00:30 Monday in the next", () => {
    const book = workbookWith(timeZone, [
      [sundayLate, 7],
      ["2026-11-22 23:30", 5], // typed without a zone: wall-clock time in the spreadsheet's zone
      [mondayEarly, 100],
    ]);
    expect(buildLastWeeksReport(memoryContext(book, () => now))).toContain('"Report 2026-11-16"');
    expect(headline(book, "Report 2026-11-16")).toEqual({
      posts: [2, 0],
      engagements: [12, 0],
      // The Engagements by day row for Sunday: Date, then posts.
      sunday: [expect.any(Date), 2],
    });
  });
});

describe("weeks follow Settings rather than the spreadsheet", () => {
  it("uses Settings' time zone for the week's bounds, reading date cells as the time they show", () => {
    // A UTC spreadsheet: the cells show Sunday 23:30 and Monday 00:30, which Settings says are Tokyo times.
    const book = workbookWith("UTC", [
      [new Date("2026-11-22T23:30:00Z"), 7],
      [new Date("2026-11-23T00:30:00Z"), 100],
    ]);
    addSettings(book);
    setSetting(book, "Time zone", "Asia/Tokyo");
    buildLastWeeksReport(memoryContext(book, () => new Date("2026-11-24T01:00:00Z")));
    const values = valuesOf(book, "Report 2026-11-16");
    expect(headline(book, "Report 2026-11-16").engagements).toEqual([7, 0]);
    expect(values[rowOf(values, "Time zone") - 1]?.[1]).toBe("Asia/Tokyo");
  });

  it("keeps a date-only post on the day it shows when Settings' zone differs from the spreadsheet's", () => {
    // A Berlin spreadsheet stores "2026-11-16" as Berlin midnight, which is still Sunday in New York.
    const book = workbookWith("Europe/Berlin", [
      [new Date("2026-11-15T23:00:00Z"), 10], // shows Monday 2026-11-16
      [new Date("2026-11-14T23:00:00Z"), 1], // shows Sunday 2026-11-15
    ]);
    addSettings(book);
    setSetting(book, "Time zone", "America/New_York");
    buildLastWeeksReport(memoryContext(book, () => new Date("2026-11-24T12:00:00Z")));
    expect(headline(book, "Report 2026-11-16").engagements).toEqual([10, 1]);
  });

  it("starts weeks on the day Settings names", () => {
    const book = workbookWith("UTC", [
      [new Date("2026-11-15T12:00:00Z"), 3], // Sunday: first day of the Sunday-first week 15–21
      [new Date("2026-11-22T12:00:00Z"), 50], // the next Sunday: the week after
    ]);
    addSettings(book);
    setSetting(book, "First day of week", "Sunday");
    const message = buildLastWeeksReport(memoryContext(book, () => new Date("2026-11-24T10:00:00Z")));
    expect(message).toContain('"Report 2026-11-15" for 2026-11-15 to 2026-11-21');
    expect(headline(book, "Report 2026-11-15").engagements).toEqual([3, 0]);
  });
});
