import { describe, expect, it } from "vitest";
import { setUpSheets } from "../../src/addon/actions/setUpSheets";
import { memoryContext } from "../../src/addon/memoryContext";
import { type MemorySheet, MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import type { WriteCell } from "../../src/workbook/port";

const UP_TO_DATE = "Everything was already up to date; nothing changed.";

function rosterBook(rows: WriteCell[][]) {
  const workbook = new MemoryWorkbook({ name: "Team program", timeZone: "UTC" });
  workbook.addSheet("Roster").write(1, 1, rows);
  return { workbook, context: memoryContext(workbook), sheet: workbook.sheet("Roster") as MemorySheet };
}

describe("a computed column the team already named", () => {
  // The team typed "Tier" and "Engagement rate" over empty columns, with a blank row in their list.
  const rows: WriteCell[][] = [
    [
      "Creator",
      "Handle",
      "Followers",
      "Avg comments",
      "Avg shares",
      "Avg link clicks",
      "Tier",
      "Engagement rate",
    ],
    ["Maya", { text: "@maya" }, 12500, 40, 12, 9, "", ""],
    ["Leo", { text: "@leo" }, 800, 10, 2, 0, "", ""],
    ["", "", "", "", "", "", "", ""],
    ["Ava", { text: "@ava" }, 150000, 900, 80, 40, "", ""],
  ];

  it("keeps their header cell as they typed it and puts one formula under it for the rows of data", () => {
    const { context, sheet } = rosterBook(rows);
    setUpSheets(context, ["Roster"]);
    const { values, formulas } = sheet.read();
    expect(values[0]?.slice(6, 8)).toEqual(["Tier", "Engagement rate"]);
    expect(formulas[0]?.slice(6, 8)).toEqual(["", ""]);
    // One formula spills over the whole run, the team's blank row included (it shows nothing there).
    expect(formulas[1]?.[6]).toMatch(/^=TIER\(C2:C5,Settings!\$A\$\d+:\$B\$\d+\)$/);
    expect(formulas[1]?.[7]).toBe("=ENGAGEMENT_RATE(D2:F5,C2:C5)");
    expect([2, 3, 4].map((r) => formulas[r]?.[6])).toEqual(["", "", ""]);
    expect(values.map((row) => row[6])).toEqual(["Tier", "Micro", "Below Nano", "", "Macro"]);
  });

  it("recognises those formulas as its own on the next run, which changes nothing", () => {
    const { context, sheet } = rosterBook(rows);
    setUpSheets(context, ["Roster"]);
    const first = sheet.read();
    expect(setUpSheets(context, ["Roster"])).toBe(UP_TO_DATE);
    expect(sheet.read()).toEqual(first);
  });

  it("extends the runs when the team adds a creator, still without touching the header", () => {
    const { context, sheet } = rosterBook(rows);
    setUpSheets(context, ["Roster"]);
    sheet.write(6, 1, [["Kim", { text: "@kim" }, 2000, 5, 1, 1]]);
    setUpSheets(context, ["Roster"]);
    const { formulas } = sheet.read();
    expect(formulas[0]?.[6]).toBe("");
    expect(formulas[1]?.[6]).toMatch(/^=TIER\(C2:C6,/);
  });
});

describe("a computed column holding a formula of the team's", () => {
  it("gets no number format of ours on any of its cells, and a rerun is quiet about it", () => {
    const { context, sheet } = rosterBook([
      ["Creator", "Handle", "Followers", "Avg comments", "Avg shares", "Avg link clicks", "Engagement rate"],
      ["Maya", { text: "@maya" }, 1000, 30, 12, 8, "=(D2+E2+F2)/C2/2"],
      ["Leo", { text: "@leo" }, 2000, 10, 10, 0, ""],
    ]);
    const summary = setUpSheets(context, ["Roster"]);
    expect(summary).toContain("Roster › Engagement rate: 1 cell holds your own formulas; left as they are.");
    expect(sheet.numberFormatAt(2, 7)).toBeUndefined();
    expect(sheet.numberFormatAt(3, 7)).toBeUndefined();
    expect(setUpSheets(context, ["Roster"])).toBe(UP_TO_DATE);
  });
});
