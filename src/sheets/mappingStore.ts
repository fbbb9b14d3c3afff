import type { Cell } from "../core/cells";
import type { SetUpPlan, SheetMapping } from "../core/rpc/mapping";
import type { WorkbookPort } from "../workbook/port";
import { normaliseHeader } from "./headers";
import { SETTINGS_SHEET } from "./layouts/settings";
import { ADDED, mappingRows, settingsLayoutOf } from "./mapping";
import { cellText } from "./plan";
import { settingsTableGrid } from "./settings";

/**
 * What the Mapping table keeps of a plan the team accepted: per sheet only what differs from what
 * the set-up finds by itself (another tab, a header under titles, their column names, their lists,
 * a field they want as a new column where ours would have taken one of theirs); null when nothing does.
 * `auto` is the plan of the same tabs with no column choices.
 */
export function choicesToStore(plan: SetUpPlan, auto: SetUpPlan): Record<string, SheetMapping | null> {
  const choices: Record<string, SheetMapping | null> = {};
  for (const sheet of plan.sheets) {
    if (sheet.problem !== null) continue;
    const found = new Map(auto.sheets.find((s) => s.sheet === sheet.sheet)?.fields.map((f) => [f.field, f]));
    const columns: Record<string, string> = {};
    for (const { field, team } of sheet.fields) {
      if (team === null && (found.get(field)?.team ?? null) !== null) columns[field] = ADDED;
      else if (team !== null && normaliseHeader(team) !== normaliseHeader(field)) columns[field] = team;
    }
    const values = Object.fromEntries(sheet.values.map((v) => [v.field, v.map]));
    const keep =
      normaliseHeader(sheet.tab) !== normaliseHeader(sheet.sheet) ||
      sheet.headerRow !== 1 ||
      Object.keys(columns).length > 0 ||
      sheet.values.length > 0;
    choices[sheet.sheet] = keep ? { tab: sheet.tab, columns, values } : null;
  }
  return choices;
}

/** Settings has its Mapping table (an earlier version's Settings may not). */
export function hasMappingTable(workbook: WorkbookPort): boolean {
  const snapshot = workbook.sheet(SETTINGS_SHEET)?.read();
  return snapshot !== undefined && settingsLayoutOf(snapshot).tables.has("mapping");
}

/**
 * Replaces the Mapping table's rows of the given sheets (null: no row at all) and keeps every other
 * row, in one write over the table's reserved rows. Every cell is written as text, so a team header
 * such as "=Total" can never run as a formula.
 */
export function storeMapping(workbook: WorkbookPort, choices: Record<string, SheetMapping | null>): void {
  const settings = workbook.sheet(SETTINGS_SHEET);
  const snapshot = settings?.read();
  const layout = snapshot && settingsLayoutOf(snapshot);
  const table = layout?.tables.get("mapping");
  if (!settings || !snapshot || !layout || !table)
    throw new Error("Settings has no Mapping table yet; set up the Settings sheet first.");
  const old = settingsTableGrid(snapshot, layout, "mapping").slice(1);
  let filled = 0;
  old.forEach((cells, i) => {
    if (cells.some((cell) => cellText(cell).trim() !== "")) filled = i + 1;
  });
  const replaced = new Set(Object.keys(choices));
  const kept = old.filter((cells) => {
    const sheet = cellText(cells[0]).trim();
    return sheet !== "" && !replaced.has(sheet);
  });
  const rows: Cell[][] = [...kept];
  for (const [sheet, entry] of Object.entries(choices)) if (entry) rows.push(...mappingRows(sheet, entry));
  const room = table.lastRow - table.headerRow;
  if (rows.length > room)
    throw new Error(
      `The Mapping table in Settings has room for ${room} rows and this mapping needs ${rows.length}. ` +
        "Delete rows of sheets you no longer use from it, then save again.",
    );
  const blank = Array<Cell>(table.width).fill("");
  // Down to the last row filled before, so rows of sheets that now need none are emptied.
  const body = Array.from({ length: Math.max(rows.length, filled) }, (_, i) => rows[i] ?? blank);
  if (body.length === 0) return;
  settings.write(
    table.headerRow + 1,
    table.col,
    body.map((cells) => blank.map((_, c) => ({ text: cellText(cells[c]) }))),
  );
}
