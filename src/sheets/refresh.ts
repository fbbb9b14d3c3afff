import { columnLetter } from "../core/a1";
import type { Cell } from "../core/cells";
import { SPEND_BASIS_LABELS } from "../core/report/spend";
import type { Mapping } from "../core/rpc/mapping";
import type { SheetSnapshot, WorkbookPort, WriteCell } from "../workbook/port";
import { sheetRef } from "./a1";
import { applyPlan } from "./apply";
import { budgetSummaryProblem, planBlockMigration, planBudgetSummary } from "./budgetSummary";
import { currencyFormat } from "./currency";
import { type ReadTab, readEachOnce } from "./findTable";
import { normaliseHeader } from "./headers";
import { AdoptError, type TableLayout } from "./layout";
import { BUDGET_SUMMARY_SHEET } from "./layouts/budgetSummary";
import { ROI_SHEET } from "./layouts/roi";
import { SETTINGS_SHEET, SETTINGS_TABLES, type SettingsTableKey } from "./layouts/settings";
import { type Located, locateTables } from "./locateTables";
import {
  type AdoptedSheet,
  adoptedSheet,
  mappingFromSettings,
  mappingRows,
  mergeMappings,
  recordedMapping,
} from "./mapping";
import { type ColumnStyle, cellText, type SheetPlan } from "./plan";
import { planTable } from "./planTable";
import { columnValues, planRoi, roiProblem, type Sources } from "./roiSheet";
import {
  planSettings,
  readSettingValues,
  type SettingsDefaults,
  type SettingsLayout,
  settingsTableGrid,
} from "./settings";
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
  const found = locateTables(names, workbook.sheetNames(), read, settings.mapping);
  refuseUnadoptable(names, found);
  const notes = names.includes("Settings") ? [...settings.planned.notes, ...found.notes] : found.notes;
  const { plans, adopted } = planSheets(workbook, names, settings, found, notes);
  return { sheets: applyPlans(workbook, plans, progress), notes, adopted };
}

/** What the run knows from Settings: where its tables sit, the currency, and the mapping to use. */
interface RunSettings {
  snapshot: SheetSnapshot | null;
  planned: ReturnType<typeof planSettings>;
  money: string;
  /** The mapping as Settings › Mapping records it. */
  stored: Mapping;
  /** The recorded mapping with the run's own choices (--mapping) over it. */
  mapping: Mapping;
}

function readSettings(workbook: WorkbookPort, read: ReadTab, options: RefreshOptions): RunSettings {
  const defaults = defaultSettings(workbook);
  const snapshot = read(SETTINGS_SHEET);
  const planned = planSettings(snapshot, defaults);
  const values = readSettingValues(snapshot, planned.layout, defaults);
  const stored = snapshot ? mappingFromSettings(snapshot, planned.layout) : {};
  return {
    snapshot,
    planned,
    money: currencyFormat(values.currency),
    stored,
    mapping: mergeMappings(stored, options.mapping ?? {}),
  };
}

/** The sheets of ours whose formulas read their neighbours by position must be laid out as ours. */
function refuseUnadoptable(names: SheetName[], found: Located): void {
  const problems = [
    ...found.problems,
    ...ownSheetProblems(names, (sheet) => found.snapshots.get(sheet) ?? null),
  ];
  if (problems.length > 0) throw new AdoptError(problems.join("\n\n"));
}

/** Why the ROI or budget summary sheet among `names` cannot be adopted; the sidebar asks before its first write. */
export function ownSheetProblems(
  names: SheetName[],
  snapshot: (sheet: string) => SheetSnapshot | null,
): string[] {
  return [
    names.includes(BUDGET_SUMMARY_SHEET) ? budgetSummaryProblem(snapshot(BUDGET_SUMMARY_SHEET)) : null,
    names.includes(ROI_SHEET) ? roiProblem(snapshot(ROI_SHEET)) : null,
  ].filter((problem): problem is string => problem !== null);
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
  if (names.includes(BUDGET_SUMMARY_SHEET)) plans.push(planSummarySheet(sources, found, settings.money));
  if (names.includes(ROI_SHEET)) plans.push(planRoi(sources, settings.money));
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
): { plans: SheetPlan[]; adopted: AdoptedSheet[]; recorded: Cell[][] } {
  const plans: SheetPlan[] = [];
  const adopted: AdoptedSheet[] = [];
  const recorded: Cell[][] = [];
  for (const spec of TABLES) {
    const layout = found.layouts.get(spec.name);
    if (!layout) continue;
    const snapshot = found.snapshots.get(spec.name) ?? null;
    const summary = adoptedSheet(layout, snapshot);
    adopted.push(summary);
    if (settings.stored[spec.name] === undefined && needsRecord(layout, summary)) {
      const added = layout.fresh ? [] : summary.added;
      recorded.push(...mappingRows(spec.name, recordedMapping(summary, layout.spec), added));
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
 * A sheet the add-on made under our name, or one already named exactly as ours, has nothing to record;
 * one made under another name (beside a team's tab that is something else) records that name.
 */
function needsRecord(layout: TableLayout, summary: AdoptedSheet): boolean {
  if (layout.fresh) return layout.tab !== layout.spec.name;
  return (
    layout.tab !== layout.spec.name ||
    layout.headerRow !== 1 ||
    summary.columns.some(([team, ours]) => normaliseHeader(team) !== normaliseHeader(ours)) ||
    Object.keys(summary.theirLists).length > 0
  );
}

/** A column whose values are the team's own list gets no dropdown of ours (it would flag their values). */
function keepTheirLists(styles: ColumnStyle[], layout: TableLayout, summary: AdoptedSheet): void {
  for (const column of layout.spec.columns) {
    if (summary.theirLists[column.header] === undefined) continue;
    const col = layout.columns.get(column.key) as number;
    styles[col - 1] = { formatted: styles[col - 1]?.formatted ?? false, validated: true };
  }
}

/** Appends the rows this run recorded under the Mapping table's last filled row, inside its reserved rows. */
function planMappingRows(
  plan: SheetPlan,
  snapshot: SheetSnapshot | null,
  layout: SettingsLayout,
  rows: Cell[][],
): void {
  const table = layout.tables.get("mapping");
  if (!table || rows.length === 0) return;
  const grid = snapshot ? settingsTableGrid(snapshot, layout, "mapping") : [];
  let filled = 0;
  grid.slice(1).forEach((cells, i) => {
    if (cells.some((cell) => cellText(cell).trim() !== "")) filled = i + 1;
  });
  const first = table.headerRow + 1 + filled;
  const room = Math.max(table.lastRow - first + 1, 0);
  const cells = rows.slice(0, room).map((row) => row.map((cell): WriteCell => ({ text: cellText(cell) })));
  if (cells.length > 0) plan.writes.push({ row: first, col: 1, cells });
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
