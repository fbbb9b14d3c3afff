import type { Mapping, SetUpPlan, SheetChoice, SheetMapping, ValueChoice } from "../core/rpc/mapping";
import type { SheetSnapshot, WorkbookPort } from "../workbook/port";
import { type ReadTab, readEachOnce } from "./findTable";
import { normaliseHeader } from "./headers";
import { AdoptError, rowTexts, spareTabName, type TableLayout } from "./layout";
import { findAgain, findOrSpare, type GoneTab, OUR_OWN_TABS, takenTabs } from "./locateTables";
import {
  ADDED,
  type AdoptedSheet,
  adoptedSheet,
  KEEP_THEIR_LIST,
  liveMapping,
  mergeMappings,
  readMapping,
  recordedMapping,
  takesAChoice,
} from "./mapping";
import type { TableSpec } from "./spec";
import { TABLES } from "./tables";

/**
 * How the set-up would adopt each table sheet with the stored mapping and the `draft` over it, read
 * with one read per tab and nothing written: the sidebar's mapping step shows it before the first write.
 * With `{ storedMapping: "ignored" }`, only the draft decides (what the set-up finds by itself on the
 * draft's tabs).
 */
export function planSetUp(
  workbook: WorkbookPort,
  draft: Mapping = {},
  { storedMapping = "merged" }: { storedMapping?: "merged" | "ignored" } = {},
): SetUpPlan {
  const read = readEachOnce(workbook);
  const tabNames = workbook.sheetNames();
  // A stored tab that is gone (renamed or deleted) is nobody's choice: the table is found again, and asked about.
  const { stored, gone, mapping: live } = liveMapping(readMapping(workbook), tabNames);
  const useStored = storedMapping === "merged";
  const mapping = useStored ? mergeMappings(live, draft) : draft;
  const tabs = tabNames.filter((tab) => !OUR_OWN_TABS.has(normaliseHeader(tab)));
  const sheets: SheetChoice[] = [];
  const playedBy = new Map<string, string>();
  for (const spec of TABLES) {
    const entry = mapping[spec.name];
    const lost = useStored && !entry?.tab ? gone.get(spec.name) : undefined;
    const lostTab = lost === undefined ? null : { tab: lost, taken: takenTabs(mapping, spec.name) };
    const choice = planSheet(spec, { tabNames, tabs, read }, entry, stored[spec.name], lostTab);
    const other = playedBy.get(normaliseHeader(choice.tab));
    if (other && !choice.created)
      choice.problem = `"${choice.tab}" already plays the ${other} sheet: choose another tab, or a new one.`;
    playedBy.set(normaliseHeader(choice.tab), spec.name);
    sheets.push(choice);
  }
  return {
    sheets,
    needsChoice: sheets.some((s) => s.unmapped),
    mapping: Object.fromEntries(sheets.map((s) => [s.sheet, fullChoice(s)])),
  };
}

interface Tabs {
  tabNames: string[];
  tabs: string[];
  read: ReadTab;
}

function planSheet(
  spec: TableSpec,
  { tabNames, tabs, read }: Tabs,
  entry: SheetMapping | undefined,
  stored: SheetMapping | undefined,
  gone: GoneTab | null,
): SheetChoice {
  const taken = tabNames.some((tab) => normaliseHeader(tab) === normaliseHeader(spec.name));
  const base: SheetChoice = {
    sheet: spec.name,
    tab: entry?.tab ?? spec.name,
    newTab: taken ? spareTabName(spec) : spec.name,
    created: false,
    stored: stored !== undefined,
    unmapped: false,
    headerRow: 1,
    tabs,
    teamColumns: [],
    fields: [],
    added: [],
    leftAlone: [],
    values: [],
    problem: null,
  };
  let layout: TableLayout;
  let snapshot: SheetSnapshot | null;
  try {
    // The same choice the set-up makes: an unrelated tab under our name is left alone beside ours.
    ({ layout, snapshot } = gone
      ? findAgain(spec, tabNames, read, entry, gone)
      : findOrSpare(spec, tabNames, read, entry));
  } catch (error) {
    if (!(error instanceof AdoptError)) throw error;
    return { ...base, unmapped: stored === undefined, problem: error.message };
  }
  const summary = adoptedSheet(layout, snapshot);
  const header = rowTexts(snapshot, layout.headerRow).map((text) => text.trim());
  const addedCols = new Set(layout.added.map((a) => a.col));
  return {
    ...base,
    tab: layout.tab,
    created: summary.created,
    unmapped: stored === undefined && (gone !== null || (!layout.fresh && takesAChoice(layout, summary))),
    headerRow: layout.headerRow,
    teamColumns: layout.fresh ? [] : header.filter((text) => text !== ""),
    fields: spec.columns.map((column) => {
      const col = layout.columns.get(column.key) as number;
      return { field: column.header, team: addedCols.has(col) ? null : (header[col - 1] ?? "") };
    }),
    added: summary.added,
    leftAlone: summary.leftAlone,
    values: valueChoices(spec, summary, entry),
  };
}

function valueChoices(
  spec: TableSpec,
  summary: AdoptedSheet,
  entry: SheetMapping | undefined,
): ValueChoice[] {
  const guessed = recordedMapping(summary, spec).values ?? {};
  return Object.entries(summary.theirLists).map(([field, outside]) => {
    const column = spec.columns.find((c) => c.header === field);
    const ours = column?.validation?.kind === "list" ? column.validation.values : [];
    const chosen = entry?.values?.[field] ?? {};
    const map = Object.fromEntries(
      outside.map((team) => [team, chosen[team] ?? guessed[field]?.[team] ?? KEEP_THEIR_LIST]),
    );
    return { field, ours, map };
  });
}

function fullChoice(choice: SheetChoice): SheetMapping {
  if (choice.problem !== null) return { tab: choice.tab };
  return {
    tab: choice.tab,
    columns: Object.fromEntries(choice.fields.map((f) => [f.field, f.team ?? ADDED])),
    values: Object.fromEntries(choice.values.map((v) => [v.field, v.map])),
  };
}
