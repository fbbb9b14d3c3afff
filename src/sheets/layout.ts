import { type Cell, cellText } from "../core/cells";
import type { SheetSnapshot } from "../workbook/port";
import { type HeaderMatch, matchHeaders } from "./headers";
import type { ColumnSpec, TableSpec } from "./spec";

/** Where a table's columns sit in one sheet, after adopting the team's header row. */
export interface TableLayout {
  /** Our layout, with any columns the team's header row calls for beyond it (see TableSpec.extras). */
  spec: TableSpec;
  /** The tab that plays this table's role ("Creators" for the Roster), or spec.name for a new sheet. */
  tab: string;
  /** The sheet does not exist yet, or is blank. */
  fresh: boolean;
  /** 1-based row of the header; rows above it (titles, notes) are the team's and never written. */
  headerRow: number;
  /** 1-based column of every spec key (found, or appended at the right). */
  columns: Map<string, number>;
  added: { col: number; spec: ColumnSpec }[];
  /** Columns of the table including the team's own and the appended ones. */
  width: number;
  /** Last row holding anything (the header row for a header-only sheet). */
  lastRow: number;
}

/** A sheet the add-on will not touch, and what the person should change. */
export class AdoptError extends Error {}

/** Why a sheet of ours whose formulas read their neighbours by position cannot be adopted, and what to do. */
export function notOurLayout(sheet: string, ours: string[], missing = ""): string {
  return (
    `Sheet "${sheet}" is not laid out as Influencer Desk makes it: row 1 should read ${ours.join(", ")} ` +
    `from column A${missing}, with any columns of your own after them. Move your columns to the right of ours, ` +
    `or rename the sheet (say "${sheet} (ours)") so a new one can be made, then run this again. Nothing was changed.`
  );
}

/** How far down a header row is looked for, under titles and notes. */
export const HEADER_SEARCH_ROWS = 10;

/** The least `HeaderMatch.score` a row needs before we call it this table's header. */
const MIN_SCORE = 2;

/** What a run already knows about a table: the tab to use and the team's column choices. */
export interface LayoutOptions {
  tab?: string;
  /** Field key → the team's header for it (Settings › Mapping, or --mapping). */
  chosen?: ReadonlyMap<string, string>;
}

/** The label inside a header-cell array formula such as `={"Tier";TIER(E2:E)}`. */
export function arrayLabel(formula: string): string | null {
  const match = /^=\{"((?:[^"]|"")*)";/.exec(formula);
  return match ? (match[1] as string).replace(/""/g, '"') : null;
}

/**
 * One row as a person reads it. A header cell holding an array formula shows its label, or #REF!
 * when the team's values block the spill; the label inside the formula is what names it.
 */
export function rowTexts(snapshot: SheetSnapshot | null, row: number): string[] {
  const values = snapshot?.values[row - 1] ?? [];
  const formulas = snapshot?.formulas[row - 1] ?? [];
  return values.map((value, i) => arrayLabel(formulas[i] ?? "") ?? cellText(value));
}

function isBlank(value: Cell): boolean {
  return value === "" || value === null || value === undefined;
}

/** The row within the first ten that names most of our columns; the upper one on a tie. */
export function findHeaderRow(
  spec: TableSpec,
  snapshot: SheetSnapshot,
  chosen?: ReadonlyMap<string, string>,
): { row: number; match: HeaderMatch } {
  let best = { row: 1, match: matchHeaders(rowTexts(snapshot, 1), spec, chosen) };
  const rows = Math.min(HEADER_SEARCH_ROWS, snapshot.values.length);
  for (let row = 2; row <= rows; row++) {
    const match = matchHeaders(rowTexts(snapshot, row), spec, chosen);
    if (match.score > best.match.score) best = { row, match };
  }
  return best;
}

/** Whether this row reads as the table's header (enough distinctive columns named). */
export function adoptable(spec: TableSpec, match: HeaderMatch): boolean {
  return match.score >= Math.min(MIN_SCORE, spec.columns.length);
}

/** The tab name offered when a tab of ours is taken by something else. */
export function spareTabName(spec: TableSpec): string {
  return `${spec.name} (Influencer Desk)`;
}

/** What the summary says when a tab under our name is the team's something else and is left alone. */
export function leftAloneTab(spec: TableSpec, used: string): string {
  return (
    `Sheet "${spec.name}" was left as it is: its header row does not read as ${spec.name} (expected columns ` +
    `such as ${expectedHeaders(spec)}). The add-on's ${spec.name} is the tab "${used}"; ` +
    `Settings › Mapping records that, and you can name another tab there.`
  );
}

function expectedHeaders(spec: TableSpec): string {
  return spec.columns
    .slice(0, 5)
    .map((c) => c.header)
    .join(", ");
}

function refusal(spec: TableSpec, tab: string, snapshot: SheetSnapshot): AdoptError {
  const seen = [...new Set(rowTexts(snapshot, 1).filter((v) => v.trim() !== ""))]
    .slice(0, 6)
    .map((v) => JSON.stringify(v));
  const called = tab === spec.name ? `Sheet "${tab}"` : `Sheet "${tab}" (used as ${spec.name})`;
  return new AdoptError(
    `${called} has no header row we recognise. Row 1 should name its columns, such as ` +
      `${spec.columns
        .slice(0, 5)
        .map((c) => c.header)
        .join(", ")} (or a row under titles, within the first ${HEADER_SEARCH_ROWS}); ` +
      `row 1 holds ${seen.length ? seen.join(", ") : "nothing"}. ` +
      `If this tab is something else, rename it, or put "${spareTabName(spec)}" as the ${spec.name} tab in ` +
      "Settings › Mapping (or --mapping) so a new sheet is made beside it, then run this again. Nothing was changed.",
  );
}

export function layoutTable(
  spec: TableSpec,
  snapshot: SheetSnapshot | null,
  options: LayoutOptions = {},
): TableLayout {
  const tab = options.tab ?? spec.name;
  const blank = !snapshot || snapshot.values.every((row) => row.every(isBlank));
  if (blank) {
    const columns = new Map(spec.columns.map((c, i) => [c.key, i + 1]));
    return {
      spec,
      tab,
      fresh: true,
      headerRow: 1,
      columns,
      added: spec.columns.map((c, i) => ({ col: i + 1, spec: c })),
      width: spec.columns.length,
      lastRow: 1,
    };
  }
  const { row: headerRow, match: base } = findHeaderRow(spec, snapshot, options.chosen);
  if (!adoptable(spec, base)) throw refusal(spec, tab, snapshot);
  const header = rowTexts(snapshot, headerRow);
  const extras = spec.extras?.(header, base.found) ?? [];
  const full: TableSpec = extras.length > 0 ? { ...spec, columns: [...spec.columns, ...extras] } : spec;
  const match = extras.length > 0 ? matchHeaders(header, full, options.chosen) : base;
  const columns = new Map<string, number>();
  for (const [key, index] of match.found) columns.set(key, index + 1);
  const added: TableLayout["added"] = [];
  // Append after the last column holding anything, so a headerless column of data is never written over.
  let next = Math.max(match.width, lastUsedColumn(snapshot));
  for (const key of match.missing) {
    next += 1;
    columns.set(key, next);
    added.push({ col: next, spec: full.columns.find((c) => c.key === key) as ColumnSpec });
  }
  return {
    spec: full,
    tab,
    fresh: false,
    headerRow,
    columns,
    added,
    width: next,
    lastRow: Math.max(snapshot.values.length, headerRow),
  };
}

/** The last column holding any value or formula in any row (0 on an empty sheet). */
export function lastUsedColumn(snapshot: SheetSnapshot): number {
  let last = 0;
  for (const row of [...snapshot.values, ...snapshot.formulas]) last = Math.max(last, lastFilled(row));
  return last;
}

function lastFilled(row: unknown[]): number {
  for (let i = row.length - 1; i >= 0; i--) if (!isBlank(row[i] as Cell)) return i + 1;
  return 0;
}
