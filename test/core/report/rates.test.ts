import { describe, expect, it } from "vitest";
import { reportBlocks } from "../../../src/core/report/blocks";
import { keyed, POST_KEYS, postRow, ROSTER_KEYS, reportFor } from "./fixtures";

/** Rates count only the posts that have what they divide: a missing count is missing, never 0. */

const LONDON = { timeZone: "Europe/London", inWeek: new Date("2026-11-18T12:00:00Z") };
const roster = keyed(ROSTER_KEYS, [
  ["Maya Chen", "@maya", "Instagram", 12_000, "Micro"],
  ["Tom Tik", "@tom", "TikTok", 50_000, "Mid"],
]);

const engagementNote = (report: ReturnType<typeof reportFor>) =>
  reportBlocks(report).find((b) => b.id === "attention-engagement")?.note;

describe("a post with Likes 'n/a'", () => {
  it("does not flag its creator at 0.08%: the post has no likes + comments to compare", () => {
    const posts = keyed(POST_KEYS, [
      postRow({ date: "2026-11-16", handle: "@maya", platform: "Instagram", likes: "n/a", comments: 10 }),
    ]);
    const report = reportFor({ roster, posts }, LONDON);
    expect(report.attention.lowEngagement).toEqual([]);
    expect(report.headline.find((m) => m.id === "engagements")?.value).toBe(10);
    expect(engagementNote(report)).toMatch(
      /^No creator compared is under a third of the benchmark\. Not compared: 1 creator with posts this week \(1 no post with likes and comments\)\. /,
    );
    expect(report.notes.map((n) => n.message)).toContain(
      "Likes or Comments missing: not in the rates (row 2)",
    );
  });

  it("leaves that post out of the creator's rate per post: 1.75%, not 0.92%", () => {
    const posts = keyed(POST_KEYS, [
      postRow({ date: "2026-11-16", handle: "@maya", platform: "Instagram", likes: 200, comments: 10 }),
      postRow({ date: "2026-11-17", handle: "@maya", platform: "Instagram", likes: "n/a", comments: 10 }),
    ]);
    const report = reportFor({ roster, posts }, LONDON);
    const [maya] = report.creators;
    expect(maya).toMatchObject({ handle: "@maya", posts: 2, engagements: 220 });
    expect(maya?.engagementRate).toBeCloseTo(0.0175, 6);
    expect(report.notes.map((n) => n.message)).toContain(
      "Likes or Comments missing: not in the rates (row 3)",
    );
  });

  it("still flags a creator from the posts that have both counts, and says how many it is based on", () => {
    const posts = keyed(POST_KEYS, [
      postRow({ date: "2026-11-16", handle: "@maya", platform: "Instagram", likes: 5, comments: 1 }),
      postRow({ date: "2026-11-17", handle: "@maya", platform: "Instagram", likes: "", comments: 900 }),
    ]);
    const [flagged] = reportFor({ roster, posts }, LONDON).attention.lowEngagement;
    expect(flagged).toMatchObject({ handle: "@maya", posts: 1 });
    expect(flagged?.engagementRate).toBeCloseTo(6 / 12_000, 9);
  });
});

describe("engagements per impression", () => {
  it("counts only posts with impressions on both sides: 3%, not 33% with a TikTok post that has views only", () => {
    const posts = keyed(POST_KEYS, [
      postRow({
        date: "2026-11-16",
        handle: "@maya",
        platform: "Instagram",
        impressions: 1000,
        likes: 25,
        comments: 5,
      }),
      postRow({
        date: "2026-11-17",
        handle: "@tom",
        platform: "TikTok",
        views: 5000,
        likes: 290,
        comments: 10,
      }),
    ]);
    const report = reportFor({ roster, posts }, LONDON);
    expect(report.headline.find((m) => m.id === "engagementRate")?.value).toBeCloseTo(0.03, 9);
    expect(report.headline.find((m) => m.id === "engagements")?.value).toBe(330);
    expect(report.notes.map((n) => n.message)).toContain(
      "No impressions: not in the rate per impression (row 3)",
    );
    const definition = report.footnotes.find((line) => line.startsWith("Engagements per impression"));
    expect(definition).toMatch(/over the posts with impressions, likes and comments/);
  });
});

describe("the low-engagement check", () => {
  it("says how many creators with posts this week it could not compare, and why", () => {
    const posts = keyed(POST_KEYS, [
      postRow({ date: "2026-11-16", handle: "@maya", platform: "Instagram", likes: 300, comments: 20 }),
      postRow({ date: "2026-11-16", handle: "@tom", platform: "TikTok", likes: 300, comments: 20 }),
      postRow({ date: "2026-11-17", handle: "@ghost", platform: "Instagram", likes: 3, comments: 0 }),
    ]);
    const report = reportFor({ roster, posts }, LONDON);
    expect(report.attention.lowEngagement).toEqual([]);
    expect(engagementNote(report)).toMatch(
      /^No creator compared is under a third of the benchmark\. Not compared: 2 creators with posts this week \(1 no benchmark for their platform and size, 1 no followers on the Roster\)\. Flagged when/,
    );
  });
});
