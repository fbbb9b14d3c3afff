import { describe, expect, it } from "vitest";
import { setUpSheets } from "../../src/addon/actions/setUpSheets";
import { memoryContext } from "../../src/addon/memoryContext";
import { readMapping } from "../../src/sheets/mapping";
import { ALL_SHEETS, refreshSheets } from "../../src/sheets/refresh";
import { readReportSheets } from "../../src/sheets/reportSources";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import type { WriteCell } from "../../src/workbook/port";

const WIDE: WriteCell[][] = [
  ["Creator", "Instagram", "IG Followers", "TikTok followers", "Email address", "Rate ($)", "Status"],
  ["Maya Reyes", { text: "@maya" }, 12500, 250000, "maya@example.com", 400, "Signed"],
  ["Leo Kim", { text: "@leo" }, 4300, 900, "leo@example.com", 150, "In talks"],
];

function wideRoster() {
  const workbook = new MemoryWorkbook({ name: "Team", timeZone: "UTC" });
  workbook.addSheet("Creators").write(1, 1, WIDE);
  return { workbook, context: memoryContext(workbook) };
}

function columnOf(workbook: MemoryWorkbook, tab: string, header: string): unknown[] {
  const values = workbook.sheet(tab)?.read().values ?? [];
  const index = (values[0] ?? []).indexOf(header);
  expect(index, `${tab} has ${header}`).toBeGreaterThanOrEqual(0);
  return values.slice(1, WIDE.length).map((row) => row[index]);
}

/** Settings › Mapping rows as [Sheet, Field, Team tab, Team column, Team value, Our value]. */
function mappingTable(workbook: MemoryWorkbook): unknown[][] {
  const values = workbook.sheet("Settings")?.read().values ?? [];
  const title = values.findIndex((row) => row[0] === "Mapping");
  const rows: unknown[][] = [];
  for (let r = title + 2; r < values.length && values[r]?.[0] !== ""; r++)
    rows.push(values[r]?.slice(0, 6) ?? []);
  return rows;
}

describe("a wide roster (a column per platform)", () => {
  it("maps Handle and Followers to the first platform, adds a Tier per other platform, and keeps their Status list", () => {
    const { workbook, context } = wideRoster();
    refreshSheets(workbook, ["Roster"], () => {});
    const header = workbook.sheet("Creators")?.read().values[0] ?? [];
    expect(header.slice(0, 7)).toEqual(WIDE[0]);
    expect(header).not.toContain("Handle");
    expect(header).not.toContain("Followers");
    expect(columnOf(workbook, "Creators", "Tier")).toEqual(["Micro", "Nano"]);
    expect(columnOf(workbook, "Creators", "Tier (TikTok)")).toEqual(["Macro", "Below Nano"]);
    const formulas = workbook.sheet("Creators")?.read().formulas[0] ?? [];
    expect(formulas[header.indexOf("Engagement rate by followers")]).toMatch(/,C2:C\)\}$/);
    // No dropdown of ours over their "Signed" / "In talks".
    const status = header.indexOf("Status") + 1;
    expect(workbook.sheet("Creators")?.validationAreas.some((v) => v.area.col === status)).toBe(false);
    expect(columnOf(workbook, "Creators", "Status")).toEqual(["Signed", "In talks"]);
    expect(setUpSheets(context, ["Roster"])).toBe("Everything was already up to date; nothing changed.");
  });

  it("records what it adopted in Settings › Mapping once, and the report reads their values as ours", () => {
    const { workbook } = wideRoster();
    refreshSheets(workbook, ["Roster"], () => {});
    const rows = mappingTable(workbook);
    expect(rows).toContainEqual(["Roster", "Handle", "Creators", "Instagram", "", ""]);
    expect(rows).toContainEqual(["Roster", "Followers", "Creators", "IG Followers", "", ""]);
    expect(rows).toContainEqual(["Roster", "Status", "Creators", "", "Signed", "Contracted"]);
    expect(rows).toContainEqual(["Roster", "Status", "Creators", "", "In talks", "Negotiating"]);
    expect(rows).toContainEqual(["Roster", "Avg comments", "Creators", "(added)", "", ""]);
    expect(readMapping(workbook).Roster?.columns?.Followers).toBe("IG Followers");
    refreshSheets(workbook, ["Roster"], () => {});
    expect(mappingTable(workbook)).toEqual(rows);
    const roster = (readReportSheets(workbook, readMapping(workbook)).sheets.roster ?? []).slice(0, 2);
    expect(roster.map((r) => r.values.status)).toEqual(["Contracted", "Negotiating"]);
  });

  it("uses a Team column the team changed in the Mapping table on the next run", () => {
    const { workbook } = wideRoster();
    refreshSheets(workbook, ["Roster"], () => {});
    const settings = workbook.sheet("Settings");
    const values = settings?.read().values ?? [];
    const row = values.findIndex((r) => r[0] === "Roster" && r[1] === "Followers") + 1;
    settings?.write(row, 4, [[{ text: "TikTok followers" }]]);
    refreshSheets(workbook, ["Roster"], () => {});
    expect(columnOf(workbook, "Creators", "Tier")).toEqual(["Macro", "Below Nano"]);
  });

  it("a mapping passed in (the CLI's --mapping) puts our Posts on a new tab beside an unrelated one", () => {
    const workbook = new MemoryWorkbook({ name: "Team", timeZone: "UTC" });
    const blog: WriteCell[][] = [
      ["Date", "Title", "URL", "Author", "Words"],
      ["2026-11-02", "Tips", "https://blog.example.com", "Sam", 1200],
    ];
    workbook.addSheet("Posts").write(1, 1, blog);
    const before = workbook.sheet("Posts")?.read();
    refreshSheets(workbook, ALL_SHEETS, () => {}, { mapping: { Posts: { tab: "Posts (Influencer Desk)" } } });
    expect(workbook.sheet("Posts")?.read()).toEqual(before);
    expect(workbook.sheet("Posts (Influencer Desk)")?.read().values[0]?.[0]).toBe("Date");
    const roi = workbook.sheet("ROI")?.read().formulas ?? [];
    expect(roi.flat().join(" ")).not.toMatch(/\bPosts!/);
  });
});
