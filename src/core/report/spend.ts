import type { BudgetLine, Deliverable } from "../records";
import { handleKey, nameKey } from "./read";

/**
 * When a cost counts as spent: the week it is committed, not the week its invoice is paid.
 * "due": the due date of the creator's first deliverable in that campaign (the fee is owed for it),
 * falling back to Paid on for lines with no matching deliverable (shipping, a blank handle);
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

/** Each line's commitment instant (null: not committed to any date yet). */
export function commitmentDates(
  budget: readonly BudgetLine[],
  deliverables: readonly Deliverable[],
  basis: SpendBasis,
): (number | null)[] {
  if (basis === "paid") return budget.map((line) => line.paidOn?.getTime() ?? null);
  const firstDue = new Map<string, number>();
  for (const d of deliverables) {
    if (d.dueDate === null) continue;
    const key = `${nameKey(d.campaign)}|${handleKey(d.handle)}`;
    const due = d.dueDate.getTime();
    const known = firstDue.get(key);
    if (known === undefined || due < known) firstDue.set(key, due);
  }
  return budget.map(
    (line) =>
      firstDue.get(`${nameKey(line.campaign)}|${handleKey(line.handle)}`) ?? line.paidOn?.getTime() ?? null,
  );
}
