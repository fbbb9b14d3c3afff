import { describe, expect, it } from "vitest";
import { setUpSheets } from "../../../src/addon/actions/setUpSheets";
import { memoryContext } from "../../../src/addon/memoryContext";
import { loadSidebar } from "../../../src/addon/sidebar/load";
import { checkBrief } from "../../../src/core/brief/checks";
import { compileVocabulary } from "../../../src/core/disclosure/compile";
import { DEFAULT_ROWS } from "../../../src/core/disclosure/markets";
import { MemoryWorkbook } from "../../../src/workbook/memory/memoryWorkbook";
import { sampleBrief } from "../../core/brief/sampleBrief";

function bookWithSettings(): MemoryWorkbook {
  const book = new MemoryWorkbook({ name: "Team", timeZone: "Europe/Berlin" });
  setUpSheets(memoryContext(book), ["Settings"]);
  return book;
}

/** Writes `cells` from column `col` on the row of `term` in Settings' Disclosure terms. */
function editTerm(book: MemoryWorkbook, term: string, col: number, cells: string[]): number {
  const values = book.sheet("Settings")?.read().values ?? [];
  const row = values.findIndex((cells) => cells[0] === term) + 1;
  book.sheet("Settings")?.write(row, col, [cells]);
  return row;
}

describe("the sidebar's disclosure terms", () => {
  it("are the FTC's terms without a Settings sheet", () => {
    const data = loadSidebar(memoryContext(new MemoryWorkbook({ name: "Team", timeZone: "UTC" })));
    expect(data.disclosureTerms).toBeNull();
  });

  it("are the team's table, so the brief check accepts a market the team switched on", () => {
    const book = bookWithSettings();
    editTerm(book, "Werbung", 4, ["Yes"]);
    const data = loadSidebar(memoryContext(book));
    expect(data.disclosureTerms).toEqual(
      DEFAULT_ROWS.map((row) => (row.term === "Werbung" ? { ...row, use: true } : row)),
    );
    const brief = sampleBrief();
    brief.mandatory.disclosure = "Werbung am Anfang der Caption";
    const vocabulary = compileVocabulary(data.disclosureTerms ?? []);
    expect(checkBrief(brief, { today: "2025-03-15", locale: "en_US", vocabulary }).warnings).toEqual([]);
    expect(checkBrief(brief, { today: "2025-03-15", locale: "en_US" }).warnings.map((w) => w.field)).toEqual([
      "mandatory.disclosure",
    ]);
  });

  it("fall back to the FTC's terms with a note naming a bad row", () => {
    const book = bookWithSettings();
    const row = editTerm(book, "#ad", 4, ["Maybe"]);
    const data = loadSidebar(memoryContext(book));
    expect(data.disclosureTerms).toBeNull();
    expect(data.notes).toContain(
      `Settings › Disclosure terms row ${row} (#ad): use must be Yes or No, got "Maybe". ` +
        "Until it is fixed, the weekly report and the brief check use the FTC's terms only.",
    );
  });
});
