import { BRIEFS_SHEET } from "../core/brief/store";
import { TEMPLATES_SHEET } from "../core/outreach/templates";
import type { Mapping, SheetMapping } from "../core/rpc/mapping";
import type { SheetSnapshot } from "../workbook/port";
import { budgetSummaryProblem, budgetTable, type OldBudgetBlock, oldBudgetBlock } from "./budgetSummary";
import { type FoundTable, findTable, type ReadTab, tableOf } from "./findTable";
import { normaliseHeader } from "./headers";
import {
  AdoptError,
  findHeaderRow,
  layoutTable,
  leftAloneTab,
  spareTabName,
  type TableLayout,
} from "./layout";
import { BUDGET_SUMMARY_SHEET } from "./layouts/budgetSummary";
import { ROI_SHEET } from "./layouts/roi";
import { SETTINGS_SHEET } from "./layouts/settings";
import { chosenColumns } from "./mapping";
import { roiProblem } from "./roiSheet";
import type { TableSpec } from "./spec";
import { TABLES } from "./tables";

/** Where each table of the run is, what was read of it, and what stops or concerns the run. */
export interface Located {
  layouts: Map<string, TableLayout>;
  snapshots: Map<string, SheetSnapshot | null>;
  /** The summary block earlier versions kept at the right of Budget. */
  oldBlock: OldBudgetBlock | null;
  /** The tab of each of our summary and ROI sheets in the run (a spare one beside a team's own). */
  ownTabs: Map<string, string>;
  problems: string[];
  notes: string[];
}

function emptyLocated(): Located {
  return {
    layouts: new Map(),
    snapshots: new Map(),
    oldBlock: null,
    ownTabs: new Map(),
    problems: [],
    notes: [],
  };
}

/**
 * Finds the tab of each table the run builds (of `names`) and reads it, and reads the summary and ROI
 * sheets. Tables that cannot be adopted are collected as problems, so the run can name them all.
 */
export function locateTables(
  names: readonly string[],
  tabNames: string[],
  read: ReadTab,
  mapping: Mapping,
  gone: Map<string, string> = new Map(),
): Located {
  const found = emptyLocated();
  // Budget is read without the summary block earlier versions kept at its right (see budgetSummary.ts).
  const budgetRead: ReadTab = (tab) => {
    const snapshot = read(tab);
    return snapshot && budgetTable(snapshot);
  };
  for (const spec of TABLES) {
    if (!names.includes(spec.name)) continue;
    const readTable = spec.name === "Budget" ? budgetRead : read;
    try {
      const entry = mapping[spec.name];
      const lost = entry?.tab ? undefined : gone.get(spec.name);
      const { layout } = lost
        ? findAgain(
            spec,
            tabNames,
            readTable,
            entry,
            { tab: lost, taken: takenTabs(mapping, spec.name) },
            found.notes,
          )
        : findOrSpare(spec, tabNames, readTable, entry, found.notes);
      found.layouts.set(spec.name, layout);
      found.snapshots.set(spec.name, readTable(layout.tab));
      if (spec.name === "Budget") found.oldBlock = oldBudgetBlock(read(layout.tab));
    } catch (error) {
      if (error instanceof AdoptError) found.problems.push(error.message);
      else throw error;
    }
  }
  locateOwnSheets(names, read, mapping, found);
  return found;
}

function locateOwnSheets(names: readonly string[], read: ReadTab, mapping: Mapping, found: Located): void {
  for (const [sheet, problemOf] of OWN_SHEETS) {
    if (!names.includes(sheet)) continue;
    try {
      const tab = ownSheetTab(sheet, problemOf, read, mapping[sheet]?.tab, found.notes);
      found.ownTabs.set(sheet, tab);
      found.snapshots.set(sheet, read(tab));
    } catch (error) {
      if (error instanceof AdoptError) found.problems.push(error.message);
      else throw error;
    }
  }
}

/** Our sheets whose formulas read their neighbours by position, and why a tab cannot be one of them. */
const OWN_SHEETS = [
  [BUDGET_SUMMARY_SHEET, budgetSummaryProblem],
  [ROI_SHEET, roiProblem],
] as const;

/**
 * The tab of our summary or ROI sheet. A team's own tab under our name ("ROI" with their Campaign,
 * Spend, Revenue, ROI) is left alone as the blog list called Posts is, and ours goes on a spare tab
 * the recorded mapping then names; a tab the mapping names that does not fit is refused: the team chose it.
 */
function ownSheetTab(
  sheet: string,
  problemOf: (snapshot: SheetSnapshot | null) => string | null,
  read: ReadTab,
  chosen: string | undefined,
  notes: string[],
): string {
  const tab = chosen ?? sheet;
  const problem = problemOf(read(tab));
  if (problem === null) return tab;
  // An .xlsx sheet name holds at most 31 characters, so the local path keeps the spare tab's name.
  const long = `${sheet} (Influencer Desk)`;
  const spare = long.length <= 31 ? long : `${sheet} (add-on)`;
  if (chosen || problemOf(read(spare)) !== null) throw new AdoptError(problem);
  notes.push(
    `Sheet "${sheet}" was left as it is (not laid out as ours); ours is the tab "${spare}", as Settings › Mapping records.`,
  );
  return spare;
}

/** Why the summary or ROI sheet among `names` cannot be adopted: only a tab the team named for it. */
export function ownSheetProblems(names: readonly string[], read: ReadTab, mapping: Mapping): string[] {
  const found = emptyLocated();
  locateOwnSheets(names, read, mapping, found);
  return found.problems;
}

/**
 * The table's tab; when the tab under our name is something else of the team's (a blog list called
 * Posts) and no mapping names a tab, that tab is left alone and the table goes to a tab of its own
 * (see spareTabName), which the recorded mapping then names for every later run. A tab the mapping
 * names that does not fit is refused: the team chose it.
 */
export function findOrSpare(
  spec: TableSpec,
  tabNames: string[],
  read: ReadTab,
  entry: SheetMapping | undefined,
  notes: string[] = [],
): FoundTable {
  try {
    return findTable(spec, tabNames, read, entry);
  } catch (error) {
    if (!(error instanceof AdoptError) || entry?.tab) throw error;
    const spare = findTable(spec, tabNames, read, { ...entry, tab: spareTabName(spec) });
    notes.push(leftAloneTab(spec, spare.layout.tab));
    return spare;
  }
}

/** Tabs of our own that never play a table's role. */
export const OUR_OWN_TABS = new Set(
  [SETTINGS_SHEET, BUDGET_SUMMARY_SHEET, ROI_SHEET, TEMPLATES_SHEET, BRIEFS_SHEET].map(normaliseHeader),
);

/** Tabs another sheet plays or would be looked for under, never taken for `sheet` by its headers. */
export function takenTabs(mapping: Mapping, sheet: string): Set<string> {
  const taken = new Set(OUR_OWN_TABS);
  for (const spec of TABLES)
    for (const name of [spec.name, ...(spec.tabs ?? []), spareTabName(spec)])
      taken.add(normaliseHeader(name));
  for (const [other, { tab }] of Object.entries(mapping))
    if (other !== sheet && tab) taken.add(normaliseHeader(tab));
  return taken;
}

/** A sheet whose tab Settings › Mapping names is gone, and the tabs it may not take instead. */
export interface GoneTab {
  tab: string;
  taken: ReadonlySet<string>;
}

/**
 * The table of a sheet whose mapped tab is gone (renamed or deleted): found again as on a first run,
 * else on the tab whose header row reads best as the table ("Creators 2026" for a renamed
 * "Creators"), else a new tab; never silently an empty twin: the note says which.
 */
export function findAgain(
  spec: TableSpec,
  tabNames: string[],
  read: ReadTab,
  entry: SheetMapping | undefined,
  gone: GoneTab,
  notes: string[] = [],
): FoundTable {
  const first = findOrSpare(spec, tabNames, read, entry, notes);
  const found = (first.layout.fresh && bestByHeaders(spec, tabNames, read, entry, gone.taken)) || first;
  const tab = found.layout.tab;
  notes.push(
    `Your ${spec.name} tab "${gone.tab}" in Settings › Mapping is gone: ` +
      (found.layout.fresh ? `a new tab "${tab}" is made.` : `"${tab}" reads as it and is used.`),
  );
  return found;
}

function bestByHeaders(
  spec: TableSpec,
  tabNames: string[],
  read: ReadTab,
  entry: SheetMapping | undefined,
  taken: ReadonlySet<string>,
): FoundTable | null {
  const chosen = chosenColumns(spec, entry);
  let best: { found: FoundTable; score: number } | null = null;
  for (const tab of tabNames) {
    const snapshot = taken.has(normaliseHeader(tab)) ? null : tableOf(spec, read(tab));
    if (!snapshot) continue;
    const { score } = findHeaderRow(spec, snapshot, chosen).match;
    if (best && score <= best.score) continue;
    try {
      const layout = layoutTable(spec, snapshot, { tab, chosen });
      if (!layout.fresh) best = { found: { layout, snapshot }, score };
    } catch (error) {
      if (!(error instanceof AdoptError)) throw error;
    }
  }
  return best?.found ?? null;
}
