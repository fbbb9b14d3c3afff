import { describe, expect, it } from "vitest";
import { MemoryWorkbook } from "../../../src/workbook/memory/memoryWorkbook";

describe("MemoryWorkbook write and read", () => {
  it("parses plain strings as typed input: numbers, booleans and locale-ordered dates", () => {
    const book = new MemoryWorkbook({ locale: "en_GB" });
    const sheet = book.addSheet("Typed");
    sheet.write(1, 1, [["12", "TRUE", "05/01/2024", "=DAY(C1)", "=MONTH(C1)"]]);
    const values = sheet.read().values[0];
    expect(values?.slice(0, 2)).toEqual([12, true]);
    expect(values?.slice(3)).toEqual([5, 1]);
  });

  it("stores a Date as wall-clock time in the workbook's time zone and reads it back as the same instant", () => {
    const book = new MemoryWorkbook({ timeZone: "America/New_York" });
    const sheet = book.addSheet("Posts");
    // 15:30 UTC on 10 March 2024 is 11:30 in New York, the first day of daylight saving time.
    const posted = new Date("2024-03-10T15:30:00Z");
    sheet.write(1, 1, [[posted, "=HOUR(A1)", "=DAY(A1)", "=A1+1"]]);
    const [value, hour, day, nextDay] = sheet.read().values[0] ?? [];
    expect(value).toBeInstanceOf(Date);
    expect((value as Date).toISOString()).toBe("2024-03-10T15:30:00.000Z");
    expect(hour).toBe(11);
    expect(day).toBe(10);
    expect((nextDay as Date).toISOString()).toBe("2024-03-11T15:30:00.000Z");
    expect(sheet.numberFormatAt(1, 1)).toBe("m/d/yyyy h:mm:ss");
  });

  it("reads a number as a Date once the cell has a date format, and keeps a date format when a number replaces the date", () => {
    const book = new MemoryWorkbook();
    const sheet = book.addSheet("Dates");
    sheet.write(1, 1, [[45292], [new Date("2024-01-01T00:00:00Z")]]);
    sheet.setNumberFormats([{ row: 1, col: 1, numRows: 1, numCols: 1 }], "yyyy-mm-dd");
    sheet.write(2, 1, [[45293]]);
    const values = sheet.read().values.map((row) => (row[0] as Date).toISOString());
    expect(values).toEqual(["2024-01-01T00:00:00.000Z", "2024-01-02T00:00:00.000Z"]);
  });

  it("evaluates SUMIFS, COUNTIFS, IFERROR and SUMPRODUCT across sheets", () => {
    const book = new MemoryWorkbook();
    const posts = book.addSheet("Posts");
    const settings = book.addSheet("Settings");
    const summary = book.addSheet("Summary");
    posts.write(1, 1, [
      ["Creator", "Platform", "Views", "Fee"],
      ["ana", "Instagram", 1000, 200],
      ["ben", "TikTok", 5000, 300],
      ["ana", "TikTok", 2500, 150],
      ["cy", "instagram", 700, ""],
    ]);
    settings.write(1, 1, [[1], [2], [3], [4]]);
    summary.write(1, 1, [
      [
        '=SUMIFS(Posts!C2:C5, Posts!A2:A5, "ana")',
        '=COUNTIFS(Posts!B2:B5, "instagram")',
        '=IFERROR(1/0, "none")',
        "=SUMPRODUCT(Posts!C2:C5, Settings!A1:A4)",
        '=SUMPRODUCT((Posts!B2:B5="TikTok")*Posts!D2:D5)',
      ],
    ]);
    expect(summary.read().values).toEqual([[3500, 2, "none", 21300, 450]]);
  });

  it("understands bare TRUE and FALSE, absolute cross-sheet ranges and sheet names with spaces", () => {
    const book = new MemoryWorkbook();
    const settings = book.addSheet("Settings");
    const report = book.addSheet("Report 2026-11-16");
    const sheet = book.addSheet("Data");
    settings.write(12, 1, [
      ["Nano", 1],
      ["Micro", 2],
    ]);
    report.write(1, 1, [[42]]);
    sheet.write(1, 1, [
      [
        "=IF(TRUE, 1, 2)",
        "=IF(FALSE, 1, 2)",
        '=VLOOKUP("Micro", Settings!$A$12:$B$20, 2, FALSE)',
        "='Report 2026-11-16'!A1*2",
      ],
    ]);
    expect(sheet.read().values).toEqual([[1, 2, 2, 84]]);
  });

  it("shows error results as the text Sheets' getValues returns", () => {
    const book = new MemoryWorkbook();
    const sheet = book.addSheet("Errors");
    sheet.write(1, 1, [
      ["=1/0", "=NOPE(1)", "=Missing!A1", '=VLOOKUP("x", C5:D6, 2, FALSE)', "=E1", "=SUM(1,"],
    ]);
    expect(sheet.read().values).toEqual([["#DIV/0!", "#NAME?", "#REF!", "#N/A", "#REF!", "#ERROR!"]]);
    expect(sheet.errorAt(1, 5)?.message).toMatch(/^Circular dependency detected/);
    expect(sheet.errorAt(1, 6)).toEqual({ error: "#ERROR!", message: "Formula parse error." });
    expect(sheet.errorAt(1, 1)?.error).toBe("#DIV/0!");
  });

  it("grows the sheet to fit a write and reads the used range from A1", () => {
    const book = new MemoryWorkbook();
    const sheet = book.addSheet("Wide");
    sheet.write(3, 4, [["x"]]);
    const snapshot = sheet.read();
    expect(snapshot.values).toEqual([
      ["", "", "", ""],
      ["", "", "", ""],
      ["", "", "", "x"],
    ]);
    sheet.write(40, 30, [[1]]);
    const grown = sheet.read();
    expect(grown.values.length).toBe(40);
    expect(grown.values[0]?.length).toBe(30);
    expect(grown.values[39]?.[29]).toBe(1);
  });

  it("reads an empty sheet as no rows, as the Apps Script adapter does, and clear() empties a sheet", () => {
    const book = new MemoryWorkbook();
    const sheet = book.addSheet("Report");
    expect(sheet.read()).toEqual({ values: [], formulas: [] });
    sheet.write(1, 1, [["a", "=1+1"]]);
    sheet.write(5, 1, []);
    expect(sheet.read().values).toEqual([["a", 2]]);
    sheet.clear();
    expect(sheet.read()).toEqual({ values: [], formulas: [] });
  });

  it("deletes rows in the formula engine too: open-ended ranges, array results and later rebuilds agree", () => {
    const book = new MemoryWorkbook();
    const sheet = book.addSheet("Posts");
    sheet.write(1, 1, [
      ["Views", "=SUM(A2:A)", "=SEQUENCE(2)"],
      [10, "", ""],
      [20, "", ""],
      [30, "", ""],
    ]);
    sheet.deleteRows(2, 1);
    const after = sheet.read();
    expect(after.formulas[0]).toEqual(["", "=SUM(A2:A)", "=SEQUENCE(2)"]);
    expect(after.values.map((row) => row[0])).toEqual(["Views", 20, 30]);
    expect(after.values[0]?.[1]).toBe(50);
    expect(after.values[1]?.[2]).toBe(2);
    expect(sheet.gridRows).toBe(999);
    // A write large enough to rebuild the engine from the stored cells computes the same.
    sheet.write(
      5,
      1,
      Array.from({ length: 20_000 }, () => [""]),
    );
    const rebuilt = sheet.read();
    expect(book.engine.rebuilds).toBe(2);
    expect(rebuilt.values.slice(0, 3).map((row) => row.slice(0, 3))).toEqual(
      after.values.map((row) => row.slice(0, 3)),
    );
  });

  it("moves number formats, validation and conditional rules up with the rows", () => {
    const book = new MemoryWorkbook();
    const sheet = book.addSheet("Roster");
    const area = { row: 5, col: 2, numRows: 10, numCols: 1 };
    sheet.setNumberFormats([area], "#,##0");
    sheet.setValidations([{ area: { row: 3, col: 1, numRows: 1, numCols: 1 }, rule: { kind: "date" } }]);
    sheet.addConditionalRules([{ area, formula: "=$B5<0", background: "#f4cccc", fontColor: "#990000" }]);
    sheet.deleteRows(2, 2);
    expect(sheet.numberFormatAreas).toEqual([{ area: { ...area, row: 3 }, format: "#,##0" }]);
    expect(sheet.validationAreas).toEqual([]);
    expect(sheet.conditionalRules.map((rule) => rule.area)).toEqual([{ ...area, row: 3 }]);
  });

  it("rejects rows of different widths and positions before A1", () => {
    const sheet = new MemoryWorkbook().addSheet("S");
    expect(() => sheet.write(1, 1, [["a", "b"], ["c"]])).toThrow(
      'Writing to sheet "S" at row 2: every row needs 2 cells like the first, but this one has 1.',
    );
    expect(() => sheet.write(0, 1, [["a"]])).toThrow("write: row and column start at 1, got row 0, column 1");
  });
});

describe("MemoryWorkbook sheets", () => {
  it("keeps formulas pointing at a renamed sheet working", () => {
    const book = new MemoryWorkbook();
    const settings = book.addSheet("Settings");
    const data = book.addSheet("Data");
    settings.write(1, 1, [[7]]);
    data.write(1, 1, [["=Settings!A1*3"]]);
    book.renameSheet("Settings", "Program Settings");
    settings.write(1, 1, [[10]]);
    expect(data.read()).toEqual({ values: [[30]], formulas: [["='Program Settings'!A1*3"]] });
    expect(book.sheetNames()).toEqual(["Program Settings", "Data"]);
    expect(settings.name).toBe("Program Settings");
  });

  it("finds sheets ignoring case, refuses a taken name and turns references to a removed sheet into #REF!", () => {
    const book = new MemoryWorkbook();
    book.addSheet("Posts");
    const summary = book.addSheet("Summary");
    summary.write(1, 1, [["=Posts!A1"]]);
    expect(book.sheet("posts")?.name).toBe("Posts");
    expect(book.sheet("Nope")).toBeNull();
    expect(() => book.addSheet("POSTS")).toThrow('A sheet with the name "POSTS" already exists');
    book.removeSheet("Posts");
    book.removeSheet("Posts");
    expect(summary.read().values).toEqual([["#REF!"]]);
    expect(() => book.renameSheet("Posts", "Old posts")).toThrow(
      'There is no sheet named "Posts" in this spreadsheet.',
    );
  });

  it("records every port call by method name", () => {
    const book = new MemoryWorkbook();
    const sheet = book.addSheet("Log");
    sheet.write(1, 1, [["a"]]);
    sheet.read();
    book.toast("Done", "Influencer Desk");
    expect(book.calls).toEqual(["addSheet", "write", "read", "toast"]);
    expect(book.toasts).toEqual([{ message: "Done", title: "Influencer Desk" }]);
    book.resetCalls();
    expect(book.calls).toEqual([]);
  });

  it("stores layout: formats, validations, conditional rules, frozen rows, filter, header, widths, charts", () => {
    const book = new MemoryWorkbook();
    const sheet = book.addSheet("Roster");
    const area = { row: 2, col: 3, numRows: 10, numCols: 1 };
    sheet.setNumberFormats([area], "#,##0");
    sheet.setValidations([{ area: area, rule: { kind: "number", min: 0 } }]);
    sheet.addConditionalRules([{ area, formula: "=$C2<0", background: "#f4cccc", fontColor: "#990000" }]);
    sheet.addConditionalRules([{ area, formula: "=$C2>100", background: "#d9ead3", fontColor: "#274e13" }]);
    sheet.setFrozenRows(1);
    sheet.addFilter(5);
    sheet.styleHeader(5);
    sheet.setColumnWidths(2, [120, 80]);
    sheet.addChart({ kind: "column", title: "Views", data: area, anchor: { row: 1, col: 8 } });
    // A right-axis series the data does not have fails here as it would do nothing in Sheets.
    expect(() =>
      sheet.addChart({ kind: "line", title: "Two", data: area, anchor: { row: 1, col: 8 }, rightAxis: [5] }),
    ).toThrow(/series 5 is not one of the chart's/);
    expect(sheet.numberFormatAt(5, 3)).toBe("#,##0");
    expect(sheet.numberFormatAt(12, 3)).toBeUndefined();
    expect(sheet.conditionalFormulas()).toEqual(["=$C2<0", "=$C2>100"]);
    expect(sheet.frozenRows()).toBe(1);
    expect(sheet.hasFilter()).toBe(true);
    expect(() => sheet.addFilter(5)).toThrow(/already has a filter/);
    expect([...sheet.columnWidths]).toEqual([
      [2, 120],
      [3, 80],
    ]);
    expect(sheet.validationAreas).toEqual([{ area, rule: { kind: "number", min: 0 } }]);
    expect(sheet.headerColumns).toBe(5);
    expect(sheet.charts.map((chart) => chart.title)).toEqual(["Views"]);
  });

  it("computes the same after a large write, which rebuilds the engine, as after small ones", () => {
    const book = new MemoryWorkbook();
    const sheet = book.addSheet("Posts");
    sheet.write(1, 1, [["Creator", "Views", "Double", "", "", "", "=SUM(C2:C3001)"]]);
    expect(sheet.read().values[0]?.[6]).toBe(0);
    const rows = Array.from({ length: 3000 }, (_, i) => [
      `creator ${i + 1}`,
      i + 1,
      `=B${i + 2}*2`,
      "",
      "",
      "",
      "",
    ]);
    sheet.write(2, 1, rows);
    const snapshot = sheet.read();
    expect(book.engine.rebuilds).toBe(2);
    expect(snapshot.values.length).toBe(3001);
    expect(snapshot.values[3000]?.slice(0, 3)).toEqual(["creator 3000", 3000, 6000]);
    // 2 × (1 + 2 + … + 3000) = 3000 × 3001
    expect(snapshot.values[0]?.[6]).toBe(9_003_000);
    sheet.write(2, 2, [[101]]);
    expect(sheet.read().values[0]?.[6]).toBe(9_003_200);
    expect(book.engine.rebuilds).toBe(2);
  });
});
