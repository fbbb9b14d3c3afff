import { afterEach, describe, expect, it } from "vitest";
import { appsScriptWorkbook } from "../../src/workbook/appsScript";
import type { WriteCell } from "../../src/workbook/port";
import { type FakeAppsScript, type FakeAppsScriptOptions, installFakeAppsScript } from "../fakes/appsScript";

let fake: FakeAppsScript | undefined;

function install(options: FakeAppsScriptOptions = {}): FakeAppsScript {
  fake = installFakeAppsScript(options);
  return fake;
}

afterEach(() => {
  fake?.uninstall();
  fake = undefined;
});

function rawSheet(f: FakeAppsScript, name: string) {
  const sheet = f.spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`test setup: no sheet ${name}`);
  return sheet;
}

function rosterRows(n: number): WriteCell[][] {
  return Array.from({ length: n }, (_, i) => [
    `@creator${i + 1}`,
    1000 + i,
    `=B${i + 2}*2`,
    { text: `note ${i}` },
  ]);
}

describe("appsScriptWorkbook read and write", () => {
  it("writes values and formulas in one setValues and reads them back", () => {
    const f = install({
      spreadsheet: {
        sheets: [{ name: "Roster" }],
        formulaResult: (formula) => (formula === "=B2*2" ? 24000 : undefined),
      },
    });
    const sheet = appsScriptWorkbook().sheet("Roster");
    const signed = new Date(2024, 2, 5);
    sheet?.write(1, 1, [
      ["Handle", "Followers", "Double", "Signed", "Active"],
      ["@mia", 12000, "=B2*2", signed, true],
    ]);

    expect(f.calls.filter((c) => c === "Range.setValues")).toHaveLength(1);
    const snapshot = sheet?.read();
    expect(snapshot?.values).toEqual([
      ["Handle", "Followers", "Double", "Signed", "Active"],
      ["@mia", 12000, 24000, signed, true],
    ]);
    expect(snapshot?.formulas).toEqual([
      ["", "", "", "", ""],
      ["", "", "=B2*2", "", ""],
    ]);
    expect(snapshot?.values[1]?.[3]).toBeInstanceOf(Date);
  });

  it("reads an empty sheet as empty arrays, in three service calls", () => {
    const f = install({ spreadsheet: { sheets: [{ name: "Report" }] } });
    const sheet = appsScriptWorkbook().sheet("Report");
    f.resetCalls();

    expect(sheet?.read()).toEqual({ values: [], formulas: [] });
    expect(f.calls).toEqual(["Sheet.getDataRange", "Range.getValues", "Range.getFormulas"]);
  });

  it("stores Text that looks like a formula, a number or a quote as the exact text", () => {
    const f = install({ spreadsheet: { sheets: [{ name: "Roster" }] } });
    appsScriptWorkbook()
      .sheet("Roster")
      ?.write(2, 1, [
        [{ text: "=IMPORTXML(A1)" }, { text: "+1 555 0100" }, { text: "00123" }, { text: "'hi" }, "00123"],
      ]);

    const cells = rawSheet(f, "Roster").getRange(2, 1, 1, 5);
    expect(cells.getValues()).toEqual([["=IMPORTXML(A1)", "+1 555 0100", "00123", "'hi", 123]]);
    expect(cells.getFormulas()).toEqual([["", "", "", "", ""]]);
  });

  it("grows the sheet past its 1000 rows and 26 columns with one insert each", () => {
    const f = install({ spreadsheet: { sheets: [{ name: "Posts" }] } });
    const sheet = appsScriptWorkbook().sheet("Posts");
    const wide: WriteCell[][] = Array.from({ length: 1500 }, (_, r) =>
      Array.from({ length: 30 }, (_, c) => r * 30 + c),
    );
    sheet?.write(2, 1, wide);

    const raw = rawSheet(f, "Posts");
    expect([raw.getMaxRows(), raw.getMaxColumns()]).toEqual([1501, 30]);
    expect(f.calls.filter((c) => c === "Sheet.insertRowsAfter")).toHaveLength(1);
    expect(f.calls.filter((c) => c === "Sheet.insertColumnsAfter")).toHaveLength(1);
    expect(raw.getRange(1501, 30).getValue()).toBe(1499 * 30 + 29);
    expect(sheet?.read().values).toHaveLength(1501);
  });

  it("asks for the grid size once per sheet, however many writes follow", () => {
    const f = install({ spreadsheet: { sheets: [{ name: "Posts" }] } });
    const sheet = appsScriptWorkbook().sheet("Posts");
    sheet?.write(1, 1, [["a"]]);
    sheet?.write(1200, 1, [["b"]]);
    sheet?.write(1300, 1, [["c"]]);

    expect(f.calls.filter((c) => c === "Sheet.getMaxRows")).toHaveLength(1);
    expect(f.calls.filter((c) => c === "Sheet.insertRowsAfter")).toHaveLength(2);
    expect(rawSheet(f, "Posts").getMaxRows()).toBe(1300);
  });

  it("makes the same service calls for 100 rows as for 10,000 rows", () => {
    const callsFor = (rows: number, sheetRows: number) => {
      const f = installFakeAppsScript({ spreadsheet: { sheets: [{ name: "Posts", rows: sheetRows }] } });
      try {
        const sheet = appsScriptWorkbook().sheet("Posts");
        sheet?.write(2, 1, rosterRows(rows));
        expect(sheet?.read().values).toHaveLength(rows + 1);
        return [...f.calls];
      } finally {
        f.uninstall();
      }
    };
    // Room for both: no growth.
    const small = callsFor(100, 20_000);
    expect(callsFor(10_000, 20_000)).toEqual(small);
    expect(small).toHaveLength(9);
    // Both past the default 1000 rows: one insert each.
    const grown = callsFor(1_500, 1000);
    expect(callsFor(10_000, 1000)).toEqual(grown);
    expect(grown.filter((c) => c === "Sheet.insertRowsAfter")).toHaveLength(1);
  });

  it("deletes rows in one service call and grows back with one insert", () => {
    const f = install({ spreadsheet: { sheets: [{ name: "Templates" }] } });
    const sheet = appsScriptWorkbook().sheet("Templates");
    sheet?.write(1, 1, [["Key"]]);
    f.resetCalls();
    sheet?.deleteRows(2, 10);
    expect(f.calls).toEqual(["Sheet.deleteRows"]);
    sheet?.write(1000, 1, [["last"]]);
    expect(rawSheet(f, "Templates").getMaxRows()).toBe(1000);
    expect(f.calls.filter((c) => c === "Sheet.insertRowsAfter")).toHaveLength(1);
  });

  it("clears contents", () => {
    const f = install({ spreadsheet: { sheets: [{ name: "Report", values: [["Week", 3]] }] } });
    appsScriptWorkbook().sheet("Report")?.clear();
    expect(rawSheet(f, "Report").getLastRow()).toBe(0);
  });
});

describe("appsScriptWorkbook formats and rules", () => {
  it("appends conditional rules and keeps the ones already on the sheet", () => {
    const f = install({ spreadsheet: { sheets: [{ name: "Roster" }] } });
    const raw = rawSheet(f, "Roster");
    const earlier = [
      f.spreadsheetApp.newConditionalFormatRule().whenTextContains("paused").setBackground("#eeeeee").build(),
      f.spreadsheetApp
        .newConditionalFormatRule()
        .whenFormulaSatisfied("=$E2>0.1")
        .setBackground("#d9ead3")
        .build(),
    ];
    raw.setConditionalFormatRules(earlier);

    const sheet = appsScriptWorkbook().sheet("Roster");
    sheet?.addConditionalRules([
      {
        area: { row: 2, col: 1, numRows: 999, numCols: 8 },
        formula: "=$H2<0.01",
        background: "#f4cccc",
        fontColor: "#990000",
      },
    ]);

    expect(sheet?.conditionalFormulas()).toEqual(["=$E2>0.1", "=$H2<0.01"]);
    const rules = raw.getConditionalFormatRules();
    expect(rules.slice(0, 2)).toEqual(earlier);
    const added = rules[2];
    expect(added?.getBooleanCondition()?.getBackground()).toBe("#f4cccc");
    expect(added?.getBooleanCondition()?.getFontColor()).toBe("#990000");
    expect(added?.getRanges().map((r) => r.getA1Notation())).toEqual(["A2:H1000"]);
  });

  it("adds nothing and calls nothing for an empty list of rules", () => {
    const f = install({ spreadsheet: { sheets: [{ name: "Roster" }] } });
    const sheet = appsScriptWorkbook().sheet("Roster");
    f.resetCalls();
    sheet?.addConditionalRules([]);
    expect(f.calls).toEqual([]);
  });

  it("sets drop-down, date and minimum-number validation", () => {
    const f = install({ spreadsheet: { sheets: [{ name: "Deliverables" }] } });
    const sheet = appsScriptWorkbook().sheet("Deliverables");
    sheet?.setValidations([
      {
        area: { row: 2, col: 3, numRows: 10, numCols: 1 },
        rule: {
          kind: "list",
          values: ["Draft", "Live"],
          strict: true,
        },
      },
    ]);
    sheet?.setValidations([
      {
        area: { row: 2, col: 4, numRows: 10, numCols: 1 },
        rule: {
          kind: "list",
          values: ["Reel"],
          strict: false,
        },
      },
    ]);
    sheet?.setValidations([{ area: { row: 2, col: 5, numRows: 10, numCols: 1 }, rule: { kind: "date" } }]);
    sheet?.setValidations([
      { area: { row: 2, col: 6, numRows: 10, numCols: 1 }, rule: { kind: "number", min: 0 } },
    ]);

    const raw = rawSheet(f, "Deliverables");
    const strict = raw.getRange("C11").getDataValidation();
    expect([strict?.getCriteriaType(), strict?.getCriteriaValues(), strict?.getAllowInvalid()]).toEqual([
      "VALUE_IN_LIST",
      [["Draft", "Live"], true],
      false,
    ]);
    expect(raw.getRange("D2").getDataValidation()?.getAllowInvalid()).toBe(true);
    expect(raw.getRange("E2").getDataValidation()?.getCriteriaType()).toBe("DATE_IS_VALID_DATE");
    expect(raw.getRange("F2").getDataValidation()?.getCriteriaValues()).toEqual([0]);
    expect(raw.getRange("C12").getDataValidation()).toBeNull();
  });

  it("sets number formats, frozen rows, the header style and column widths", () => {
    const f = install({ spreadsheet: { sheets: [{ name: "Roster" }] } });
    const sheet = appsScriptWorkbook().sheet("Roster");
    sheet?.setNumberFormats([{ row: 2, col: 5, numRows: 999, numCols: 1 }], "0.00%");
    sheet?.setFrozenRows(1);
    sheet?.styleHeader(4);
    f.resetCalls();
    sheet?.setColumnWidths(2, [120, 120, 80, 120]);

    const raw = rawSheet(f, "Roster");
    expect(raw.getRange("E1000").getNumberFormat()).toBe("0.00%");
    expect(raw.getRange("E1").getNumberFormat()).toBe("0.###############");
    expect(sheet?.frozenRows()).toBe(1);
    expect([raw.getRange("D1").getFontWeight(), raw.getRange("D1").getBackground()]).toEqual([
      "bold",
      "#f1f3f4",
    ]);
    expect(raw.getRange("E1").getFontWeight()).toBe("normal");
    expect([2, 3, 4, 5, 6].map((c) => raw.getColumnWidth(c))).toEqual([120, 120, 80, 120, 100]);
    // 120 over all four columns, then 80 over the third: two calls instead of one per run of equal widths.
    expect(f.calls.filter((c) => c === "Sheet.setColumnWidths")).toHaveLength(2);
  });

  it("adds a filter over the header and at least one row below it", () => {
    const f = install({
      spreadsheet: { sheets: [{ name: "Roster", values: [["Handle", "Followers", "Tier"]] }] },
    });
    const sheet = appsScriptWorkbook().sheet("Roster");
    expect(sheet?.hasFilter()).toBe(false);
    sheet?.addFilter(3);
    expect(sheet?.hasFilter()).toBe(true);
    expect(rawSheet(f, "Roster").getFilter()?.getRange().getA1Notation()).toBe("A1:C2");
  });

  it("inserts a titled chart over the data at the anchor", () => {
    const f = install({ spreadsheet: { sheets: [{ name: "Report" }] } });
    appsScriptWorkbook()
      .sheet("Report")
      ?.addChart({
        kind: "line",
        title: "Weekly EMV",
        data: { row: 1, col: 1, numRows: 9, numCols: 2 },
        anchor: { row: 2, col: 5 },
      });

    const [chart] = rawSheet(f, "Report").getCharts();
    expect(chart?.state.type).toBe("LINE");
    expect(chart?.getRanges().map((r) => r.getA1Notation())).toEqual(["A1:B9"]);
    expect(chart?.getNumHeaders()).toBe(1);
    expect(chart?.state.position).toEqual({ anchorRow: 2, anchorColumn: 5, offsetX: 0, offsetY: 0 });
    expect(chart?.state.options.get("title")).toBe("Weekly EMV");
    expect(chart?.state.options.has("series")).toBe(false);
  });

  it("puts the series asked for on the right axis, so a small count beside large sums is not a flat line", () => {
    const f = install({ spreadsheet: { sheets: [{ name: "Report" }] } });
    appsScriptWorkbook()
      .sheet("Report")
      ?.addChart({
        kind: "line",
        title: "Last six weeks",
        data: { row: 1, col: 1, numRows: 7, numCols: 4 },
        anchor: { row: 2, col: 8 },
        rightAxis: [0],
      });
    const [chart] = rawSheet(f, "Report").getCharts();
    expect(chart?.getRanges().map((r) => r.getA1Notation())).toEqual(["A1:D7"]);
    expect(chart?.state.options.get("series")).toEqual({ 0: { targetAxisIndex: 1 } });
  });
});

describe("appsScriptWorkbook sheets", () => {
  it("reads the name, time zone and locale once each", () => {
    const f = install({
      spreadsheet: { name: "Glow Co creators", timeZone: "Europe/Berlin", locale: "de_DE" },
    });
    const workbook = appsScriptWorkbook();
    expect([workbook.name, workbook.timeZone, workbook.locale, workbook.timeZone]).toEqual([
      "Glow Co creators",
      "Europe/Berlin",
      "de_DE",
      "Europe/Berlin",
    ]);
    expect(f.calls.filter((c) => c === "Spreadsheet.getSpreadsheetTimeZone")).toHaveLength(1);
  });

  it("adds, lists, renames, activates and removes sheets", () => {
    const f = install();
    const workbook = appsScriptWorkbook();
    workbook.addSheet("Roster").write(1, 1, [["Handle"]]);
    workbook.addSheet("Posts");
    workbook.renameSheet("Posts", "Post log");
    workbook.activate("Roster");
    workbook.removeSheet("Sheet1");
    workbook.removeSheet("Sheet1");

    expect(workbook.sheetNames()).toEqual(["Roster", "Post log"]);
    expect(f.spreadsheet.getActiveSheet().getName()).toBe("Roster");
    expect(workbook.sheet("Posts")).toBeNull();
    expect(workbook.sheet("Roster")?.read().values).toEqual([["Handle"]]);
  });

  it("shows a toast for five seconds", () => {
    const f = install();
    appsScriptWorkbook().toast("Roster set up: 3 columns added.", "Influencer Desk");
    expect(f.spreadsheet.toasts).toEqual([
      { message: "Roster set up: 3 columns added.", title: "Influencer Desk", timeoutSeconds: 5 },
    ]);
  });

  it("stores buffered writes with one SpreadsheetApp.flush call", () => {
    const f = install();
    const workbook = appsScriptWorkbook();
    const { flush } = workbook;
    f.calls.length = 0;
    flush();
    expect(f.calls).toEqual(["SpreadsheetApp.flush"]);
  });

  it("explains when the run has no open spreadsheet", () => {
    install({ noDocument: true });
    expect(() => appsScriptWorkbook()).toThrow(
      "Influencer Desk needs an open spreadsheet, and this run has none.",
    );
  });
});

describe("appsScriptWorkbook's tab list", () => {
  it("lists the tabs once per run and keeps the list as it adds, renames and removes tabs", () => {
    const f = install({ spreadsheet: { sheets: [{ name: "Roster" }, { name: "Notes" }] } });
    const workbook = appsScriptWorkbook();
    f.resetCalls();
    expect(workbook.sheetNames()).toEqual(["Roster", "Notes"]);
    expect(workbook.sheet("Posts")).toBeNull();
    expect(workbook.sheet("Roster")?.name).toBe("Roster");
    expect(workbook.sheetNames()).toEqual(["Roster", "Notes"]);
    // One listing; a tab no listed name has is known to be missing without asking Sheets.
    expect(f.calls).toEqual(["Spreadsheet.getSheets", "Sheet.getName", "Sheet.getName"]);
    workbook.addSheet("Posts");
    workbook.renameSheet("Notes", "Team notes");
    workbook.removeSheet("Roster");
    expect(workbook.sheetNames()).toEqual(["Team notes", "Posts"]);
    expect(f.spreadsheet.getSheets().map((sheet) => sheet.getName())).toEqual(["Team notes", "Posts"]);
    expect(workbook.sheet("Team notes")?.name).toBe("Team notes");
    expect(workbook.sheet("Roster")).toBeNull();
  });
});
