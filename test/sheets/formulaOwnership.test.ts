import { afterEach, describe, expect, it } from "vitest";
import { scaledData } from "../../scripts/demo/scaledData";
import { setUpSheets } from "../../src/addon/actions/setUpSheets";
import { memoryContext } from "../../src/addon/memoryContext";
import { budgetSummaryColumns } from "../../src/sheets/layouts/budgetSummary";
import { customColumn } from "../../src/sheets/layouts/formulas";
import { roiColumns } from "../../src/sheets/layouts/roi";
import { ALL_SHEETS } from "../../src/sheets/refresh";
import { tableSpec } from "../../src/sheets/tables";
import { appsScriptWorkbook } from "../../src/workbook/appsScript";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import type { SheetSnapshot, WorkbookPort, WriteCell } from "../../src/workbook/port";
import { installFakeAppsScript } from "../fakes/appsScript";

/** A program as a team keeps it (data, no formulas), plus the sheets their own formulas read. */
function teamData(): Record<string, WriteCell[][]> {
  return {
    ...(scaledData(6, 12) as Record<string, WriteCell[][]>),
    MyTiers: [
      [0, "Small"],
      [10_000, "Mid"],
      [100_000, "Big"],
    ],
    MyRates: [["Instagram", 1, 1, 1, 1, 1, 1, 1]],
  };
}

let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

const ADAPTERS: Record<string, () => WorkbookPort> = {
  "in memory": () => {
    const workbook = new MemoryWorkbook({ name: "Team program", timeZone: "UTC" });
    for (const [name, rows] of Object.entries(teamData())) workbook.addSheet(name).write(1, 1, rows);
    return workbook;
  },
  "over the Apps Script fake": () => {
    const fake = installFakeAppsScript({
      spreadsheet: {
        name: "Team program",
        timeZone: "UTC",
        sheets: Object.entries(teamData()).map(([name, values]) => ({ name, values: values as never })),
      },
    });
    uninstall = fake.uninstall;
    return appsScriptWorkbook();
  },
};

/** 1-based column of a header in row 1, read as a person does (an array formula shows its label). */
function columnOf(snap: SheetSnapshot, header: string, from = 1): number {
  const values = snap.values[0] ?? [];
  for (let c = from - 1; c < values.length; c++) {
    const formula = snap.formulas[0]?.[c] ?? "";
    if (values[c] === header || formula.startsWith(`={"${header}";`)) return c + 1;
  }
  throw new Error(`no ${header} column`);
}

interface TeamCell {
  sheet: string;
  row: number;
  col: (snap: SheetSnapshot) => number;
  formula: string;
}

/** The formulas a team wrote in our computed columns (issue 9, item 4). */
const TEAM_FORMULAS: TeamCell[] = [
  { sheet: "Roster", row: 2, col: (s) => columnOf(s, "Tier"), formula: "=TIER(E2, MyTiers!$A$1:$B$3)" },
  { sheet: "Posts", row: 2, col: (s) => columnOf(s, "EMV"), formula: "=EMV(D2, G2:M2, MyRates!$A$1:$H$3)" },
  { sheet: "Posts", row: 3, col: (s) => columnOf(s, "Disclosure"), formula: '=FTC_CHECK(F3&" #ad")' },
  {
    sheet: "ROI",
    row: 2,
    col: (s) => columnOf(s, "ROI"),
    formula: '=IF(C2>0,ROUND((H2-C2)/C2*100,1),"n/a")',
  },
  {
    sheet: "ROI",
    row: 3,
    col: (s) => columnOf(s, "Spend"),
    formula: '=SUMIFS(Posts!$G:$G,Posts!$C:$C,"="&$A3)+500',
  },
  {
    // The summary lives on its own sheet now (src/sheets/budgetSummary.ts).
    sheet: "Budget by campaign",
    row: 2,
    col: (s) => columnOf(s, "Remaining"),
    formula: '=IF(L2>0,"see finance","")',
  },
];

function snapshots(workbook: WorkbookPort): Map<string, SheetSnapshot> {
  return new Map(workbook.sheetNames().map((name) => [name, workbook.sheet(name)?.read() as SheetSnapshot]));
}

describe.each(Object.keys(ADAPTERS))("the team's formulas in our columns stay theirs (%s)", (adapter) => {
  it("keeps every formula of theirs and every cell that existed before, and says where it left them", () => {
    const workbook = (ADAPTERS[adapter] as () => WorkbookPort)();
    const context = memoryContext(workbook);
    setUpSheets(context, [...ALL_SHEETS]);
    const clean = snapshots(workbook);
    for (const cell of TEAM_FORMULAS) {
      const col = cell.col(clean.get(cell.sheet) as SheetSnapshot);
      workbook.sheet(cell.sheet)?.write(cell.row, col, [[cell.formula]]);
    }
    const before = snapshots(workbook);

    const summary = setUpSheets(context, [...ALL_SHEETS]);
    const after = snapshots(workbook);

    for (const [name, snap] of before) {
      const now = after.get(name) as SheetSnapshot;
      snap.formulas.forEach((row, r) => {
        row.forEach((formula, c) => {
          const where = `${name}!R${r + 1}C${c + 1}`;
          const cleanFormula = clean.get(name)?.formulas[r]?.[c] ?? "";
          const value = snap.values[r]?.[c] ?? "";
          if (formula !== "" && formula !== cleanFormula) {
            // A formula of the team's: the same text, and the same value it showed.
            expect(now.formulas[r]?.[c], where).toBe(formula);
            expect(now.values[r]?.[c], where).toEqual(value);
          } else if (formula === "" && value !== "" && !spilledColumn(clean.get(name), c)) {
            // A value the team typed, or a label.
            expect(now.values[r]?.[c], where).toEqual(value);
          }
        });
      });
    }
    for (const cell of TEAM_FORMULAS) {
      const col = cell.col(clean.get(cell.sheet) as SheetSnapshot);
      expect(after.get(cell.sheet)?.formulas[cell.row - 1]?.[col - 1]).toBe(cell.formula);
    }
    expect(summary).toContain("Roster › Tier: 1 cell holds your own formulas; left as they are.");
    expect(summary).toContain("Posts › EMV: 1 cell holds your own formulas; left as they are.");
    expect(summary).toContain("ROI › ROI: 1 cell holds your own formulas; left as they are.");
    expect(summary).toContain(
      "Budget by campaign › Remaining: 1 cell holds your own formulas; left as they are.",
    );
    // The rest of each column still gets our formula: Tier's free rows are one run below the team's cell.
    const roster = after.get("Roster") as SheetSnapshot;
    const tier = columnOf(clean.get("Roster") as SheetSnapshot, "Tier");
    expect(roster.formulas[2]?.[tier - 1]).toMatch(/^=TIER\([A-Z]+3:[A-Z]+7,Settings!\$A\$\d+:\$B\$\d+\)$/);
    // A third run changes nothing.
    const third = setUpSheets(context, [...ALL_SHEETS]);
    expect(third).toMatch(/^Everything was already up to date/);
    expect(snapshots(workbook)).toEqual(after);
  });
});

/** Columns whose cells below the header show an array formula's results in the clean run. */
function spilledColumn(clean: SheetSnapshot | undefined, col: number): boolean {
  return (clean?.formulas[0]?.[col] ?? "").startsWith("={");
}

describe("ownership patterns come from the templates", () => {
  const tier = tableSpec("Roster").columns.find((c) => c.key === "tier")?.formula;
  const owns = customColumn(tier as NonNullable<typeof tier>).owns;

  it("recognise what our templates write, wherever the columns and Settings tables sit", () => {
    expect(owns.test('={"Tier";TIER(E2:E,Settings!$A$9:$B$19)}')).toBe(true);
    expect(owns.test('={"Our ""tier""";TIER(AB2:AB,Settings!$A$30:$B$40)}')).toBe(true);
    expect(owns.test("=TIER(E5:E900,Settings!$A$9:$B$19)")).toBe(true);
    // The per-row formula of earlier versions, replaced by a run formula on the next set-up.
    expect(owns.test("=TIER(INDEX($E:$E,ROW()),Settings!$A$9:$B$19)")).toBe(true);
  });

  it("leave everything else to the team, however close", () => {
    for (const formula of [
      "=TIER(E2, MyTiers!$A$1:$B$3)",
      "=TIER(E2:E,MyTiers!$A$1:$B$3)",
      "=TIER(E2:E,Settings!$A$9:$B$19)+1",
      "=tier(E2:E,Settings!$A$9:$B$19)",
      '=IFERROR(TIER(E5:E900,Settings!$A$9:$B$19),"")',
      "=TIER(E5:E900)",
    ]) {
      expect(owns.test(formula), formula).toBe(false);
    }
  });

  it("ROI and the Budget summary own only their own formulas", () => {
    const letterIn = () => "G";
    const [spend, , , , , , roi] = roiColumns(letterIn, "$#,##0");
    expect(roi?.owns.test('=IF(C2>0,(H2-C2)/C2,"")')).toBe(true);
    expect(roi?.owns.test('=IF(C2>0,ROUND((H2-C2)/C2*100,1),"n/a")')).toBe(false);
    const written = spend?.formula(7, ["Spring", "@maya"], (i) => `$${"AB"[i]}7`) ?? "";
    expect(spend?.owns.test(written)).toBe(true);
    expect(spend?.owns.test(`${written}+500`)).toBe(false);
    const remaining = budgetSummaryColumns(letterIn, 10, "$#,##0")[3];
    expect(remaining?.owns.test(remaining.formula(4, ["Spring"], () => "$J4"))).toBe(true);
    expect(remaining?.owns.test('=IF(L2>0,"see finance","")')).toBe(false);
  });
});
