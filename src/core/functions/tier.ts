import type { Arg, Grid } from "../cells";
import { cellText, isBlank, isGrid } from "../cells";
import { parseNumber } from "../numbers";
import {
  callHeight,
  cellAt,
  type FunctionResult,
  InputError,
  mapRows,
  quote,
  requireOneColumn,
  rowIsBlank,
  rowsOf,
  widthOf,
} from "./shape";

const FN = "TIER";

export interface Tier {
  readonly minimum: number;
  readonly name: string;
}

export interface TierTable {
  /** Highest minimum first, so a lookup stops at the first tier the audience reaches. */
  readonly tiers: readonly Tier[];
  /** The answer below the smallest minimum: "Below " + that tier's name. */
  readonly below: string;
}

export const DEFAULT_TIERS: TierTable = tableOf([
  { minimum: 1_000, name: "Nano" },
  { minimum: 10_000, name: "Micro" },
  { minimum: 100_000, name: "Macro" },
]);

/** The tier whose minimum `followers` reaches; minimums are inclusive (10,000 is Micro). */
export function tierFor(followers: number, table: TierTable): string {
  for (const tier of table.tiers) if (followers >= tier.minimum) return tier.name;
  return table.below;
}

/**
 * A team's own tier table: two columns (minimum followers, tier name) in any order. A first row whose
 * minimum is not a number is a header; blank rows are skipped. Throws naming the table row at fault.
 */
export function parseTierTable(grid: Grid): TierTable {
  const width = widthOf(grid);
  if (width !== 2) {
    throw new Error(`${FN}: tiers must be two columns (minimum followers, tier name), got ${columns(width)}`);
  }
  const tiers: Tier[] = [];
  const rowOfMinimum = new Map<number, number>();
  let headerAllowed = true;
  grid.forEach((row, index) => {
    const rowNumber = index + 1;
    if (rowIsBlank(row)) return;
    const [minimumCell, nameCell] = row;
    const minimum = parseNumber(minimumCell);
    const isHeader = headerAllowed && typeof minimum !== "number";
    headerAllowed = false;
    if (isHeader) return;
    if (typeof minimum !== "number" || minimum < 0) {
      throw new Error(
        `${FN}: tiers row ${rowNumber}: minimum must be a number ≥ 0, got ${quote(minimumCell)}`,
      );
    }
    const name = cellText(nameCell).trim();
    if (name === "") throw new Error(`${FN}: tiers row ${rowNumber}: tier name is blank`);
    const earlier = rowOfMinimum.get(minimum);
    if (earlier !== undefined) {
      throw new Error(`${FN}: tiers rows ${earlier} and ${rowNumber} both start at ${minimum}`);
    }
    rowOfMinimum.set(minimum, rowNumber);
    tiers.push({ minimum, name });
  });
  if (tiers.length === 0) {
    throw new Error(`${FN}: tiers has no tier rows; give rows of (minimum followers, tier name)`);
  }
  return tableOf(tiers);
}

/** `=TIER(followers, [tiers])`: the tier name for each row's follower count. */
export function TIER(followers: Arg, tiers?: Arg): FunctionResult {
  requireOneColumn(FN, "followers", followers);
  const table = tierTableArg(tiers);
  const height = callHeight(FN, [["followers", followers]]);
  const followerRows = rowsOf(followers);
  return mapRows(height, (i) => {
    const cell = cellAt(followerRows, i);
    const count = parseNumber(cell);
    if (count === null) return "";
    if (count === undefined || count < 0) {
      throw new InputError(`${FN}: followers must be a number ≥ 0, got ${quote(cell)}`);
    }
    return tierFor(count, table);
  });
}

function tierTableArg(tiers: Arg | undefined): TierTable {
  if (isGrid(tiers)) return parseTierTable(tiers);
  if (isBlank(tiers)) return DEFAULT_TIERS;
  throw new Error(
    `${FN}: tiers must be a two-column range (minimum followers, tier name), got ${quote(tiers)}`,
  );
}

function tableOf(tiers: readonly Tier[]): TierTable {
  const highestFirst = [...tiers].sort((a, b) => b.minimum - a.minimum);
  const smallest = highestFirst[highestFirst.length - 1];
  return { tiers: highestFirst, below: `Below ${smallest?.name ?? ""}` };
}

function columns(count: number): string {
  return count === 1 ? "1 column" : `${count} columns`;
}
