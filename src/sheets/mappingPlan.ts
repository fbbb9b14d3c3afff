import { BRIEFS_SHEET } from "../core/brief/store";
import { TEMPLATES_SHEET } from "../core/outreach/templates";
import type { Mapping, SetUpPlan, SheetChoice, SheetMapping, ValueChoice } from "../core/rpc/mapping";
import type { SheetSnapshot, WorkbookPort } from "../workbook/port";
import { type ReadTab, readEachOnce } from "./findTable";
import { normaliseHeader } from "./headers";
import { AdoptError, rowTexts, spareTabName, type TableLayout } from "./layout";
import { BUDGET_SUMMARY_SHEET } from "./layouts/budgetSummary";
import { ROI_SHEET } from "./layouts/roi";
import { SETTINGS_SHEET } from "./layouts/settings";
import { findOrSpare } from "./locateTables";
import {
  ADDED,
  type AdoptedSheet,
  adoptedSheet,
  KEEP_THEIR_LIST,
  mergeMappings,
  readMapping,
  recordedMapping,
} from "./mapping";
import type { TableSpec } from "./spec";
import { TABLES } from "./tables";

/** Our own sheets besides the tables never play a table's role. */
const NOT_A_TABLE = new Set(
  [SETTINGS_SHEET, BUDGET_SUMMARY_SHEET, ROI_SHEET, TEMPLATES_SHEET, BRIEFS_SHEET].map(normaliseHeader),
);

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
  const stored = readMapping(workbook);
  const mapping = storedMapping === "merged" ? mergeMappings(stored, draft) : draft;
  const tabNames = workbook.sheetNames();
  const tabs = tabNames.filter((tab) => !NOT_A_TABLE.has(normaliseHeader(tab)));
  const sheets: SheetChoice[] = [];
  const playedBy = new Map<string, string>();
  for (const spec of TABLES) {
    const choice = planSheet(spec, { tabNames, tabs, read }, mapping[spec.name], stored[spec.name]);
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
    ({ layout, snapshot } = findOrSpare(spec, tabNames, read, entry));
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
    unmapped: stored === undefined && !layout.fresh && takesAChoice(layout, summary),
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

/** The same test the set-up uses before it records a sheet in Settings › Mapping. */
function takesAChoice(layout: TableLayout, summary: AdoptedSheet): boolean {
  return (
    layout.tab !== layout.spec.name ||
    layout.headerRow !== 1 ||
    summary.columns.some(([team, ours]) => normaliseHeader(team) !== normaliseHeader(ours)) ||
    Object.keys(summary.theirLists).length > 0
  );
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
