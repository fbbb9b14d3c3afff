import { columnLetter } from "../core/a1";
import type { Cell } from "../core/cells";
import { SPEND_BASIS_LABELS } from "../core/report/spend";
import type { Mapping } from "../core/rpc/mapping";
import type { SheetSnapshot, WorkbookPort } from "../workbook/port";
import { sheetRef } from "./a1";
import { applyPlan } from "./apply";
import { planBlockMigration, planBudgetSummary } from "./budgetSummary";
import { currencyFormat } from "./currency";
import { type ReadTab, readEachOnce } from "./findTable";
import { AdoptError, type TableLayout } from "./layout";
import { BUDGET_SUMMARY_SHEET } from "./layouts/budgetSummary";
import { ROI_SHEET } from "./layouts/roi";
import { SETTINGS_SHEET, SETTINGS_TABLES, type SettingsTableKey } from "./layouts/settings";
import { type Located, locateTables } from "./locateTables";
import {
  type AdoptedSheet,
  adoptedSheet,
  liveMapping,
  mappingFromSettings,
  mappingRows,
  mergeMappings,
  recordedMapping,
  takesAChoice,
} from "./mapping";
import { mappingWrite } from "./mappingStore";
import type { ColumnStyle, SheetPlan } from "./plan";
import { planTable } from "./planTable";
import { columnValues, planRoi, type Sources } from "./roiSheet";
import { planSettings, readSettingValues, type SettingsDefaults, type SettingsLayout } from "./settings";
import type { ColumnRefs, LetterIn } from "./spec";
import { TABLES } from "./tables";

/** Every sheet the set-up builds, in the order tabs appear: Settings, the tables, the budget summary, then ROI. */
export const ALL_SHEETS = [SETTINGS_SHEET, ...TABLES.map((t) => t.name), BUDGET_SUMMARY_SHEET, ROI_SHEET];
export type SheetName = (typeof ALL_SHEETS)[number];

/** A sheet's formulas read others: building it builds (or refreshes) those too. */
const NEEDS: Record<SheetName, SheetName[]> = {
  Settings: [],
  Roster: ["Settings"],
  Campaigns: ["Settings"],
  Deliverables: ["Settings"],
  Posts: ["Settings"],
  // Budget builds its summary too, so the summary block earlier versions kept on Budget moves in one run.
  Budget: ["Settings", "Campaigns", BUDGET_SUMMARY_SHEET],
  [BUDGET_SUMMARY_SHEET]: ["Settings", "Campaigns", "Budget"],
  ROI: ["Settings", "Campaigns", "Posts", "Budget"],
};

export interface RefreshResult {
  /** `notes`: where the add-on left the team's own cells alone instead of writing its formula. */
  sheets: { name: string; created: boolean; changes: number; notes: string[] }[];
  /** What the run left alone or moved and the team should know about, one sentence each. */
  notes: string[];
  /** Each table sheet of the run: the tab used, the column mapping, what was added and left alone. */
  adopted: AdoptedSheet[];
}

export interface RefreshOptions {
  /** Choices that win over Settings › Mapping (the CLI's --mapping file). */
  mapping?: Mapping;
}

export function defaultSettings(workbook: WorkbookPort): SettingsDefaults {
  return {
    currency: "USD",
    timeZone: workbook.timeZone,
    firstDayOfWeek: "Monday",
    reportRecipients: "",
    spendCountedBy: SPEND_BASIS_LABELS.due,
    // Names the source of a team's own benchmark figures; the defaults carry their own.
    benchmarkSource: "",
  };
}

/**
 * Builds or refreshes the given sheets (and the sheets their formulas read). Everything is read
 * first and planned in memory; a sheet that cannot be adopted stops the run before any write.
 */
export function refreshSheets(
  workbook: WorkbookPort,
  targets: SheetName[],
  progress: (message: string) => void,
  options: RefreshOptions = {},
): RefreshResult {
  const names = closure(targets);
  const read = readEachOnce(workbook);
  const settings = readSettings(workbook, read, options);
  const found = locateTables(names, workbook.sheetNames(), read, settings.mapping, settings.gone);
  refuseUnadoptable(found);
  const notes = names.includes("Settings") ? [...settings.planned.notes, ...found.notes] : found.notes;
  const { plans, adopted } = planSheets(workbook, names, settings, found, notes);
  return { sheets: applyPlans(workbook, plans, progress), notes, adopted };
}

/** What the run knows from Settings: where its tables sit, the currency, and the mapping to use. */
interface RunSettings {
  snapshot: SheetSnapshot | null;
  planned: ReturnType<typeof planSettings>;
  money: string;
  /** The mapping as Settings › Mapping records it, but for sheets whose tab is gone. */
  stored: Mapping;
  /** Sheets whose tab Settings › Mapping names is gone (renamed or deleted) → that tab. */
  gone: Map<string, string>;
  /** The recorded mapping with the run's own choices (--mapping) over it. */
  mapping: Mapping;
}

function readSettings(workbook: WorkbookPort, read: ReadTab, options: RefreshOptions): RunSettings {
  const defaults = defaultSettings(workbook);
  const snapshot = read(SETTINGS_SHEET);
  const planned = planSettings(snapshot, defaults);
  const values = readSettingValues(snapshot, planned.layout, defaults);
  const recorded = snapshot ? mappingFromSettings(snapshot, planned.layout) : {};
  const { stored, gone, mapping } = liveMapping(recorded, workbook.sheetNames());
  return {
    snapshot,
    planned,
    money: currencyFormat(values.currency),
    stored,
    gone,
    mapping: mergeMappings(mapping, options.mapping ?? {}),
  };
}

/** A table or sheet of ours that cannot be adopted stops the run before any write, naming them all. */
function refuseUnadoptable(found: Located): void {
  if (found.problems.length > 0) throw new AdoptError(found.problems.join("\n\n"));
}

/** Every sheet's plan, Settings first (the others' formulas read it), each computed before any write. */
function planSheets(
  workbook: WorkbookPort,
  names: SheetName[],
  settings: RunSettings,
  found: Located,
  notes: string[],
): { plans: SheetPlan[]; adopted: AdoptedSheet[] } {
  const { layouts, snapshots } = found;
  const letterIn: LetterIn = (sheet, key) => letterOf(layouts.get(sheet), key);
  const sources: Sources = {
    layouts,
    snapshots,
    letterIn,
    tabOf: (sheet) => layouts.get(sheet)?.tab ?? sheet,
  };
  const refsFor = (layout: TableLayout): ColumnRefs => ({
    letter: (key) => letterOf(layout, key),
    letterIn,
    settings: (table) => settingsRange(settings.planned.layout, table),
    currencyFormat: settings.money,
    width: layout.width,
    firstDataRow: layout.headerRow + 1,
  });
  const { plans, adopted, recorded } = planTables(workbook, settings, found, refsFor, notes);
  for (const [sheet, tab] of found.ownTabs)
    if (tab !== (settings.stored[sheet]?.tab ?? sheet) || settings.gone.has(sheet))
      recorded[sheet] = tab === sheet ? [] : mappingRows(sheet, { tab });
  // Our summary and ROI sheets go on the tab found for them (a spare one beside a team's own).
  const onTab = (sheet: string, plan: SheetPlan) => ({ ...plan, sheet: found.ownTabs.get(sheet) ?? sheet });
  if (names.includes(BUDGET_SUMMARY_SHEET))
    plans.push(onTab(BUDGET_SUMMARY_SHEET, planSummarySheet(sources, found, settings.money)));
  if (names.includes(ROI_SHEET)) plans.push(onTab(ROI_SHEET, planRoi(sources, settings.money)));
  if (names.includes("Settings")) {
    planMappingRows(settings.planned.plan, settings.snapshot, settings.planned.layout, recorded);
    plans.unshift(settings.planned.plan);
  }
  return { plans, adopted };
}

function planTables(
  workbook: WorkbookPort,
  settings: RunSettings,
  found: Located,
  refsFor: (layout: TableLayout) => ColumnRefs,
  notes: string[],
): { plans: SheetPlan[]; adopted: AdoptedSheet[]; recorded: Record<string, Cell[][]> } {
  const plans: SheetPlan[] = [];
  const adopted: AdoptedSheet[] = [];
  const recorded: Record<string, Cell[][]> = {};
  for (const spec of TABLES) {
    const layout = found.layouts.get(spec.name);
    if (!layout) continue;
    const snapshot = found.snapshots.get(spec.name) ?? null;
    const summary = adoptedSheet(layout, snapshot);
    adopted.push(summary);
    if (settings.stored[spec.name] === undefined) {
      const rows = needsRecord(layout, summary) ? recordRows(summary, layout, settings.mapping) : [];
      // A gone tab's rows are replaced even by none, so the next run does not look for it again.
      if (rows.length > 0 || settings.gone.has(spec.name)) recorded[spec.name] = rows;
    }
    const existing = layout.fresh ? null : workbook.sheet(layout.tab);
    const styles = existing ? existing.styledColumns(layout.headerRow + 1, layout.width) : [];
    keepTheirLists(styles, layout, summary);
    const plan = planTable(layout, snapshot, refsFor(layout), styles);
    if (spec.name === "Budget" && found.oldBlock) {
      const summaryExists = (found.snapshots.get(BUDGET_SUMMARY_SHEET) ?? null) !== null;
      planBlockMigration(plan, found.oldBlock, notes, { summaryExists });
    }
    plans.push(plan);
  }
  return { plans, adopted, recorded };
}

function planSummarySheet(sources: Sources, found: Located, money: string): SheetPlan {
  const campaigns = [
    ...(found.oldBlock?.keys ?? []),
    ...columnValues(sources, "Campaigns", "campaign"),
    ...columnValues(sources, "Budget", "campaign"),
  ];
  const snapshot = found.snapshots.get(BUDGET_SUMMARY_SHEET) ?? null;
  const { letterIn, tabOf } = sources;
  return planBudgetSummary({ snapshot, letterIn, tabOf, campaigns, currencyFormat: money });
}

function applyPlans(
  workbook: WorkbookPort,
  plans: SheetPlan[],
  progress: (message: string) => void,
): RefreshResult["sheets"] {
  const sheets = plans.map((plan, index) => {
    progress(`Updating ${plan.sheet} (${index + 1} of ${plans.length})…`);
    const changes = applyPlan(workbook, plan);
    return { name: plan.sheet, created: plan.create, changes, notes: plan.notes };
  });
  // What was left alone is said by a run that wrote; a rerun that changes nothing is quiet.
  const wrote = sheets.some((sheet) => sheet.created || sheet.changes > 0);
  return wrote ? sheets : sheets.map((sheet) => ({ ...sheet, notes: [] }));
}

/**
 * A sheet is recorded in Settings › Mapping when adopting it took a choice a person may want to
 * see or change: another tab name, a header under titles, their own column names or value lists.
 * A sheet the add-on made under our name has nothing to record; one made under another name
 * (beside a team's tab that is something else) records that name.
 */
function needsRecord(layout: TableLayout, summary: AdoptedSheet): boolean {
  return layout.fresh ? layout.tab !== layout.spec.name : takesAChoice(layout, summary);
}

/** The Mapping rows of a sheet adopted by itself; value choices the run was given stay as given. */
function recordRows(summary: AdoptedSheet, layout: TableLayout, mapping: Mapping): Cell[][] {
  const found = recordedMapping(summary, layout.spec);
  const values = { ...found.values, ...mapping[layout.spec.name]?.values };
  return mappingRows(layout.spec.name, { ...found, values }, layout.fresh ? [] : summary.added);
}

/** A column whose values are the team's own list gets no dropdown of ours (it would flag their values). */
function keepTheirLists(styles: ColumnStyle[], layout: TableLayout, summary: AdoptedSheet): void {
  for (const column of layout.spec.columns) {
    if (summary.theirLists[column.header] === undefined) continue;
    const col = layout.columns.get(column.key) as number;
    styles[col - 1] = { formatted: styles[col - 1]?.formatted ?? false, validated: true };
  }
}

/** Writes the rows this run recorded into the Mapping table, replacing those sheets' earlier rows. */
function planMappingRows(
  plan: SheetPlan,
  snapshot: SheetSnapshot | null,
  layout: SettingsLayout,
  recorded: Record<string, Cell[][]>,
): void {
  if (Object.keys(recorded).length === 0) return;
  const write = mappingWrite(snapshot, layout, recorded);
  if (write) plan.writes.push(write);
}

function closure(targets: SheetName[]): SheetName[] {
  const wanted = new Set<SheetName>();
  const visit = (name: SheetName) => {
    if (wanted.has(name)) return;
    wanted.add(name);
    for (const need of NEEDS[name]) visit(need);
  };
  for (const target of targets) visit(target);
  return ALL_SHEETS.filter((name) => wanted.has(name));
}

function letterOf(layout: TableLayout | undefined, key: string): string {
  const col = layout?.columns.get(key);
  if (col === undefined)
    throw new Error(`Internal: no column ${key} in ${layout?.spec.name ?? "an unplanned sheet"}`);
  return columnLetter(col);
}

function settingsRange(layout: SettingsLayout, key: SettingsTableKey): string {
  const table = layout.tables.get(key);
  const spec = SETTINGS_TABLES.find((t) => t.key === key);
  if (!table || !spec) throw new Error(`Internal: Settings has no ${key} table`);
  const first = columnLetter(table.col);
  const last = columnLetter(table.col + table.width - 1);
  return `${sheetRef(SETTINGS_SHEET)}!$${first}$${table.headerRow}:$${last}$${table.lastRow}`;
}
