import type { SheetSnapshot } from "../workbook/port";
import { normaliseHeader } from "./headers";
import { BUDGET_SUMMARY_TITLE } from "./layouts/budgetSummary";
import { cellText } from "./plan";

/** 1-based column of the summary block's title in row 1 of Budget, or null when there is none. */
export function budgetSummaryColumn(snapshot: SheetSnapshot | null): number | null {
  const title = normaliseHeader(BUDGET_SUMMARY_TITLE);
  const index = (snapshot?.values[0] ?? []).findIndex((v) => normaliseHeader(cellText(v)) === title);
  return index < 0 ? null : index + 1;
}

/**
 * The Budget table without the summary block at its right: every column left of the block (the
 * team's own included, so none is hidden and then written over), down to the last row that holds
 * anything there. The set-up and the report both read Budget through this, so they see the same columns.
 */
export function budgetTable(snapshot: SheetSnapshot): SheetSnapshot {
  const at = budgetSummaryColumn(snapshot);
  if (at === null) return snapshot;
  const cut = <T>(rows: T[][]) => rows.map((row) => row.slice(0, at - 1));
  const values = cut(snapshot.values);
  while (values.length > 1 && (values[values.length - 1] ?? []).every((v) => cellText(v).trim() === ""))
    values.pop();
  return { values, formulas: cut(snapshot.formulas).slice(0, values.length) };
}
