import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Cell } from "../../../src/core/cells";
import { previousWeek, weekContaining } from "../../../src/core/dates";
import { reportBlocks } from "../../../src/core/report/blocks";
import { buildWeeklyReport } from "../../../src/core/report/build";
import { DEFINITIONS } from "../../../src/core/report/definitionTexts";
import { renderReportHtml } from "../../../src/core/report/html";
import { readReportData, readRoster } from "../../../src/core/report/read";
import {
  BUDGET_KEYS,
  CAMPAIGN_KEYS,
  DELIVERABLE_KEYS,
  keyed,
  POST_KEYS,
  postRow,
  ROSTER_KEYS,
  reportFor,
  settings,
} from "./fixtures";

const LONDON = { timeZone: "Europe/London", inWeek: new Date("2026-11-18T12:00:00Z") };
const roster = keyed(ROSTER_KEYS, [["Maya Chen", "@maya", "Instagram", 12_000, "Micro"]]);

describe("a week with nothing in it", () => {
  it("reports zeros, blank percentages and says the week is empty", () => {
    const posts = keyed(POST_KEYS, [
      postRow({ date: "2026-11-10", handle: "@maya", likes: 10, impressions: 100 }),
    ]);
    const report = reportFor({ roster, posts }, { ...LONDON, inWeek: new Date("2026-11-25T12:00:00Z") });
    expect(report.notices).toEqual(["No posts are dated 2026-11-23 to 2026-11-29 on the Posts sheet."]);
    expect(report.headline.find((m) => m.id === "posts")).toMatchObject({
      value: 0,
      previous: 0,
      changePct: null,
    });
    expect(report.headline.find((m) => m.id === "engagementRate")).toMatchObject({
      value: null,
      change: null,
    });
    expect(report.headline.find((m) => m.id === "paid")).toMatchObject({ value: 0, previous: 0 });
    expect(report.daily).toHaveLength(7);
    expect(report.daily.every((d) => d.posts === 0)).toBe(true);
    const blocks = reportBlocks(report);
    expect(blocks.find((b) => b.id === "top-posts")).toMatchObject({ rows: [], note: "No posts this week." });
  });

  it("with no Posts sheet at all, says so instead of failing", () => {
    const data = readReportData({ roster }, { dayFirst: true, timeZone: "Europe/London" });
    expect(data.postsSheetMissing).toBe(true);
    const week = weekContaining(LONDON.inWeek, "Europe/London", 1);
    const report = buildWeeklyReport({
      ...data,
      week,
      previousWeek: previousWeek(week, "Europe/London"),
      settings: settings("Europe/London"),
      builtAt: new Date("2026-11-23T09:00:00Z"),
      today: new Date("2026-11-23T09:00:00Z"),
      definitions: DEFINITIONS,
    });
    expect(report.notices[0]).toMatch(/^There is no Posts sheet/);
    expect(report.headline.every((m) => m.value === 0 || m.value === null)).toBe(true);
  });
});

describe("posts the report counts with a caveat", () => {
  it("groups unknown handles and posts without a campaign, one note each", () => {
    const posts = keyed(POST_KEYS, [
      postRow({ date: "2026-11-16", handle: "@ghost", campaign: "Winter", likes: 1 }),
      postRow({ date: "2026-11-17", handle: "ghost", campaign: "", likes: 2 }),
      postRow({ date: "2026-11-18", handle: "", campaign: "", likes: 4 }),
    ]);
    const report = reportFor({ roster, posts }, LONDON);
    expect(report.headline[0]).toMatchObject({ value: 3 });
    expect(report.notes.map((n) => n.message)).toEqual([
      "@ghost is not on the Roster; counted, but without tier or followers (rows 2, 3)",
      'No campaign; counted under "(no campaign)" (rows 3, 4)',
      "Handle is blank; counted in the totals (row 4)",
    ]);
    expect(report.campaigns.map((c) => [c.campaign, c.posts])).toEqual([
      ["(no campaign)", 2],
      ["Winter", 1],
    ]);
  });

  it("notes a campaign name the Campaigns sheet does not have, and an EMV formula error", () => {
    const campaigns = keyed(CAMPAIGN_KEYS, [["Winter Glow", "Awareness", "", "", 100]]);
    const posts = keyed(POST_KEYS, [
      postRow({ date: "2026-11-16", handle: "@maya", campaign: "Winter Glwo", likes: 10, emv: "#REF!" }),
    ]);
    const report = reportFor({ roster, campaigns, posts }, LONDON);
    expect(report.notes.map((n) => n.message)).toEqual([
      'Campaign "Winter Glwo" is not on the Campaigns sheet; counted under that name (row 2)',
      'EMV shows "#REF!"; computed again (row 2)',
      // Comments is blank: @maya's rates have no post to count.
      "Likes or Comments missing: not in the rates (row 2)",
    ]);
    // recomputed with the stand-in rate card: 10 likes × 0.50
    expect(report.headline.find((m) => m.id === "emv")?.value).toBe(5);
  });

  it("reads metrics typed as text the way people paste them", () => {
    const posts = keyed(POST_KEYS, [
      postRow({
        date: "16/11/2026",
        handle: "@maya",
        impressions: "12.5K",
        likes: "1,200",
        revenue: "$99.50",
      }),
    ]);
    const report = reportFor({ roster, posts }, LONDON);
    expect(report.headline.find((m) => m.id === "impressions")?.value).toBe(12_500);
    expect(report.headline.find((m) => m.id === "engagements")?.value).toBe(1200);
    expect(report.headline.find((m) => m.id === "revenue")?.value).toBe(99.5);
  });

  it("keeps counting when no rate card or disclosure check is given, and says so", () => {
    const data = readReportData(
      {
        roster,
        posts: keyed(POST_KEYS, [
          postRow({ date: "2026-11-16", handle: "@maya", campaign: "Winter", likes: 3 }),
        ]),
      },
      { dayFirst: true, timeZone: "Europe/London" },
    );
    const week = weekContaining(LONDON.inWeek, "Europe/London", 1);
    const base = {
      ...data,
      week,
      previousWeek: previousWeek(week, "Europe/London"),
      settings: settings("Europe/London"),
      builtAt: LONDON.inWeek,
      today: LONDON.inWeek,
      definitions: DEFINITIONS,
    };
    expect(buildWeeklyReport(base).notices).toEqual([
      "1 post with no EMV value and no rate card given; EMV counted as 0.",
      "1 post this week could not be checked for an FTC disclosure.",
    ]);
    const failing = buildWeeklyReport({
      ...base,
      emvOf: () => {
        throw new Error("EMV: the rate card has no Instagram row");
      },
      disclosureOf: () => "Disclosed",
    });
    expect(failing.notes.map((n) => n.message)).toEqual([
      "EMV could not be computed (EMV: the rate card has no Instagram row); counted as 0 (row 2)",
      "Likes or Comments missing: not in the rates (row 2)",
    ]);
  });
});

describe("readers", () => {
  it("keep a creator with an unreadable number, and leave out duplicate or blank handles", () => {
    const rows = keyed(ROSTER_KEYS, [
      ["Maya Chen", "@maya", "Instagram", "many", "Micro"],
      ["Maya again", "@Maya", "instagram", 10, ""],
      ["Maya on TikTok", "@maya", "TikTok", 5000, "#N/A"],
      ["No handle", "", "Instagram", 10, ""],
      ["", "", "", "", ""],
    ]);
    const { records, skipped } = readRoster(rows, { dayFirst: true, timeZone: "Europe/London" });
    expect(records.map((c) => [c.row, c.handle, c.platform, c.followers, c.tier])).toEqual([
      [2, "@maya", "Instagram", null, "Micro"],
      [4, "@maya", "TikTok", 5000, ""],
    ]);
    expect(skipped.map((s) => `${s.sheet} row ${s.row}: ${s.reason}`)).toEqual([
      'Roster row 2: Followers must be a number ≥ 0, got "many"; read as blank',
      "Roster row 3: @Maya on instagram is already on row 2; this row is ignored",
      "Roster row 5: Handle is blank; this creator cannot be matched to posts",
    ]);
  });

  it("report every bad metric of a post, naming the column and the value, and still count the post", () => {
    const posts = keyed(POST_KEYS, [postRow({ date: "2026-11-16", likes: "lots", shares: -1, saves: true })]);
    const report = reportFor({ posts }, LONDON);
    expect(report.skipped.map((s) => s.reason)).toEqual([
      'Likes must be a number ≥ 0, got "lots"; the post is counted without it',
      "Shares must be a number ≥ 0, got -1; the post is counted without it",
      "Saves must be a number ≥ 0, got true; the post is counted without it",
    ]);
    expect(report.headline[0]).toMatchObject({ value: 1 });
  });

  it("count a messy post everywhere it can: a bad metric and a missing disclosure on the same post", () => {
    const posts = keyed(POST_KEYS, [
      postRow({ date: "2026-11-16", handle: "@maya", caption: "love it #ad", likes: 10, comments: 1 }),
      postRow({ date: "2026-11-17", handle: "@maya", caption: "new serum", likes: "?!", comments: 4 }),
      postRow({ date: "2026-11-18", handle: "@maya", caption: "#ad glow", likes: 6, comments: 1 }),
    ]);
    const report = reportFor({ roster, posts }, LONDON);
    expect(report.headline.find((m) => m.id === "posts")?.value).toBe(3);
    expect(report.attention.disclosure.map((d) => [d.row, d.disclosure])).toEqual([[3, "Missing #ad"]]);
    // The rate card (0.50 a like, 2.00 a comment) without row 3's likes: 7 + 8 + 5
    expect(report.headline.find((m) => m.id === "emv")?.value).toBe(20);
    expect(report.headline.find((m) => m.id === "engagements")?.value).toBe(22);
    expect(report.skipped).toEqual([
      {
        sheet: "Posts",
        row: 3,
        reason: 'Likes must be a number ≥ 0, got "?!"; the post is counted without it',
      },
    ]);
  });

  it("read placeholders as blank, and quote a long bad value in at most 60 characters", () => {
    const long = "x".repeat(200);
    const posts = keyed(POST_KEYS, [
      ...["n/a", "na", "-", "—", "tbd", "unknown", "N/A", " TBD "].map((likes) =>
        postRow({ date: "2026-11-16", likes, comments: 1 }),
      ),
      postRow({ date: "2026-11-16", likes: long }),
    ]);
    const report = reportFor({ posts }, LONDON);
    expect(report.headline[0]).toMatchObject({ value: 9 });
    expect(report.skipped).toHaveLength(1);
    const quotedValue = report.skipped[0]?.reason.match(/got (.*); the post/)?.[1] ?? "";
    expect(quotedValue.length).toBeLessThanOrEqual(60);
    expect(report.skipped[0]).toMatchObject({ sheet: "Posts", row: 10 });
    expect(report.skipped[0]?.reason).toMatch(/^Likes must be a number/);
  });

  it("leave out a count too large to add up, so the totals stay finite", () => {
    const posts = keyed(POST_KEYS, [
      postRow({ date: "2026-11-16", impressions: 1.7e308, likes: 2 }),
      postRow({ date: "2026-11-17", impressions: 1.7e308, likes: 3 }),
    ]);
    const report = reportFor({ posts }, LONDON);
    expect(report.headline.find((m) => m.id === "impressions")?.value).toBe(0);
    expect(report.headline.find((m) => m.id === "engagements")?.value).toBe(5);
    expect(report.skipped[0]?.reason).toMatch(/^Impressions is too large/);
  });

  it("leave cost per engagement blank when a tiny typed count would make it infinite", () => {
    const posts = keyed(POST_KEYS, [postRow({ date: "2026-11-17", handle: "@maya", likes: 5e-324 })]);
    const budget = keyed(BUDGET_KEYS, [["Launch", "@maya", "Reel", 0, 100, "2026-11-17"]]);
    const report = reportFor({ roster, posts, budget }, LONDON);
    expect(report.headline.find((m) => m.id === "spend")?.value).toBe(100);
    expect(report.headline.find((m) => m.id === "costPerEngagement")?.value).toBeNull();
  });

  it("leave a change % blank when last week's figure was a tiny typed count", () => {
    const posts = keyed(POST_KEYS, [
      postRow({ date: "2026-11-10", handle: "@maya", likes: 5e-324 }),
      postRow({ date: "2026-11-17", handle: "@maya", likes: 1 }),
    ]);
    const report = reportFor({ roster, posts }, LONDON);
    expect(report.headline.find((m) => m.id === "engagements")).toMatchObject({ value: 1, changePct: null });
  });

  it("say a campaign with a tiny typed budget is over budget, with no infinite share", () => {
    const campaigns = keyed(CAMPAIGN_KEYS, [["Launch", "", "2026-11-01", "2026-11-30", 5e-324]]);
    const budget = keyed(BUDGET_KEYS, [["Launch", "@maya", "Reel", 0, 100, "2026-11-17"]]);
    const report = reportFor({ roster, campaigns, budget }, LONDON);
    expect(report.attention.overBudget).toMatchObject([{ campaign: "Launch", budgetUsed: null }]);
    const html = renderReportHtml(reportBlocks(report), { currency: "USD" });
    expect(html).toContain("Launch is over budget");
    expect(html).not.toMatch(/NaN|Infinity/);
  });

  it("show a huge EMV as typed, not as Infinity after rounding to cents", () => {
    const posts = keyed(POST_KEYS, [postRow({ date: "2026-11-17", handle: "@maya", emv: 1.7e307 })]);
    const report = reportFor({ roster, posts }, LONDON);
    const trend = reportBlocks(report).find((b) => b.id === "trend");
    expect(trend?.rows.at(-1)?.at(-1)).toBe(1.7e307);
  });

  it("leave a creator's rate blank when a tiny typed follower count would make it infinite", () => {
    const posts = keyed(POST_KEYS, [postRow({ date: "2026-11-17", handle: "@tiny", likes: 10 })]);
    const tinyRoster = keyed(ROSTER_KEYS, [["Tiny", "@tiny", "Instagram", 5e-324, "Nano"]]);
    const report = reportFor({ roster: tinyRoster, posts }, LONDON);
    const creators = reportBlocks(report).find((b) => b.id === "creators");
    expect(creators?.rows).toHaveLength(1);
    expect(creators?.rows.flat().filter((v) => typeof v === "number" && !Number.isFinite(v))).toEqual([]);
  });

  it("use a month-first sheet's order for typed dates", () => {
    const posts = keyed(POST_KEYS, [postRow({ date: "11/17/2026", handle: "@maya", likes: 1 })]);
    const report = reportFor({ roster, posts }, { ...LONDON, dayFirst: false });
    expect(report.daily[1]).toMatchObject({ date: "2026-11-17", posts: 1 });
  });
});

describe("any cell in any column", () => {
  const cell: fc.Arbitrary<Cell> = fc.oneof(
    fc.constant(""),
    fc.string({ maxLength: 12 }),
    fc.double(),
    fc.integer({ min: -10, max: 60_000 }),
    fc.boolean(),
    fc.constant(null),
    fc.date({
      min: new Date("2026-11-01T00:00:00Z"),
      max: new Date("2026-12-01T00:00:00Z"),
      noInvalidDate: false,
    }),
    fc.constantFrom("2026-11-17", "17/11/2026", "#REF!", "12.5K", "-4", "https://x.test/p/1", "Disclosed"),
  );
  const rows = (width: number) =>
    fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 8 });

  it("never throws, and every number it shows (table or e-mail) is finite or blank", () => {
    fc.assert(
      fc.property(
        rows(ROSTER_KEYS.length),
        rows(CAMPAIGN_KEYS.length),
        rows(POST_KEYS.length),
        rows(BUDGET_KEYS.length),
        rows(DELIVERABLE_KEYS.length),
        (r, c, p, b, d) => {
          const report = reportFor(
            {
              roster: keyed(ROSTER_KEYS, r),
              campaigns: keyed(CAMPAIGN_KEYS, c),
              posts: keyed(POST_KEYS, p),
              budget: keyed(BUDGET_KEYS, b),
              deliverables: keyed(DELIVERABLE_KEYS, d),
            },
            LONDON,
          );
          for (const m of report.headline) {
            expect(m.value === null || Number.isFinite(m.value)).toBe(true);
          }
          expect(report.daily).toHaveLength(7);
          const blocks = reportBlocks(report);
          expect(blocks.length).toBeGreaterThan(5);
          const shown = blocks.flatMap((b) => b.rows.flat());
          expect(shown.filter((v) => typeof v === "number" && !Number.isFinite(v))).toEqual([]);
          // The e-mail may quote a cell as it was given (a post link, "got NaN" in a problem note); from
          // cells that neither are nor say NaN or Infinity, no figure it shows does.
          const given = [r, c, p, b, d].flat(2);
          if (
            !given.some((v) => (typeof v === "number" ? !Number.isFinite(v) : /NaN|Infinity/.test(String(v))))
          ) {
            expect(renderReportHtml(blocks, { currency: "USD" })).not.toMatch(/NaN|Infinity/);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
