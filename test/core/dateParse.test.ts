import { describe, expect, it } from "vitest";
import { dayFirstFor, parseDate } from "../../src/core/dateParse";

const LONDON_UK = { dayFirst: true, timeZone: "Europe/London" };
const NEW_YORK_US = { dayFirst: false, timeZone: "America/New_York" };

const iso = (value: Date | null | undefined) => (value instanceof Date ? value.toISOString() : value);

describe("parseDate", () => {
  it("reads typed dates as local midnight in the spreadsheet's time zone", () => {
    // November in London is GMT; in New York EST (UTC−5)
    expect(iso(parseDate("2026-11-16", LONDON_UK))).toBe("2026-11-16T00:00:00.000Z");
    expect(iso(parseDate("16/11/2026", LONDON_UK))).toBe("2026-11-16T00:00:00.000Z");
    expect(iso(parseDate("16.11.2026", LONDON_UK))).toBe("2026-11-16T00:00:00.000Z");
    expect(iso(parseDate("11/16/2026", NEW_YORK_US))).toBe("2026-11-16T05:00:00.000Z");
    expect(iso(parseDate(" 2026-11-16 ", NEW_YORK_US))).toBe("2026-11-16T05:00:00.000Z");
    expect(iso(parseDate("16 Nov 2026", LONDON_UK))).toBe("2026-11-16T00:00:00.000Z");
    expect(iso(parseDate("November 16, 2026", NEW_YORK_US))).toBe("2026-11-16T05:00:00.000Z");
  });

  it("reads the day and month in the order of the sheet's locale", () => {
    // 05/11/2026: 5 November in a UK sheet, May 11 in a US sheet (EDT, UTC−4)
    expect(iso(parseDate("05/11/2026", LONDON_UK))).toBe("2026-11-05T00:00:00.000Z");
    expect(iso(parseDate("05/11/2026", NEW_YORK_US))).toBe("2026-05-11T04:00:00.000Z");
    // only one reading is a date, so it is taken whatever the locale
    expect(iso(parseDate("16/11/2026", NEW_YORK_US))).toBe("2026-11-16T05:00:00.000Z");
  });

  it("reads a time of day as local wall-clock time, summer time included", () => {
    // July in London is BST (UTC+1)
    expect(iso(parseDate("2026-07-16 14:30", LONDON_UK))).toBe("2026-07-16T13:30:00.000Z");
    expect(iso(parseDate("16/07/2026 2:30 PM", LONDON_UK))).toBe("2026-07-16T13:30:00.000Z");
    expect(iso(parseDate("2026-07-16T14:30:00Z", LONDON_UK))).toBe("2026-07-16T14:30:00.000Z");
    expect(iso(parseDate("2026-07-16T14:30:00+02:00", LONDON_UK))).toBe("2026-07-16T12:30:00.000Z");
  });

  it("reads Sheets serial numbers (days since 1899-12-30) as local date and time", () => {
    // 46342 = 2026-11-16; .5 = noon
    expect(iso(parseDate(46342, LONDON_UK))).toBe("2026-11-16T00:00:00.000Z");
    expect(iso(parseDate(46342.5, NEW_YORK_US))).toBe("2026-11-16T17:00:00.000Z");
  });

  it("keeps Date cells as the instant they carry", () => {
    const cell = new Date("2026-11-16T08:00:00Z");
    expect(parseDate(cell, LONDON_UK)).toBe(cell);
  });

  it("says blank with null and not-a-date with undefined", () => {
    expect(parseDate("", LONDON_UK)).toBeNull();
    expect(parseDate("   ", LONDON_UK)).toBeNull();
    expect(parseDate(null, LONDON_UK)).toBeNull();
    for (const bad of [
      "31/31/2026",
      "2026-02-29",
      "2026-13-01",
      "soon",
      "2026-11-16 25:00",
      "13:00",
      true,
      -5,
    ]) {
      expect(parseDate(bad, LONDON_UK), String(bad)).toBeUndefined();
    }
    expect(parseDate(new Date(Number.NaN), LONDON_UK)).toBeUndefined();
    expect(iso(parseDate("2028-02-29", LONDON_UK))).toBe("2028-02-29T00:00:00.000Z");
  });
});

describe("dayFirstFor", () => {
  it("is month-first for US English only among common locales", () => {
    expect(dayFirstFor("en_US")).toBe(false);
    expect(dayFirstFor("en-US")).toBe(false);
    expect(dayFirstFor("en_GB")).toBe(true);
    expect(dayFirstFor("de")).toBe(true);
    expect(dayFirstFor("fr_FR")).toBe(true);
  });
});
