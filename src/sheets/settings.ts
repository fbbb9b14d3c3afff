import type { Cell } from "../core/cells";
import type { SheetSnapshot, WriteCell } from "../workbook/port";
import { benchmarkUpdates } from "./benchmarkTables";
import { normaliseHeader } from "./headers";
import {
  SETTING_VALUES,
  SETTINGS_SHEET,
  SETTINGS_TABLES,
  type SettingKey,
  type SettingsTableKey,
} from "./layouts/settings";
import { cellText, emptyPlan, type SheetPlan } from "./plan";
import { findTables, placeGrid, type TablePlace } from "./settingsTables";

/** Where each setting and table sits in the Settings sheet, as found or as this run will write it. */
export interface SettingsLayout {
  valueRows: Map<SettingKey, number>;
  /** Each table's title cell and header row; data rows follow up to `lastRow`. */
  tables: Map<SettingsTableKey, TablePlace>;
}

export type SettingsDefaults = Record<SettingKey, string>;

function labelRows(snapshot: SheetSnapshot | null): Map<string, number> {
  const rows = new Map<string, number>();
  (snapshot?.values ?? []).forEach((row, index) => {
    const label = normaliseHeader(cellText(row[0]));
    if (label !== "" && !rows.has(label)) rows.set(label, index + 1);
  });
  return rows;
}

/**
 * Plans the Settings sheet: labelled values at the top and the tables below. On a team's existing
 * Settings sheet, values and tables are found by their labels and titles wherever they are, so edited
 * rates and tiers are never reset. Whatever is missing goes below everything in the sheet, each
 * table's reserved rows included, so a table never lands in the rows another table's formulas read.
 */
export function planSettings(
  snapshot: SheetSnapshot | null,
  defaults: SettingsDefaults,
): { plan: SheetPlan; layout: SettingsLayout; notes: string[] } {
  const plan = emptyPlan(SETTINGS_SHEET, { create: snapshot === null });
  const labels = labelRows(snapshot);
  const found = findTables(snapshot ?? { values: [], formulas: [] });
  const layout: SettingsLayout = { valueRows: new Map(), tables: found.places };
  const blank = (snapshot?.values.length ?? 0) === 0;
  // Each missing item goes one blank row below the last row anything occupies.
  let bottom = found.bottom;
  const rows: { row: number; cells: WriteCell[] }[] = [];
  if (blank) {
    rows.push({ row: 1, cells: ["Setting", "Value", "About"] });
    bottom = 1;
  }
  const missingValues = SETTING_VALUES.filter((s) => !labels.has(normaliseHeader(s.label)));
  let next = bottom + (blank || missingValues.length === 0 ? 1 : 2);
  for (const setting of SETTING_VALUES) {
    const row = labels.get(normaliseHeader(setting.label));
    if (row !== undefined) {
      layout.valueRows.set(setting.key, row);
      continue;
    }
    layout.valueRows.set(setting.key, next);
    rows.push({ row: next, cells: [setting.label, { text: defaults[setting.key] }, setting.help] });
    if (setting.validation)
      plan.validations.push({
        area: { row: next, col: 2, numRows: 1, numCols: 1 },
        rule: setting.validation,
      });
    bottom = next;
    next += 1;
  }
  for (const { area } of found.moved) plan.writes.push({ ...area, cells: blankRows(area) });
  if (snapshot) plan.writes.push(...benchmarkUpdates(snapshot, found.places));
  for (const repair of found.headerRepairs)
    plan.writes.push({ row: repair.row, col: repair.col, cells: [[{ text: repair.label }]] });
  for (const table of SETTINGS_TABLES) {
    if (layout.tables.has(table.key)) continue;
    const titleRow = bottom + 2;
    const headerRow = titleRow + 1;
    table.numberFormats.forEach((format, i) => {
      if (format)
        plan.formats.push({
          area: { row: headerRow + 1, col: i + 1, numRows: table.reservedRows, numCols: 1 },
          format,
        });
    });
    // Title, header and defaults go in one write, so a stopped run leaves the whole table or none of it.
    rows.push({ row: titleRow, cells: [table.title, table.note] });
    rows.push({ row: headerRow, cells: table.header });
    table.defaults.forEach((cells, i) => {
      rows.push({ row: headerRow + 1 + i, cells: cells as WriteCell[] });
    });
    const lastRow = headerRow + table.reservedRows;
    layout.tables.set(table.key, { titleRow, col: 1, headerRow, lastRow, width: table.header.length });
    bottom = lastRow;
  }
  // Labels and titles mark what exists on the next run, so they go in after the formats and widths.
  plan.labels.push(...rowsToBlocks(rows));
  if (blank) {
    plan.styleHeaderWidth = 3;
    plan.widths.push({ col: 1, widths: [180, 220, 420] });
  }
  return { plan, layout, notes: found.notes };
}

function blankRows(area: { numRows: number; numCols: number }): WriteCell[][] {
  return Array.from({ length: area.numRows }, () => Array<WriteCell>(area.numCols).fill(""));
}

/** Consecutive rows become one rectangular write (short rows padded with blanks). */
function rowsToBlocks(rows: { row: number; cells: WriteCell[] }[]): SheetPlan["writes"] {
  const blocks: { row: number; rows: WriteCell[][] }[] = [];
  for (const { row, cells } of rows) {
    const last = blocks[blocks.length - 1];
    if (last && last.row + last.rows.length === row) last.rows.push(cells);
    else blocks.push({ row, rows: [cells] });
  }
  return blocks.map((b) => {
    const width = Math.max(...b.rows.map((r) => r.length));
    return {
      row: b.row,
      col: 1,
      cells: b.rows.map((r) => [...r, ...Array<WriteCell>(width - r.length).fill("")]),
    };
  });
}

/** The settings as typed in the sheet (or the defaults where a value is blank). */
export function readSettingValues(
  snapshot: SheetSnapshot | null,
  layout: SettingsLayout,
  defaults: SettingsDefaults,
): SettingsDefaults {
  const result = { ...defaults };
  for (const setting of SETTING_VALUES) {
    const row = layout.valueRows.get(setting.key);
    const value: Cell = row === undefined ? "" : snapshot?.values[row - 1]?.[1];
    const text = cellText(value).trim();
    if (text !== "") result[setting.key] = text;
  }
  return result;
}

/** The cells of a Settings table (header included) as the custom functions receive them. */
export function settingsTableGrid(
  snapshot: SheetSnapshot,
  layout: SettingsLayout,
  key: SettingsTableKey,
): Cell[][] {
  const table = layout.tables.get(key);
  return table ? placeGrid(snapshot.values, table) : [];
}
