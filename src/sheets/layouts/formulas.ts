import { columnNumber } from "../../core/a1";
import { ownedPattern, PATTERN, type Slots } from "../formulaOwnership";
import type { ColumnRefs, Columns, CustomFormula, FormulaSpec } from "../spec";

// `fromRow` reads the whole columns under the header, `rowsOf` a run of rows.

function adjacent(letters: string[]): boolean {
  const numbers = letters.map(columnNumber);
  return numbers.every((n, i) => i === 0 || n === (numbers[i - 1] ?? 0) + 1);
}

/**
 * Adjacent columns are one range ("F2:H", or "F4:H" under a header on row 3); a team's own order may
 * split them into an array literal.
 */
const fromRow =
  (row: number): Columns =>
  (letters) =>
    adjacent(letters)
      ? `${letters[0]}${row}:${letters[letters.length - 1]}`
      : `{${letters.map((l) => `${l}${row}:${l}`).join(",")}}`;

/** Rows `first`..`last` of the columns, read the way fromRow reads whole columns. */
function rowsOf(first: number, last: number): Columns {
  return (letters) =>
    adjacent(letters)
      ? `${letters[0]}${first}:${letters[letters.length - 1]}${last}`
      : `{${letters.map((l) => `${l}${first}:${l}${last}`).join(",")}}`;
}

/** A group of `count` column references in either of its shapes (one range, or an array literal). */
function groupPattern(count: number, one: string, joined: string): string {
  const list = `\\{${one}(?:,${one}){${count - 1}}\\}`;
  return count === 1 ? `(?:${joined}|${one})` : `(?:${joined}|${list})`;
}

const { letter: L, row: N } = PATTERN;
const GROUP_PATTERNS: Record<"fromRow" | "thisRow" | "rows", (count: number) => string> = {
  fromRow: (count) => groupPattern(count, `${L}${N}:${L}`, `${L}${N}:${L}`),
  // The per-row formulas earlier versions wrote (INDEX($E:$E,ROW()) per column): still ours, so a
  // set-up replaces them with run formulas.
  thisRow: (count) => groupPattern(count, `INDEX\\(\\$${L}:\\$${L},ROW\\(\\)\\)`, "(?!)"),
  rows: (count) => groupPattern(count, `${L}${N}:${L}${N}`, `${L}${N}:${L}${N}`),
};

/** References with placeholders, so a template renders into its ownership pattern. */
function placeholderRefs(slots: Slots): ColumnRefs {
  return {
    letter: () => slots.letter,
    letterIn: () => slots.letter,
    settings: () => slots.settings,
    currencyFormat: "",
    width: 0,
    firstDataRow: 2,
  };
}

/**
 * A custom function over whole columns: `header` is put in front so the formula can sit in the
 * header cell, where sorting the data never moves it. `owns` is rendered from the same
 * templates (and the per-row one of earlier versions), so only what they write counts as ours.
 */
export function customColumn({ fn, args, earlierArgs }: CustomFormula): FormulaSpec {
  const group =
    (slots: Slots, kind: keyof typeof GROUP_PATTERNS): Columns =>
    (letters) =>
      slots.raw(GROUP_PATTERNS[kind](letters.length));
  return {
    array: (refs, header) =>
      `={"${header.replace(/"/g, '""')}";${fn}(${args(refs, fromRow(refs.firstDataRow))})}`,
    run: (refs, first, last) => `=${fn}(${args(refs, rowsOf(first, last))})`,
    owns: ownedPattern(
      ...[args, ...(earlierArgs ? [earlierArgs] : [])].flatMap((render) => [
        (s: Slots) => `={"${s.label}";${fn}(${render(placeholderRefs(s), group(s, "fromRow"))})}`,
        (s: Slots) => `=${fn}(${render(placeholderRefs(s), group(s, "thisRow"))})`,
        (s: Slots) => `=${fn}(${render(placeholderRefs(s), group(s, "rows"))})`,
      ]),
    ),
  };
}
