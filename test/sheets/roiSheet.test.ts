import { describe, expect, it } from "vitest";
import { setUpSheets } from "../../src/addon/actions/setUpSheets";
import { memoryContext } from "../../src/addon/memoryContext";
import { readMapping } from "../../src/sheets/mapping";
import { ALL_SHEETS, refreshSheets } from "../../src/sheets/refresh";
import { roiHeaders, roiProblem } from "../../src/sheets/roiSheet";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import type { WriteCell } from "../../src/workbook/port";

const UP_TO_DATE = "Everything was already up to date; nothing changed.";

function teamBook(roi: WriteCell[][]) {
  const workbook = new MemoryWorkbook({ name: "Team program", timeZone: "UTC" });
  workbook.addSheet("Campaigns").write(1, 1, [
    ["Campaign", "Budget"],
    ["Spring", 1000],
  ]);
  workbook.addSheet("Budget").write(1, 1, [
    ["Campaign", "Handle", "Item", "Planned", "Actual"],
    ["Spring", { text: "@maya" }, "Fee", 400, 400],
    ["Spring", { text: "@leo" }, "Fee", 200, 200],
  ]);
  workbook.addSheet("ROI").write(1, 1, roi);
  return { workbook, context: memoryContext(workbook) };
}

// The team's ROI: our first nine columns, their own figures and formulas in them.
const THEIR_ROI: WriteCell[][] = [
  roiHeaders().slice(0, 9),
  [
    "Spring",
    { text: "@maya" },
    400,
    20000,
    955,
    0,
    2,
    "=C2*2+500",
    '=IF(C2>0,ROUND((H2-C2)/C2*100,1),"n/a")',
  ],
];

describe("the team's own ROI sheet", () => {
  it("is adopted: their cells stay, our missing columns and rows are added, our formulas go only where blank", () => {
    const { workbook, context } = teamBook(THEIR_ROI);
    const summary = setUpSheets(context, ALL_SHEETS);
    const { values, formulas } = workbook.sheet("ROI")?.read() ?? { values: [], formulas: [] };
    expect(values[0]).toEqual(roiHeaders());
    expect(values[1]?.slice(0, 7)).toEqual(["Spring", "@maya", 400, 20000, 955, 0, 2]);
    expect(formulas[1]?.slice(7, 9)).toEqual(["=C2*2+500", '=IF(C2>0,ROUND((H2-C2)/C2*100,1),"n/a")']);
    expect(values[1]?.[8]).toBe(225);
    // Our ratio beside their figures: EMV ÷ spend of their row.
    expect(formulas[1]?.[9]).toBe('=IF(C2>0,F2/C2,"")');
    // The campaign's total row and the other creator come below theirs.
    expect(values.slice(2, 4).map((row) => row.slice(0, 3))).toEqual([
      ["Spring", "All creators", 600],
      ["Spring", "@leo", 200],
    ]);
    expect(summary).toContain("ROI › ROI: 1 cell holds your own formulas; left as they are.");
    expect(setUpSheets(context, ALL_SHEETS)).toBe(UP_TO_DATE);
  });

  it("adds its rows below a team row with no campaign or creator, and leaves that row as it is", () => {
    const sumRow: WriteCell[] = ["", "", "=SUM(C2:C2)", "=SUM(D2:D2)", "", "", "", "", ""];
    const { workbook, context } = teamBook([...THEIR_ROI, sumRow]);
    setUpSheets(context, ALL_SHEETS);
    const { values, formulas } = workbook.sheet("ROI")?.read() ?? { values: [], formulas: [] };
    expect(formulas[2]?.slice(0, 4)).toEqual(["", "", "=SUM(C2:C2)", "=SUM(D2:D2)"]);
    expect(formulas[2]?.slice(4).every((f) => f === "")).toBe(true);
    expect(values[2]?.slice(4).every((v) => v === "")).toBe(true);
    expect(values.slice(3, 5).map((row) => row.slice(0, 2))).toEqual([
      ["Spring", "All creators"],
      ["Spring", "@leo"],
    ]);
  });

  it("writes none of our formulas in a team row whose key is not a campaign of ours", () => {
    const totalRow: WriteCell[] = ["Total", "", "=SUM(C2:C2)", "", "", "", "", "", ""];
    const { workbook, context } = teamBook([...THEIR_ROI, totalRow]);
    setUpSheets(context, ALL_SHEETS);
    const { values, formulas } = workbook.sheet("ROI")?.read() ?? { values: [], formulas: [] };
    expect(values[2]?.slice(0, 3)).toEqual(["Total", "", 400]);
    expect(formulas[2]?.slice(3).every((f) => f === "")).toBe(true);
    expect(values[2]?.slice(3).every((v) => v === "")).toBe(true);
    expect(values[3]?.slice(0, 2)).toEqual(["Spring", "All creators"]);
  });

  it("is left alone when its columns are not ours in our order: ours goes on a tab of its own, which later runs use", () => {
    const { workbook, context } = teamBook([
      ["Campaign", "Owner", "Spend"],
      ["Spring", "Dana", 400],
    ]);
    const before = workbook.sheet("ROI")?.read();
    const summary = setUpSheets(context, ALL_SHEETS);
    expect(summary).toMatch(
      /Sheet "ROI" was left as it is \(not laid out as ours\); ours is the tab "ROI \(Influencer Desk\)"/,
    );
    expect(workbook.sheet("ROI")?.read()).toEqual(before);
    expect(workbook.sheet("ROI (Influencer Desk)")?.read().values[0]?.slice(0, 3)).toEqual(
      roiHeaders().slice(0, 3),
    );
    expect(readMapping(workbook).ROI?.tab).toBe("ROI (Influencer Desk)");
    expect(setUpSheets(context, ALL_SHEETS)).toBe(UP_TO_DATE);
  });

  it("is refused, named with the headers it needs, when the team named that tab for our ROI", () => {
    const { workbook } = teamBook([
      ["Campaign", "Owner", "Spend"],
      ["Spring", "Dana", 400],
    ]);
    const before = workbook.sheet("ROI")?.read();
    expect(() => refreshSheets(workbook, ALL_SHEETS, () => {}, { mapping: { ROI: { tab: "ROI" } } })).toThrow(
      /Sheet "ROI" is not laid out as Influencer Desk makes it: row 1 should read Campaign, Handle, Spend/,
    );
    expect(workbook.sheet("ROI")?.read()).toEqual(before);
    expect(workbook.sheetNames()).toEqual(["Campaigns", "Budget", "ROI"]);
  });

  it("accepts any columns of the team's after all of ours, and none in between", () => {
    const full = { values: [[...roiHeaders(), "Comment"]], formulas: [] };
    expect(roiProblem(full)).toBeNull();
    const gap = { values: [[...roiHeaders().slice(0, 9), "", "", "", "Comment"]], formulas: [] };
    expect(roiProblem(gap)).toBeNull();
    const between = { values: [[...roiHeaders().slice(0, 9), "Comment"]], formulas: [] };
    expect(roiProblem(between)).toMatch(/not laid out as Influencer Desk makes it/);
  });
});
