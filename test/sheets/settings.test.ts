import { describe, expect, it } from "vitest";
import { setUpSheets } from "../../src/addon/actions/setUpSheets";
import { memoryContext } from "../../src/addon/memoryContext";
import { SETTINGS_TABLES } from "../../src/sheets/layouts/settings";
import { defaultSettings } from "../../src/sheets/refresh";
import { planSettings } from "../../src/sheets/settings";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import type { WriteCell } from "../../src/workbook/port";

const ROSTER: WriteCell[][] = [
  ["Handle", "Followers"],
  [{ text: "@maya" }, 12500],
  [{ text: "@leo" }, 4300],
  [{ text: "@kim" }, 250000],
];

function book() {
  return new MemoryWorkbook({ name: "Team program", timeZone: "America/New_York" });
}

/** The Settings sheet a clean set-up writes, as rows of plain values. */
function cleanSettings(): WriteCell[][] {
  const workbook = book();
  setUpSheets(memoryContext(workbook), ["Settings"]);
  return (workbook.sheet("Settings")?.read().values ?? []).map((row) =>
    row.map((v) => (typeof v === "string" ? { text: v } : (v as WriteCell))),
  );
}

const titleRow = (rows: WriteCell[][], title: string) =>
  rows.findIndex(
    (row) => typeof row[0] === "object" && row[0] !== null && "text" in row[0] && row[0].text === title,
  ) + 1;

function tierColumn(workbook: MemoryWorkbook): unknown[] {
  const values = workbook.sheet("Roster")?.read().values ?? [];
  const col = (values[0] ?? []).indexOf("Tier");
  return values.slice(1, ROSTER.length).map((row) => row[col]);
}

/** Writes rows of any lengths as one rectangle, short rows padded with blanks. */
function settingsSheet(workbook: MemoryWorkbook, rows: WriteCell[][]) {
  const width = Math.max(...rows.map((row) => row.length));
  workbook.addSheet("Settings").write(
    1,
    1,
    rows.map((row) => [...row, ...Array<WriteCell>(width - row.length).fill("")]),
  );
}

/** No table's range (the rows its formulas read) holds another table's title. */
function rangesHoldOnlyTheirOwnTable(workbook: MemoryWorkbook) {
  const snapshot = workbook.sheet("Settings")?.read() ?? null;
  const { layout } = planSettings(snapshot, defaultSettings(workbook));
  const values = snapshot?.values ?? [];
  for (const spec of SETTINGS_TABLES) {
    const place = layout.tables.get(spec.key);
    expect(place, `${spec.title} found`).toBeDefined();
    if (!place) continue;
    const cells = values
      .slice(place.headerRow - 1, place.lastRow)
      .flatMap((row) => row.slice(place.col - 1, place.col - 1 + place.width));
    for (const other of SETTINGS_TABLES) expect(cells, `${spec.title} range`).not.toContain(other.title);
    expect(values[place.headerRow - 1]?.slice(place.col - 1, place.col - 1 + place.width)).toEqual(
      spec.header,
    );
  }
}

describe("Settings tables", () => {
  it("after a set-up stopped once the tier table was written, the rerun puts the other tables below its reserved rows", () => {
    const clean = cleanSettings();
    const partial = clean.slice(0, titleRow(clean, "EMV rate card") - 1);
    const workbook = book();
    settingsSheet(workbook, partial);
    workbook.addSheet("Roster").write(1, 1, ROSTER);

    setUpSheets(memoryContext(workbook), ["Settings", "Roster", "Posts"]);

    expect(tierColumn(workbook)).toEqual(["Micro", "Nano", "Macro"]);
    rangesHoldOnlyTheirOwnTable(workbook);
  });

  it("when the team deleted the rate card's rows, the rerun adds it below the benchmark's reserved rows", () => {
    const workbook = book();
    workbook.addSheet("Roster").write(1, 1, ROSTER);
    const context = memoryContext(workbook);
    setUpSheets(context, ["Settings", "Roster", "Posts"]);
    const clean = cleanSettings();
    const from = titleRow(clean, "EMV rate card");
    workbook.sheet("Settings")?.deleteRows(from, titleRow(clean, "Instagram engagement benchmark") - from);

    setUpSheets(context, ["Settings", "Roster", "Posts"]);

    rangesHoldOnlyTheirOwnTable(workbook);
    expect(tierColumn(workbook)).toEqual(["Micro", "Nano", "Macro"]);
    expect(setUpSheets(context, ["Settings", "Roster"])).toBe(
      "Everything was already up to date; nothing changed.",
    );
  });

  it("moves a table the add-on wrote into another table's rows, and repairs TIER", () => {
    const clean = cleanSettings();
    const tiers = titleRow(clean, "Tier table");
    const rates = titleRow(clean, "EMV rate card");
    // What the earlier add-on did: the rate card two rows under the tier table's defaults.
    const broken = [...clean.slice(0, tiers + 5), [], ...clean.slice(rates - 1, rates + 2)];
    const workbook = book();
    settingsSheet(workbook, broken);
    workbook.addSheet("Roster").write(1, 1, ROSTER);
    const context = memoryContext(workbook);

    const summary = setUpSheets(context, ["Settings", "Roster"]);

    expect(summary).toMatch(
      /the EMV rate card at A\d+ sat inside the rows of the Tier table, so it was moved/,
    );
    expect(tierColumn(workbook)).toEqual(["Micro", "Nano", "Macro"]);
    rangesHoldOnlyTheirOwnTable(workbook);
    const values = workbook.sheet("Settings")?.read().values ?? [];
    expect(values.filter((row) => row[0] === "EMV rate card")).toHaveLength(1);
  });

  it("leaves a misplaced table that holds the team's edits, adds a new one below everything and says so", () => {
    const clean = cleanSettings();
    const tiers = titleRow(clean, "Tier table");
    const rates = titleRow(clean, "EMV rate card");
    const edited = clean.slice(rates - 1, rates + 2).map((row) => [...row]);
    edited[2] = [{ text: "TikTok" }, 0.5];
    const broken = [...clean.slice(0, tiers + 5), [], ...edited];
    const workbook = book();
    settingsSheet(workbook, broken);
    workbook.addSheet("Roster").write(1, 1, ROSTER);
    const context = memoryContext(workbook);

    const summary = setUpSheets(context, ["Settings", "Roster"]);

    expect(summary).toMatch(
      /EMV rate card at A\d+ sat inside the rows of the Tier table and holds your edits/,
    );
    const values = workbook.sheet("Settings")?.read().values ?? [];
    expect(values[tiers + 8]?.slice(0, 2)).toEqual(["TikTok", 0.5]);
    expect(tierColumn(workbook)).toEqual(["Micro", "Nano", "Macro"]);
    expect(values.filter((row) => row[0] === "EMV rate card")).toHaveLength(2);
    expect(setUpSheets(context, ["Settings", "Roster"])).toBe(
      "Everything was already up to date; nothing changed.",
    );
  });

  it("finds a table the team moved to another column, and fills its blanked header cells back in", () => {
    const clean = cleanSettings();
    const tiers = titleRow(clean, "Tier table");
    const moved = clean.map((row, i) =>
      i + 1 >= tiers && i + 1 <= tiers + 5 ? ["", "", "", ...row.slice(0, 2)] : row,
    );
    moved[tiers] = ["", "", "", "", ""]; // the header row, blanked
    const workbook = book();
    settingsSheet(workbook, moved);
    workbook.addSheet("Roster").write(1, 1, ROSTER);

    setUpSheets(memoryContext(workbook), ["Settings", "Roster"]);

    const values = workbook.sheet("Settings")?.read().values ?? [];
    expect(values[tiers]?.slice(3, 5)).toEqual(["Minimum followers", "Tier"]);
    expect(values.filter((row) => row.includes("Tier table"))).toHaveLength(1);
    expect(tierColumn(workbook)).toEqual(["Micro", "Nano", "Macro"]);
    const formulas = workbook.sheet("Roster")?.read().formulas[0] ?? [];
    expect(formulas.join(" ")).toMatch(/Settings!\$D\$\d+:\$E\$\d+/);
  });
});
