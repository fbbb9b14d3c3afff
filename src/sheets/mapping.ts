import type { Cell } from "../core/cells";
import { ADDED, KEEP_THEIR_LIST, type Mapping, type SheetMapping } from "../core/rpc/mapping";
import type { SheetSnapshot, WorkbookPort } from "../workbook/port";
import { normaliseHeader } from "./headers";
import { rowTexts, type TableLayout } from "./layout";
import { SETTINGS_SHEET } from "./layouts/settings";
import { cellText } from "./plan";
import { planSettings, type SettingsDefaults, type SettingsLayout, settingsTableGrid } from "./settings";
import type { ColumnSpec, TableSpec } from "./spec";

export { ADDED, KEEP_THEIR_LIST };

const COLUMNS = { sheet: 0, field: 1, tab: 2, column: 3, teamValue: 4, ourValue: 5 } as const;

/** The Mapping table's rows (header row first, as settingsTableGrid returns them) as a mapping. */
export function mappingFromGrid(grid: Cell[][]): Mapping {
  const mapping: Mapping = {};
  for (const cells of grid.slice(1)) {
    const text = (i: number) => cellText(cells[i]).trim();
    const sheet = text(COLUMNS.sheet);
    if (sheet === "") continue;
    const entry = mapping[sheet] ?? {};
    mapping[sheet] = entry;
    const field = text(COLUMNS.field);
    if (text(COLUMNS.tab) !== "" && entry.tab === undefined) entry.tab = text(COLUMNS.tab);
    if (field === "") continue;
    const column = text(COLUMNS.column);
    if (column !== "") entry.columns = { ...entry.columns, [field]: column };
    const teamValue = text(COLUMNS.teamValue);
    if (teamValue !== "") {
      const values = entry.values ?? {};
      values[field] = { ...values[field], [teamValue]: text(COLUMNS.ourValue) || KEEP_THEIR_LIST };
      entry.values = values;
    }
  }
  return mapping;
}

/** The rows one sheet's mapping adds to the Mapping table. */
export function mappingRows(sheet: string, entry: SheetMapping, added: string[] = []): Cell[][] {
  const tab = entry.tab ?? sheet;
  const rows: Cell[][] = [];
  for (const [field, column] of Object.entries(entry.columns ?? {}))
    rows.push([sheet, field, tab, column, "", ""]);
  for (const field of added) rows.push([sheet, field, tab, ADDED, "", ""]);
  for (const [field, values] of Object.entries(entry.values ?? {}))
    for (const [team, ours] of Object.entries(values)) rows.push([sheet, field, tab, "", team, ours]);
  if (rows.length === 0) rows.push([sheet, "", tab, "", "", ""]);
  return rows;
}

/** Later entries win, field by field: a --mapping file over the Settings table. */
export function mergeMappings(base: Mapping, over: Mapping): Mapping {
  const merged: Mapping = { ...base };
  for (const [sheet, entry] of Object.entries(over)) {
    const old = merged[sheet] ?? {};
    merged[sheet] = {
      tab: entry.tab ?? old.tab,
      columns: { ...old.columns, ...entry.columns },
      values: { ...old.values, ...entry.values },
    };
  }
  return merged;
}

/**
 * Settings › Mapping as recorded, split by whether each sheet's tab still exists. An entry whose tab is
 * gone (renamed or deleted) is nobody's choice any more: it is not `stored`, `gone` names its tab, and
 * in `mapping` it keeps only its column and value choices, so the set-up finds the table again and asks
 * or says so.
 */
export function liveMapping(recorded: Mapping, tabNames: string[]) {
  const stored: Mapping = {};
  const gone = new Map<string, string>();
  const mapping: Mapping = { ...recorded };
  for (const [sheet, entry] of Object.entries(recorded)) {
    // Tabs are found by name ignoring case, as both workbook adapters look them up.
    const { tab } = entry;
    if (tab === undefined || tabNames.some((name) => name.toLowerCase() === tab.toLowerCase()))
      stored[sheet] = entry;
    else {
      gone.set(sheet, tab);
      mapping[sheet] = { ...entry, tab: undefined };
    }
  }
  return { stored, gone, mapping };
}

/** The same test the set-up uses before it records an adopted sheet in Settings › Mapping, and asks. */
export function takesAChoice(layout: TableLayout, summary: AdoptedSheet): boolean {
  return (
    layout.tab !== layout.spec.name ||
    layout.headerRow !== 1 ||
    summary.columns.some(([team, ours]) => normaliseHeader(team) !== normaliseHeader(ours)) ||
    Object.keys(summary.theirLists).length > 0
  );
}

function columnByHeader(spec: TableSpec, field: string): ColumnSpec | undefined {
  const name = normaliseHeader(field);
  return spec.columns.find((c) => normaliseHeader(c.header) === name || c.key === field);
}

/**
 * Field key → the team's header, for matchHeaders. A field recorded as ADDED is our own column under
 * our header: chosen as such, none of the team's columns is taken for it by a synonym.
 */
export function chosenColumns(spec: TableSpec, entry: SheetMapping | undefined): Map<string, string> {
  const chosen = new Map<string, string>();
  for (const [field, column] of Object.entries(entry?.columns ?? {})) {
    const spec_ = columnByHeader(spec, field);
    if (spec_) chosen.set(spec_.key, column === ADDED ? spec_.header : column);
  }
  return chosen;
}

/** Team value → our value of one field (their own lists left as they are), keyed by field key. */
export function valueMaps(
  spec: TableSpec,
  entry: SheetMapping | undefined,
): Map<string, Map<string, string>> {
  const maps = new Map<string, Map<string, string>>();
  for (const [field, values] of Object.entries(entry?.values ?? {})) {
    const column = columnByHeader(spec, field);
    if (!column) continue;
    const map = new Map<string, string>();
    for (const [team, ours] of Object.entries(values))
      if (ours !== KEEP_THEIR_LIST) map.set(normaliseHeader(team), ours);
    maps.set(column.key, map);
  }
  return maps;
}

// Where Settings' tables sit does not depend on the values a new Settings sheet would get.
const NO_DEFAULTS: SettingsDefaults = {
  currency: "",
  timeZone: "",
  firstDayOfWeek: "",
  reportRecipients: "",
  spendCountedBy: "",
  benchmarkSource: "",
};

/**
 * The Mapping table in Settings, read with one read; empty when there is none yet. The set-up, the
 * report and the sheet stores all read the team's sheets through it.
 */
export function readMapping(workbook: WorkbookPort): Mapping {
  const snapshot = workbook.sheet(SETTINGS_SHEET)?.read() ?? null;
  return snapshot ? mappingFromSettings(snapshot, settingsLayoutOf(snapshot)) : {};
}

/** Where Settings' tables are, whatever its values. */
export function settingsLayoutOf(snapshot: SheetSnapshot): SettingsLayout {
  return planSettings(snapshot, NO_DEFAULTS).layout;
}

/** The Mapping table's data rows, and how many of them lead down to its last filled row. */
export function storedMappingRows(
  snapshot: SheetSnapshot | null,
  layout: SettingsLayout,
): { rows: Cell[][]; filled: number } {
  const rows = snapshot ? settingsTableGrid(snapshot, layout, "mapping").slice(1) : [];
  let filled = 0;
  rows.forEach((cells, i) => {
    if (cells.some((cell) => cellText(cell).trim() !== "")) filled = i + 1;
  });
  return { rows, filled };
}

export function mappingFromSettings(snapshot: SheetSnapshot, layout: SettingsLayout): Mapping {
  return mappingFromGrid(settingsTableGrid(snapshot, layout, "mapping"));
}

/**
 * What a run did with one of our sheets, for the summary and the CLI: the tab, the team header of
 * each of our fields, what was added and which team columns were left alone.
 */
export interface AdoptedSheet {
  sheet: string;
  tab: string;
  created: boolean;
  headerRow: number;
  /** Team header → our field header. */
  columns: [team: string, ours: string][];
  added: string[];
  leftAlone: string[];
  /** Our field header → team values outside our list (no dropdown of ours goes over them). */
  theirLists: Record<string, string[]>;
}

/** Distinct values of a list column that are not on our list, in the order they appear. */
export function valuesOutsideList(
  layout: TableLayout,
  snapshot: SheetSnapshot,
  column: ColumnSpec,
): string[] {
  const rule = column.validation;
  const col = layout.columns.get(column.key);
  if (rule?.kind !== "list" || col === undefined || layout.added.some((a) => a.col === col)) return [];
  const ours = new Set(rule.values.map(normaliseHeader));
  const outside = new Map<string, string>();
  for (let row = layout.headerRow + 1; row <= snapshot.values.length; row++) {
    const text = cellText(snapshot.values[row - 1]?.[col - 1] ?? "").trim();
    const name = normaliseHeader(text);
    if (text !== "" && !ours.has(name) && !outside.has(name)) outside.set(name, text);
  }
  return [...outside.values()];
}

/** Summary of one table's adoption, from its layout. */
export function adoptedSheet(layout: TableLayout, snapshot: SheetSnapshot | null): AdoptedSheet {
  // Our header-cell array formulas name their column even where the sheet shows no value for them.
  const header = rowTexts(snapshot, layout.headerRow);
  const addedCols = new Set(layout.added.map((a) => a.col));
  const ourCols = new Set(layout.columns.values());
  const columns: AdoptedSheet["columns"] = [];
  for (const column of layout.spec.columns) {
    const col = layout.columns.get(column.key) as number;
    if (!addedCols.has(col)) columns.push([(header[col - 1] ?? "").trim(), column.header]);
  }
  const leftAlone = header
    .map((cell, i) => ({ text: cell.trim(), col: i + 1 }))
    .filter(({ text, col }) => text !== "" && !ourCols.has(col))
    .map(({ text }) => text);
  const theirLists: AdoptedSheet["theirLists"] = {};
  if (snapshot && !layout.fresh)
    for (const column of layout.spec.columns) {
      const outside = valuesOutsideList(layout, snapshot, column);
      if (outside.length > 0) theirLists[column.header] = outside;
    }
  return {
    sheet: layout.spec.name,
    tab: layout.tab,
    created: snapshot === null,
    headerRow: layout.headerRow,
    columns,
    added: layout.added.map((a) => a.spec.header),
    leftAlone,
    theirLists,
  };
}

/** The mapping a first adoption records: tab, team columns, and a value map for lists of their own. */
export function recordedMapping(adopted: AdoptedSheet, spec: TableSpec): SheetMapping {
  const columns = Object.fromEntries(adopted.columns.map(([team, ours]) => [ours, team]));
  const values: Record<string, Record<string, string>> = {};
  for (const [field, outside] of Object.entries(adopted.theirLists)) {
    const guesses = columnByHeader(spec, field)?.valueSynonyms ?? {};
    const byName = new Map(Object.entries(guesses).map(([team, ours]) => [normaliseHeader(team), ours]));
    values[field] = Object.fromEntries(
      outside.map((team) => [team, byName.get(normaliseHeader(team)) ?? KEEP_THEIR_LIST]),
    );
  }
  return { tab: adopted.tab, columns, values };
}
