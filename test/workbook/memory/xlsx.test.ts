import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MemoryWorkbook } from "../../../src/workbook/memory/memoryWorkbook";
import { exportXlsx } from "../../../src/workbook/memory/xlsxExport";
import { importXlsx } from "../../../src/workbook/memory/xlsxImport";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "influencer-desk-xlsx-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readBack(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

function exportedBook(): MemoryWorkbook {
  const book = new MemoryWorkbook({ name: "Program" });
  const roster = book.addSheet("Roster");
  roster.write(1, 1, [
    ["Creator", "Followers", "Tier", "Joined", "Status"],
    ["ana", 500, "=TIER(B2:B4)", new Date("2024-01-05T00:00:00Z"), "Active"],
    ["ben", 12000, "", new Date("2024-02-10T00:00:00Z"), "Paused"],
    ["cy", 150000, "", "", "Active"],
    ["Total", "=SUM(B2:B4)", "=1/0", "", ""],
  ]);
  roster.setNumberFormats([{ row: 2, col: 2, numRows: 4, numCols: 1 }], "#,##0");
  roster.setValidations([
    {
      area: { row: 2, col: 5, numRows: 100, numCols: 1 },
      rule: {
        kind: "list",
        values: ["Active", "Paused"],
        strict: true,
      },
    },
  ]);
  roster.setValidations([{ area: { row: 2, col: 4, numRows: 100, numCols: 1 }, rule: { kind: "date" } }]);
  roster.setValidations([
    { area: { row: 2, col: 2, numRows: 100, numCols: 1 }, rule: { kind: "number", min: 0 } },
  ]);
  roster.addConditionalRules([
    {
      area: { row: 2, col: 1, numRows: 100, numCols: 5 },
      formula: '=$E2="Paused"',
      background: "#f4cccc",
      fontColor: "#990000",
    },
  ]);
  roster.setFrozenRows(1);
  roster.addFilter(5);
  roster.styleHeader(5);
  roster.setColumnWidths(1, [110]);
  const report = book.addSheet("Report 2026-11-16");
  report.write(1, 1, [["Creators", "=COUNTA(Roster!A2:A4)", "=SUM(Roster!B2:B)", "=SUM(Roster!B:B)"]]);
  return book;
}

describe("exportXlsx", () => {
  it("writes formulas with their computed results", async () => {
    const path = join(dir, "program.xlsx");
    await exportXlsx(exportedBook(), path);
    const ws = (await readBack(path)).getWorksheet("Roster");
    expect(ws?.getCell("B5").value).toEqual({ formula: "SUM(B2:B4)", result: 162500 });
    expect(ws?.getCell("C5").value).toEqual({ formula: "1/0", result: { error: "#DIV/0!" } });
    const report = (await readBack(path)).getWorksheet("Report 2026-11-16");
    expect(report?.getCell("B1").value).toEqual({ formula: "COUNTA(Roster!A2:A4)", result: 3 });
    // Excel has no "B2:B" ranges: Sheets' own download wraps such formulas the same way.
    expect(report?.getCell("C1").value).toEqual({
      formula: 'IFERROR(__xludf.DUMMYFUNCTION("SUM(Roster!B2:B)"),325000)',
      result: 325000,
    });
    expect(report?.getCell("D1").value).toEqual({ formula: "SUM(Roster!B:B)", result: 325000 });
  });

  it("writes custom functions and the cells they spilled into as Sheets' own download does", async () => {
    const path = join(dir, "custom.xlsx");
    await exportXlsx(exportedBook(), path);
    const ws = (await readBack(path)).getWorksheet("Roster");
    expect(ws?.getCell("C2").value).toEqual({
      formula: 'IFERROR(__xludf.DUMMYFUNCTION("TIER(B2:B4)"),"Below Nano")',
      result: "Below Nano",
    });
    expect(ws?.getCell("C3").value).toEqual({
      formula: 'IFERROR(__xludf.DUMMYFUNCTION("""COMPUTED_VALUE"""),"Micro")',
      result: "Micro",
    });
    expect(ws?.getCell("C4").value).toEqual({
      formula: 'IFERROR(__xludf.DUMMYFUNCTION("""COMPUTED_VALUE"""),"Macro")',
      result: "Macro",
    });
  });

  it("writes dates and number formats, the styled header, frozen rows, filter and column widths", async () => {
    const path = join(dir, "layout.xlsx");
    await exportXlsx(exportedBook(), path);
    const ws = (await readBack(path)).getWorksheet("Roster");
    // exceljs reads a date-formatted serial back as a UTC Date.
    expect(ws?.getCell("D2").value).toEqual(new Date("2024-01-05T00:00:00Z"));
    expect(ws?.getCell("D2").numFmt).toBe("m/d/yyyy");
    expect(ws?.getCell("B3").numFmt).toBe("#,##0");
    expect(ws?.getCell("A1").font?.bold).toBe(true);
    expect(ws?.getCell("F1").font?.bold).toBeUndefined();
    expect(ws?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws?.autoFilter).toBe("A1:E5");
    expect(ws?.getColumn(1).width).toBe(15);
  });

  it("writes list, date and number validations and the conditional format's formula", async () => {
    const path = join(dir, "rules.xlsx");
    await exportXlsx(exportedBook(), path);
    const ws = (await readBack(path)).getWorksheet("Roster");
    expect(ws?.getCell("E50").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"Active,Paused"'],
      errorStyle: "stop",
    });
    expect(ws?.getCell("D2").dataValidation).toMatchObject({ type: "date" });
    expect(ws?.getCell("B101").dataValidation).toMatchObject({
      type: "decimal",
      operator: "greaterThanOrEqual",
      formulae: [0],
    });
    const formatting = (
      ws as unknown as {
        conditionalFormattings: { ref: string; rules: { type: string; formulae: string[] }[] }[];
      }
    ).conditionalFormattings;
    expect(formatting.map((entry) => [entry.ref, entry.rules[0]?.type, entry.rules[0]?.formulae])).toEqual([
      ["A2:E101", "expression", ['$E2="Paused"']],
    ]);
  });
});

describe("importXlsx", () => {
  it("reads a team's own sheet: foreign headers, text that looks like numbers, dates and formulas", async () => {
    const source = new ExcelJS.Workbook();
    const ws = source.addWorksheet("Creators 2024");
    ws.addRow(["Creator Name", "IG Followers", "Date Posted", "Fee (USD)", "Double"]);
    ws.addRow([
      "Ana Ruiz",
      "12,500",
      new Date("2024-03-05T00:00:00Z"),
      1200,
      { formula: "D2*2", result: 2400 },
    ]);
    ws.addRow([
      "Ben Okafor",
      8000,
      new Date("2024-03-07T00:00:00Z"),
      "=not a formula",
      { formula: "D3*2", result: 0 },
    ]);
    ws.getColumn(3).numFmt = "yyyy-mm-dd";
    ws.getCell("C2").numFmt = "yyyy-mm-dd";
    ws.getCell("C3").numFmt = "yyyy-mm-dd";
    ws.views = [{ state: "frozen", xSplit: 0, ySplit: 1 }];
    ws.getCell("B2").dataValidation = {
      type: "whole",
      operator: "greaterThanOrEqual",
      formulae: [0],
      allowBlank: true,
    };
    const path = join(dir, "team.xlsx");
    await source.xlsx.writeFile(path);

    const book = await importXlsx(path, { timeZone: "Europe/Berlin" });
    expect(book.name).toBe("team");
    expect(book.calls).toEqual([]);
    const sheet = book.sheet("Creators 2024");
    const snapshot = sheet?.read();
    expect(snapshot?.values).toEqual([
      ["Creator Name", "IG Followers", "Date Posted", "Fee (USD)", "Double"],
      // Sheets keeps a date at its wall-clock day: midnight in Berlin is 23:00 UTC the day before.
      ["Ana Ruiz", "12,500", new Date("2024-03-04T23:00:00Z"), 1200, 2400],
      ["Ben Okafor", 8000, new Date("2024-03-06T23:00:00Z"), "=not a formula", "#VALUE!"],
    ]);
    expect(snapshot?.formulas[1]?.[4]).toBe("=D2*2");
    expect(snapshot?.formulas[2]?.[3]).toBe("");
    expect(sheet?.numberFormatAt(2, 3)).toBe("yyyy-mm-dd");
    expect(sheet?.frozenRows()).toBe(1);
    expect(sheet?.validationAreas).toEqual([
      { area: { row: 2, col: 2, numRows: 1, numCols: 1 }, rule: { kind: "number", min: 0 } },
    ]);
  });

  it("restores custom functions Sheets wrote as __xludf.DUMMYFUNCTION and lets them spill again", async () => {
    const source = new ExcelJS.Workbook();
    const ws = source.addWorksheet("Roster");
    ws.addRow(["Followers", "Tier"]);
    ws.addRow([
      500,
      { formula: 'IFERROR(__xludf.DUMMYFUNCTION("TIER(A2:A4)"),"Below Nano")', result: "Below Nano" },
    ]);
    ws.addRow([
      12000,
      { formula: 'IFERROR(__xludf.DUMMYFUNCTION("""COMPUTED_VALUE"""),"Micro")', result: "Micro" },
    ]);
    ws.addRow([
      150000,
      { formula: 'IFERROR(__xludf.DUMMYFUNCTION("""COMPUTED_VALUE"""),"Macro")', result: "Macro" },
    ]);
    const path = join(dir, "from-sheets.xlsx");
    await source.xlsx.writeFile(path);

    const sheet = (await importXlsx(path)).sheet("Roster");
    expect(sheet?.read()).toEqual({
      values: [
        ["Followers", "Tier"],
        [500, "Below Nano"],
        [12000, "Micro"],
        [150000, "Macro"],
      ],
      formulas: [
        ["", ""],
        ["", "=TIER(A2:A4)"],
        ["", ""],
        ["", ""],
      ],
    });
  });

  it("round-trips an exported workbook", async () => {
    const path = join(dir, "round-trip.xlsx");
    const original = exportedBook();
    await exportXlsx(original, path);
    const imported = await importXlsx(path);
    expect(imported.sheetNames()).toEqual(["Roster", "Report 2026-11-16"]);
    const roster = imported.sheet("Roster");
    expect(roster?.read().values).toEqual(original.sheet("Roster")?.read().values);
    expect(roster?.frozenRows()).toBe(1);
    expect(roster?.hasFilter()).toBe(true);
    expect(roster?.validationAreas.map((entry) => entry.rule)).toEqual([
      { kind: "number", min: 0 },
      { kind: "date" },
      { kind: "list", values: ["Active", "Paused"], strict: true },
    ]);
  });
});
