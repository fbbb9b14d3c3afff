import { describe, expect, it } from "vitest";
import { BUDGET_KEYS, CAMPAIGN_KEYS, DELIVERABLE_KEYS, keyed, reportFor } from "../fixtures";
import { LONDON, sheets } from "../programFixture";

describe("over budget, for every campaign the report lists", () => {
  it("gives an ended campaign with an overdue deliverable its budget used, and flags it when over", () => {
    const report = reportFor(
      sheets({
        campaigns: keyed(CAMPAIGN_KEYS, [
          ["Winter Glow", "Awareness", "2026-11-01", "2026-11-30", 1000],
          ["Autumn Box", "Sales", "2026-10-01", "2026-10-31", 1000],
        ]),
        // Ended before the report week, with no post or spend in it: only its late Reel lists it.
        deliverables: keyed(DELIVERABLE_KEYS, [["Autumn Box", "@maya", "Reel", "2026-10-20", "", "", ""]]),
        budget: keyed(BUDGET_KEYS, [
          ["Winter Glow", "@maya", "Fee", 900, 900, "2026-11-12"],
          ["Autumn Box", "@maya", "Fee", 1500, 1500, "2026-10-10"],
        ]),
      }),
      LONDON,
    );
    expect(report.campaigns.map((c) => c.campaign)).toEqual(["Winter Glow"]);
    expect(report.plan.map((r) => [r.campaign, r.budgetUsed])).toEqual([
      ["Winter Glow", 0.9],
      ["Autumn Box", 1.5],
    ]);
    expect(report.attention.overBudget).toEqual([
      { campaign: "Autumn Box", budget: 1000, usedToDate: 1500, over: 500, budgetUsed: 1.5 },
    ]);
    expect(report.summary).toMatch(/Autumn Box is 50% over budget\.$/);
  });
});
