import type { SheetSnapshot, WriteCell } from "../workbook/port";
import { freeRuns, groupRuns, leftAlone, spilledByRuns } from "./formulaRuns";
import { arrayLabel } from "./layout";
import { at, cellText, isErrorValue, type SheetPlan } from "./plan";
import type { ColumnRefs, ColumnSpec, FormulaSpec } from "./spec";

/** Where a formula column sits: its header row, the rows of data under it, and the table's width. */
export interface FormulaColumnPlace {
  col: number;
  headerRow: number;
  lastRow: number;
  width: number;
  /** The add-on appends this column now. */
  added: boolean;
}

/**
 * Decides how a formula column is filled and returns what its header cell should become (or null
 * to leave it). Array mode: one formula in the header cell shows the header and fills the column;
 * it is used when nothing the team typed is in the way (the header cell is new or ours). Run mode:
 * the header is a label the team typed, or the team typed values or wrote formulas of their own in
 * the column, which an array could not spill over, so each contiguous run of free cells gets one
 * formula that spills over exactly that run: one custom-function call per run instead of one per row. Only cells holding exactly what our
 * templates write are ever rewritten or cleared; the rest is the team's and is named in the summary.
 */
export function planFormulaColumn(
  plan: SheetPlan,
  snap: SheetSnapshot,
  place: FormulaColumnPlace,
  column: ColumnSpec,
  formula: FormulaSpec,
  refs: ColumnRefs,
): WriteCell | null {
  const { col, headerRow, lastRow } = place;
  const data = { first: headerRow + 1, last: lastRow };
  const head = at(snap, headerRow, col);
  const headerIsOurs = arrayLabel(head.formula) !== null && formula.owns.test(head.formula);
  const spilled = headerIsOurs && !isErrorValue(head.value);
  const runSpill = spilledByRuns(snap, col, data, formula.owns);
  // The team's cells: values they typed (unless one of our formulas spilled them) and formulas of their own.
  const userRows = new Set<number>();
  let typed = 0;
  let theirFormulas = 0;
  for (let row = data.first; row <= data.last; row++) {
    const cell = at(snap, row, col);
    if (cell.formula === "" && !spilled && !runSpill.has(row) && cellText(cell.value).trim() !== "") {
      userRows.add(row);
      typed++;
    } else if (cell.formula !== "" && !formula.owns.test(cell.formula)) {
      userRows.add(row);
      theirFormulas++;
    }
  }
  const label = place.added
    ? column.header
    : headerIsOurs
      ? (arrayLabel(head.formula) ?? column.header)
      : cellText(head.value).trim();
  // A label the team typed is theirs like any other cell: the formulas go under it, not into it.
  const headerFree = place.added || headerIsOurs || (head.formula === "" && label === "");
  const wantedAt = new Map<number, string>();
  let header: WriteCell | null = null;
  if (headerFree && userRows.size === 0) {
    const wanted = formula.array(refs, label);
    if (head.formula !== wanted || place.added) header = wanted;
  } else {
    if (headerIsOurs) header = label;
    const hasData = (row: number) => rowHasData(snap, place, row);
    const runs = freeRuns(data, userRows, hasData);
    for (const run of runs) wantedAt.set(run.first, formula.run(refs, run.first, run.last));
    const changed = runs.filter((run) => at(snap, run.first, col).formula !== wantedAt.get(run.first));
    plan.relativeFills.push(...groupRuns(col, changed, (run) => wantedAt.get(run.first) as string));
    const note = leftAlone(theirFormulas, typed);
    if (note) plan.notes.push(`${plan.sheet} › ${label || column.header}: ${note}`);
  }
  // Our formulas that no longer belong where they are (a run that moved, per-row formulas of an
  // earlier version, or cells an array formula now fills) are emptied, in one call.
  const stale: { row: number; col: number }[] = [];
  for (let row = data.first; row <= data.last; row++) {
    const cell = at(snap, row, col);
    if (formula.owns.test(cell.formula) && !wantedAt.has(row)) stale.push({ row, col });
  }
  if (stale.length > 0) plan.fills.push({ cells: stale, content: "" });
  return header;
}

function rowHasData(snap: SheetSnapshot, place: FormulaColumnPlace, row: number): boolean {
  const values = snap.values[row - 1] ?? [];
  for (let c = 0; c < Math.min(values.length, place.width); c++) {
    if (c + 1 !== place.col && cellText(values[c]).trim() !== "") return true;
  }
  return false;
}
