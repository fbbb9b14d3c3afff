import { describe, expect, it } from "vitest";
import { memoryContext } from "../../src/addon/memoryContext";
import { planSetUpStep, saveSetUpStep } from "../../src/addon/sidebar/setUpActions";
import type { Mapping } from "../../src/core/rpc/mapping";
import { readMapping } from "../../src/sheets/mapping";
import { ALL_SHEETS, refreshSheets } from "../../src/sheets/refresh";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import type { WriteCell } from "../../src/workbook/port";

const day = (month: number, date: number) => ({ text: `2026-${month}-${date}` });

/** All five tables under the team's tab and column names, with their own Status list (audit book5). */
const TEAM: Record<string, WriteCell[][]> = {
  Creators: [
    [
      "Name",
      "IG handle",
      "IG followers",
      "TT followers",
      "YT subscribers",
      "Contact email",
      "Lead status",
      "Rate ($)",
    ],
    ["Maya", { text: "@maya" }, 12500, 3000, 50000, "m@x.com", "Signed", 400],
    ["Leo", { text: "@leo" }, 4300, 81000, 2000, "l@x.com", "In talks", 250],
  ],
  "Campaign tracker": [
    ["Campaign name", "Goal", "Start date", "End date", "Total budget"],
    ["Spring", "Sales", day(3, 1), day(4, 15), 15000],
  ],
  "Content plan": [
    ["Creator handle", "Campaign", "Content", "Due", "Draft in", "Approved?", "Live date", "Link", "Stage"],
    [{ text: "@maya" }, "Spring", "Reel", day(3, 10), "", "", "", "", "Briefed"],
  ],
  "Post log": [
    [
      "Date posted",
      "Creator handle",
      "Campaign",
      "Network",
      "Link",
      "Caption",
      "Impr.",
      "Views",
      "Likes",
      "Comments",
      "Shares",
      "Saves",
      "Clicks",
      "Codes used",
      "Sales",
    ],
    [
      day(3, 5),
      { text: "@maya" },
      "Spring",
      "Instagram",
      "https://instagram.com/p/1",
      "Trail #ad",
      20000,
      9000,
      900,
      40,
      10,
      5,
      30,
      2,
      300,
    ],
  ],
  Costs: [
    ["Campaign", "Creator handle", "Type", "Planned ($)", "Actual ($)", "Paid", "Comment"],
    ["Spring", { text: "@maya" }, "Fee", 400, 400, day(3, 20), ""],
  ],
};

function teamBook() {
  const workbook = new MemoryWorkbook({ name: "Team", timeZone: "UTC" });
  for (const [tab, rows] of Object.entries(TEAM)) workbook.addSheet(tab).write(1, 1, rows);
  return workbook;
}

/** What must survive in Settings › Mapping of the last table adopted, and of a value map. */
function expectFullMapping(mapping: Mapping): void {
  expect(mapping.Budget?.tab).toBe("Costs");
  // The sidebar keeps only what differs from what the set-up finds ("Planned ($)" is found as Planned).
  expect(mapping.Budget?.columns).toMatchObject({ "Paid on": "Paid", Notes: "Comment" });
  expect(mapping.Budget?.values?.Item).toEqual({ Fee: "keep their list" });
  expect(mapping.Roster?.values?.Status).toMatchObject({ Signed: "Contracted", "In talks": "Negotiating" });
}

describe("Settings › Mapping holds a full mapping (all five tables adopted, with value maps)", () => {
  it("on the local path, every row is kept, below the table's reserved rows too, and a rerun keeps them", () => {
    const workbook = teamBook();
    refreshSheets(workbook, ALL_SHEETS, () => {});
    expectFullMapping(readMapping(workbook));
    const settings = workbook.sheet("Settings")?.read();
    const second = refreshSheets(workbook, ALL_SHEETS, () => {});
    expect(second.sheets.every((s) => !s.created && s.changes === 0)).toBe(true);
    expect(workbook.sheet("Settings")?.read()).toEqual(settings);
  });

  it("in the sidebar's mapping step, a mapping longer than the reserved rows is stored instead of failing", () => {
    const workbook = teamBook();
    // Sixty stages of the team's own, each a row of the Status value map.
    const stages = Array.from({ length: 60 }, (_, i) => [
      `Creator ${i}`,
      { text: `@c${i}` },
      1000,
      0,
      0,
      "",
      `Stage ${i}`,
    ]);
    workbook.sheet("Creators")?.write(4, 1, stages);
    const context = memoryContext(workbook);
    const plan = planSetUpStep(context, {});
    expect(plan.needsChoice).toBe(true);
    saveSetUpStep(context, { mapping: plan.mapping });
    const mapping = readMapping(workbook);
    expectFullMapping(mapping);
    expect(Object.keys(mapping.Roster?.values?.Status ?? {})).toHaveLength(62);
  });

  it("never grows over what sits right below the table: it refuses before writing anything", () => {
    const workbook = new MemoryWorkbook({ name: "Team", timeZone: "UTC" });
    refreshSheets(workbook, ["Settings"], () => {});
    const settings = workbook.sheet("Settings");
    const values = settings?.read().values ?? [];
    const title = values.findIndex((row) => row[0] === "Mapping") + 1;
    // The team's own note right under the reserved rows.
    settings?.write(title + 62, 1, [["Our notes"]]);
    for (const [tab, rows] of Object.entries(TEAM)) workbook.addSheet(tab).write(1, 1, rows);
    const before = workbook.sheetNames().map((tab) => workbook.sheet(tab)?.read());
    expect(() => refreshSheets(workbook, ALL_SHEETS, () => {})).toThrow(
      /Settings › Mapping has room for \d+ rows and needs \d+/,
    );
    expect(workbook.sheetNames().map((tab) => workbook.sheet(tab)?.read())).toEqual(before);
  });
});

describe("Settings › Mapping, as the team may have touched it", () => {
  const mappingTitleRow = (workbook: MemoryWorkbook) =>
    (workbook.sheet("Settings")?.read().values ?? []).findIndex((row) => row[0] === "Mapping") + 1;

  it("keeps a note typed in the table when the set-up records sheets in it", () => {
    const workbook = new MemoryWorkbook({ name: "Team", timeZone: "UTC" });
    refreshSheets(workbook, ["Settings"], () => {});
    // The row under the table's header, with the Sheet cell left blank.
    workbook.sheet("Settings")?.write(mappingTitleRow(workbook) + 2, 2, [["Checked by Kim"]]);
    for (const [tab, rows] of Object.entries(TEAM)) workbook.addSheet(tab).write(1, 1, rows);
    refreshSheets(workbook, ALL_SHEETS, () => {});
    const values = workbook.sheet("Settings")?.read().values ?? [];
    expect(values.some((row) => row.includes("Checked by Kim"))).toBe(true);
    expectFullMapping(readMapping(workbook));
  });

  it("finds a mapped tab whose name is typed in another case, as Sheets does, instead of asking again", () => {
    const workbook = teamBook();
    refreshSheets(workbook, ALL_SHEETS, () => {});
    const settings = workbook.sheet("Settings");
    const values = settings?.read().values ?? [];
    const rows = values.flatMap((cells, i) =>
      cells[0] === "Roster" && cells[2] === "Creators" ? [i + 1] : [],
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) settings?.write(row, 3, [[{ text: "creators" }]]);
    const plan = planSetUpStep(memoryContext(workbook), {});
    expect(plan.sheets.find((sheet) => sheet.sheet === "Roster")).toMatchObject({
      stored: true,
      unmapped: false,
      problem: null,
    });
    const again = refreshSheets(workbook, ALL_SHEETS, () => {});
    expect(again.sheets.some((sheet) => sheet.created)).toBe(false);
    expect(workbook.sheetNames().filter((tab) => tab.toLowerCase() === "creators")).toEqual(["Creators"]);
  });
});
