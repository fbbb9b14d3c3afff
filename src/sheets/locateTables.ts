import type { Mapping, SheetMapping } from "../core/rpc/mapping";
import type { SheetSnapshot } from "../workbook/port";
import { budgetTable, type OldBudgetBlock, oldBudgetBlock } from "./budgetSummary";
import { type FoundTable, findTable, type ReadTab } from "./findTable";
import { AdoptError, leftAloneTab, spareTabName, type TableLayout } from "./layout";
import { BUDGET_SUMMARY_SHEET } from "./layouts/budgetSummary";
import { ROI_SHEET } from "./layouts/roi";
import type { TableSpec } from "./spec";
import { TABLES } from "./tables";

/** Where each table of the run is, what was read of it, and what stops or concerns the run. */
export interface Located {
  layouts: Map<string, TableLayout>;
  snapshots: Map<string, SheetSnapshot | null>;
  /** The summary block earlier versions kept at the right of Budget. */
  oldBlock: OldBudgetBlock | null;
  problems: string[];
  notes: string[];
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
): Located {
  const found: Located = {
    layouts: new Map(),
    snapshots: new Map(),
    oldBlock: null,
    problems: [],
    notes: [],
  };
  // Budget is read without the summary block earlier versions kept at its right (see budgetSummary.ts).
  const budgetRead: ReadTab = (tab) => {
    const snapshot = read(tab);
    return snapshot && budgetTable(snapshot);
  };
  for (const spec of TABLES) {
    if (!names.includes(spec.name)) continue;
    const readTable = spec.name === "Budget" ? budgetRead : read;
    try {
      const { layout } = findOrSpare(spec, tabNames, readTable, mapping[spec.name], found.notes);
      found.layouts.set(spec.name, layout);
      found.snapshots.set(spec.name, readTable(layout.tab));
      if (spec.name === "Budget") found.oldBlock = oldBudgetBlock(read(layout.tab));
    } catch (error) {
      if (error instanceof AdoptError) found.problems.push(error.message);
      else throw error;
    }
  }
  for (const sheet of [BUDGET_SUMMARY_SHEET, ROI_SHEET] as const)
    if (names.includes(sheet)) found.snapshots.set(sheet, read(sheet));
  return found;
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
