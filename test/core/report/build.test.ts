import { describe, expect, it } from "vitest";
import type { ReportSheets } from "../../../src/core/report/read";
import type { HeadlineMetric, WeeklyReport } from "../../../src/core/report/types";
import {
  BUDGET_KEYS,
  CAMPAIGN_KEYS,
  DELIVERABLE_KEYS,
  keyed,
  POST_KEYS,
  ROSTER_KEYS,
  reportFor,
} from "./fixtures";

/*
 * Glow Skincare, Europe/London (GMT in November, so local = UTC), weeks start on Monday.
 * Report week 2026-11-16 (Mon) to 2026-11-22 (Sun); the week before 2026-11-09 to 2026-11-15.
 * Stand-in EMV for posts with a blank EMV cell: 0.50 per like + 2.00 per comment.
 */
const SHEETS: ReportSheets = {
  roster: keyed(ROSTER_KEYS, [
    ["Maya Chen", "@mayaglow", "Instagram", 12_000, "Micro"], // band 5K–20K, 2.28%
    ["Leo Park", "leoeats", "TikTok", 100_000, "Macro"], // exactly 100K: band 100K–1M, 1.55%
    ["Ana Ruiz", "@anaruns", "Instagram", "80K", "Mid"], // 80,000: band 20K–100K, 1.62%
  ]),
  campaigns: keyed(CAMPAIGN_KEYS, [
    ["Winter Glow", "Awareness", "2026-11-01", "2026-12-15", 5000],
    ["Holiday Gift", "Sales", "2026-11-10", "2026-12-24", 1000],
    ["Spring Launch", "Awareness", "2027-03-01", "2027-04-30", 8000], // not running, no activity: not listed
  ]),
  posts: keyed(POST_KEYS, [
    // row 2, this week Mon: engagements 400+30+10+40+20 = 500, EMV from the sheet 120
    [
      "2026-11-16",
      "@mayaglow",
      "Winter Glow",
      "Instagram",
      "https://instagram.com/p/a1",
      "Love this serum #ad",
      10_000,
      0,
      400,
      30,
      10,
      40,
      20,
      5,
      250,
      120,
      "Disclosed",
    ],
    // row 3, this week Tue: engagements 1000+100+50+50+0 = 1200, EMV blank → 1000×0.5 + 100×2 = 700;
    // disclosure blank → checked: no #ad → "Missing #ad"
    [
      "17/11/2026",
      "@LeoEats",
      "holiday gift",
      "TikTok",
      "https://tiktok.com/@leoeats/video/1",
      "so good",
      "50K",
      40_000,
      1000,
      100,
      50,
      50,
      "",
      20,
      "$800",
      "",
      "",
    ],
    // row 4, this week Fri: engagements 150+10+0+20+20 = 200, EMV 90
    [
      new Date("2026-11-20T18:00:00Z"),
      "@anaruns",
      "Winter Glow",
      "Instagram",
      "https://instagram.com/p/a2",
      "#ad new run",
      20_000,
      0,
      150,
      10,
      0,
      20,
      20,
      0,
      0,
      90,
      "Disclosed",
    ],
    // row 5, this week Sun 23:30: unknown handle, no campaign; engagements 50+5+5 = 60, EMV 10
    [
      "2026-11-22 23:30",
      "@newface",
      "",
      "YouTube",
      "",
      "#ad hi",
      1000,
      500,
      50,
      5,
      5,
      0,
      0,
      0,
      0,
      10,
      "Disclosed",
    ],
    // row 6, week before: engagements 300+20+10+30+10 = 370, EMV 80
    [
      new Date("2026-11-10T12:00:00Z"),
      "@mayaglow",
      "Winter Glow",
      "Instagram",
      "",
      "#ad",
      8000,
      0,
      300,
      20,
      10,
      30,
      10,
      2,
      100,
      80,
      "Disclosed",
    ],
    // row 7, week before (Sun 21:00): engagements 500+40+20+20 = 580, EMV 200
    [
      "15/11/2026 21:00",
      "@leoeats",
      "Holiday Gift",
      "TikTok",
      "",
      "#ad",
      30_000,
      20_000,
      500,
      40,
      20,
      20,
      0,
      10,
      400,
      200,
      "Disclosed",
    ],
    ["31/31/2026", "@mayaglow", "Winter Glow", "Instagram", "", "", 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, ""], // row 8
    // rows 9 and 10: a bad metric; counted without it (test/core/report/baddata.test.ts), dated outside
    // both weeks here so this file's totals stay the four clean posts
    ["2026-10-07", "@mayaglow", "Winter Glow", "Instagram", "", "", 1, 1, "lots", 1, 1, 1, 1, 0, 0, 0, ""],
    ["2026-10-07", "@mayaglow", "Winter Glow", "Instagram", "", "", 1, 1, 1, -3, 1, 1, 1, 0, 0, 0, ""],
    ["", "@mayaglow", "Winter Glow", "Instagram", "", "", 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, ""], // row 11
    ["2025-06-01", "@mayaglow", "Winter Glow", "Instagram", "", "", 9, 9, 9, 9, 9, 9, 9, 0, 0, 9, ""], // row 12: old
    ["2027-11-18", "@mayaglow", "Winter Glow", "Instagram", "", "", 9, 9, 9, 9, 9, 9, 9, 0, 0, 9, ""], // row 13: typo
    // row 14: a time typed into the Date column, which Sheets stores as 1899-12-30 14:30
    [
      new Date("1899-12-30T14:30:00Z"),
      "@mayaglow",
      "Winter Glow",
      "Instagram",
      "",
      "",
      9,
      9,
      9,
      9,
      9,
      9,
      9,
      0,
      0,
      9,
      "",
    ],
  ]),
  budget: keyed(BUDGET_KEYS, [
    ["Winter Glow", "@mayaglow", "Fee", 1500, 1500, new Date("2026-11-17T00:00:00Z")], // row 2: this week
    ["Holiday Gift", "@leoeats", "Fee", 800, 900, "2026-11-12"], // row 3: week before
    ["Holiday Gift", "@leoeats", "Gifting", 200, 300, ""], // row 4: no Paid on: to date only
    ["Winter Glow", "@anaruns", "Fee", 2000, 2000, "2026-11-24"], // row 5: paid after the week
    ["Winter Glow", "", "Shipping", 50, "abc", "2026-11-18"], // row 6: bad amount
    ["Holiday Gift", "@leoeats", "Bonus", 0, 100, "20/11/2026"], // row 7: this week
  ]),
  deliverables: keyed(DELIVERABLE_KEYS, [
    ["Winter Glow", "@mayaglow", "Reel", "2026-11-18", "", "", "Drafting"], // row 2: due this week
    ["Holiday Gift", "@leoeats", "TikTok video", "2026-11-10", "", "", "Approved"], // row 3: overdue
    ["Winter Glow", "@anaruns", "Story", "2026-11-19", "2026-11-20", "", "Posted"], // row 4: posted
    ["Holiday Gift", "@leoeats", "Story", "2026-11-25", "", "", ""], // row 5: due next week
    ["Holiday Gift", "@leoeats", "Story", "31/31/2026", "", "", ""], // row 6: bad date
    ["Holiday Gift", "@leoeats", "Reel", "2026-11-01", "", "", "Cancelled"], // row 7: dropped
  ]),
};

const report: WeeklyReport = reportFor(SHEETS, {
  timeZone: "Europe/London",
  inWeek: new Date("2026-11-18T12:00:00Z"),
});

function metric(id: HeadlineMetric["id"]): HeadlineMetric {
  const found = report.headline.find((m) => m.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

describe("buildWeeklyReport on a known week", () => {
  it("names the spreadsheet, the weeks and when it was built in the spreadsheet's time zone", () => {
    expect(report.spreadsheetName).toBe("Glow Skincare Creators");
    expect(report.week).toEqual({ start: "2026-11-16", end: "2026-11-22" });
    expect(report.previousWeek).toEqual({ start: "2026-11-09", end: "2026-11-15" });
    expect(report.builtAt).toBe("2026-11-23 09:00");
  });

  it("counts posts, reach and engagement against the week before", () => {
    // posts 4 (rows 2–5) vs 2 (rows 6–7)
    expect(metric("posts")).toMatchObject({ value: 4, previous: 2, change: 2, changePct: 1 });
    // 10,000 + 50,000 + 20,000 + 1,000 = 81,000 vs 8,000 + 30,000 = 38,000
    expect(metric("impressions")).toMatchObject({ value: 81_000, previous: 38_000, change: 43_000 });
    expect(metric("impressions").changePct).toBeCloseTo(43_000 / 38_000, 10);
    // 0 + 40,000 + 0 + 500 = 40,500 vs 20,000
    expect(metric("views")).toMatchObject({
      value: 40_500,
      previous: 20_000,
      change: 20_500,
      changePct: 1.025,
    });
    // 500 + 1,200 + 200 + 60 = 1,960 vs 370 + 580 = 950
    expect(metric("engagements")).toMatchObject({ value: 1960, previous: 950, change: 1010 });
    // 1,960 ÷ 81,000 vs 950 ÷ 38,000 = 0.025
    expect(metric("engagementRate").value).toBeCloseTo(1960 / 81_000, 12);
    expect(metric("engagementRate").previous).toBeCloseTo(0.025, 12);
    // A rate changes in percentage points; no % change of a %
    expect(metric("engagementRate").change).toBeCloseTo(1960 / 81_000 - 0.025, 12);
    expect(metric("engagementRate").changePct).toBeNull();
    // Cost per engagement: spend 1,600 ÷ 1,960 vs 900 ÷ 950, lower is better, no % change of a ratio
    expect(metric("costPerEngagement")).toMatchObject({ value: 0.82, previous: 0.95, better: "down" });
    expect(metric("costPerEngagement").changePct).toBeNull();
    expect(metric("spend").better).toBeNull();
  });

  it("adds EMV from the sheet and from the rate card, and money from Posts and Budget", () => {
    // 120 + 700 + 90 + 10 = 920 vs 80 + 200 = 280
    expect(metric("emv")).toMatchObject({ value: 920, previous: 280, change: 640 });
    // spend: Budget rows 2 and 7 paid this week: 1,500 + 100 = 1,600; row 3 the week before: 900
    expect(metric("spend")).toMatchObject({ value: 1600, previous: 900, change: 700 });
    // 5 + 20 = 25 vs 2 + 10 = 12; revenue 250 + 800 = 1,050 vs 100 + 400 = 500
    expect(metric("promoRedemptions")).toMatchObject({ value: 25, previous: 12, change: 13 });
    expect(metric("revenue")).toMatchObject({ value: 1050, previous: 500, change: 550, changePct: 1.1 });
    // Paid is shown apart (with spend by Paid on here, the same lines); no weekly ROI in the headline
    expect(metric("paid")).toMatchObject({ value: 1600, previous: 900 });
    expect(report.headline.map((m) => m.id)).not.toContain("roi");
  });

  it("breaks the week down by campaign with budget used to date", () => {
    expect(report.campaigns).toEqual([
      // posts row 3; spend row 7 = 100; to date: revenue rows 3 + 7 = 1,200, spend rows 3 + 7 and
      // row 4 (an Actual without a date) = 900 + 300 + 100 = 1,300 of 1,000, ROI (1,200 − 1,300) ÷ 1,300
      {
        campaign: "Holiday Gift",
        objective: "Sales",
        posts: 1,
        emv: 700,
        spend: 100,
        paid: 100,
        revenue: 800,
        spendToDate: 1300,
        revenueToDate: 1200,
        roiToDate: -100 / 1300,
        budget: 1000,
        usedToDate: 1300,
        budgetUsed: 1.3,
      },
      // posts rows 2, 4: EMV 120 + 90; spend row 2 = 1,500; row 5 paid later;
      // to date: revenue rows 2 + 6 = 350, ROI (350 − 1,500) ÷ 1,500
      {
        campaign: "Winter Glow",
        objective: "Awareness",
        posts: 2,
        emv: 210,
        spend: 1500,
        paid: 1500,
        revenue: 250,
        spendToDate: 1500,
        revenueToDate: 350,
        roiToDate: -1150 / 1500,
        budget: 5000,
        usedToDate: 1500,
        budgetUsed: 0.3,
      },
      {
        campaign: "(no campaign)",
        objective: "",
        posts: 1,
        emv: 10,
        spend: 0,
        paid: 0,
        revenue: 0,
        spendToDate: 0,
        revenueToDate: 0,
        roiToDate: null,
        budget: null,
        usedToDate: 0,
        budgetUsed: null,
      },
    ]);
    expect(report.attention.overBudget).toEqual([
      { campaign: "Holiday Gift", budget: 1000, usedToDate: 1300, over: 300, budgetUsed: 1.3 },
    ]);
  });

  it("breaks the week down by platform, creator and best post", () => {
    expect(report.platforms).toEqual([
      { platform: "Instagram", posts: 2, share: 0.5, impressions: 30_000, engagements: 700, emv: 210 },
      { platform: "TikTok", posts: 1, share: 0.25, impressions: 50_000, engagements: 1200, emv: 700 },
      { platform: "YouTube", posts: 1, share: 0.25, impressions: 1000, engagements: 60, emv: 10 },
    ]);
    expect(report.creators.map((c) => [c.handle, c.tier, c.emv, c.engagementRate])).toEqual([
      ["leoeats", "Macro", 700, 1200 / 100_000],
      ["@mayaglow", "Micro", 120, 500 / 12_000],
      ["@anaruns", "Mid", 90, 200 / 80_000],
      ["@newface", "", 10, null],
    ]);
    expect(report.topPosts.map((p) => [p.row, p.date, p.emv, p.postUrl])).toEqual([
      [3, "2026-11-17", 700, "https://tiktok.com/@leoeats/video/1"],
      [2, "2026-11-16", 120, "https://instagram.com/p/a1"],
      [4, "2026-11-20", 90, "https://instagram.com/p/a2"],
      [5, "2026-11-22", 10, ""],
    ]);
  });

  it("has one row per local day with that day's engagements", () => {
    expect(report.daily.map((d) => [d.weekday, d.date, d.posts, d.engagements])).toEqual([
      ["Mon", "2026-11-16", 1, 500],
      ["Tue", "2026-11-17", 1, 1200],
      ["Wed", "2026-11-18", 0, 0],
      ["Thu", "2026-11-19", 0, 0],
      ["Fri", "2026-11-20", 1, 200],
      ["Sat", "2026-11-21", 0, 0],
      ["Sun", "2026-11-22", 1, 60],
    ]);
  });

  it("lists what needs attention", () => {
    expect(report.attention.disclosure).toEqual([
      {
        row: 3,
        date: "2026-11-17",
        handle: "@LeoEats",
        platform: "TikTok",
        disclosure: "Missing #ad",
        caption: "so good",
        postUrl: "https://tiktok.com/@leoeats/video/1",
      },
    ]);
    expect(report.attention.deliverables.map((d) => [d.row, d.due, d.state])).toEqual([
      [3, "2026-11-10", "Overdue"],
      [2, "2026-11-18", "Due this week"],
    ]);
    // The benchmark's own measure, likes + comments per post ÷ followers: @anaruns 160 ÷ 80,000 = 0.2%,
    // under a third of 1.62% (0.54%); Maya 430 ÷ 12,000 = 3.58% and Leo 1,100 ÷ 100,000 = 1.1% are fine
    expect(report.attention.lowEngagement).toEqual([
      {
        creator: "Ana Ruiz",
        handle: "@anaruns",
        platform: "Instagram",
        followers: 80_000,
        posts: 1,
        engagementRate: 0.002,
        band: "20K–100K",
        benchmark: 0.0162,
      },
    ]);
  });

  it("says which rows it left out and why, and notes what it counted with a caveat", () => {
    expect(report.skipped.map((s) => `${s.sheet} row ${s.row}: ${s.reason}`)).toEqual([
      'Posts row 8: Date must be a date like 2026-11-16 or 16/11/2026, got "31/31/2026"; the post is not counted',
      'Posts row 9: Likes must be a number ≥ 0, got "lots"; the post is counted without it',
      "Posts row 10: Comments must be a number ≥ 0, got -3; the post is counted without it",
      "Posts row 11: Date is blank; the post is not counted",
      'Budget row 6: Actual must be a number ≥ 0, got "abc"; the line is not counted',
      'Deliverables row 6: Due date must be a date like 2026-11-16 or 16/11/2026, got "31/31/2026"; ' +
        "left out of the due and overdue lists",
    ]);
    expect(report.notes).toEqual([
      {
        sheet: "Posts",
        rows: [5],
        message: "@newface is not on the Roster; counted, but without tier or followers (row 5)",
      },
      { sheet: "Posts", rows: [5], message: 'No campaign; counted under "(no campaign)" (row 5)' },
      {
        sheet: "Posts",
        rows: [13],
        message: "Dated after today, so in no report yet: check the year (row 13)",
      },
      { sheet: "Posts", rows: [14], message: "Dated before 2000, so in no report: check the date (row 14)" },
    ]);
    expect(report.notices).toEqual(['6 problems found in the sheets; see "Rows with problems" at the end.']);
  });

  it("explains in a footnote what an engagement is", () => {
    expect(report.footnotes[0]).toContain("Engagements = likes + comments + shares + saves + link clicks");
  });
});
