import { setUpSheets } from "../../src/addon/actions/setUpSheets";
import { memoryContext } from "../../src/addon/memoryContext";
import type { Cell } from "../../src/core/cells";
import { ALL_SHEETS } from "../../src/sheets/refresh";
import { tableSpec } from "../../src/sheets/tables";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import type { WriteCell } from "../../src/workbook/port";
import { demoData } from "./sampleData";

const DAY = 86_400_000;

/** Monday 00:00 UTC of the week holding `now`: the demo's posts end the week before it. */
export function mondayOf(now: Date): Date {
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const weekday = (new Date(midnight).getUTCDay() + 6) % 7;
  return new Date(midnight - weekday * DAY);
}

/** What a person typed: text stays text even when it starts with "@" or "=". */
export function typed(rows: Cell[][]): WriteCell[][] {
  return rows.map((row) => row.map((cell) => (typeof cell === "string" ? { text: cell } : (cell ?? ""))));
}

/**
 * Types a sheet's sample rows under the header the add-on made, leaving our formula columns alone
 * (their header formulas fill them), as a person filling in the sheet would.
 */
function typeRows(workbook: MemoryWorkbook, sheet: string, rows: Cell[][]): void {
  const formulaCols = new Set(tableSpec(sheet).columns.flatMap((c, i) => (c.formula ? [i] : [])));
  const width = rows[0]?.length ?? 0;
  let from = 0;
  while (from < width) {
    if (formulaCols.has(from)) {
      from++;
      continue;
    }
    let to = from;
    while (to + 1 < width && !formulaCols.has(to + 1)) to++;
    workbook.sheet(sheet)?.write(2, from + 1, typed(rows.slice(1).map((row) => row.slice(from, to + 1))));
    from = to + 1;
  }
}

/**
 * The demo spreadsheet, the way a team starts: "Set up or refresh all sheets" on an empty
 * spreadsheet, the program typed into the new sheets, then the same menu action again to add the
 * new campaigns and creators to ROI and Budget. `now` decides the weeks.
 */
export function demoWorkbook(now = new Date()) {
  const weekStart = mondayOf(now);
  const workbook = new MemoryWorkbook({
    name: "Summit Gear creator program",
    timeZone: "UTC",
    locale: "en_US",
  });
  const data = demoData(weekStart);
  const context = memoryContext(workbook, () => now);
  const created = setUpSheets(context, ALL_SHEETS);
  for (const [name, rows] of Object.entries(data.sheets)) typeRows(workbook, name, rows);
  const refreshed = setUpSheets(context, ALL_SHEETS);
  return {
    workbook,
    context,
    data,
    weekStart,
    setUp: `${created} Then, with the program typed in: ${refreshed}`,
  };
}
