import { afterEach, describe, expect, it } from "vitest";
import type { WorkbookPort, WriteCell } from "../../src/workbook/port";

/**
 * One suite for the Workbook port, run against every adapter (as unstorage runs one driver suite
 * against every driver). It speaks only through the port, so a test here is a promise the sheets
 * layer may rely on whichever adapter is behind it.
 *
 * Known differences between the adapters (each also in README, "Things that surprised us"):
 * - Formula results: the Apps Script fake does not compute formulas (getValues shows "" unless a test
 *   supplies a result), so tests of computed values run only where `computes` is true.
 * - Typed dates: a plain string such as "3/4" becomes a date in Sheets and in memory; the fake keeps
 *   it as text (it does not model typed dates). Text ({ text: "3/4" }) stays text in all three.
 * - Sheet names: the in-memory workbook finds "posts" for "Posts" (names are unique ignoring case in
 *   Sheets); the fake, like getSheetByName as our adapter uses it, matches the exact name.
 * - Open-ended ranges ("E2:E") after a row deletion: memory moves their start like Sheets; the fake
 *   leaves them as written.
 */
export interface ContractWorkbook {
  workbook: WorkbookPort;
  /** Whether the adapter computes formulas (the fake only stores them). */
  computes: boolean;
  /** Undo whatever making the workbook set up (the fake's globals). */
  dispose?: () => void;
}

export type MakeWorkbook = (options: { timeZone: string; locale: string }) => ContractWorkbook;

const OPTIONS = { timeZone: "Europe/Berlin", locale: "en_US" };

export function describeWorkbookContract(adapter: string, make: MakeWorkbook): void {
  let made: ContractWorkbook | undefined;
  const open = (): ContractWorkbook => {
    made = make(OPTIONS);
    return made;
  };
  afterEach(() => {
    made?.dispose?.();
    made = undefined;
  });

  describe(`Workbook port contract: ${adapter}`, () => {
    describeReadingAndWriting(open);
    describeGrowth(open);
    describeStyling(open);
    describeRowDeletion(open);
    describeSheets(open);
  });
}

/** Opens a fresh workbook of the adapter under test. */
type Open = () => ContractWorkbook;

/** A fresh workbook's new sheet. */
function sheetMaker(open: Open) {
  return (name = "Roster") => open().workbook.addSheet(name);
}

function describeReadingAndWriting(open: Open): void {
  const newSheet = sheetMaker(open);
  describe("reading and writing", () => {
    it("reads back text, numbers, booleans and blanks as getValues does, with a blank formula grid", () => {
      const sheet = newSheet();
      sheet.write(1, 1, [
        ["Handle", "Followers", "Active"],
        ["@mia", 12500, true],
        ["@leo", "", false],
      ]);
      expect(sheet.read()).toEqual({
        values: [
          ["Handle", "Followers", "Active"],
          ["@mia", 12500, true],
          ["@leo", "", false],
        ],
        formulas: [
          ["", "", ""],
          ["", "", ""],
          ["", "", ""],
        ],
      });
    });

    it("reads an empty sheet as no rows", () => {
      expect(newSheet().read()).toEqual({ values: [], formulas: [] });
    });

    it("stores a string starting with = as a formula and reads its text back", () => {
      const { workbook, computes } = open();
      const sheet = workbook.addSheet("Roster");
      sheet.write(1, 1, [[2, "=A1*21"]]);
      const snapshot = sheet.read();
      expect(snapshot.formulas).toEqual([["", "=A1*21"]]);
      if (computes) expect(snapshot.values).toEqual([[2, 42]]);
    });

    it("keeps Text as the exact text, whatever it looks like", () => {
      const sheet = newSheet();
      const looksLikeMore = [
        '=HYPERLINK("https://x.example","x")',
        "+leo",
        "-5",
        "@mia",
        "00123",
        "3/4",
        "TRUE",
        "'hi",
      ];
      sheet.write(2, 1, [looksLikeMore.map((text) => ({ text }))]);
      const snapshot = sheet.read();
      expect(snapshot.values[1]).toEqual(looksLikeMore);
      expect(snapshot.formulas[1]).toEqual(looksLikeMore.map(() => ""));
    });

    it("reads plain strings as typed: numbers and booleans", () => {
      const sheet = newSheet();
      sheet.write(1, 1, [["00123", "12.5", "TRUE", "false", "plain"]]);
      expect(sheet.read().values).toEqual([[123, 12.5, true, false, "plain"]]);
    });

    it("writes a Date and reads back the same instant", () => {
      const sheet = newSheet("Posts");
      const posted = new Date("2024-03-31T00:30:00Z");
      sheet.write(1, 1, [[posted]]);
      const [value] = sheet.read().values[0] ?? [];
      expect(value).toBeInstanceOf(Date);
      expect((value as Date).toISOString()).toBe(posted.toISOString());
    });

    it("reads a number in a date-formatted cell as a Date, the serial read in the spreadsheet's zone", () => {
      const sheet = newSheet("Posts");
      sheet.write(1, 1, [[45292.5, 45292.5]]);
      sheet.setNumberFormats([{ row: 1, col: 1, numRows: 1, numCols: 1 }], "yyyy-mm-dd");
      const [date, number] = sheet.read().values[0] ?? [];
      // Noon on 1 January 2024 in Berlin (UTC+1).
      expect((date as Date).toISOString()).toBe("2024-01-01T11:00:00.000Z");
      expect(number).toBe(45292.5);
    });

    it("rejects rows of different lengths, naming the sheet and the row", () => {
      const sheet = newSheet();
      expect(() => sheet.write(5, 1, [["a", "b"], ["c"]])).toThrow(
        'Writing to sheet "Roster" at row 6: every row needs 2 cells like the first, but this one has 1.',
      );
    });

    it("does nothing for an empty write", () => {
      const sheet = newSheet();
      sheet.write(5, 1, []);
      expect(sheet.read()).toEqual({ values: [], formulas: [] });
    });

    it("fills scattered cells with one formula, one value or nothing, leaving the cells between alone", () => {
      const sheet = newSheet();
      sheet.write(1, 1, [["keep"], ["keep"], ["keep"], ["keep"]]);
      sheet.fill(
        [
          { row: 1, col: 1 },
          { row: 3, col: 1 },
        ],
        "=ROW()",
      );
      sheet.fill([{ row: 2, col: 2 }], { text: "=not a formula" });
      sheet.fill([{ row: 4, col: 1 }], "");
      const snapshot = sheet.read();
      // Row 4 emptied: the used range ends at row 3.
      expect(snapshot.formulas.map((row) => row[0])).toEqual(["=ROW()", "", "=ROW()"]);
      expect(snapshot.values[1]?.[0]).toBe("keep");
      expect(snapshot.values[1]?.[1]).toBe("=not a formula");
    });

    it("clears every cell's content", () => {
      const sheet = newSheet("Report");
      sheet.write(1, 1, [["Week", 3]]);
      sheet.clear();
      expect(sheet.read()).toEqual({ values: [], formulas: [] });
    });
  });
}

function describeGrowth(open: Open): void {
  const newSheet = sheetMaker(open);
  describe("growth past the grid", () => {
    it("writes past 1,000 rows and 26 columns and reads the used range from A1", () => {
      const sheet = newSheet("Posts");
      const wide: WriteCell[][] = Array.from({ length: 1500 }, (_, r) =>
        Array.from({ length: 30 }, (_, c) => r * 30 + c),
      );
      sheet.write(2, 1, wide);
      const snapshot = sheet.read();
      expect(snapshot.values).toHaveLength(1501);
      expect(snapshot.values[0]).toHaveLength(30);
      expect(snapshot.values[1500]?.[29]).toBe(1499 * 30 + 29);
    });

    it("fills and formats cells past the grid", () => {
      const sheet = newSheet("Posts");
      sheet.fill([{ row: 1200, col: 28 }], 7);
      sheet.setNumberFormats([{ row: 1300, col: 2, numRows: 1, numCols: 1 }], "0.00%");
      expect(sheet.read().values[1199]?.[27]).toBe(7);
      expect(sheet.styledColumns(1300, 2).map((c) => c.formatted)).toEqual([false, true]);
    });
  });
}

function describeStyling(open: Open): void {
  const newSheet = sheetMaker(open);
  describe("formats, validation and conditional formats", () => {
    it("reports which columns of a row carry a number format or a drop-down", () => {
      const sheet = newSheet();
      sheet.setNumberFormats([{ row: 2, col: 2, numRows: 999, numCols: 1 }], "#,##0");
      sheet.setValidations([
        {
          area: { row: 2, col: 3, numRows: 999, numCols: 1 },
          rule: {
            kind: "list",
            values: ["A", "B"],
            strict: true,
          },
        },
      ]);
      sheet.setValidations([{ area: { row: 2, col: 4, numRows: 999, numCols: 1 }, rule: { kind: "date" } }]);
      sheet.setValidations([
        { area: { row: 2, col: 5, numRows: 999, numCols: 1 }, rule: { kind: "number", min: 0 } },
      ]);
      expect(sheet.styledColumns(2, 5)).toEqual([
        { formatted: false, validated: false },
        { formatted: true, validated: false },
        { formatted: false, validated: true },
        { formatted: false, validated: true },
        { formatted: false, validated: true },
      ]);
      expect(sheet.styledColumns(1, 2)).toEqual([
        { formatted: false, validated: false },
        { formatted: false, validated: false },
      ]);
      expect(sheet.styledColumns(1, 0)).toEqual([]);
    });

    it("refuses a drop-down without values, naming the sheet", () => {
      const sheet = newSheet("Deliverables");
      expect(() =>
        sheet.setValidations([
          {
            area: { row: 2, col: 3, numRows: 1, numCols: 1 },
            rule: {
              kind: "list",
              values: [],
              strict: true,
            },
          },
        ]),
      ).toThrow('A drop-down list on sheet "Deliverables" needs at least one allowed value.');
    });

    it("appends conditional rules and lists their formulas in order", () => {
      const sheet = newSheet();
      const area = { row: 2, col: 1, numRows: 999, numCols: 8 };
      expect(sheet.conditionalFormulas()).toEqual([]);
      sheet.addConditionalRules([
        { area, formula: "=$H2<0.01", background: "#f4cccc", fontColor: "#990000" },
      ]);
      sheet.addConditionalRules([]);
      sheet.addConditionalRules([{ area, formula: "=$E2>0.1", background: "#d9ead3", fontColor: "#274e13" }]);
      expect(sheet.conditionalFormulas()).toEqual(["=$H2<0.01", "=$E2>0.1"]);
    });

    it("freezes rows and adds one filter", () => {
      const sheet = newSheet();
      sheet.write(1, 1, [["Handle", "Followers", "Tier"]]);
      expect([sheet.frozenRows(), sheet.hasFilter()]).toEqual([0, false]);
      sheet.setFrozenRows(1);
      sheet.addFilter(3);
      expect([sheet.frozenRows(), sheet.hasFilter()]).toEqual([1, true]);
      expect(() => sheet.addFilter(3)).toThrow(/already has a filter/);
    });

    it("styles the header, sets column widths and adds a chart without touching contents", () => {
      const sheet = newSheet("Report");
      sheet.write(1, 1, [
        ["Week", "EMV"],
        [1, 200],
      ]);
      sheet.styleHeader(2);
      sheet.setColumnWidths(1, [120, 120, 80]);
      sheet.setColumnWidths(40, [90]);
      sheet.addChart({
        kind: "line",
        title: "EMV",
        data: { row: 1, col: 1, numRows: 2, numCols: 2 },
        anchor: { row: 2, col: 5 },
      });
      expect(sheet.read().values).toEqual([
        ["Week", "EMV"],
        [1, 200],
      ]);
    });
  });
}

function describeRowDeletion(open: Open): void {
  const newSheet = sheetMaker(open);
  describe("row deletion", () => {
    it("moves the rows below up with their values, formats and validation", () => {
      const sheet = newSheet();
      sheet.write(1, 1, [["Handle"], ["@a"], ["@b"], ["@c"], ["@d"]]);
      sheet.setNumberFormats([{ row: 5, col: 2, numRows: 1, numCols: 1 }], "0.00%");
      sheet.setValidations([{ area: { row: 4, col: 3, numRows: 1, numCols: 1 }, rule: { kind: "date" } }]);
      sheet.deleteRows(2, 2);
      expect(sheet.read().values).toEqual([["Handle"], ["@c"], ["@d"]]);
      expect(sheet.styledColumns(3, 3)).toEqual([
        { formatted: false, validated: false },
        { formatted: true, validated: false },
        { formatted: false, validated: false },
      ]);
      expect(sheet.styledColumns(2, 3)[2]).toEqual({ formatted: false, validated: true });
    });

    it("keeps a formula below a deleted row reading its own row", () => {
      const { workbook, computes } = open();
      const sheet = workbook.addSheet("Templates");
      sheet.write(1, 1, [
        ["Key", "Text", "Length"],
        ["a", "one", "=LEN(B2)"],
        ["b", "three", "=LEN(B3)"],
        ["c", "sixsix", "=LEN(B4)"],
      ]);
      sheet.deleteRows(3, 1);
      const snapshot = sheet.read();
      expect(snapshot.formulas.map((row) => row[2])).toEqual(["", "=LEN(B2)", "=LEN(B3)"]);
      if (computes) expect(snapshot.values.map((row) => row[2])).toEqual(["Length", 3, 6]);
    });

    it("adjusts references from other sheets and ranges across the deleted rows; a deleted cell becomes #REF!", () => {
      const { workbook, computes } = open();
      const data = workbook.addSheet("Data");
      const summary = workbook.addSheet("Summary");
      data.write(1, 1, [[1], [2], [4], [8], [16]]);
      data.write(1, 2, [["=SUM(A1:A5)"], ["=A3"], [""], ["=$A$5"]]);
      summary.write(1, 1, [["=Data!A5", "=SUM(Data!A2:A4)"]]);
      data.deleteRows(3, 1);
      expect(data.read().formulas.map((row) => row[1])).toEqual(["=SUM(A1:A4)", "=#REF!", "=$A$4", ""]);
      expect(summary.read().formulas).toEqual([["=Data!A4", "=SUM(Data!A2:A3)"]]);
      if (computes) {
        expect(data.read().values.map((row) => row[1])).toEqual([27, "#REF!", 16, ""]);
        expect(summary.read().values).toEqual([[16, 10]]);
      }
    });

    it("deletes rows past the used range and refuses rows outside the grid", () => {
      const sheet = newSheet();
      sheet.write(1, 1, [["Handle"], ["@a"]]);
      sheet.deleteRows(10, 5);
      expect(sheet.read().values).toEqual([["Handle"], ["@a"]]);
      expect(() => sheet.deleteRows(996, 1)).toThrow("Those rows are out of bounds.");
      sheet.setFrozenRows(1);
      expect(() => sheet.deleteRows(2, 994)).toThrow(
        "Sorry, it is not possible to delete all non-frozen rows.",
      );
    });

    it("grows again after rows are deleted", () => {
      const sheet = newSheet("Posts");
      sheet.deleteRows(2, 10);
      sheet.write(1000, 1, [["last"]]);
      expect(sheet.read().values).toHaveLength(1000);
    });
  });

  describe("grid size", () => {
    it("starts a new sheet at 1000 × 26 and grows with writes past it", () => {
      const sheet = newSheet();
      expect(sheet.gridSize()).toEqual({ rows: 1000, cols: 26 });
      sheet.write(1001, 28, [["far"]]);
      expect(sheet.gridSize()).toEqual({ rows: 1001, cols: 28 });
    });

    it("trims the grid to the used range, keeping every value, format and the frozen row", () => {
      const sheet = newSheet("Report");
      sheet.write(1, 1, [
        ["Metric", "This week", "Last week"],
        ["Posts", 3, 1],
      ]);
      sheet.setNumberFormats([{ row: 2, col: 2, numRows: 1, numCols: 2 }], "#,##0");
      sheet.setFrozenRows(1);
      sheet.trimGrid(2, 3);
      expect(sheet.gridSize()).toEqual({ rows: 2, cols: 3 });
      expect(sheet.read().values).toEqual([
        ["Metric", "This week", "Last week"],
        ["Posts", 3, 1],
      ]);
      expect(sheet.frozenRows()).toBe(1);
      sheet.trimGrid(5, 5);
      expect(sheet.gridSize()).toEqual({ rows: 2, cols: 3 });
      sheet.write(3, 1, [["grows again"]]);
      expect(sheet.gridSize()).toEqual({ rows: 3, cols: 3 });
    });
  });
}

function describeSheets(open: Open): void {
  describe("sheets", () => {
    it("adds, finds, lists, renames, activates and removes sheets", () => {
      const { workbook } = open();
      const before = workbook.sheetNames();
      workbook.addSheet("Roster").write(1, 1, [["Handle"]]);
      workbook.addSheet("Posts");
      workbook.renameSheet("Posts", "Post log");
      workbook.activate("Roster");
      expect(workbook.sheetNames()).toEqual([...before, "Roster", "Post log"]);
      expect(workbook.sheet("Posts")).toBeNull();
      expect(workbook.sheet("Post log")?.name).toBe("Post log");
      expect(workbook.sheet("Roster")?.read().values).toEqual([["Handle"]]);
      workbook.removeSheet("Post log");
      workbook.removeSheet("Post log");
      expect(workbook.sheetNames()).toEqual([...before, "Roster"]);
    });

    it("keeps formulas pointing at a renamed sheet", () => {
      const { workbook, computes } = open();
      workbook.addSheet("Settings").write(1, 1, [[7]]);
      const data = workbook.addSheet("Data");
      data.write(1, 1, [["=Settings!A1*3", '="Settings!A1"']]);
      workbook.renameSheet("Settings", "Program Settings");
      expect(data.read().formulas).toEqual([["='Program Settings'!A1*3", '="Settings!A1"']]);
      if (computes) expect(data.read().values).toEqual([[21, "Settings!A1"]]);
    });

    it("refuses a taken name and names a missing sheet", () => {
      const { workbook } = open();
      workbook.addSheet("Roster");
      expect(() => workbook.addSheet("Roster")).toThrow('A sheet with the name "Roster" already exists.');
      expect(() => workbook.renameSheet("Campaigns", "Old")).toThrow(
        'There is no sheet named "Campaigns" in this spreadsheet.',
      );
      expect(() => workbook.activate("Campaigns")).toThrow(
        'There is no sheet named "Campaigns" in this spreadsheet.',
      );
    });

    it("refuses to remove the last sheet", () => {
      const { workbook } = open();
      workbook.addSheet("Only");
      for (const name of workbook.sheetNames()) if (name !== "Only") workbook.removeSheet(name);
      expect(() => workbook.removeSheet("Only")).toThrow("You can't remove all the sheets in a document.");
    });

    it("reports its time zone and locale and shows a toast", () => {
      const { workbook } = open();
      expect([workbook.timeZone, workbook.locale]).toEqual([OPTIONS.timeZone, OPTIONS.locale]);
      expect(() => workbook.toast("Roster set up.", "Influencer Desk")).not.toThrow();
    });
  });
}
