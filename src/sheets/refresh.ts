import type { SheetSnapshot, WorkbookPort } from "../workbook/port";
import { columnLetter, sheetRef } from "./a1";
import { applyPlan } from "./apply";
import { budgetSummaryColumn, budgetTable } from "./budgetSummary";
import { currencyFormat } from "./currency";
import { normaliseHeader } from "./headers";
import { planKeyedBlock } from "./keyedBlock";
import { AdoptError, layoutTable, type TableLayout } from "./layout";
import { BUDGET_SUMMARY_TITLE, budgetSummaryColumns } from "./layouts/budgetSummary";
import { ALL_CREATORS, ROI_KEY_HEADERS, ROI_SHEET, roiColumns, roiLetter } from "./layouts/roi";
import { SETTINGS_SHEET, SETTINGS_TABLES, type SettingsTableKey } from "./layouts/settings";
import { cellText, emptyPlan, type SheetPlan } from "./plan";
import { planTable } from "./planTable";
import { planSettings, readSettingValues, type SettingsDefaults, type SettingsLayout } from "./settings";
import type { ColumnRefs, LetterIn } from "./spec";
import { type ColumnKey, TABLES, type TableName } from "./tables";

/** Every sheet the set-up builds, in the order tabs appear: Settings, the tables, then ROI. */
export const ALL_SHEETS = [SETTINGS_SHEET, ...TABLES.map((t) => t.name), ROI_SHEET];
export type SheetName = (typeof ALL_SHEETS)[number];

/** A sheet's formulas read others: building it builds (or refreshes) those too. */
const NEEDS: Record<SheetName, SheetName[]> = {
  Settings: [],
  Roster: ["Settings"],
  Campaigns: ["Settings"],
  Deliverables: ["Settings"],
  Posts: ["Settings"],
  Budget: ["Settings", "Campaigns"],
  ROI: ["Settings", "Campaigns", "Posts", "Budget"],
};

export interface RefreshResult {
  /** `notes`: where the add-on left the team's own cells alone instead of writing its formula. */
  sheets: { name: string; created: boolean; changes: number; notes: string[] }[];
}

export function defaultSettings(workbook: WorkbookPort): SettingsDefaults {
  return {
    currency: "USD",
    timeZone: workbook.timeZone,
    firstDayOfWeek: "Monday",
    reportRecipients: "",
    benchmarkSource: "HypeAuditor (2018), about 37,000 Instagram accounts",
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
): RefreshResult {
  const names = closure(targets);
  const snapshots = new Map<string, SheetSnapshot | null>();
  for (const name of names) snapshots.set(name, workbook.sheet(name)?.read() ?? null);

  const defaults = defaultSettings(workbook);
  const settingsSnap = snapshots.get(SETTINGS_SHEET) ?? null;
  const settings = planSettings(settingsSnap, defaults);
  const values = readSettingValues(settingsSnap, settings.layout, defaults);
  const money = currencyFormat(values.currency);

  const layouts = new Map<string, TableLayout>();
  const problems: string[] = [];
  const budgetSummaryCol = budgetSummaryColumn(snapshots.get("Budget") ?? null);
  for (const spec of TABLES) {
    if (!names.includes(spec.name)) continue;
    let snap = snapshots.get(spec.name) ?? null;
    if (spec.name === "Budget" && snap) snap = budgetTable(snap);
    try {
      layouts.set(spec.name, layoutTable(spec, snap));
    } catch (error) {
      if (error instanceof AdoptError) problems.push(error.message);
      else throw error;
    }
  }
  if (names.includes("ROI")) {
    const problem = roiProblem(snapshots.get(ROI_SHEET) ?? null);
    if (problem) problems.push(problem);
  }
  if (problems.length > 0) throw new AdoptError(problems.join("\n\n"));

  const letterIn: LetterIn = (sheet, key) => letterOf(layouts.get(sheet), key);
  const refsFor = (layout: TableLayout): ColumnRefs => ({
    letter: (key) => letterOf(layout, key),
    letterIn,
    settings: (table) => settingsRange(settings.layout, table),
    currencyFormat: money,
    width: layout.width,
  });

  const plans: SheetPlan[] = [];
  if (names.includes("Settings")) plans.push(settings.plan);
  for (const spec of TABLES) {
    const layout = layouts.get(spec.name);
    if (!layout) continue;
    const existing = layout.fresh ? null : workbook.sheet(spec.name);
    const styles = existing ? existing.styledColumns(2, layout.width) : [];
    const plan = planTable(layout, snapshots.get(spec.name) ?? null, refsFor(layout), styles);
    if (spec.name === "Budget")
      planBudgetSummary(plan, layout, { layouts, snapshots, letterIn }, budgetSummaryCol, money);
    plans.push(plan);
  }
  if (names.includes("ROI")) plans.push(planRoi({ layouts, snapshots, letterIn }, money));

  const result: RefreshResult = { sheets: [] };
  plans.forEach((plan, index) => {
    progress(`Updating ${plan.sheet} (${index + 1} of ${plans.length})…`);
    const changes = applyPlan(workbook, plan);
    result.sheets.push({ name: plan.sheet, created: plan.create, changes, notes: plan.notes });
  });
  return result;
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
  const last = columnLetter(table.width);
  return `${sheetRef(SETTINGS_SHEET)}!$A$${table.headerRow}:$${last}$${table.lastRow}`;
}

/** What this run read and laid out, for the blocks whose formulas and keys come from the tables. */
interface Sources {
  layouts: Map<string, TableLayout>;
  snapshots: Map<string, SheetSnapshot | null>;
  letterIn: LetterIn;
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
  return snap.values.slice(1).map((row) => cellText(row[col - 1]).trim());
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
  const columns = roiColumns(sources.letterIn, money);
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
      area: { row: 2, col: 1, numRows: ruleRows(lastRow), numCols: width },
      formula: `=AND(ISNUMBER($${roiLetter("roi")}2),$${roiLetter("roi")}2<0)`,
      background: "#fce8e6",
      fontColor: "#a50e0e",
    },
    {
      area: { row: 2, col: 1, numRows: ruleRows(lastRow), numCols: width },
      formula: `=$B2="${ALL_CREATORS}"`,
      background: "#e8f0fe",
      fontColor: "#174ea6",
    },
  ];
  return plan;
}

/**
 * Rows a conditional format covers: the block, or the first thousand rows (a new sheet's grid), so
 * adding the rule never grows the sheet. A rule is added once (found again by its formula), so rows
 * past this, if the block ever gets there, are not highlighted.
 */
function ruleRows(lastRow: number): number {
  return Math.max(lastRow, 1000) - 1;
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

function planBudgetSummary(
  plan: SheetPlan,
  layout: TableLayout,
  sources: Sources,
  foundAt: number | null,
  money: string,
): void {
  const at = foundAt ?? layout.width + 2;
  const campaigns = [
    ...columnValues(sources, "Campaigns", "campaign"),
    ...columnValues(sources, "Budget", "campaign"),
  ];
  const seen = new Set<string>();
  const keys = campaigns
    .filter((c) => c !== "" && !seen.has(c.toLowerCase()) && seen.add(c.toLowerCase()))
    .map((c) => [c]);
  const snap = sources.snapshots.get("Budget") ?? null;
  const columns = budgetSummaryColumns(sources.letterIn, at, money);
  const { lastRow } = planKeyedBlock(plan, snap, {
    col: at,
    keyHeaders: [BUDGET_SUMMARY_TITLE],
    columns,
    keys,
  });
  if (foundAt === null) plan.widths.push({ col: at, widths: [180, 110, 110, 130, 110, 100] });
  const share = columnLetter(at + 5);
  plan.conditional.push({
    area: { row: 2, col: at + 5, numRows: ruleRows(lastRow), numCols: 1 },
    formula: `=AND(ISNUMBER($${share}2),$${share}2>1)`,
    background: "#fce8e6",
    fontColor: "#a50e0e",
  });
}
