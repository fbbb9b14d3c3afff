import { describe, expect, it } from "vitest";
import { spendBasisOf } from "../../../src/core/report/spend";
import {
  BUDGET_KEYS,
  CAMPAIGN_KEYS,
  DELIVERABLE_KEYS,
  keyed,
  POST_KEYS,
  postRow,
  reportFor,
} from "./fixtures";

const WEEK = { timeZone: "Europe/London", inWeek: new Date("2026-11-18T12:00:00Z") };
const sheets = {
  campaigns: keyed(CAMPAIGN_KEYS, [["Creator Reviews", "Sales", "2026-11-01", "2026-12-31", 5000]]),
  deliverables: keyed(DELIVERABLE_KEYS, [
    ["Creator Reviews", "@maya", "Reel", "2026-11-18", "", "", ""], // this week
    ["Creator Reviews", "@maya", "Story", "2026-11-25", "", "", ""], // later: the fee is committed at the first
    ["Creator Reviews", "@leo", "Video", "2026-11-10", "", "", ""], // the week before
  ]),
  budget: keyed(BUDGET_KEYS, [
    ["Creator Reviews", "@maya", "Fee", 1200, "", ""], // committed this week, not invoiced: Planned counts
    ["Creator Reviews", "@leo", "Fee", 800, 900, "2026-11-17"], // committed the week before, paid this week
    ["Creator Reviews", "", "Shipping", 50, 60, "2026-11-19"], // no deliverable: its own date
  ]),
  posts: keyed(POST_KEYS, [
    postRow({ date: "2026-11-18", handle: "@maya", campaign: "Creator Reviews", revenue: 500 }),
    postRow({ date: "2026-11-11", handle: "@leo", campaign: "Creator Reviews", revenue: 700 }),
  ]),
};

describe("spend counted when it is committed", () => {
  it("by deliverable due date: a fee lands in the week of the creator's first deliverable; Paid apart", () => {
    const report = reportFor(sheets, { ...WEEK, spendBasis: "due" });
    const value = (id: string) => report.headline.find((m) => m.id === id);
    expect(value("spend")).toMatchObject({ value: 1260, previous: 900 });
    expect(value("paid")).toMatchObject({ value: 960, previous: 0 });
    expect(report.campaigns).toMatchObject([
      {
        campaign: "Creator Reviews",
        spend: 1260,
        paid: 960,
        spendToDate: 2160,
        revenueToDate: 1200,
        roiToDate: (1200 - 2160) / 2160,
      },
    ]);
    expect(report.headline.map((m) => m.id)).not.toContain("roi");
  });

  it("by the budget line's date: the invoice week", () => {
    const report = reportFor(sheets, { ...WEEK, spendBasis: "paid" });
    expect(report.headline.find((m) => m.id === "spend")).toMatchObject({ value: 960, previous: 0 });
    expect(report.campaigns[0]).toMatchObject({ spend: 960, spendToDate: 960 });
  });

  it("reads the Settings choice by its label", () => {
    expect(spendBasisOf("Deliverable due date")).toBe("due");
    expect(spendBasisOf(" budget line date ")).toBe("paid");
    expect(spendBasisOf("whenever")).toBeUndefined();
  });
});
