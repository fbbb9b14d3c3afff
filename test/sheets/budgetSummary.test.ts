import { describe, expect, it } from "vitest";
import { setUpSheets } from "../../src/addon/actions/setUpSheets";
import { memoryContext } from "../../src/addon/memoryContext";
import { budgetSummaryColumns } from "../../src/sheets/layouts/budgetSummary";
import { readReportSheets } from "../../src/sheets/reportSources";
import { type MemorySheet, MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import type { WriteCell } from "../../src/workbook/port";

const UP_TO_DATE = "Everything was already up to date; nothing changed.";

function book() {
  return new MemoryWorkbook({ name: "Team program", timeZone: "America/New_York" });
}

/** The block an earlier version wrote at column `at` of Budget, reading Budget's own columns by letter. */
function oldBlock(at: number, campaigns: string[], letters: Record<string, string>): WriteCell[][] {
  const columns = budgetSummaryColumns((_sheet, key) => letters[key] ?? "?", at, "", "");
  const ref = (row: number) => (i: number) => `$${String.fromCharCode(64 + at + i)}${row}`;
  return [
    ["Budget by campaign", ...columns.map((c) => c.header)],
    ...campaigns.map((name, i) => [
      { text: name },
      ...columns.map((c) => c.formula(i + 2, [name], ref(i + 2))),
    ]),
  ];
}

const LETTERS = { campaign: "A", planned: "D", actual: "E", budget: "B" };

const BUDGET: WriteCell[][] = [
  ["Campaign", "Handle", "Item", "Planned", "Actual", "Paid on", "Notes"],
  ["Spring", { text: "@maya" }, "Creator fee", 500, 450, "", ""],
  ["Summer", { text: "@leo" }, "Gifting", 200, 0, "", ""],
  ["Spring", { text: "@leo" }, "Creator fee", 300, 300, "", ""],
];

describe("Budget and its summary", () => {
  it("the report and the set-up see the same Budget columns, the team's own next to the block included", () => {
    const workbook = book();
    // The team keeps what they paid in "Cost" (a name Budget's Actual goes by), right next to the block.
    workbook.addSheet("Budget").write(1, 1, [
      ["Campaign", "Handle", "Item", "Planned", "Paid on", "Notes", "Cost", "Budget by campaign", "Planned"],
      ["Spring", { text: "@maya" }, "Creator fee", 500, "", "", 450, "Spring", 500],
    ]);

    const before = readReportSheets(workbook).sheets.budget;
    setUpSheets(memoryContext(workbook), ["Budget"]);
    const header = workbook.sheet("Budget")?.read().values[0] ?? [];

    // The report counts the team's Cost column as what was spent, before and after the block moves…
    expect(before?.[0]?.values.actual).toBe(450);
    expect(readReportSheets(workbook).sheets.budget).toEqual(before);
    // …and the set-up takes the same column as Budget's Actual: its header stays and no Actual column is added.
    expect(header.slice(0, 7)).toEqual(["Campaign", "Handle", "Item", "Planned", "Paid on", "Notes", "Cost"]);
    expect(header).not.toContain("Actual");
  });

  it("moves an old block to its own sheet: the add-on's cells go, the team's stay where they are", () => {
    const workbook = book();
    workbook.addSheet("Campaigns").write(1, 1, [
      ["Campaign", "Budget"],
      ["Spring", 1000],
      ["Summer", 400],
    ]);
    const budget = workbook.addSheet("Budget");
    budget.write(1, 1, BUDGET);
    budget.write(1, 9, oldBlock(9, ["Spring", "Summer"], LETTERS));
    // The team's own formula in the block's Remaining column, and a note beside the Spring row.
    budget.write(3, 13, [['=IF(L3>0,"see finance","")']]);
    const context = memoryContext(workbook);

    const summary = setUpSheets(context, ["Budget"]);

    expect(summary).toMatch(/Created .*Budget by campaign/);
    expect(summary).toMatch(/Your cells in its old place on Budget \(M3\) were left where they are/);
    const { values, formulas } = budget.read();
    expect(values[0]).not.toContain("Budget by campaign");
    expect(formulas[2]?.[12]).toBe('=IF(L3>0,"see finance","")');
    // Everything else of the old block is empty.
    const rest = values.flatMap((row, r) => row.slice(8, 14).filter((_, c) => !(r === 2 && c === 4)));
    expect(rest.every((v) => v === "")).toBe(true);

    const moved = workbook.sheet("Budget by campaign")?.read().values ?? [];
    expect(moved.slice(0, 3)).toEqual([
      ["Campaign", "Planned", "Actual", "Campaign budget", "Remaining", "Share used"],
      ["Spring", 800, 750, 1000, 250, 0.75],
      ["Summer", 200, 0, 400, 400, 0],
    ]);
    expect(setUpSheets(context, ["Budget"])).toBe(UP_TO_DATE);
  });

  it("a renamed header's column is added where nothing of the team's is, never onto their Approver column", () => {
    const workbook = book();
    const budget = workbook.addSheet("Budget");
    budget.write(1, 1, [
      ["Campaign", "Handle", "Item", "Our estimate", "Actual", "Paid on", "Notes", "Approver"],
      ["Spring", { text: "@maya" }, "Creator fee", 500, 450, "", "", "Dana"],
      ["Summer", { text: "@leo" }, "Gifting", 200, 0, "", "", "Sam"],
    ]);
    budget.write(1, 9, oldBlock(9, ["Spring", "Summer"], LETTERS));
    const context = memoryContext(workbook);

    setUpSheets(context, ["Budget"]);

    const values = budget.read().values;
    expect(values.map((row) => row[7]).slice(0, 3)).toEqual(["Approver", "Dana", "Sam"]);
    expect((budget as MemorySheet).numberFormatAt(2, 8)).toBeUndefined();
    expect((budget as MemorySheet).styledColumns(2, 8)[7]).toEqual({ formatted: false, validated: false });
    const header = values[0] ?? [];
    expect(header.filter((h) => h === "Planned")).toHaveLength(1);
    expect(header.indexOf("Planned")).toBeGreaterThan(7);
    expect(setUpSheets(context, ["Budget"])).toBe(UP_TO_DATE);
  });

  it("a Budget missing layout columns is brought up to date once, with one summary", () => {
    const workbook = book();
    const budget = workbook.addSheet("Budget");
    // Budget as an earlier version left it: no "Paid on" and "Notes" yet, the block two columns to the right.
    budget.write(
      1,
      1,
      BUDGET.map((row) => row.slice(0, 5)),
    );
    budget.write(1, 7, oldBlock(7, ["Spring", "Summer"], LETTERS));
    const context = memoryContext(workbook);

    setUpSheets(context, ["Budget"]);
    expect(setUpSheets(context, ["Budget"])).toBe(UP_TO_DATE);
    expect(setUpSheets(context, ["Budget"])).toBe(UP_TO_DATE);

    const header = budget.read().values[0] ?? [];
    expect(header).toContain("Paid on");
    expect(header).not.toContain("Budget by campaign");
    const summaries = workbook.sheetNames().filter((name) => name === "Budget by campaign");
    expect(summaries).toHaveLength(1);
    const rows = workbook.sheet("Budget by campaign")?.read().values ?? [];
    expect(rows.filter((row) => row[0] === "Spring")).toHaveLength(1);
  });

  it("a block of the team's own (typed figures, their formula) stays on Budget with its headings", () => {
    const workbook = book();
    const budget = workbook.addSheet("Budget");
    budget.write(1, 1, [
      [
        ...(BUDGET[0] ?? []),
        "Approver",
        "Budget by campaign",
        "Planned",
        "Actual",
        "Campaign budget",
        "Remaining",
      ],
      [...(BUDGET[1] ?? []), "Kim", "Spring", 500, 450, 1000, '=IF(L2>0,"see finance","")'],
    ]);
    const before = budget.read();
    const context = memoryContext(workbook);

    const first = setUpSheets(context, ["Budget"]);

    expect(first).toMatch(/Your cells in its old place on Budget \(.*\) were left where they are\./);
    expect(first).not.toContain("the add-on's formulas there were moved");
    const after = budget.read();
    // Every cell of theirs reads as before, the block's headings included; Budget's missing columns go after it.
    before.values.forEach((row, r) => {
      row.forEach((value, c) => {
        expect(after.values[r]?.[c]).toEqual(value);
        expect(after.formulas[r]?.[c]).toEqual(before.formulas[r]?.[c]);
      });
    });
    expect((budget as MemorySheet).numberFormatAt(2, 8)).toBeUndefined();
    expect(workbook.sheet("Budget by campaign")?.read().values[1]?.[0]).toBe("Spring");
    expect(setUpSheets(context, ["Budget"])).toBe(UP_TO_DATE);
  });
});
