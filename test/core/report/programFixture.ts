import type { ReportSheets } from "../../../src/core/report/read";
import { BUDGET_KEYS, CAMPAIGN_KEYS, DELIVERABLE_KEYS, keyed, POST_KEYS, postRow } from "./fixtures";

/*
 * A small program with something in every part of the report. Europe/London (GMT in November), weeks start Monday. Report week 2026-11-16 to 2026-11-22,
 * built on 2026-11-23; stand-in EMV 0.50 per like + 2.00 per comment; "#ad" is a disclosure.
 */
export const LONDON = { timeZone: "Europe/London", inWeek: new Date("2026-11-18T12:00:00Z") };
const ROSTER = ["creator", "handle", "platform", "followers", "owner"];

export const post = (date: string, likes: number, caption = "#ad", campaign = "Winter Glow") =>
  postRow({ date, handle: "@maya", campaign, platform: "Instagram", caption, likes });

export function sheets(overrides: Partial<ReportSheets> = {}): ReportSheets {
  return {
    roster: keyed(ROSTER, [
      ["Maya Chen", "@maya", "Instagram", 12_000, "Alex"],
      ["Leo Park", "leo", "TikTok", 50_000, "Dana"],
    ]),
    campaigns: keyed(CAMPAIGN_KEYS, [
      ["Winter Glow", "Awareness", "2026-11-01", "2026-11-30", 1000],
      ["Holiday Gift", "Sales", "2026-11-16", "2026-12-13", 4000],
    ]),
    deliverables: keyed(DELIVERABLE_KEYS, [
      // Due before the week, not posted: 7 days late to Sunday 2026-11-22.
      ["Winter Glow", "@Maya", "Reel", "2026-11-15", "", "", "Planned"],
      // Due this week and posted in it.
      ["Winter Glow", "@maya", "Story", "2026-11-17", "2026-11-17", "", "Posted"],
      // Due this week, not posted: 3 days late by Sunday; owner from the Roster by handle.
      ["Holiday Gift", "LEO", "TikTok video", "2026-11-19", "", "", "Planned"],
      // Due to date, posted before the week.
      ["Winter Glow", "@maya", "Post", "2026-11-05", "2026-11-06", "", ""],
      // Dropped: in no count.
      ["Winter Glow", "@maya", "Extra", "2026-11-10", "", "", "Cancelled"],
      // Due after the week: not yet planned to date.
      ["Holiday Gift", "leo", "Reel", "2026-11-30", "", "", "Planned"],
    ]),
    posts: keyed(POST_KEYS, [
      post("2026-10-12", 100), // six weeks back: the trend's first week
      post("2026-11-02", 200),
      post("2026-11-10", 400), // the week before
      post("2026-11-16", 100),
      post("2026-11-18", 200, "no disclosure here"),
    ]),
    budget: keyed(BUDGET_KEYS, [["Winter Glow", "@maya", "Fee", 1200, 1200, "2026-11-12"]]),
    ...overrides,
  };
}
