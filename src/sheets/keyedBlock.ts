import { columnLetter } from "../core/a1";
import type { SheetSnapshot, WriteCell } from "../workbook/port";
import { ownedPattern, type Slots } from "./formulaOwnership";
import { leftAlone } from "./formulaRuns";
import type { SheetPlan } from "./plan";
import { at, cellText, columnRuns, isBlank } from "./plan";

/** A column of a keyed block: a live formula per row over other sheets. */
export interface BlockColumn {
  header: string;
  format: string | null;
  /** The formula of one row; `keyRef` gives the A1 cell of a key in that row (e.g. "$A5"). */
  formula: (row: number, keys: string[], keyRef: (index: number) => string) => string;
  /** Exactly the formulas `formula` writes, whatever the row and column letters (see formulaOwnership.ts). */
  owns: RegExp;
}

/**
 * Block columns with their ownership: `build` makes the columns from the letters of the columns
 * they read, once with the real letters for writing and once with every letter a placeholder for
 * `owns`. `keyVariants` are keys that take the template's different branches (a total row and a
 * creator row, say).
 */
export function ownedBlockColumns<Letters>(
  build: (letters: Letters) => Omit<BlockColumn, "owns">[],
  letters: Letters,
  anyLetters: (letter: string) => Letters,
  keyVariants: string[][],
): BlockColumn[] {
  const placeholders = (slots: Slots) => build(anyLetters(slots.letter));
  return build(letters).map((column, index) => ({
    ...column,
    owns: ownedPattern(
      ...keyVariants.map((keys) => (slots: Slots) => {
        const template = placeholders(slots)[index] as Omit<BlockColumn, "owns">;
        return template.formula(slots.rowNumber, keys, () => `$${slots.letter}${slots.rowNumber}`);
      }),
    ),
  }));
}

export interface KeyedBlockSpec {
  /** First column of the block (1-based). */
  col: number;
  keyHeaders: string[];
  columns: BlockColumn[];
  /** Every key the block should hold, in the order new rows are added. */
  keys: string[][];
}

/**
 * The block's header labels in row 1, wherever they are blank: the whole row on a new sheet, the
 * columns of ours missing at the end of a team's own block. A cell already holding anything stays.
 */
function planBlockHeader(plan: SheetPlan, snap: SheetSnapshot, spec: KeyedBlockSpec): void {
  const headers = [...spec.keyHeaders, ...spec.columns.map((c) => c.header)];
  const blank = (i: number) => isBlank(at(snap, 1, spec.col + i));
  let i = 0;
  while (i < headers.length) {
    if (!blank(i)) {
      i++;
      continue;
    }
    const first = i;
    while (i < headers.length && blank(i)) i++;
    plan.labels.push({ row: 1, col: spec.col + first, cells: [headers.slice(first, i)] });
  }
}

function blankCells(snap: SheetSnapshot, row: number, col: number, width: number): boolean {
  return Array.from({ length: width }, (_, i) => at(snap, row, col + i)).every(isBlank);
}

const keyOf = (keys: string[]) => keys.map((k) => k.trim().toLowerCase()).join("\u0000");

/**
 * Plans a block with one row per key (a campaign, or a campaign and creator) and formula columns.
 * Rows already there stay where they are, with whatever the team added to them; keys not there yet
 * are appended below; formula cells of the listed keys' rows are (re)written only when empty or still
 * holding our formula.
 */
export function planKeyedBlock(
  plan: SheetPlan,
  snapshot: SheetSnapshot | null,
  spec: KeyedBlockSpec,
): { width: number; lastRow: number } {
  const snap = snapshot ?? { values: [], formulas: [] };
  const width = spec.keyHeaders.length + spec.columns.length;
  const keyCount = spec.keyHeaders.length;
  const keyRef = (row: number) => (index: number) => `$${columnLetter(spec.col + index)}${row}`;
  planBlockHeader(plan, snap, spec);
  const existing = new Map<string, number>();
  let lastRow = 1;
  for (let row = 2; row <= snap.values.length; row++) {
    // New rows go below every row holding anything in the block, keyed or not (a team's SUM row, notes).
    if (!blankCells(snap, row, spec.col, width)) lastRow = row;
    const keys = Array.from({ length: keyCount }, (_, i) =>
      cellText(at(snap, row, spec.col + i).value).trim(),
    );
    if (keys.every((k) => k === "")) continue;
    if (!existing.has(keyOf(keys))) existing.set(keyOf(keys), row);
  }
  // Our formulas go only in rows of the keys we list: a team's "Total" row keeps its blank cells.
  const ours = new Set(spec.keys.map(keyOf));
  const ourRows = [...existing].filter(([key]) => ours.has(key)).map(([, row]) => row);
  spec.columns.forEach((column, index) => {
    const col = spec.col + keyCount + index;
    const changes = new Map<number, WriteCell>();
    let theirFormulas = 0;
    let typed = 0;
    for (const row of ourRows) {
      const cell = at(snap, row, col);
      if (!isBlank(cell) && !column.owns.test(cell.formula)) {
        if (cell.formula === "") typed++;
        else theirFormulas++;
        continue;
      }
      const keys = Array.from({ length: keyCount }, (_, i) =>
        cellText(at(snap, row, spec.col + i).value).trim(),
      );
      const wanted = column.formula(row, keys, keyRef(row));
      if (cell.formula !== wanted) changes.set(row, wanted);
    }
    plan.writes.push(...columnRuns(col, changes));
    const note = leftAlone(theirFormulas, typed);
    if (note) plan.notes.push(`${plan.sheet} › ${column.header}: ${note}`);
  });
  const added: WriteCell[][] = [];
  for (const keys of spec.keys) {
    if (existing.has(keyOf(keys))) continue;
    const row = lastRow + 1 + added.length;
    existing.set(keyOf(keys), row);
    added.push([
      ...keys.map((k) => ({ text: k })),
      ...spec.columns.map((c) => c.formula(row, keys, keyRef(row))),
    ]);
  }
  if (added.length > 0) {
    // After the block's title (both labels): a block found on the next run by its title gets any
    // rows still missing, and rows are never read as the team's columns beside a missing title.
    plan.labels.push({ row: lastRow + 1, col: spec.col, cells: added });
    spec.columns.forEach((column, index) => {
      if (column.format)
        plan.formats.push({
          area: { row: lastRow + 1, col: spec.col + keyCount + index, numRows: added.length, numCols: 1 },
          format: column.format,
        });
    });
  }
  return { width, lastRow: lastRow + added.length };
}
