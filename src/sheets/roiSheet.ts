import type { SheetSnapshot } from "../workbook/port";
import { normaliseHeader } from "./headers";
import { planKeyedBlock } from "./keyedBlock";
import { notOurLayout, type TableLayout } from "./layout";
import { ALL_CREATORS, ROI_KEY_HEADERS, ROI_SHEET, roiColumns, roiLetter } from "./layouts/roi";
import { blankValue, cellText, emptyPlan, formatRows, type SheetPlan } from "./plan";
import type { LetterIn } from "./spec";
import type { ColumnKey, TableName } from "./tables";

/** What this run read and laid out, for the blocks whose formulas and keys come from the tables. */
export interface Sources {
  layouts: Map<string, TableLayout>;
  snapshots: Map<string, SheetSnapshot | null>;
  letterIn: LetterIn;
  tabOf: (sheet: TableName) => string;
}

/** A table column's values under its header, trimmed; empty when the table or column is not there. */
export function columnValues<S extends TableName>(
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

/**
 * The ROI sheet: a row per campaign and per creator in it. On a team's own ROI sheet their rows,
 * values and formulas stay; our formulas go only into blank cells, our missing columns are added at
 * the end of the header, and missing campaigns and creators get rows below theirs.
 */
export function planRoi(sources: Sources, money: string): SheetPlan {
  const snapshot = sources.snapshots.get(ROI_SHEET) ?? null;
  const plan = emptyPlan(ROI_SHEET, { create: snapshot === null });
  const columns = roiColumns(sources.letterIn, money, sources.tabOf);
  const { width, lastRow } = planKeyedBlock(plan, snapshot, {
    col: 1,
    keyHeaders: ROI_KEY_HEADERS,
    columns,
    keys: campaignsAndCreators(sources),
  });
  // No header yet: a new sheet, or one a stopped run left without its header (written last).
  if (blankValue(snapshot?.values[0]?.[0])) {
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

/** ROI's headers from column A, in the order its formulas read their neighbours by position. */
export function roiHeaders(): string[] {
  return [...ROI_KEY_HEADERS, ...roiColumns(() => "A", "").map((c) => c.header)];
}

/**
 * An existing ROI sheet is adopted when row 1 names our columns from column A in our order, as far
 * as it goes: the ratio formulas read their neighbours by position. Columns of ours missing at the
 * end are added; columns the team adds after ours are theirs. Anything else is refused, unchanged.
 */
export function roiProblem(snapshot: SheetSnapshot | null): string | null {
  const header = snapshot?.values[0] ?? [];
  if (!snapshot || header.every(blankValue)) return null;
  const ours = roiHeaders();
  const texts = ours.map((_, i) => normaliseHeader(cellText(header[i])));
  const adoptable = texts.every(
    (text, i) => text === normaliseHeader(ours[i] ?? "") || texts.slice(i).every((t) => t === ""),
  );
  if (adoptable) return null;
  return notOurLayout(ROI_SHEET, ours, " (any of ours missing at the end are added)");
}
