import type { Cell } from "../core/cells";
import type { SheetSnapshot } from "../workbook/port";
import { matchHeaders } from "./headers";
import type { ColumnSpec, TableSpec } from "./spec";

/** Where a table's columns sit in one sheet, after adopting the team's header row. */
export interface TableLayout {
  spec: TableSpec;
  /** The sheet does not exist yet, or is blank. */
  fresh: boolean;
  /** 1-based column of every spec key (found, or appended at the right). */
  columns: Map<string, number>;
  added: { col: number; spec: ColumnSpec }[];
  /** Columns of the table including the team's own and the appended ones. */
  width: number;
  /** Last row holding anything (1 for a header-only sheet). */
  lastRow: number;
}

/** A sheet the add-on will not touch, and what the person should change. */
export class AdoptError extends Error {}

/** The fewest of our columns a header row must name before we call it the same sheet. */
const MIN_RECOGNISED = 2;

/** The label inside a header-cell array formula such as `={"Tier";TIER(E2:E)}`. */
export function arrayLabel(formula: string): string | null {
  const match = /^=\{"((?:[^"]|"")*)";/.exec(formula);
  return match ? (match[1] as string).replace(/""/g, '"') : null;
}

/**
 * The header row as a person reads it. A header cell holding an array formula shows its label, or
 * #REF! when the team's values block the spill; the label inside the formula is what names it.
 */
function headerTexts(snapshot: SheetSnapshot | null): Cell[] {
  const values = snapshot?.values[0] ?? [];
  const formulas = snapshot?.formulas[0] ?? [];
  return values.map((value, i) => arrayLabel(formulas[i] ?? "") ?? value);
}

export function layoutTable(spec: TableSpec, snapshot: SheetSnapshot | null): TableLayout {
  const header = headerTexts(snapshot);
  const blank =
    !snapshot || snapshot.values.every((row) => row.every((v) => v === "" || v === null || v === undefined));
  if (blank) {
    const columns = new Map(spec.columns.map((c, i) => [c.key, i + 1]));
    return {
      spec,
      fresh: true,
      columns,
      added: spec.columns.map((c, i) => ({ col: i + 1, spec: c })),
      width: spec.columns.length,
      lastRow: 1,
    };
  }
  const match = matchHeaders(header, spec);
  if (match.found.size < Math.min(MIN_RECOGNISED, spec.columns.length)) {
    const seen = header
      .filter((v) => v !== "" && v !== null && v !== undefined)
      .slice(0, 6)
      .map((v) => JSON.stringify(String(v)));
    throw new AdoptError(
      `Sheet "${spec.name}" has no header row we recognise. Row 1 should name its columns, such as ` +
        `${spec.columns
          .slice(0, 5)
          .map((c) => c.header)
          .join(", ")}; it holds ${seen.length ? seen.join(", ") : "nothing"}. ` +
        `Add a header row (or rename the sheet so a new "${spec.name}" can be made), then run this again. Nothing was changed.`,
    );
  }
  const columns = new Map<string, number>();
  for (const [key, index] of match.found) columns.set(key, index + 1);
  const added: TableLayout["added"] = [];
  // Append after the last column holding anything, so a headerless column of data is never written over.
  let next = match.width;
  for (const row of snapshot.values) next = Math.max(next, lastFilled(row));
  for (const row of snapshot.formulas) next = Math.max(next, lastFilled(row));
  for (const key of match.missing) {
    next += 1;
    columns.set(key, next);
    added.push({ col: next, spec: spec.columns.find((c) => c.key === key) as ColumnSpec });
  }
  return { spec, fresh: false, columns, added, width: next, lastRow: Math.max(snapshot.values.length, 1) };
}

function lastFilled(row: unknown[]): number {
  for (let i = row.length - 1; i >= 0; i--)
    if (row[i] !== "" && row[i] !== null && row[i] !== undefined) return i + 1;
  return 0;
}
