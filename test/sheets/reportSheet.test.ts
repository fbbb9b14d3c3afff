import { describe, expect, it } from "vitest";
import { reportBlocks } from "../../src/core/report/blocks";
import { replaceReportSheet, reportSheetLayout, writeNewReportSheet } from "../../src/sheets/reportSheet";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import { reportFor } from "../core/report/fixtures";
import { sheetState } from "../fixtures/reportWorkbook";

const NAME = "Report 2026-11-16";

function bookWithOldReport() {
  const book = new MemoryWorkbook({ name: "Glow", timeZone: "UTC", locale: "en_US" });
  book.addSheet(NAME).write(1, 1, [[{ text: "an annotated old report" }]]);
  const report = reportFor({}, { timeZone: "UTC", inWeek: new Date("2026-11-18T12:00:00Z") });
  return { book, layout: reportSheetLayout(reportBlocks(report), "USD", "UTC") };
}

describe("writing a report sheet", () => {
  it("a new report never takes the name of a sheet that appeared meanwhile: that sheet stays as it was", () => {
    const { book, layout } = bookWithOldReport();
    const before = sheetState(book, NAME);
    expect(() => writeNewReportSheet(book, layout, NAME)).toThrow();
    expect(sheetState(book, NAME)).toEqual(before);
    expect(book.allSheets().map((s) => s.name)).toEqual([NAME]);
  });

  it("a replacement takes the old report's place once complete", () => {
    const { book, layout } = bookWithOldReport();
    replaceReportSheet(book, layout, NAME);
    expect(book.allSheets().map((s) => s.name)).toEqual([NAME]);
    expect(book.sheet(NAME)?.read().values[0]?.[0]).toBe("Weekly report: Glow Skincare Creators");
  });
});
