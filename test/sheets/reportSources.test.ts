import { describe, expect, it } from "vitest";
import { buildLastWeeksReport } from "../../src/addon/actions/weeklyReport";
import { memoryContext } from "../../src/addon/memoryContext";
import { DEFAULT_BENCHMARKS } from "../../src/core/report/benchmark";
import { readReportConfig, readReportSheets } from "../../src/sheets/reportSources";
import { addSheet, glowWorkbook, NOW, rowOf, setSetting, valuesOf } from "../fixtures/reportWorkbook";

const REPORT = "Report 2026-11-16";

/** The "Read first" notes at the top of a report sheet. */
function notices(book: ReturnType<typeof glowWorkbook>): string[] {
  const values = valuesOf(book, REPORT);
  const rows: string[] = [];
  for (let r = rowOf(values, "Read first") + 1; values[r]?.[0] !== ""; r++) rows.push(String(values[r]?.[0]));
  return rows;
}

function cell(book: ReturnType<typeof glowWorkbook>, label: string, col = 2): unknown {
  const values = valuesOf(book, REPORT);
  return values[rowOf(values, label) - 1]?.[col - 1];
}

describe("reading the sheets the report uses", () => {
  it("a missing Posts sheet gives a report that says so, with every post number 0", () => {
    const book = glowWorkbook({ posts: null });
    expect(buildLastWeeksReport(memoryContext(book, () => NOW))).toMatch(/^Built sheet "Report 2026-11-16"/);
    expect(notices(book)).toContain(
      "There is no Posts sheet, so the report has no post numbers. Add one and log each sponsored post.",
    );
    expect(cell(book, "Posts published")).toBe(0);
    expect(cell(book, "Spend")).toBe(400);
    expect(cell(book, "Paid")).toBe(1_000);
  });

  it("a sheet without a header row we recognise is left out, with the reason", () => {
    const book = glowWorkbook({
      posts: [
        ["Kitten", "Mood"],
        ["Tom", "sleepy"],
      ],
    });
    buildLastWeeksReport(memoryContext(book, () => NOW));
    const read = notices(book);
    expect(read[0]).toMatch(/^Sheet "Posts" has no header row we recognise\. Row 1 should name its columns/);
    expect(read[0]).toMatch(/Until then the report leaves the Posts sheet out\.$/);
    expect(read).toContain("No posts are dated 2026-11-16 to 2026-11-22 on the Posts sheet.");
    expect(read.join(" ")).not.toContain("There is no Posts sheet");
  });

  it("notes each other missing sheet and still builds", () => {
    const book = glowWorkbook({ settings: false });
    for (const name of ["Roster", "Campaigns", "Deliverables", "Budget"]) book.removeSheet(name);
    buildLastWeeksReport(memoryContext(book, () => NOW));
    expect(notices(book)).toEqual([
      "There is no Settings sheet, so the report uses the spreadsheet's time zone (Europe/London), weeks starting on Monday, USD, the default EMV rates and the default engagement benchmarks.",
      "There is no Roster sheet, so creators show no tier or followers and none is checked against the engagement benchmark.",
      "There is no Campaigns sheet, so campaigns show no objective or budget.",
      "There is no Deliverables sheet, so no due or overdue deliverables are listed.",
      "There is no Budget sheet, so spend and ROI are not counted.",
    ]);
    expect(cell(book, "Posts published")).toBe(3);
  });

  it("reads each sheet once, mapping a team's own header names onto ours", () => {
    const book = glowWorkbook();
    book.removeSheet("Budget");
    // "Amount" is a Budget synonym for Actual; the summary block at the right has its own "Actual".
    addSheet(book, "Budget", [
      ["Campaign", "Payee", "Amount", "Date paid", "", "Budget by campaign", "Planned", "Actual"],
      ["Winter Glow", "@leo", 750, new Date("2026-11-17T00:00:00Z"), "", "Winter Glow", 0, 99_999],
    ]);
    book.resetCalls();
    const { sheets, notes } = readReportSheets(book);
    expect(book.calls.filter((c) => c === "read")).toHaveLength(5);
    expect(notes).toEqual([]);
    expect(sheets.budget).toEqual([
      {
        row: 2,
        values: {
          campaign: "Winter Glow",
          handle: "@leo",
          actual: 750,
          paidOn: new Date("2026-11-17T00:00:00Z"),
        },
      },
    ]);
  });
});

describe("reading Settings for the report", () => {
  it("reads the default Settings sheet as the built-in defaults", () => {
    const config = readReportConfig(glowWorkbook());
    expect(config).toMatchObject({
      spreadsheetName: "Glow Skincare Creators",
      timeZone: "Europe/London",
      firstDayOfWeek: 1,
      currency: "USD",
      recipients: "",
      dayFirst: true,
      notes: [],
    });
    expect(config.benchmarks).toEqual(Object.values(DEFAULT_BENCHMARKS));
  });

  it("falls back, and says so, for a time zone or first day it cannot read", () => {
    const book = glowWorkbook();
    setSetting(book, "Time zone", "Mars/Olympus");
    setSetting(book, "First day of week", "Funday");
    const config = readReportConfig(book);
    expect(config.timeZone).toBe("Europe/London");
    expect(config.firstDayOfWeek).toBe(1);
    expect(config.notes).toEqual([
      'Settings › Time zone "Mars/Olympus" is not a time zone name such as Europe/Berlin, so the spreadsheet\'s own zone (Europe/London) is used.',
      'Settings › First day of week "Funday" is not a day name such as Monday, so weeks start on Monday.',
    ]);
  });

  it("uses the team's own benchmark table and source", () => {
    const book = glowWorkbook();
    setSetting(book, "Benchmark source", "Our 2025 program average");
    const settings = book.sheet("Settings");
    const values = settings?.read().values ?? [];
    const header = rowOf(values, "Instagram engagement benchmark");
    settings?.write(header + 2, 1, [
      [0, "6%"],
      [10_000, 0.03],
      [250_000, "2%"],
      ["", ""],
      ["", ""],
    ]);
    const config = readReportConfig(book);
    expect(config.benchmarks[0]).toEqual({
      platform: "Instagram",
      source: "Our 2025 program average",
      bands: [
        { label: "0–10K", minFollowers: 0, maxFollowers: 10_000, engagementRate: 0.06 },
        { label: "10K–250K", minFollowers: 10_000, maxFollowers: 250_000, engagementRate: 0.03 },
        { label: "over 250K", minFollowers: 250_000, maxFollowers: null, engagementRate: 0.02 },
      ],
    });
  });

  it("values a post with no EMV at its platform's rate card row, and names a platform the card lacks", () => {
    const book = glowWorkbook();
    const settings = book.sheet("Settings");
    const values = settings?.read().values ?? [];
    const defaultRow = values.findIndex((r) => r[0] === "Default");
    // The card now prices YouTube only: TikTok (row 3, EMV blank) has no rates.
    settings?.write(defaultRow + 1, 1, [[{ text: "YouTube" }]]);
    buildLastWeeksReport(memoryContext(book, () => NOW));
    const report = valuesOf(book, REPORT);
    expect(report[rowOf(report, "EMV") - 1]?.[1]).toBe(220);
    const noteRow = rowOf(report, "Counted, but worth a look") + 1;
    expect(report[noteRow]).toContain(
      'EMV could not be computed (the EMV rate card in Settings has no row for "TikTok" and no Default row); counted as 0 (row 3)',
    );
  });
});
