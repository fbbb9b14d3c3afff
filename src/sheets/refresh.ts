import { columnLetter } from "../core/a1";
import type { Cell } from "../core/cells";
import { SPEND_BASIS_LABELS } from "../core/report/spend";
import type { SheetSnapshot, WorkbookPort, WriteCell } from "../workbook/port";
import { sheetRef } from "./a1";
import { applyPlan } from "./apply";
import {
  budgetSummaryProblem,
  budgetTable,
  oldBudgetBlock,
  planBlockMigration,
  planBudgetSummary,
} from "./budgetSummary";
import { currencyFormat } from "./currency";
import { findTable } from "./findTable";
import { normaliseHeader } from "./headers";
import { planKeyedBlock } from "./keyedBlock";
import { AdoptError, type TableLayout } from "./layout";
import { BUDGET_SUMMARY_SHEET } from "./layouts/budgetSummary";
import { ALL_CREATORS, ROI_KEY_HEADERS, ROI_SHEET, roiColumns, roiLetter } from "./layouts/roi";
import { SETTINGS_SHEET, SETTINGS_TABLES, type SettingsTableKey } from "./layouts/settings";
import {
  type AdoptedSheet,
  adoptedSheet,
  type Mapping,
  mappingFromSettings,
  mappingRows,
  mergeMappings,
  recordedMapping,
} from "./mapping";
import { type ColumnStyle, cellText, emptyPlan, formatRows, type SheetPlan } from "./plan";
import { planTable } from "./planTable";
import {
  planSettings,
  readSettingValues,
  type SettingsDefaults,
  type SettingsLayout,
  settingsTableGrid,
} from "./settings";
import type { ColumnRefs, LetterIn } from "./spec";
import { type ColumnKey, TABLES, type TableName } from "./tables";

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
  const reads = new Map<string, SheetSnapshot | null>();
  const read = (tab: string): SheetSnapshot | null => {
    if (!reads.has(tab)) reads.set(tab, workbook.sheet(tab)?.read() ?? null);
    return reads.get(tab) ?? null;
  };

  const defaults = defaultSettings(workbook);
  const settingsSnap = read(SETTINGS_SHEET);
  const settings = planSettings(settingsSnap, defaults);
  const values = readSettingValues(settingsSnap, settings.layout, defaults);
  const money = currencyFormat(values.currency);
  const stored = settingsSnap ? mappingFromSettings(settingsSnap, settings.layout) : {};
  const mapping = mergeMappings(stored, options.mapping ?? {});

  const layouts = new Map<string, TableLayout>();
  const snapshots = new Map<string, SheetSnapshot | null>();
  const problems: string[] = [];
  const tabNames = workbook.sheetNames();
  // Budget is read without the summary block earlier versions kept at its right (see budgetSummary.ts).
  const budgetRead = (tab: string) => {
    const snapshot = read(tab);
    return snapshot && budgetTable(snapshot);
  };
  let oldBlock: ReturnType<typeof oldBudgetBlock> = null;
  for (const spec of TABLES) {
    if (!names.includes(spec.name)) continue;
    try {
      const readTable = spec.name === "Budget" ? budgetRead : read;
      const { layout } = findTable(spec, tabNames, readTable, mapping[spec.name]);
      layouts.set(spec.name, layout);
      snapshots.set(spec.name, readTable(layout.tab));
      if (spec.name === "Budget") oldBlock = oldBudgetBlock(read(layout.tab));
    } catch (error) {
      if (error instanceof AdoptError) problems.push(error.message);
      else throw error;
    }
  }
  for (const sheet of [BUDGET_SUMMARY_SHEET, ROI_SHEET] as const)
    if (names.includes(sheet)) snapshots.set(sheet, read(sheet));
  const sheetProblems = [
    names.includes(BUDGET_SUMMARY_SHEET)
      ? budgetSummaryProblem(snapshots.get(BUDGET_SUMMARY_SHEET) ?? null)
      : null,
    names.includes("ROI") ? roiProblem(snapshots.get(ROI_SHEET) ?? null) : null,
  ];
  for (const problem of sheetProblems) if (problem) problems.push(problem);
  if (problems.length > 0) throw new AdoptError(problems.join("\n\n"));

  const letterIn: LetterIn = (sheet, key) => letterOf(layouts.get(sheet), key);
  const tabOf = (sheet: TableName) => layouts.get(sheet)?.tab ?? sheet;
  const refsFor = (layout: TableLayout): ColumnRefs => ({
    letter: (key) => letterOf(layout, key),
    letterIn,
    settings: (table) => settingsRange(settings.layout, table),
    currencyFormat: money,
    width: layout.width,
    firstDataRow: layout.headerRow + 1,
  });

  const plans: SheetPlan[] = [];
  const notes = names.includes("Settings") ? [...settings.notes] : [];
  const adopted: AdoptedSheet[] = [];
  const recorded: Cell[][] = [];
  for (const spec of TABLES) {
    const layout = layouts.get(spec.name);
    if (!layout) continue;
    const snapshot = snapshots.get(spec.name) ?? null;
    const summary = adoptedSheet(layout, snapshot);
    adopted.push(summary);
    if (stored[spec.name] === undefined && needsRecord(layout, summary))
      recorded.push(...mappingRows(spec.name, recordedMapping(summary, layout.spec), summary.added));
    const existing = layout.fresh ? null : workbook.sheet(layout.tab);
    const styles = existing ? existing.styledColumns(layout.headerRow + 1, layout.width) : [];
    keepTheirLists(styles, layout, summary);
    const plan = planTable(layout, snapshot, refsFor(layout), styles);
    if (spec.name === "Budget" && oldBlock) planBlockMigration(plan, oldBlock, notes);
    plans.push(plan);
  }
  if (names.includes(BUDGET_SUMMARY_SHEET)) {
    const sources = { layouts, snapshots, letterIn, tabOf };
    const campaigns = [
      ...(oldBlock?.keys ?? []),
      ...columnValues(sources, "Campaigns", "campaign"),
      ...columnValues(sources, "Budget", "campaign"),
    ];
    const snapshot = snapshots.get(BUDGET_SUMMARY_SHEET) ?? null;
    plans.push(planBudgetSummary({ snapshot, letterIn, tabOf, campaigns, currencyFormat: money }));
  }
  if (names.includes("ROI")) plans.push(planRoi({ layouts, snapshots, letterIn, tabOf }, money));
  if (names.includes("Settings")) {
    planMappingRows(settings.plan, settingsSnap, settings.layout, recorded);
    plans.unshift(settings.plan);
  }

  const result: RefreshResult = { sheets: [], notes, adopted };
  plans.forEach((plan, index) => {
    progress(`Updating ${plan.sheet} (${index + 1} of ${plans.length})…`);
    const changes = applyPlan(workbook, plan);
    result.sheets.push({ name: plan.sheet, created: plan.create, changes, notes: plan.notes });
  });
  return result;
}

/**
 * A sheet is recorded in Settings › Mapping when adopting it took a choice a person may want to
 * see or change: another tab name, a header under titles, their own column names or value lists.
 * A sheet the add-on made itself, or one already named exactly as ours, has nothing to record.
 */
function needsRecord(layout: TableLayout, summary: AdoptedSheet): boolean {
  if (layout.fresh) return false;
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

/** What this run read and laid out, for the blocks whose formulas and keys come from the tables. */
interface Sources {
  layouts: Map<string, TableLayout>;
  snapshots: Map<string, SheetSnapshot | null>;
  letterIn: LetterIn;
  tabOf: (sheet: TableName) => string;
}

function columnValues<S extends TableName>(
  { layouts, snapshots }: Sources,
  sheet: S,
  key: ColumnKey<S>,
): string[] {
  const layout = layouts.get(sheet);
  const col = layout?.columns.get(key);
  const snap = snapshots.get(sheet);
  if (!layout || col === undefined || !snap) return [];
  return snap.values.slice(layout.headerRow).map((row) => cellText(row[col - 1]).trim());
}

/** ROI keys: each campaign's total row, then its creators, in the order they first appear. */
function campaignsAndCreators(sources: Sources): string[][] {
  const groups = new Map<string, { name: string; handles: Map<string, string> }>();
  const add = (campaign: string, handle: string) => {
    if (campaign === "") return;
    const group = groups.get(campaign.toLowerCase()) ?? {
      name: campaign,
      handles: new Map<string, string>(),
    };
    groups.set(campaign.toLowerCase(), group);
    if (handle !== "" && !group.handles.has(handle.toLowerCase()))
      group.handles.set(handle.toLowerCase(), handle);
  };
  for (const campaign of columnValues(sources, "Campaigns", "campaign")) add(campaign, "");
  for (const sheet of ["Posts", "Budget"] as const) {
    const handles = columnValues(sources, sheet, "handle");
    columnValues(sources, sheet, "campaign").forEach((campaign, i) => {
      add(campaign, handles[i] ?? "");
    });
  }
  return [...groups.values()].flatMap((g) => [
    [g.name, ALL_CREATORS],
    ...[...g.handles.values()].map((h) => [g.name, h]),
  ]);
}

function planRoi(sources: Sources, money: string): SheetPlan {
  const snapshot = sources.snapshots.get(ROI_SHEET) ?? null;
  const plan = emptyPlan(ROI_SHEET, snapshot === null);
  const columns = roiColumns(sources.letterIn, money, sources.tabOf);
  const { width, lastRow } = planKeyedBlock(plan, snapshot, {
    col: 1,
    keyHeaders: ROI_KEY_HEADERS,
    columns,
    keys: campaignsAndCreators(sources),
  });
  // No header yet: a new sheet, or one a stopped run left without its header (written last).
  if (cellText(snapshot?.values[0]?.[0]).trim() === "") {
    plan.styleHeaderWidth = width;
    plan.widths.push({ col: 1, widths: [180, 140, ...columns.map(() => 110)] });
  }
  plan.freezeHeader = true;
  plan.filterWidth = width;
  plan.conditional = [
    {
      area: { row: 2, col: 1, numRows: formatRows(lastRow), numCols: width },
      formula: `=AND(ISNUMBER($${roiLetter("roi")}2),$${roiLetter("roi")}2<0)`,
      background: "#fce8e6",
      fontColor: "#a50e0e",
    },
    {
      area: { row: 2, col: 1, numRows: formatRows(lastRow), numCols: width },
      formula: `=$B2="${ALL_CREATORS}"`,
      background: "#e8f0fe",
      fontColor: "#174ea6",
    },
  ];
  return plan;
}

/**
 * An existing ROI sheet must be ours, with our columns where we put them: its formulas refer to
 * their neighbours by position. Columns the team adds after ours are fine.
 */
function roiProblem(snapshot: SheetSnapshot | null): string | null {
  const header = snapshot?.values[0] ?? [];
  if (!snapshot || header.every((v) => cellText(v).trim() === "")) return null;
  const ours = [...ROI_KEY_HEADERS, ...roiColumns(() => "A", "").map((c) => c.header)];
  const ok = ours.every((h, i) => normaliseHeader(cellText(header[i])) === normaliseHeader(h));
  if (ok) return null;
  return (
    `Sheet "${ROI_SHEET}" is not laid out as Influencer Desk makes it: row 1 should read ${ours.join(", ")} ` +
    "from column A, with any columns of your own after them. Move your columns to the right of ours, or rename " +
    `the sheet (say "ROI (ours)") so a new one can be made, then run this again. Nothing was changed.`
  );
}
