import { describe, expect, it } from "vitest";
import { setUpSheets } from "../../src/addon/actions/setUpSheets";
import { memoryContext } from "../../src/addon/memoryContext";
import { readReportSheets } from "../../src/sheets/reportSources";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";

describe("Budget and its summary block", () => {
  it("the report and the set-up see the same Budget columns, the team's own next to the block included", () => {
    const workbook = new MemoryWorkbook({ name: "Team program", timeZone: "America/New_York" });
    // The team keeps what they paid in "Cost" (a name Budget's Actual goes by), right next to the block.
    workbook.addSheet("Budget").write(1, 1, [
      ["Campaign", "Handle", "Item", "Planned", "Paid on", "Notes", "Cost", "Budget by campaign", "Planned"],
      ["Spring", { text: "@maya" }, "Creator fee", 500, "", "", 450, "Spring", 500],
    ]);

    const read = readReportSheets(workbook).sheets.budget?.[0]?.values;
    setUpSheets(memoryContext(workbook), ["Budget"]);
    const header = workbook.sheet("Budget")?.read().values[0] ?? [];

    // The report counts the team's Cost column as what was spent…
    expect(read?.actual).toBe(450);
    // …and the set-up takes the same column as Budget's Actual: its header stays and no Actual column is added.
    expect(header.slice(0, 8)).toEqual([
      "Campaign",
      "Handle",
      "Item",
      "Planned",
      "Paid on",
      "Notes",
      "Cost",
      "Budget by campaign",
    ]);
  });
});
