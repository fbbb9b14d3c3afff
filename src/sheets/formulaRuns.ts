import type { SheetSnapshot, WriteCell } from "../workbook/port";
import { at, isErrorValue } from "./plan";

/** Rows `first`..`last` of a column that one run formula fills. */
export interface Run {
  first: number;
  last: number;
}

/**
 * Rows a run formula of ours fills from its own cell, read from its first range ("E5:E13" is 9
 * rows); 1 for any other formula.
 */
export function runLength(formula: string): number {
  const match = /[A-Z]{1,3}([0-9]+):[A-Z]{1,3}([0-9]+)/.exec(formula.replace(/"(?:[^"]|"")*"/g, ""));
  if (!match) return 1;
  return Math.max(1, Number(match[2]) - Number(match[1]) + 1);
}

/**
 * Rows whose cell shows a value spilled by one of our run formulas above it (a blocked spill, shown
 * as #REF!, fills nothing), so those values are not mistaken for ones the team typed.
 */
export function spilledByRuns(
  snap: SheetSnapshot,
  col: number,
  rows: { first: number; last: number },
  owns: RegExp,
): Set<number> {
  const spilled = new Set<number>();
  for (let row = rows.first; row <= rows.last; row++) {
    const cell = at(snap, row, col);
    if (!owns.test(cell.formula) || isErrorValue(cell.value)) continue;
    const length = runLength(cell.formula);
    for (let k = 1; k < length; k++) spilled.add(row + k);
  }
  return spilled;
}

/**
 * The contiguous runs of rows the team left free, each trimmed to the rows that hold data in other
 * columns (a run of blank rows gets no formula).
 */
export function freeRuns(
  rows: { first: number; last: number },
  taken: Set<number>,
  hasData: (row: number) => boolean,
): Run[] {
  const runs: Run[] = [];
  let start = 0;
  const close = (end: number) => {
    let first = start;
    let last = end;
    while (first <= last && !hasData(first)) first++;
    while (last >= first && !hasData(last)) last--;
    if (first <= last) runs.push({ first, last });
    start = 0;
  };
  for (let row = rows.first; row <= rows.last; row++) {
    if (taken.has(row)) {
      if (start > 0) close(row - 1);
    } else if (start === 0) start = row;
  }
  if (start > 0) close(rows.last);
  return runs;
}

/**
 * Run formulas grouped by length: runs of the same length have the same formula up to where it
 * sits, so each group is one write (SheetPort.fillRelative) however many runs it has.
 */
export function groupRuns(
  col: number,
  runs: Run[],
  formula: (run: Run) => string,
): { cells: { row: number; col: number }[]; formula: WriteCell }[] {
  const groups = new Map<number, Run[]>();
  for (const run of runs) {
    const length = run.last - run.first + 1;
    const group = groups.get(length);
    if (group) group.push(run);
    else groups.set(length, [run]);
  }
  return [...groups.values()].map((group) => ({
    cells: group.map((run) => ({ row: run.first, col })),
    formula: formula(group[0] as Run),
  }));
}

/** "3 cells hold your own formulas" and the like, for the summary; null when there is nothing to say. */
export function leftAlone(theirFormulas: number, typed: number): string | null {
  const parts: string[] = [];
  const cells = (n: number) => (n === 1 ? "1 cell holds" : `${n} cells hold`);
  if (theirFormulas > 0) parts.push(`${cells(theirFormulas)} your own formulas`);
  if (typed > 0) parts.push(`${cells(typed)} values you typed`);
  return parts.length > 0 ? `${parts.join(", ")}; left as they are` : null;
}
