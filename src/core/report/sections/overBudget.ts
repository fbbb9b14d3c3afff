import { cents } from "../definitions";
import { tableBlock, whenEmpty } from "../table";
import type { CampaignRow, OverBudgetRow } from "../types";

/** Needs attention: campaigns whose spend to date is past their budget. */

export function overBudget(campaigns: readonly CampaignRow[]): OverBudgetRow[] {
  return campaigns
    .filter((c) => c.budget !== null && c.usedToDate > c.budget)
    .map((c) => ({
      campaign: c.campaign,
      budget: c.budget ?? 0,
      usedToDate: c.usedToDate,
      over: cents(c.usedToDate - (c.budget ?? 0)),
      budgetUsed: c.budgetUsed,
    }));
}

export const OVER_BUDGET_BLOCK = tableBlock<OverBudgetRow>({
  id: "attention-budget",
  title: "Needs attention: campaigns over budget",
  columns: [
    { header: "Campaign", kind: "text", value: (c) => c.campaign },
    { header: "Budget", kind: "money", value: (c) => c.budget },
    { header: "Used to date", kind: "money", value: (c) => c.usedToDate },
    { header: "Over by", kind: "money", value: (c) => c.over },
    { header: "Budget used", kind: "percent", value: (c) => c.budgetUsed },
  ],
  rows: (report) => report.attention.overBudget,
  note: whenEmpty("No campaign is over budget."),
});
