import type { Arg, Cell } from "../cells";
import { parseNumber } from "../numbers";
import {
  callHeight,
  cellAt,
  decidesBlank,
  type FunctionResult,
  InputError,
  isMissing,
  mapRows,
  quote,
  requireOneColumn,
  rowAt,
  rowsOf,
} from "./shape";

const FN = "ENGAGEMENT_RATE";

/** Interactions per member of the audience, as a fraction (0.0523 is 5.23%). */
export function engagementRate(interactions: number, audience: number): number {
  return interactions / audience;
}

/**
 * `=ENGAGEMENT_RATE(interactions, audience)`: the numeric cells of each interactions row summed, divided by
 * that row's audience (followers, or views/impressions).
 */
export function ENGAGEMENT_RATE(interactions: Arg, audience: Arg): FunctionResult {
  requireOneColumn(FN, "audience", audience);
  const height = callHeight(FN, [
    ["interactions", interactions],
    ["audience", audience],
  ]);
  const interactionRows = rowsOf(interactions);
  const audienceRows = rowsOf(audience);
  const interactionsDecide = decidesBlank(height, interactions);
  const audienceDecides = decidesBlank(height, audience);
  return mapRows(height, (i) => {
    const total = sumInteractions(rowAt(interactionRows, i));
    const audienceCell = cellAt(audienceRows, i);
    if ((total === null || !interactionsDecide) && (!audienceDecides || isMissing(audienceCell))) return "";
    const audienceCount = audienceOf(audienceCell);
    const rate = engagementRate(total ?? 0, audienceCount);
    if (!Number.isFinite(rate)) {
      throw new InputError(`${FN}: ${total} ÷ ${audienceCount} is too large a number to show`);
    }
    return rate;
  });
}

/** The row's interactions summed; null when every cell is blank. */
function sumInteractions(row: readonly Cell[]): number | null {
  let total: number | null = null;
  for (const cell of row) {
    const count = parseNumber(cell);
    if (count === null) continue;
    if (count === undefined || count < 0) {
      throw new InputError(`${FN}: interactions must be numbers ≥ 0, got ${quote(cell)}`);
    }
    total = (total ?? 0) + count;
  }
  return total;
}

function audienceOf(cell: Cell): number {
  const audience = parseNumber(cell);
  if (typeof audience !== "number" || audience <= 0) {
    throw new InputError(`${FN}: audience must be a number > 0 (followers or views), got ${quote(cell)}`);
  }
  return audience;
}
