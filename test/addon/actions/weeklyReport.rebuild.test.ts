import { describe, expect, it } from "vitest";
import {
  buildLastWeeksReport,
  buildReportForWeek,
  REPORT_TITLE,
  runScheduledReport,
} from "../../../src/addon/actions/weeklyReport";
import { memoryContext } from "../../../src/addon/memoryContext";
import { runMenuAction } from "../../../src/addon/run";
import { glowWorkbook, NOW, post, rowOf, sheetState, valuesOf } from "../../fixtures/reportWorkbook";

const REPORT = "Report 2026-11-16";

/** A workbook with last week's report built, and one more post logged for that week since. */
function builtThenEdited() {
  const book = glowWorkbook();
  const context = memoryContext(book, () => NOW);
  buildLastWeeksReport(context);
  book
    .sheet("Posts")
    ?.write(7, 1, [post({ date: "2026-11-19", handle: "@maya", likes: 10 }).map((c) => c ?? "")]);
  context.ui.shown.length = 0;
  book.resetCalls();
  return { book, context, before: sheetState(book, REPORT), names: book.allSheets().map((s) => s.name) };
}

function postsPublished(book: ReturnType<typeof glowWorkbook>): unknown {
  const values = valuesOf(book, REPORT);
  return values[rowOf(values, "Posts published") - 1]?.[1];
}

describe("rebuilding a week that already has a report", () => {
  it("a scheduled run that finds an existing report leaves it untouched", () => {
    const { book, context, before, names } = builtThenEdited();
    expect(runScheduledReport(context)).toBe(
      'The report for 2026-11-16 to 2026-11-22 is already in sheet "Report 2026-11-16", so the scheduled run left it untouched.',
    );
    expect(sheetState(book, REPORT)).toEqual(before);
    expect(book.allSheets().map((s) => s.name)).toEqual(names);
    expect(context.ui.shown).toEqual([]);
    expect(book.calls.filter((c) => /write|addSheet|removeSheet|renameSheet/.test(c))).toEqual([]);
  });

  it("asks first, and No leaves the report as it was", () => {
    const { book, context, before, names } = builtThenEdited();
    context.ui.confirms.push(false);
    expect(buildLastWeeksReport(context)).toBe('Kept sheet "Report 2026-11-16" as it was; nothing changed.');
    expect(context.ui.shown).toEqual([
      {
        kind: "confirm",
        title: REPORT_TITLE,
        message:
          'Sheet "Report 2026-11-16" already holds the report for 2026-11-16 to 2026-11-22. Replace it with a new one built from your sheets as they are now?',
      },
    ]);
    expect(sheetState(book, REPORT)).toEqual(before);
    expect(book.allSheets().map((s) => s.name)).toEqual(names);
  });

  it("Yes replaces it with one built from the sheets as they are now, in the same place in the tab list", () => {
    const { book, context, names } = builtThenEdited();
    context.ui.confirms.push(true);
    expect(buildLastWeeksReport(context)).toMatch(/^Rebuilt sheet "Report 2026-11-16"/);
    expect(postsPublished(book)).toBe(4);
    expect(book.allSheets().map((s) => s.name)).toEqual(names);
  });
});

describe("building the report for a week the user names", () => {
  it.each([
    ["2026-11-18", "ISO"],
    ["18/11/2026", "the en_GB sheet's own order"],
    ["16 Nov 2026", "a month name"],
  ])("accepts %s (%s) and builds the week containing it", (typed) => {
    const book = glowWorkbook();
    const context = memoryContext(book, () => NOW);
    context.ui.prompts.push(typed);
    expect(buildReportForWeek(context)).toMatch(
      /^Built sheet "Report 2026-11-16" for 2026-11-16 to 2026-11-22/,
    );
    expect(context.ui.shown[0]?.message).toBe(
      "Build the report for the week containing which day? Type a date such as 2026-11-16 or 16/11/2026.",
    );
  });

  it("reads 11/18/2026 in a US-English spreadsheet", () => {
    const book = glowWorkbook({ locale: "en_US" });
    const context = memoryContext(book, () => NOW);
    context.ui.prompts.push("11/10/2026");
    expect(buildReportForWeek(context)).toMatch(/"Report 2026-11-09" for 2026-11-09 to 2026-11-15/);
  });

  it("a bad date gets a clear message with an example, and nothing is built", () => {
    const book = glowWorkbook();
    const context = memoryContext(book, () => NOW);
    const names = book.allSheets().map((s) => s.name);
    context.ui.prompts.push("next tuesday");
    runMenuAction(context, REPORT_TITLE, buildReportForWeek);
    expect(context.ui.shown.at(-1)).toEqual({
      kind: "alert",
      title: REPORT_TITLE,
      message:
        '"next tuesday" is not a date. Type one day of the week you want, such as 2026-11-16 or 16/11/2026. Nothing was built.',
    });
    expect(book.allSheets().map((s) => s.name)).toEqual(names);
  });

  it("cancelling builds nothing", () => {
    const book = glowWorkbook();
    const context = memoryContext(book, () => NOW);
    const names = book.allSheets().map((s) => s.name);
    expect(buildReportForWeek(context)).toBe("No date given, so no report was built.");
    expect(book.allSheets().map((s) => s.name)).toEqual(names);
  });
});
