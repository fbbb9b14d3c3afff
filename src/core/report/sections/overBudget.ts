import { cents } from "../definitions";
import { money, percent, tableBlock, text, whenEmpty } from "../table";
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
    text("Campaign", (r) => r.campaign),
    money("Budget", (r) => r.budget),
    money("Used to date", (r) => r.usedToDate),
    money("Over by", (r) => r.over),
    percent("Budget used", (r) => r.budgetUsed),
  ],
  rows: (report) => report.attention.overBudget,
  note: whenEmpty("No campaign is over budget."),
});
