import type { Cell } from "../core/cells";
import type { SetUpPlan, SheetMapping } from "../core/rpc/mapping";
import type { SheetSnapshot, WorkbookPort, WriteCell } from "../workbook/port";
import { normaliseHeader } from "./headers";
import { AdoptError } from "./layout";
import { SETTINGS_SHEET } from "./layouts/settings";
import { ADDED, mappingRows, settingsLayoutOf, storedMappingRows } from "./mapping";
import { at, blankValue, cellText, type SheetPlan } from "./plan";
import type { SettingsLayout } from "./settings";
import type { TablePlace } from "./settingsTables";

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
 * row, in one write over the table's rows. Every cell is written as text, so a team header such as
 * "=Total" can never run as a formula.
 */
export function storeMapping(workbook: WorkbookPort, choices: Record<string, SheetMapping | null>): void {
  const settings = workbook.sheet(SETTINGS_SHEET);
  const snapshot = settings?.read();
  const layout = snapshot && settingsLayoutOf(snapshot);
  if (!settings || !layout?.tables.has("mapping"))
    throw new Error("Settings has no Mapping table yet; set up the Settings sheet first.");
  const rows = Object.fromEntries(
    Object.entries(choices).map(([sheet, entry]) => [sheet, entry && mappingRows(sheet, entry)]),
  );
  const write = mappingWrite(snapshot ?? null, layout, rows);
  if (write) settings.write(write.row, write.col, write.cells);
}

/**
 * The one write that puts the Mapping table's rows in place: the rows of the given sheets replaced
 * (null: none), every other row kept, down to the last row filled before so dropped rows are emptied.
 * Below its reserved rows the table grows over blank rows (a Settings table reads on down its filled
 * rows, see settingsTables.ts), one blank row short of anything there, so nothing below is ever
 * read as the team's mapping; the sidebar and the set-up share this rule.
 */
export function mappingWrite(
  snapshot: SheetSnapshot | null,
  layout: SettingsLayout,
  choices: Record<string, Cell[][] | null>,
): SheetPlan["writes"][number] | null {
  const table = layout.tables.get("mapping");
  if (!table) return null;
  const { rows: old, filled } = storedMappingRows(snapshot, layout);
  // Every filled row but the replaced sheets' is kept, a note typed in the table included.
  const kept = old.filter(
    (cells) => cells.some((cell) => cellText(cell).trim() !== "") && !(cellText(cells[0]).trim() in choices),
  );
  const rows = [...kept, ...Object.values(choices).flatMap((r) => r ?? [])];
  const room = mappingRoom(snapshot, table);
  if (rows.length > room)
    throw new AdoptError(
      `Settings › Mapping has room for ${room} rows and needs ${rows.length}: move what sits right below it.`,
    );
  const blank = Array<Cell>(table.width).fill("");
  const body = Array.from({ length: Math.max(rows.length, filled) }, (_, i) => rows[i] ?? blank);
  if (body.length === 0) return null;
  const cells = body.map((r) => blank.map((_, c): WriteCell => ({ text: cellText(r[c]) })));
  return { row: table.headerRow + 1, col: table.col, cells };
}

/** Rows the Mapping table can hold: its own, then blank ones below, keeping one blank row above anything. */
function mappingRoom(snapshot: SheetSnapshot | null, table: TablePlace): number {
  const end = snapshot?.values.length ?? 0;
  const blankRow = (row: number) =>
    Array.from({ length: table.width }, (_, i) => snapshot && at(snapshot, row, table.col + i)).every(
      (cell) => !cell || (cell.formula === "" && blankValue(cell.value)),
    );
  let row = table.lastRow + 1;
  while (row <= end && blankRow(row)) row++;
  return row > end ? Number.POSITIVE_INFINITY : row - 2 - table.headerRow;
}
