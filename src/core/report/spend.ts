import { handleKey, nameKey } from "../keys";
import type { BudgetLine, Deliverable } from "../records";
import { isDropped } from "./sections/deliverables";

/**
 * When a cost counts as spent: the week it is committed, not the week its invoice is paid.
 * "due": the creator's deliverables in that campaign (the fee is owed for them), see commitments;
 * "paid": the line's own date, Paid on.
 */
export type SpendBasis = "due" | "paid";

export const SPEND_BASIS_LABELS: Readonly<Record<SpendBasis, string>> = {
  due: "Deliverable due date",
  paid: "Budget line date",
};

/** The Settings text for a basis, or undefined when it names neither. */
export function spendBasisOf(text: string): SpendBasis | undefined {
  const key = nameKey(text);
  if (key.startsWith("deliverable")) return "due";
  if (key.startsWith("budget") || key.startsWith("paid")) return "paid";
  return undefined;
}

/** The committed cost of a line: its Actual, or its Planned amount until an Actual is entered. */
export const committedCost = (line: BudgetLine): number => (line.actual > 0 ? line.actual : line.planned);

/** Part of a line's committed cost and the instant it is committed (null: no date yet). */
export interface Commitment {
  at: number | null;
  cost: number;
}

/**
 * Each line's committed cost in shares. "due": split evenly over the creator's deliverables in that
 * campaign (same campaign and handle; cancelled or dropped ones owe nothing), each share committed on
 * its deliverable's due date; a share whose deliverable has no due date, and a line with no such
 * deliverable (shipping, a blank handle), falls back to Paid on. Shares are whole cents but the last, which takes the remainder, so they add
 * up to the line's cost.
 */
export function commitments(
  budget: readonly BudgetLine[],
  deliverables: readonly Deliverable[],
  basis: SpendBasis,
): Commitment[][] {
  const dues = new Map<string, (number | null)[]>();
  const keyOf = (r: { campaign: string; handle: string }) => `${nameKey(r.campaign)}|${handleKey(r.handle)}`;
  if (basis === "due")
    for (const d of deliverables) {
      // A cancelled or dropped deliverable is owed nothing, as "How the numbers are defined" says.
      if (isDropped(d)) continue;
      const key = keyOf(d);
      const known = dues.get(key) ?? [];
      known.push(d.dueDate?.getTime() ?? null);
      dues.set(key, known);
    }
  return budget.map((line) => {
    const cost = committedCost(line);
    const paid = line.paidOn?.getTime() ?? null;
    // A line with no creator (shipping) is nobody's deliverable: it counts on Paid on.
    const days = (handleKey(line.handle) !== "" && dues.get(keyOf(line))) || [paid];
    // Shares round down to the cent, so the last one (the remainder) is never below them.
    const share = Math.floor((cost * 100) / days.length) / 100;
    return days.map((due, i) => ({
      at: due ?? paid,
      cost: i < days.length - 1 ? share : cost - share * (days.length - 1),
    }));
  });
}
