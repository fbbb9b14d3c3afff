import type { Mapping, SheetMapping } from "../core/rpc/mapping";
import type { SheetSnapshot, WorkbookPort } from "../workbook/port";
import { budgetTable } from "./budgetSummary";
import { normaliseHeader } from "./headers";
import { AdoptError, layoutTable, type TableLayout } from "./layout";
import { chosenColumns, readMapping } from "./mapping";
import type { TableSpec } from "./spec";

export interface FoundTable {
  layout: TableLayout;
  /** What was read of the tab (the Budget table without its summary block), or null for a new sheet. */
  snapshot: SheetSnapshot | null;
}

/** Reads a tab once; null when there is no such tab. */
export type ReadTab = (tab: string) => SheetSnapshot | null;

/** Each tab is read at most once per run, however many sheets' plans look at it. */
export function readEachOnce(workbook: WorkbookPort): ReadTab {
  const reads = new Map<string, SheetSnapshot | null>();
  return (tab) => {
    if (!reads.has(tab)) reads.set(tab, workbook.sheet(tab)?.read() ?? null);
    return reads.get(tab) ?? null;
  };
}

/** The table part of a tab as read (Budget without the summary block earlier versions kept there). */
export function tableOf(spec: TableSpec, read: SheetSnapshot | null): SheetSnapshot | null {
  return spec.name === "Budget" && read ? budgetTable(read) : read;
}

/**
 * The tab that plays a table's role: the one the mapping names, else our own name or one of the
 * table's tab names (`TableSpec.tabs`) whose header row reads as the table. A tab under our exact
 * name that does not read as the table is refused (with the reason) unless another tab plays the
 * role; tabs under other names that do not fit are simply not used, and a new sheet is made.
 */
export function findTable(
  spec: TableSpec,
  tabNames: string[],
  read: ReadTab,
  entry: SheetMapping | undefined,
): FoundTable {
  const chosen = chosenColumns(spec, entry);
  if (entry?.tab) {
    const snapshot = tableOf(spec, read(entry.tab));
    return { layout: layoutTable(spec, snapshot, { tab: entry.tab, chosen }), snapshot };
  }
  const byName = new Map(tabNames.map((name) => [normaliseHeader(name), name]));
  let ownName: FoundTable | null = null;
  let refused: AdoptError | null = null;
  for (const candidate of [spec.name, ...(spec.tabs ?? [])]) {
    const tab = byName.get(normaliseHeader(candidate));
    if (tab === undefined) continue;
    const snapshot = tableOf(spec, read(tab));
    try {
      const layout = layoutTable(spec, snapshot, { tab, chosen });
      if (!layout.fresh) return { layout, snapshot };
      if (candidate === spec.name) ownName = { layout, snapshot };
    } catch (error) {
      if (!(error instanceof AdoptError)) throw error;
      if (candidate === spec.name) refused = error;
    }
  }
  if (refused) throw refused;
  return ownName ?? { layout: layoutTable(spec, null, { chosen }), snapshot: null };
}

/**
 * The team's tab for a table, read with one read, through Settings › Mapping (read here unless the
 * caller already has it): what the report and the sidebar's stores read. Null when no tab plays the
 * role; an AdoptError when the tab under our name is something else.
 */
export function openTable(workbook: WorkbookPort, spec: TableSpec, mapping?: Mapping): FoundTable | null {
  const entry = (mapping ?? readMapping(workbook))[spec.name];
  const read: ReadTab = (tab) => workbook.sheet(tab)?.read() ?? null;
  const found = findTable(spec, workbook.sheetNames(), read, entry);
  return found.snapshot === null ? null : found;
}
