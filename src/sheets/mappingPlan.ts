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
  type Mapping,
  mergeMappings,
  readMapping,
  recordedMapping,
  type SheetMapping,
  takesAChoice,
} from "./mapping";
import type { TableSpec } from "./spec";
import { TABLES } from "./tables";

/** One of our fields and the team column that feeds it; null when the set-up adds a column of ours. */
export interface FieldChoice {
  field: string;
  team: string | null;
}

/** A list field whose team values are not on our list: each value of theirs → ours, or KEEP_THEIR_LIST. */
export interface ValueChoice {
  field: string;
  ours: string[];
  map: Record<string, string>;
}

/** What the set-up would do with one of our table sheets, read without writing anything. */
export interface SheetChoice {
  sheet: string;
  /** The tab that plays it: a team's tab, or `newTab` when a new one is made. */
  tab: string;
  /** The name a new tab of ours would get (our name, or a spare one when a tab of the team has it). */
  newTab: string;
  created: boolean;
  /** Settings › Mapping already holds the team's choice for this sheet. */
  stored: boolean;
  /** Adopting it takes a choice nobody made yet: another tab, a header under titles, their names or lists. */
  unmapped: boolean;
  headerRow: number;
  /** Tabs that could play this sheet. */
  tabs: string[];
  /** The team's column headers, in sheet order. */
  teamColumns: string[];
  fields: FieldChoice[];
  /** Our columns the set-up adds (fields with no team column, and per-platform ones such as "Tier (TikTok)"). */
  added: string[];
  leftAlone: string[];
  values: ValueChoice[];
  /** Why this tab cannot play the sheet, in words a person acts on; null when it can. */
  problem: string | null;
}

export interface SetUpPlan {
  sheets: SheetChoice[];
  /** Some sheet would be adopted in a way nobody chose yet: the set-up asks before its first write. */
  needsChoice: boolean;
  /** Every sheet's choice in full (each field's team column or ADDED), for the sidebar to edit and send back. */
  mapping: Mapping;
}

/**
 * How the set-up would adopt each table sheet with the stored mapping and the `draft` over it, read
 * with one read per tab and nothing written: the sidebar's mapping step shows it before the first write.
 * Without `useStored`, only the draft decides (what the set-up finds by itself on the draft's tabs).
 */
export function planSetUp(workbook: WorkbookPort, draft: Mapping = {}, useStored = true): SetUpPlan {
  const read = readEachOnce(workbook);
  const tabNames = workbook.sheetNames();
  // A stored tab that is gone (renamed or deleted) is nobody's choice: the table is found again, and asked about.
  const { stored, gone, mapping: live } = liveMapping(readMapping(workbook), tabNames);
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
