import { describe, expect, it } from "vitest";
import { setUpSheets } from "../../src/addon/actions/setUpSheets";
import { memoryContext } from "../../src/addon/memoryContext";
import { layoutTable } from "../../src/sheets/layout";
import { ROSTER } from "../../src/sheets/layouts/roster";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import type { WriteCell } from "../../src/workbook/port";

const TITLED: WriteCell[][] = [
  ["Glow Co creator program 2026", "", "", ""],
  ["Owner: Sam. Do not sort rows 1-2.", "", "", ""],
  ["Creator", "Handle", "Followers", "Our rating"],
  ["Maya Reyes", { text: "@maya" }, 12500, "A"],
  ["Leo Kim", { text: "@leo" }, 4300, "B"],
];

function titledRoster() {
  const workbook = new MemoryWorkbook({ name: "Team", timeZone: "UTC" });
  workbook.addSheet("Roster").write(1, 1, TITLED);
  return workbook;
}

describe("a header row under title rows", () => {
  it("is found within the first ten rows; a tie goes to the upper row", () => {
    const grid = TITLED.map((row) =>
      row.map((c) => (typeof c === "object" && c && "text" in c ? c.text : c)),
    );
    const layout = layoutTable(ROSTER, { values: grid as never, formulas: grid.map((r) => r.map(() => "")) });
    expect(layout.headerRow).toBe(3);
    expect(layout.columns.get("followers")).toBe(3);
    const twice = [
      ["Creator", "Handle"],
      ["Creator", "Handle"],
      ["Maya", "@maya"],
    ];
    expect(layoutTable(ROSTER, { values: twice, formulas: twice.map(() => ["", ""]) }).headerRow).toBe(1);
  });

  it("is adopted in place: rows above it stay exactly as they were, and formulas read from the row under it", () => {
    const workbook = titledRoster();
    const before = workbook.sheet("Roster")?.read();
    setUpSheets(memoryContext(workbook), ["Roster"]);
    const sheet = workbook.sheet("Roster");
    const after = sheet?.read();
    const pad = (rows: unknown[][] | undefined) =>
      (rows ?? []).slice(0, 2).map((row) => Array.from({ length: 40 }, (_, i) => row[i] ?? ""));
    expect(pad(after?.values)).toEqual(pad(before?.values));
    expect(
      after?.formulas
        .slice(0, 2)
        .flat()
        .every((f) => f === ""),
    ).toBe(true);
    const header = after?.values[2] ?? [];
    const tier = header.indexOf("Tier");
    expect(after?.formulas[2]?.[tier]).toMatch(/^=\{"Tier";TIER\(C4:C,/);
    expect(after?.values.slice(3, 5).map((row) => row[tier])).toEqual(["Micro", "Nano"]);
    // Formats, validation, conditional formats, freeze and filter start at the header, never above it.
    expect(Math.min(...(sheet?.numberFormatAreas ?? []).map((a) => a.area.row))).toBe(4);
    expect(Math.min(...(sheet?.validationAreas ?? []).map((a) => a.area.row))).toBe(4);
    expect(sheet?.frozenRowCount).toBe(3);
    expect(sheet?.filterHeaderRow).toBe(3);
  });

  it("keeps a team's own frozen rows", () => {
    const workbook = titledRoster();
    workbook.sheet("Roster")?.setFrozenRows(1);
    setUpSheets(memoryContext(workbook), ["Roster"]);
    expect(workbook.sheet("Roster")?.frozenRowCount).toBe(1);
  });

  it("a second run changes nothing", () => {
    const workbook = titledRoster();
    const context = memoryContext(workbook);
    setUpSheets(context, ["Roster"]);
    expect(setUpSheets(context, ["Roster"])).toBe("Everything was already up to date; nothing changed.");
  });
});
