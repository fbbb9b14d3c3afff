import { describe, expect, it } from "vitest";
import { setUpSheets } from "../../src/addon/actions/setUpSheets";
import { memoryContext } from "../../src/addon/memoryContext";
import { planSetUpStep, saveSetUpStep } from "../../src/addon/sidebar/setUpActions";
import { readMapping } from "../../src/sheets/mapping";
import { planSetUp } from "../../src/sheets/mappingPlan";
import { ALL_SHEETS, refreshSheets } from "../../src/sheets/refresh";
import { readReportSheets } from "../../src/sheets/reportSources";
import { readRoster } from "../../src/sheets/stores/roster";
import { type MemorySheet, MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import type { WriteCell } from "../../src/workbook/port";

function workbookWith(sheets: Record<string, WriteCell[][]>) {
  const workbook = new MemoryWorkbook({ name: "Team program", timeZone: "UTC" });
  for (const [name, rows] of Object.entries(sheets)) workbook.addSheet(name).write(1, 1, rows);
  return { workbook, context: memoryContext(workbook) };
}

const CREATORS: WriteCell[][] = [
  ["Name", "Username", "Follower count", "Email"],
  ["Maya Reyes", { text: "@maya" }, 12500, "maya@example.com"],
];
const TRACKER: WriteCell[][] = [
  ["Campaign name", "Goal", "Start date", "End date", "Total budget"],
  ["Spring", "Awareness", "2026-03-01", "2026-04-30", 5000],
];

describe("a team's tabs under other names", () => {
  for (const tab of ["Creators", "Influencers"]) {
    it(`adopts "${tab}" as the Roster and makes no empty Roster beside it`, () => {
      const { workbook, context } = workbookWith({ [tab]: CREATORS, "Campaign tracker": TRACKER });
      setUpSheets(context, ALL_SHEETS);
      expect(workbook.sheetNames()).not.toContain("Roster");
      expect(workbook.sheetNames()).not.toContain("Campaigns");
      const header = workbook.sheet(tab)?.read().values[0] ?? [];
      expect(header.slice(0, 4)).toEqual(["Name", "Username", "Follower count", "Email"]);
      expect(header).toContain("Tier");
      expect(workbook.sheet("Campaign tracker")?.read().values[0]?.length).toBe(5);
      // ROI's formulas read the team's tabs.
      expect(readRoster(workbook)?.layout.tab).toBe(tab);
      expect(readReportSheets(workbook).sheets.roster?.[0]?.values.handle).toBe("@maya");
    });
  }

  it("leaves an unrelated sheet named Posts alone, says which headers it expected, and uses a tab of its own", () => {
    const blog: WriteCell[][] = [
      ["Date", "Title", "URL", "Author", "Words"],
      [{ text: "2026-11-02" }, "Ten tips", "https://blog.example.com/tips", "Sam", 1200],
    ];
    const { workbook, context } = workbookWith({
      Roster: CREATORS,
      Posts: blog,
      "Campaign tracker": TRACKER,
    });
    const before = workbook.sheet("Posts")?.read();
    const summary = setUpSheets(context, ALL_SHEETS);
    expect(summary).toMatch(/Sheet "Posts" was left as it is/);
    expect(summary).toMatch(/Handle, Campaign, Platform/);
    expect(summary).toMatch(/"Posts \(Influencer Desk\)"/);
    // Nothing is written to the team's tab: no columns, formats, validation or filter.
    const posts = workbook.sheet("Posts") as MemorySheet;
    expect(posts.read()).toEqual(before);
    expect(posts.numberFormatAreas).toEqual([]);
    expect(posts.validationAreas).toEqual([]);
    expect(posts.hasFilter()).toBe(false);
    expect(posts.frozenRows()).toBe(0);
    expect(workbook.sheet("Posts (Influencer Desk)")?.read().values[0]?.slice(0, 3)).toEqual([
      "Date",
      "Handle",
      "Campaign",
    ]);
    // ROI reads the new tab, and every later run (and the report) finds it through Settings › Mapping.
    expect(workbook.sheet("ROI")?.read().formulas.flat().join(" ")).toContain("'Posts (Influencer Desk)'!");
    expect(setUpSheets(context, ALL_SHEETS)).toBe("Everything was already up to date; nothing changed.");
    expect(readMapping(workbook).Posts?.tab).toBe("Posts (Influencer Desk)");
    expect(readReportSheets(workbook, readMapping(workbook)).notes.join(" ")).not.toContain('Sheet "Posts"');
  });

  it("proposes the same tab of its own in the mapping step, so the menu's set-up is not stopped by the blog list", () => {
    const blog: WriteCell[][] = [
      ["Date", "Title", "URL", "Author", "Words"],
      ["2026-11-02", "Ten tips", "https://blog.example.com/tips", "Sam", 1200],
    ];
    const { workbook, context } = workbookWith({ Posts: blog });
    const before = workbook.sheet("Posts")?.read();
    const posts = planSetUp(workbook).sheets.find((sheet) => sheet.sheet === "Posts");
    expect(posts).toMatchObject({ tab: "Posts (Influencer Desk)", created: true, problem: null });
    let asked = false;
    const summary = setUpSheets(context, ALL_SHEETS, { askForMapping: () => (asked = true) });
    expect(asked).toBe(false);
    expect(summary).toMatch(/Sheet "Posts" was left as it is/);
    expect(workbook.sheet("Posts")?.read()).toEqual(before);
  });

  it("leaves an unrelated tab under a synonym alone and makes our sheet", () => {
    const { workbook, context } = workbookWith({
      Content: [
        ["Title", "Words"],
        ["Tips", 1200],
      ],
    });
    setUpSheets(context, ["Posts"]);
    expect(workbook.sheet("Content")?.read().values).toEqual([
      ["Title", "Words"],
      ["Tips", 1200],
    ]);
    expect(workbook.sheet("Posts")?.read().values[0]?.[0]).toBe("Date");
  });
});

describe("a mapped tab the team renamed", () => {
  const WIDE: WriteCell[][] = [
    ["Creator", "Instagram", "IG Followers", "Email address", "Status"],
    ["Maya Reyes", { text: "@maya" }, 12500, "maya@example.com", "Signed"],
  ];

  it("in Sheets, finds the renamed tab again and asks in the mapping step: no empty Roster beside it", () => {
    const { workbook, context } = workbookWith({ Creators: WIDE });
    let asked = 0;
    setUpSheets(context, ALL_SHEETS, { askForMapping: () => asked++ });
    saveSetUpStep(context, { mapping: planSetUpStep(context, {}).mapping });
    workbook.renameSheet("Creators", "Creators 2026");
    const tabs = workbook.sheetNames();
    const summary = setUpSheets(context, ALL_SHEETS, { askForMapping: () => asked++ });
    expect({ asked, tabs: workbook.sheetNames() }).toEqual({ asked: 2, tabs });
    expect(summary).toMatch(/^Nothing was changed yet: "Creators 2026" would be your Roster/);
    const roster = planSetUp(workbook).sheets.find((sheet) => sheet.sheet === "Roster");
    expect(roster).toMatchObject({ tab: "Creators 2026", created: false, unmapped: true });
    saveSetUpStep(context, { mapping: planSetUpStep(context, {}).mapping });
    expect(readMapping(workbook).Roster?.tab).toBe("Creators 2026");
    expect(workbook.sheetNames()).toEqual(tabs);
    expect(readRoster(workbook)?.layout.tab).toBe("Creators 2026");
  });

  it("on the local path, adopts the renamed tab, says so, records it, and the next run is quiet", () => {
    const { workbook } = workbookWith({ Creators: WIDE });
    refreshSheets(workbook, ALL_SHEETS, () => {});
    workbook.renameSheet("Creators", "Creators 2026");
    const tabs = workbook.sheetNames();
    const result = refreshSheets(workbook, ALL_SHEETS, () => {});
    expect(result.notes.join(" ")).toContain(
      'Your Roster tab "Creators" in Settings › Mapping is gone: "Creators 2026" reads as it and is used.',
    );
    expect(result.adopted.find((a) => a.sheet === "Roster")?.tab).toBe("Creators 2026");
    expect(workbook.sheetNames()).toEqual(tabs);
    expect(readMapping(workbook).Roster).toMatchObject({
      tab: "Creators 2026",
      columns: { Handle: "Instagram" },
    });
    const again = refreshSheets(workbook, ALL_SHEETS, () => {});
    expect(again.notes).toEqual([]);
    expect(again.sheets.every((s) => s.changes === 0 && !s.created)).toBe(true);
  });
});
