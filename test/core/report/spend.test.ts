import { describe, expect, it } from "vitest";
import { commitments, spendBasisOf } from "../../../src/core/report/spend";
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
    ["Creator Reviews", "@maya", "Story", "2026-11-25", "", "", ""], // next week: half the fee
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
  it("by deliverable due date: a fee is split over the creator's deliverables, each share in its due week; Paid apart", () => {
    const report = reportFor(sheets, { ...WEEK, spendBasis: "due" });
    const value = (id: string) => report.headline.find((m) => m.id === id);
    // @maya's 1,200 over her two deliverables: 600 this week, 600 next; shipping 60 by its date.
    expect(value("spend")).toMatchObject({ value: 660, previous: 900 });
    expect(value("paid")).toMatchObject({ value: 960, previous: 0 });
    expect(report.campaigns).toMatchObject([
      {
        campaign: "Creator Reviews",
        spend: 660,
        paid: 960,
        spendToDate: 1560,
        revenueToDate: 1200,
        roiToDate: (1200 - 1560) / 1560,
        usedToDate: 1560,
        budgetUsed: 1560 / 5000,
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
  it("splits a fee to the cent, the remainder on the last share; a deliverable without a due date takes its share on Paid on", () => {
    const split = {
      campaigns: keyed(CAMPAIGN_KEYS, [["Trail", "Sales", "2026-11-01", "2026-12-31", 5000]]),
      deliverables: keyed(DELIVERABLE_KEYS, [
        ["Trail", "@ana", "Reel", "2026-11-10", "", "", ""], // the week before
        ["Trail", "@ana", "Story", "", "", "", ""], // no due date: Paid on, this week
        ["Trail", "@ana", "Video", "2026-11-25", "", "", ""], // next week
      ]),
      budget: keyed(BUDGET_KEYS, [["Trail", "@ana", "Fee", 100, "", "2026-11-18"]]),
      posts: keyed(POST_KEYS, []),
    };
    const spendIn = (day: string) =>
      reportFor(split, { ...WEEK, inWeek: new Date(day), spendBasis: "due" }).headline.find(
        (m) => m.id === "spend",
      );
    expect(spendIn("2026-11-18T12:00:00Z")).toMatchObject({ value: 33.33, previous: 33.33 });
    expect(spendIn("2026-11-25T12:00:00Z")).toMatchObject({ value: 33.34, previous: 33.33 });
    const report = reportFor(split, { ...WEEK, inWeek: new Date("2026-11-25T12:00:00Z"), spendBasis: "due" });
    expect(report.campaigns[0]).toMatchObject({ spendToDate: 100, usedToDate: 100, budgetUsed: 0.02 });
  });

  it("owes a cancelled deliverable nothing and counts a line without a creator on Paid on", () => {
    const mixed = {
      campaigns: keyed(CAMPAIGN_KEYS, [["Trail", "Sales", "2026-11-01", "2026-12-31", 5000]]),
      deliverables: keyed(DELIVERABLE_KEYS, [
        ["Trail", "@ana", "Reel", "2026-11-18", "", "", ""], // this week
        ["Trail", "@ana", "Story", "2026-11-10", "", "", "Cancelled"], // the week before, owed nothing
        ["Trail", "", "Gifting", "2026-11-10", "", "", ""], // no creator named
      ]),
      budget: keyed(BUDGET_KEYS, [
        ["Trail", "@ana", "Fee", 100, "", "2026-11-30"],
        ["Trail", "", "Shipping", 50, "", "2026-11-17"], // its own date, not the blank-handle deliverable's
      ]),
      posts: keyed(POST_KEYS, []),
    };
    const spend = reportFor(mixed, { ...WEEK, spendBasis: "due" }).headline.find((m) => m.id === "spend");
    expect(spend).toMatchObject({ value: 150, previous: 0 });
  });

  it("never makes a share below zero when a small fee is split over many deliverables", () => {
    const due = new Date("2026-11-18T00:00:00Z");
    const deliverables = Array.from({ length: 10 }, (_, i) => ({
      row: i + 2,
      campaign: "Trail",
      handle: "@bo",
      deliverable: "Story",
      dueDate: due,
      postedOn: null,
      postUrl: "",
      status: "",
    }));
    const line = {
      row: 2,
      campaign: "Trail",
      handle: "@bo",
      item: "Fee",
      planned: 0.17,
      actual: 0,
      paidOn: null,
    };
    const shares = commitments([line], deliverables, "due")[0]?.map((share) => share.cost) ?? [];
    expect(shares).toHaveLength(10);
    expect(Math.min(...shares)).toBeGreaterThanOrEqual(0);
    expect(Math.round(shares.reduce((a, b) => a + b, 0) * 100)).toBe(17);
  });

  it("leaves cost per engagement blank in a week without spend, not $0.00", () => {
    const report = reportFor(
      {
        ...sheets,
        posts: keyed(POST_KEYS, [
          postRow({ date: "2026-11-18", campaign: "Creator Reviews", likes: 50 }),
          postRow({ date: "2026-11-25", campaign: "Creator Reviews", likes: 40 }),
        ]),
      },
      { ...WEEK, inWeek: new Date("2026-11-25T12:00:00Z"), spendBasis: "paid" },
    );
    const cost = report.headline.find((m) => m.id === "costPerEngagement");
    // 40 engagements but no line paid in the week of 2026-11-23; 960 over 50 the week before.
    expect(cost).toMatchObject({ value: null, previous: 19.2, change: null });
    expect(report.headline.find((m) => m.id === "engagements")?.value).toBe(40);
  });

  it("counts a committed fee not yet invoiced in the budget used, so the campaign shows over budget", () => {
    const report = reportFor(
      {
        campaigns: keyed(CAMPAIGN_KEYS, [["Launch", "Sales", "2026-11-01", "2026-12-31", 5000]]),
        deliverables: keyed(DELIVERABLE_KEYS, [["Launch", "@zoe", "Reel", "2026-11-17", "", "", ""]]),
        budget: keyed(BUDGET_KEYS, [["Launch", "@zoe", "Fee", 9000, "", ""]]),
        posts: keyed(POST_KEYS, []),
      },
      { ...WEEK, spendBasis: "due" },
    );
    expect(report.campaigns).toMatchObject([
      { campaign: "Launch", spend: 9000, paid: 0, usedToDate: 9000, budgetUsed: 1.8, roiToDate: -1 },
    ]);
    expect(report.attention.overBudget).toEqual([
      { campaign: "Launch", budget: 5000, usedToDate: 9000, over: 4000, budgetUsed: 1.8 },
    ]);
    expect(report.plan[0]).toMatchObject({ campaign: "Launch", budgetUsed: 1.8 });
  });
  it("counts a fee paid ahead of its deliverables in the budget used, while its spend waits for them", () => {
    const report = reportFor(
      {
        campaigns: keyed(CAMPAIGN_KEYS, [["Launch", "Sales", "2026-11-01", "2026-12-31", 1000]]),
        deliverables: keyed(DELIVERABLE_KEYS, [
          ["Launch", "@zoe", "Reel", "2026-11-17", "", "", ""],
          ["Launch", "@zoe", "Video", "2026-12-02", "", "", ""],
        ]),
        budget: keyed(BUDGET_KEYS, [["Launch", "@zoe", "Fee", 1500, 1500, "2026-11-05"]]),
        posts: keyed(POST_KEYS, []),
      },
      { ...WEEK, spendBasis: "due" },
    );
    expect(report.campaigns).toMatchObject([{ spend: 750, usedToDate: 1500, budgetUsed: 1.5 }]);
    expect(report.attention.overBudget).toMatchObject([{ campaign: "Launch", over: 500 }]);
  });
});
