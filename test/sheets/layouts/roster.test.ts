import { describe, expect, it } from "vitest";
import { setUpSheets } from "../../../src/addon/actions/setUpSheets";
import { memoryContext } from "../../../src/addon/memoryContext";
import { FIGURES } from "../../../src/core/metrics";
import { MemoryWorkbook } from "../../../src/workbook/memory/memoryWorkbook";

const OLD_HEADER = "Engagement rate";

describe("the Roster's engagement rate column", () => {
  it("is headed by the figure's one name on a new sheet", () => {
    const book = new MemoryWorkbook({ name: "Team", timeZone: "UTC" });
    setUpSheets(memoryContext(book), ["Roster"]);
    const { values, formulas } = book.sheet("Roster")?.read() ?? { values: [], formulas: [] };
    const col = (values[0] ?? []).indexOf(FIGURES.engagementRateByFollowers.name);
    expect(col).toBeGreaterThanOrEqual(0);
    expect(formulas[0]?.[col]).toMatch(/^=\{"Engagement rate by followers";ENGAGEMENT_RATE\(/);
  });

  it("a sheet an earlier version set up (header formula saying Engagement rate) adopts and is left as it is", () => {
    const book = new MemoryWorkbook({ name: "Team", timeZone: "UTC" });
    const context = memoryContext(book);
    setUpSheets(context, ["Roster"]);
    const sheet = book.sheet("Roster");
    const header = sheet?.read().values[0] ?? [];
    const col = header.indexOf(FIGURES.engagementRateByFollowers.name) + 1;
    const old = `={"${OLD_HEADER}";ENGAGEMENT_RATE(F2:H,E2:E)}`;
    sheet?.write(1, col, [[old]]);
    sheet?.write(2, 1, [["Maya", { text: "@maya" }, "Instagram", "", 1000, 30, 12, 8]]);
    const before = sheet?.read();
    expect(before?.values[0]?.[col - 1]).toBe(OLD_HEADER);
    expect(before?.values[1]?.[col - 1]).toBe(0.05);
    // The first run may note the team's header in Settings › Mapping; the Roster itself is untouched.
    setUpSheets(context, ["Roster"]);
    expect(sheet?.read()).toEqual(before);
    expect(setUpSheets(context, ["Roster"])).toBe("Everything was already up to date; nothing changed.");
    expect(sheet?.read()).toEqual(before);
  });

  it("a team's plain Engagement rate column is recognised as ours, not added twice", () => {
    const book = new MemoryWorkbook({ name: "Team", timeZone: "UTC" });
    book.addSheet("Roster").write(1, 1, [
      ["Creator", "Handle", "Followers", "Avg comments", "Avg shares", "Avg link clicks", OLD_HEADER],
      ["Maya", { text: "@maya" }, 1000, 30, 12, 8, ""],
    ]);
    const context = memoryContext(book);
    setUpSheets(context, ["Roster"]);
    const header = book.sheet("Roster")?.read().values[0] ?? [];
    expect(header).toContain(OLD_HEADER);
    expect(header).not.toContain(FIGURES.engagementRateByFollowers.name);
    const after = book.sheet("Roster")?.read();
    setUpSheets(context, ["Roster"]);
    expect(setUpSheets(context, ["Roster"])).toBe("Everything was already up to date; nothing changed.");
    expect(book.sheet("Roster")?.read()).toEqual(after);
  });
});
