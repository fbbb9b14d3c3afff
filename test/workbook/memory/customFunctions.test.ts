import { describe, expect, it } from "vitest";
import { MemoryWorkbook } from "../../../src/workbook/memory/memoryWorkbook";

function rosterBook() {
  const book = new MemoryWorkbook();
  const roster = book.addSheet("Roster");
  roster.write(1, 1, [
    ["Creator", "Platform", "Caption", "", "Followers"],
    ["ana", "Instagram", "Loving this serum #ad", "", 500],
    ["ben", "TikTok", "Great day at the beach", "", 1000],
    ["cy", "Instagram", "", "", 12000],
    ["dee", "YouTube", "#sp thanks for the kit", "", 99999],
    ["eve", "TikTok", "Ad: my new favourite", "", 250000],
  ]);
  return { book, roster };
}

function column(values: unknown[][], col: number): unknown[] {
  return values.map((row) => row[col - 1]);
}

describe("custom functions in formulas", () => {
  it("spills one TIER per row from a single formula", () => {
    const { roster } = rosterBook();
    roster.write(1, 6, [["Tier"], ["=TIER(E2:E6)"]]);
    const snapshot = roster.read();
    expect(column(snapshot.values, 6)).toEqual(["Tier", "Below Nano", "Nano", "Micro", "Micro", "Macro"]);
    expect(column(snapshot.formulas, 6)).toEqual(["", "=TIER(E2:E6)", "", "", "", ""]);
  });

  it("computes EMV per row with a rate card on another sheet", () => {
    const book = new MemoryWorkbook();
    const settings = book.addSheet("Settings");
    settings.write(1, 1, [
      ["Platform", "Impressions", "Views", "Likes", "Comments", "Shares", "Saves", "Link clicks"],
      ["Instagram", 0.01, 0.1, 0.2, 3, 2, 0.5, 2],
      ["TikTok", 0.005, 0.05, 0.1, 1, 1, 0.25, 1],
    ]);
    const posts = book.addSheet("Posts");
    posts.write(2, 3, [
      ["Instagram", 10000, 0, 500, 20, 10, 5, 3],
      ["TikTok", 20000, 15000, 1000, 40, 30, 10, 0],
    ]);
    posts.write(2, 11, [["=EMV(C2:C3, D2:J3, Settings!A1:H3)"]]);
    // Instagram: 100 + 0 + 100 + 60 + 20 + 2.5 + 6; TikTok: 100 + 750 + 100 + 40 + 30 + 2.5 + 0
    expect(column(posts.read().values, 11)).toEqual(["", 288.5, 1022.5]);
  });

  it("computes ENGAGEMENT_RATE and FTC_CHECK for each row", () => {
    const { roster } = rosterBook();
    roster.write(1, 7, [["Likes", "Comments", "Rate", "Disclosure"]]);
    roster.write(2, 7, [
      [30, 20],
      [5, 5],
      ["", ""],
      [900, 99],
      [2500, ""],
    ]);
    roster.write(2, 9, [["=ENGAGEMENT_RATE(G2:H6, E2:E6)", "=FTC_CHECK(C2:C6)"]]);
    const values = roster.read().values;
    // (30+20)/500, (5+5)/1000, no interactions over 12,000 followers, (900+99)/99,999, 2,500/250,000
    expect(column(values, 9)).toEqual(["Rate", 0.1, 0.01, 0, 999 / 99999, 0.01]);
    expect(column(values, 10)).toEqual(["Disclosure", "Disclosed", "Missing", "", "Unclear", "Disclosed"]);
  });

  it("shows a thrown error as #ERROR! with the function's message", () => {
    const { roster } = rosterBook();
    roster.write(8, 1, [["=TIER(-5)", "=TIER(E2)"]]);
    const values = roster.read().values[7];
    expect(values?.slice(0, 2)).toEqual(["#ERROR!", "Below Nano"]);
    expect(roster.errorAt(8, 1)).toEqual({
      error: "#ERROR!",
      message: "TIER: followers must be a number ≥ 0, got -5",
    });
  });

  it("puts a bad row's message in that row and keeps computing the others", () => {
    const { roster } = rosterBook();
    roster.write(3, 5, [["lots"]]);
    roster.write(2, 6, [["=TIER(E2:E6)"]]);
    expect(column(roster.read().values, 6)).toEqual([
      "",
      "Below Nano",
      'TIER: followers must be a number ≥ 0, got "lots"',
      "Micro",
      "Micro",
      "Macro",
    ]);
  });

  it("gives #REF! instead of overwriting a cell in the way, and spills once the cell is emptied", () => {
    const { roster } = rosterBook();
    roster.write(4, 6, [["typed by hand"]]);
    roster.write(2, 6, [["=TIER(E2:E6)"]]);
    expect(column(roster.read().values, 6)).toEqual(["", "#REF!", "", "typed by hand", "", ""]);
    expect(roster.errorAt(2, 6)).toEqual({
      error: "#REF!",
      message: "Array result was not expanded because it would overwrite data in F4.",
    });
    roster.write(4, 6, [[""]]);
    expect(column(roster.read().values, 6)).toEqual(["", "Below Nano", "Nano", "Micro", "Micro", "Macro"]);
  });

  it("turns a spilled column into #REF! when a value is typed into it", () => {
    const { roster } = rosterBook();
    roster.write(2, 6, [["=TIER(E2:E6)"]]);
    roster.read();
    roster.write(5, 6, [["manual"]]);
    expect(column(roster.read().values, 6)).toEqual(["", "#REF!", "", "", "manual", ""]);
    expect(roster.errorAt(2, 6)?.message).toBe(
      "Array result was not expanded because it would overwrite data in F5.",
    );
  });

  it("names mismatched range heights", () => {
    const { roster } = rosterBook();
    roster.write(8, 1, [["=ENGAGEMENT_RATE(E2:E3, E2:E4)"]]);
    expect(roster.errorAt(8, 1)?.message).toBe(
      "ENGAGEMENT_RATE: interactions has 2 rows but audience has 3; give ranges of the same height",
    );
  });

  it("reads open-ended ranges to the sheet's last row, as the header-cell formulas of our layouts use them", () => {
    const { roster } = rosterBook();
    roster.write(1, 6, [['={"Tier";TIER(E2:E)}']]);
    const snapshot = roster.read();
    // A new sheet has 1,000 rows: the header plus 999 results, blank under the data, as in Sheets.
    expect(snapshot.values.length).toBe(1000);
    expect(column(snapshot.values, 6).slice(0, 8)).toEqual([
      "Tier",
      "Below Nano",
      "Nano",
      "Micro",
      "Micro",
      "Macro",
      "",
      "",
    ]);
    expect(snapshot.values[999]?.[5]).toBe("");
    expect(snapshot.formulas[0]?.[5]).toBe('={"Tier";TIER(E2:E)}');
    roster.write(3, 5, [[150000]]);
    roster.write(8, 5, [[10000]]);
    expect(column(roster.read().values, 6).slice(0, 9)).toEqual([
      "Tier",
      "Below Nano",
      "Macro",
      "Micro",
      "Micro",
      "Macro",
      "",
      "Micro",
      "",
    ]);
  });

  it("extends open-ended ranges when a write grows the sheet past its last row", () => {
    const { book, roster } = rosterBook();
    const summary = book.addSheet("Summary");
    roster.write(1, 6, [['={"Tier";TIER(E2:E)}']]);
    summary.write(1, 1, [["=SUM(Roster!E2:E)", "=COUNTA(Roster!A:A)"]]);
    expect(summary.read().values).toEqual([[363499, 6]]);
    roster.write(1200, 1, [["zed", "TikTok", "", "", 2000000]]);
    expect(roster.gridRows).toBe(1200);
    expect(roster.read().values[1199]?.[5]).toBe("Macro");
    expect(summary.read().values).toEqual([[2363499, 7]]);
  });
});
