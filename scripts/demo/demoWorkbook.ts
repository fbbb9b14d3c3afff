import { setUpSheets } from "../../src/addon/actions/setUpSheets";
import { memoryContext } from "../../src/addon/memoryContext";
import type { Cell } from "../../src/core/cells";
import { ALL_SHEETS } from "../../src/sheets/refresh";
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
 * The demo spreadsheet: the sample program typed into its sheets, then every sheet set up by the
 * same action as the menu's "Set up or refresh all sheets". `now` decides the weeks.
 */
export function demoWorkbook(now = new Date()) {
  const weekStart = mondayOf(now);
  const workbook = new MemoryWorkbook({
    name: "Summit Gear creator program",
    timeZone: "UTC",
    locale: "en_US",
  });
  const data = demoData(weekStart);
  for (const [name, rows] of Object.entries(data.sheets)) workbook.addSheet(name).write(1, 1, typed(rows));
  const context = memoryContext(workbook, () => now);
  const setUp = setUpSheets(context, ALL_SHEETS);
  return { workbook, context, data, weekStart, setUp };
}
