import { type Cell, cellText } from "../../core/cells";
import { zonedMidnight } from "../../core/dates";
import type {
  CampaignWindow,
  ExistingPost,
  ImportPlan,
  MetricField,
  PostField,
  RosterEntry,
} from "../../core/import/planning";
import { METRIC_FIELDS, TEXT_FIELDS } from "../../core/import/planning";
import type { KeyedRow } from "../../core/report/records";
import type { ImportWrite } from "../../core/rpc/import";
import type { Mapping } from "../../core/rpc/mapping";
import { SidebarError } from "../../core/rpc/result";
import type { SheetPort, SheetSnapshot, WorkbookPort, WriteCell } from "../../workbook/port";
import { openTable } from "../findTable";
import type { TableLayout } from "../layout";
import { CAMPAIGNS } from "../layouts/campaigns";
import { POSTS } from "../layouts/posts";
import { ROSTER } from "../layouts/roster";
import { readMapping } from "../mapping";
import { keyedRows } from "../reportSources";
import type { TableSpec } from "../spec";
import { SET_UP, tabLabel } from "./mappedTab";
import { existingColumn } from "./roster";

/**
 * What an import reads (Posts, Roster, Campaigns: one read each) and how it writes its plan to Posts:
 * only the metric cells the plan changes, and new posts appended below the last row, in a number of
 * writes that depends on the columns, never on the rows.
 */

export interface PostsTarget {
  sheet: SheetPort;
  snapshot: SheetSnapshot;
  layout: TableLayout;
  /** The last row holding a value outside the add-on's formula columns: new posts go below it. */
  lastRow: number;
}

export interface ImportSheets {
  posts: ExistingPost[];
  roster: RosterEntry[];
  campaigns: CampaignWindow[];
  target: PostsTarget;
}

const POST_FIELDS: readonly PostField[] = [...TEXT_FIELDS, ...METRIC_FIELDS];
const isMetricField = (field: PostField): field is MetricField =>
  (METRIC_FIELDS as readonly string[]).includes(field);

const blank = (cell: Cell) => cell === "" || cell === null || cell === undefined;
const text = (cell: Cell) => cellText(cell).trim();

/** A table's data rows by column key, read through Settings › Mapping as the report reads them. */
function tableRows(workbook: WorkbookPort, spec: TableSpec, mapping: Mapping): KeyedRow[] {
  const found = openTable(workbook, spec, mapping);
  return found?.snapshot ? keyedRows(found.layout, found.snapshot, mapping[spec.name]) : [];
}

/**
 * Our columns whose cells a person fills in, where they are: a column the layout would append is not
 * there, and a column whose header cell holds a formula (the team's array formula) is the team's.
 */
function fieldColumns(layout: TableLayout, snapshot: SheetSnapshot): Map<PostField, number> {
  const columns = new Map<PostField, number>();
  for (const field of POST_FIELDS) {
    const col = existingColumn(layout, field);
    if (col !== undefined && !snapshot.formulas[layout.headerRow - 1]?.[col - 1]) columns.set(field, col);
  }
  return columns;
}

function lastValueRow(snapshot: SheetSnapshot, headerRow: number, skip: Set<number>): number {
  for (let r = snapshot.values.length - 1; r >= headerRow; r--) {
    const cells = snapshot.values[r] ?? [];
    if (cells.some((cell, c) => !skip.has(c + 1) && !blank(cell))) return r + 1;
  }
  return headerRow;
}

/** The team's Posts tab (Settings › Mapping's, under their header row) and its posts. */
function readPostsTarget(
  workbook: WorkbookPort,
  mapping: Mapping,
): { target: PostsTarget; posts: ExistingPost[] } {
  const found = openTable(workbook, POSTS, mapping);
  const sheet = found && workbook.sheet(found.layout.tab);
  if (!found?.snapshot || !sheet)
    throw new SidebarError(
      `There is no ${tabLabel(POSTS, mapping)} sheet yet: ${SET_UP} first. Nothing was changed.`,
    );
  const { snapshot, layout } = found;
  const columns = fieldColumns(layout, snapshot);
  const ours = new Set(POSTS.columns.filter((c) => c.formula).map((c) => layout.columns.get(c.key) ?? 0));
  const lastRow = lastValueRow(snapshot, layout.headerRow, ours);
  const posts: ExistingPost[] = [];
  for (let r = layout.headerRow; r < lastRow; r++) {
    const cells = snapshot.values[r] ?? [];
    const formulas = snapshot.formulas[r] ?? [];
    const values: ExistingPost["values"] = {};
    for (const [field, col] of columns) {
      // A metric cell holding a formula is the team's: left out, so the plan never changes it.
      if (isMetricField(field) && formulas[col - 1]) continue;
      values[field] = cells[col - 1] ?? "";
    }
    posts.push({ row: r + 1, values });
  }
  return { target: { sheet, snapshot, layout, lastRow }, posts };
}

/**
 * Posts, Roster and Campaigns as the import plans against them: the team's tabs, header rows and
 * columns as Settings › Mapping records them (read once), found the way the report finds them.
 */
export function readImportSheets(workbook: WorkbookPort): ImportSheets {
  const mapping = readMapping(workbook);
  const { target, posts } = readPostsTarget(workbook, mapping);
  const roster = tableRows(workbook, ROSTER, mapping)
    .map(({ values }) => ({
      handle: text(values.handle),
      promoCode: text(values.promoCode),
      platform: text(values.platform),
    }))
    .filter((entry) => entry.handle !== "");
  const campaigns = tableRows(workbook, CAMPAIGNS, mapping)
    .map(({ values }) => ({ campaign: text(values.campaign), start: values.start, end: values.end }))
    .filter((entry) => entry.campaign !== "");
  return { posts, roster, campaigns, target };
}

/** A cell written back exactly as it is: its formula, text as text, anything else as read. */
function sameContent(snapshot: SheetSnapshot, row: number, col: number): WriteCell {
  const formula = snapshot.formulas[row - 1]?.[col - 1];
  if (formula) return formula;
  const cell = snapshot.values[row - 1]?.[col - 1];
  if (blank(cell)) return "";
  return typeof cell === "string" ? { text: cell } : (cell as WriteCell);
}

/** Runs of consecutive rows, each [first, last]. */
function runs(rows: number[]): [number, number][] {
  const result: [number, number][] = [];
  for (const row of rows) {
    const last = result[result.length - 1];
    if (last && last[1] === row - 1) last[1] = row;
    else result.push([row, row]);
  }
  return result;
}

/**
 * One column's changed cells. One write from the first to the last changed row, the cells between
 * written back as they are; where a formula sits between (it may spill), only the changed runs.
 */
function writeColumn(target: PostsTarget, col: number, changed: Map<number, number>): number {
  const rows = [...changed.keys()].sort((a, b) => a - b);
  const first = rows[0] as number;
  const last = rows[rows.length - 1] as number;
  const { snapshot, sheet } = target;
  let hasFormula = false;
  for (let r = first; r <= last && !hasFormula; r++) hasFormula = !!snapshot.formulas[r - 1]?.[col - 1];
  const spans: [number, number][] = hasFormula ? runs(rows) : [[first, last]];
  for (const [from, to] of spans) {
    const cells: WriteCell[][] = [];
    for (let r = from; r <= to; r++) cells.push([changed.get(r) ?? sameContent(snapshot, r, col)]);
    sheet.write(from, col, cells);
  }
  return spans.length;
}

function newRowCell(field: PostField, value: string | number | undefined, timeZone: string): WriteCell {
  if (value === undefined || value === "") return "";
  if (typeof value === "number") return value;
  return field === "date" ? zonedMidnight(value, timeZone) : { text: value };
}

/** New posts below the last row: one write per run of adjacent columns the posts fill. */
function appendPosts(target: PostsTarget, plan: ImportPlan, timeZone: string): number {
  if (plan.newPosts.length === 0) return 0;
  const columns = fieldColumns(target.layout, target.snapshot);
  const byCol = [...columns].sort((a, b) => a[1] - b[1]);
  const groups: [PostField, number][][] = [];
  for (const entry of byCol) {
    const group = groups[groups.length - 1];
    const previous = group?.[group.length - 1];
    if (group && previous && previous[1] === entry[1] - 1) group.push(entry);
    else groups.push([entry]);
  }
  for (const group of groups) {
    const cells = plan.newPosts.map((post) =>
      group.map(([field]) => newRowCell(field, post.values[field], timeZone)),
    );
    target.sheet.write(target.lastRow + 1, group[0]?.[1] as number, cells);
  }
  return groups.length;
}

/** Writes a plan made against `target`'s snapshot: changed metric cells, then the new posts. */
export function writeImportPlan(target: PostsTarget, plan: ImportPlan, timeZone: string): ImportWrite {
  const byColumn = new Map<number, Map<number, number>>();
  let cellsChanged = 0;
  for (const update of plan.updates) {
    for (const change of update.changes) {
      const col = target.layout.columns.get(change.field) as number;
      const column = byColumn.get(col) ?? new Map<number, number>();
      column.set(change.row, change.new);
      byColumn.set(col, column);
      cellsChanged++;
    }
  }
  let writes = 0;
  for (const [col, changed] of byColumn) writes += writeColumn(target, col, changed);
  writes += appendPosts(target, plan, timeZone);
  const count = plan.newPosts.length;
  const first = target.lastRow + 1;
  return { appended: count ? { first, last: first + count - 1 } : null, cellsChanged, writes };
}
