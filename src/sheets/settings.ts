import type { Cell } from "../core/cells";
import type { SheetSnapshot, WriteCell } from "../workbook/port";
import { normaliseHeader } from "./headers";
import {
  SETTING_VALUES,
  SETTINGS_SHEET,
  SETTINGS_TABLES,
  type SettingKey,
  type SettingsTableKey,
} from "./layouts/settings";
import { cellText, emptyPlan, type SheetPlan } from "./plan";

/** Where each setting and table sits in the Settings sheet, as found or as this run will write it. */
export interface SettingsLayout {
  valueRows: Map<SettingKey, number>;
  /** Row of each table's header; data rows follow up to `lastRow`. */
  tables: Map<SettingsTableKey, { headerRow: number; lastRow: number; width: number }>;
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

/** Rows of a table that hold anything, counted from its header until the first blank row. */
function filledRows(snapshot: SheetSnapshot, headerRow: number): number {
  let row = headerRow + 1;
  while ((snapshot.values[row - 1] ?? []).some((v) => cellText(v).trim() !== "")) row++;
  return row - headerRow - 1;
}

/**
 * Plans the Settings sheet: labelled values at the top and three tables below. On a team's existing
 * Settings sheet, values and tables are found by their labels wherever they are; only the missing
 * ones are appended below, so edited rates and tiers are never reset.
 */
export function planSettings(
  snapshot: SheetSnapshot | null,
  defaults: SettingsDefaults,
): { plan: SheetPlan; layout: SettingsLayout } {
  const plan = emptyPlan(SETTINGS_SHEET, snapshot === null);
  const labels = labelRows(snapshot);
  const layout: SettingsLayout = { valueRows: new Map(), tables: new Map() };
  let next = (snapshot?.values.length ?? 0) + 1;
  const blank = next === 1;
  const rows: { row: number; cells: WriteCell[] }[] = [];
  if (blank) {
    rows.push({ row: 1, cells: ["Setting", "Value", "About"] });
    next = 2;
  }
  const missingValues = SETTING_VALUES.filter((s) => !labels.has(normaliseHeader(s.label)));
  if (!blank && missingValues.length > 0) next += 1;
  for (const setting of SETTING_VALUES) {
    const found = labels.get(normaliseHeader(setting.label));
    if (found !== undefined) {
      layout.valueRows.set(setting.key, found);
      continue;
    }
    layout.valueRows.set(setting.key, next);
    rows.push({ row: next, cells: [setting.label, { text: defaults[setting.key] }, setting.help] });
    if (setting.validation)
      plan.validations.push({
        area: { row: next, col: 2, numRows: 1, numCols: 1 },
        rule: setting.validation,
      });
    next += 1;
  }
  for (const table of SETTINGS_TABLES) {
    const found = labels.get(normaliseHeader(table.title));
    if (found !== undefined && snapshot) {
      const headerRow = found + 1;
      const lastRow = headerRow + Math.max(table.reservedRows, filledRows(snapshot, headerRow));
      layout.tables.set(table.key, { headerRow, lastRow, width: table.header.length });
      // A missing table goes below this one's reserved rows, where a clean run puts it.
      next = Math.max(next, lastRow + 1);
      continue;
    }
    next += 1;
    const headerRow = next + 1;
    rows.push({ row: next, cells: [table.title, table.note] });
    rows.push({ row: headerRow, cells: table.header });
    table.defaults.forEach((cells, i) => {
      rows.push({ row: headerRow + 1 + i, cells: cells as WriteCell[] });
    });
    table.numberFormats.forEach((format, i) => {
      if (format)
        plan.formats.push({
          area: { row: headerRow + 1, col: i + 1, numRows: table.reservedRows, numCols: 1 },
          format,
        });
    });
    layout.tables.set(table.key, {
      headerRow,
      lastRow: headerRow + table.reservedRows,
      width: table.header.length,
    });
    next = headerRow + table.reservedRows + 1;
  }
  // Labels and titles mark what exists on the next run, so they go in after the formats and widths.
  plan.labels.push(...rowsToBlocks(rows));
  if (blank) {
    plan.styleHeaderWidth = 3;
    plan.widths.push({ col: 1, widths: [180, 220, 420] });
  }
  return { plan, layout };
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
  if (!table) return [];
  return snapshot.values.slice(table.headerRow - 1, table.lastRow).map((row) => row.slice(0, table.width));
}
