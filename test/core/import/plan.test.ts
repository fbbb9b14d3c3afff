import { describe, expect, it } from "vitest";
import { csv, existingPost, fixturePosts, instagramCsv, shopifyCsv, tiktokCsv, youtubeCsv } from "./fixtures";
import { applyPlan, counts, importText } from "./importFile";

const MAYA = fixturePosts("maya", 4, (i) => `C8xYz${i}AbCd`);

describe("skipped rows", () => {
  it("point at the file's own row numbers, blank rows counted", () => {
    const [header, ...rows] = instagramCsv(MAYA.slice(0, 2)).split("\r\n");
    const text = [header, "", rows[0], ",,,", rows[0]].join("\r\n");
    const plan = importText(text);
    expect(plan.skipped).toEqual([{ line: 5, reason: "the same post as row 3 of the file" }]);
  });
});

describe("importing an Instagram export", () => {
  const text = instagramCsv(MAYA);

  it("adds the posts the sheet does not have, with the Roster's handle and the day the post went up", () => {
    const plan = importText(text);
    expect(counts(plan)).toEqual({ new: 4, updated: 0, unchanged: 0, skipped: 0 });
    expect(plan.newPosts[0]).toEqual({
      line: 2,
      values: {
        date: "2026-01-01",
        handle: "@maya",
        campaign: "",
        platform: "Instagram",
        postUrl: "https://www.instagram.com/reel/C8xYz0AbCd/",
        caption: "Post 1, with a comma #ad",
        impressions: 1000,
        likes: 100,
        comments: 10,
        shares: 0,
        saves: 0,
      },
    });
    // thousands separators read: 5,500 views
    expect(plan.newPosts[3]?.values.impressions).toBe(5500);
  });

  it("updates only the metric cells that changed on posts matched by link, however the link was typed", () => {
    const posts = [
      existingPost(2, {
        handle: "@maya",
        postUrl: "instagram.com/p/C8xYz0AbCd",
        impressions: 1000,
        likes: 90,
        comments: "10",
        shares: 0,
        saves: 0,
      }),
      existingPost(3, {
        handle: "@maya",
        postUrl: "http://www.instagram.com/reels/C8xYz1AbCd/?igsh=1",
        impressions: "2.5K",
        likes: 101,
        comments: 11,
        shares: 1,
        saves: 2,
      }),
    ];
    const plan = importText(text, { posts });
    expect(counts(plan)).toEqual({ new: 2, updated: 1, unchanged: 1, skipped: 0 });
    expect(plan.updates).toEqual([
      { lines: [2], row: 2, changes: [{ row: 2, field: "likes", old: 90, new: 100 }] },
    ]);
    expect(plan.unchanged).toEqual([{ lines: [3], row: 3 }]);
  });

  it("skips a post by a creator who is not on Roster, a text metric, and a repeated row", () => {
    const rows = text.split("\r\n");
    const bad = [
      ...rows,
      (rows[1] as string).replace(/,maya,MAYA,/, ",zoe,ZOE,").replace("C8xYz0AbCd", "Zzz"),
      (rows[2] as string).replace("C8xYz1AbCd", "Yyy").replace(/"2,500"/, "lots"),
      rows[3] as string,
    ].join("\r\n");
    const plan = importText(bad);
    expect(plan.skipped).toEqual([
      { line: 6, reason: 'unknown creator "zoe" (not on Roster)' },
      { line: 7, reason: 'Impressions is not a number ≥ 0: "lots"' },
      { line: 8, reason: "the same post as row 4 of the file" },
    ]);
  });
});

describe("importing a TikTok Studio export (per channel, BOM, undefined, dates without a year)", () => {
  const LEO = fixturePosts("leo", 3, (i) => `73123456789012345${i}0`).map((p, i) =>
    i === 2 ? { ...p, published: "2025-12-28 10:00" } : p,
  );
  const text = tiktokCsv(LEO, "Nov 20, 2026");

  it("infers the creator from the links and the year from the export's date", () => {
    const plan = importText(text);
    expect(plan.creator).toEqual({ handle: "@leo", how: "links", candidates: ["leo"] });
    expect(plan.newPosts.map((p) => p.values.date)).toEqual(["2026-01-01", "2026-02-02", "2025-12-28"]);
    // TikTok's `undefined` for shares is a blank: the post gets no shares value rather than 0
    expect(plan.newPosts[0]?.values).not.toHaveProperty("shares");
  });

  it("takes the creator a person names, and says when it is not on Roster", () => {
    const named = importText(text, { options: { creator: "AVA" } });
    expect(named.creator?.handle).toBe("@ava");
    expect(named.newPosts.every((p) => p.values.handle === "@ava")).toBe(true);
    const unknown = importText(text, { options: { creator: "@zoe" } });
    expect(unknown.creator).toMatchObject({
      handle: null,
      message: "@zoe is not on Roster. Add the creator to Roster first, or choose another creator.",
    });
    expect(unknown.newPosts).toEqual([]);
    expect(unknown.skipped.map((s) => s.reason)).toEqual(
      Array(3).fill("no creator: say which creator this export is from"),
    );
  });
});

describe("importing a YouTube Studio export (video IDs, a Total row, no handle)", () => {
  const AVA = fixturePosts("ava", 3, (i) => `dQw4w9WgXc${i}`);
  const text = youtubeCsv(AVA);

  it("skips the Total row and asks which creator when nothing tells", () => {
    const plan = importText(text);
    expect(plan.skipped[0]).toEqual({ line: 2, reason: "the Total row (the sum of the rows below)" });
    expect(plan.creator).toMatchObject({ handle: null, how: "undecided" });
    expect(plan.creator?.message).toMatch(/^Which creator is this export from\?/);
    expect(plan.newPosts).toEqual([]);
  });

  it("takes the creator whose posts the file matched, updates them by video ID and adds the rest with a link", () => {
    const posts = [
      existingPost(7, {
        handle: "ava",
        platform: "YouTube",
        postUrl: "https://youtu.be/dQw4w9WgXc0",
        views: 5,
      }),
    ];
    const plan = importText(text, { posts });
    expect(plan.creator).toEqual({ handle: "@ava", how: "matched posts", candidates: ["ava"] });
    expect(plan.updates[0]?.changes.map((c) => [c.field, c.old, c.new])).toEqual([
      ["impressions", "", 10000],
      ["views", 5, 1000],
      ["likes", "", 100],
      ["comments", "", 10],
      ["shares", "", 0],
    ]);
    expect(plan.newPosts.map((p) => [p.values.postUrl, p.values.date, p.values.handle])).toEqual([
      ["https://www.youtube.com/watch?v=dQw4w9WgXc1", "2026-02-02", "@ava"],
      ["https://www.youtube.com/watch?v=dQw4w9WgXc2", "2026-03-03", "@ava"],
    ]);
  });
});

describe("importing another tool's CSV", () => {
  it("reads a semicolon-separated file with decimal commas and a campaign column", () => {
    const text = csv(
      [
        ["Datum", "Creator", "Kampagne", "Link", "Aufrufe", "Umsatz"],
        ["03.10.2026", "@Maya", "Herbst", "https://youtu.be/dQw4w9WgXcQ", "12.500", "1.234,5"],
        ["", "@maya", "Herbst", "https://youtu.be/dQw4w9WgXcR", "1", "2"],
        ["soon", "@maya", "Herbst", "https://youtu.be/dQw4w9WgXcS", "1", "2"],
      ],
      ";",
    );
    const plan = importText(text, { options: { dayFirst: true } });
    expect(plan.newPosts).toEqual([
      {
        line: 2,
        values: {
          date: "2026-10-03",
          handle: "@maya",
          campaign: "Herbst",
          platform: "YouTube",
          postUrl: "https://youtu.be/dQw4w9WgXcQ",
          caption: "",
          views: 12500,
          revenue: 1234.5,
        },
      },
    ]);
    expect(plan.skipped).toEqual([
      { line: 3, reason: "no date" },
      { line: 4, reason: 'Date is not a date: "soon"' },
    ]);
  });

  it("skips rows without a link or post ID, since they could not be matched again", () => {
    const plan = importText(
      csv([
        ["Handle", "Post URL", "Likes"],
        ["@maya", "", "3"],
      ]),
    );
    expect(plan.skipped).toEqual([{ line: 2, reason: "no post link or post ID to match it by" }]);
  });
});

describe("importing Shopify sales by discount code", () => {
  const campaigns = [
    { campaign: "Spring Glow", start: "2026-03-01", end: "2026-04-30" },
    { campaign: "Summer", start: new Date("2026-06-01T00:00:00Z"), end: "2026-08-31" },
  ];
  const posts = [
    existingPost(2, { handle: "@maya", campaign: "Spring Glow", postUrl: "https://instagram.com/p/A1" }),
    existingPost(3, {
      handle: "maya",
      campaign: "spring glow",
      postUrl: "https://instagram.com/p/A2",
      promoRedemptions: 1,
    }),
    existingPost(4, { handle: "@maya", campaign: "Summer", postUrl: "https://instagram.com/p/A3" }),
  ];

  it("puts each code's orders and net sales on the creator's first post of the campaign running then", () => {
    const text = shopifyCsv([
      { day: "2026-03-10", code: "maya10", orders: 3, gross: 100, net: 90 },
      { day: "2026-03-11", code: "MAYA10", orders: 2, gross: 50, net: 45.5 },
      { day: "2026-07-01", code: "MAYA10", orders: 1, gross: 20, net: 18 },
    ]);
    const plan = importText(text, { posts, campaigns });
    expect(plan.updates).toEqual([
      {
        lines: [2, 3],
        row: 2,
        changes: [
          { row: 2, field: "promoRedemptions", old: "", new: 5 },
          { row: 2, field: "revenue", old: "", new: 135.5 },
        ],
        note: 'code maya10 → @maya → "Spring Glow": the first of 2 posts (row 2)',
      },
      {
        lines: [4],
        row: 4,
        changes: [
          { row: 4, field: "promoRedemptions", old: "", new: 1 },
          { row: 4, field: "revenue", old: "", new: 18 },
        ],
        note: 'code MAYA10 → @maya → "Summer": row 4',
      },
    ]);
  });

  it("keeps a per-creator line when no post fits, and skips codes no creator has", () => {
    const text = shopifyCsv([
      { code: "AVA5", orders: 4, gross: 80, net: 72 },
      { code: "MAYA10", orders: 1, gross: 10, net: 9 },
      { code: "WELCOME", orders: 9, gross: 90, net: 81 },
    ]);
    const plan = importText(text, {
      posts,
      campaigns,
      options: { period: { start: "2026-05-01", end: "2026-05-31" } },
    });
    expect(plan.promoLines).toEqual([
      {
        lines: [2],
        handle: "@ava",
        promoCode: "AVA5",
        campaign: "",
        promoRedemptions: 4,
        revenue: 72,
        reason: "no campaign on Campaigns runs from 2026-05-01 to 2026-05-31",
      },
      {
        lines: [3],
        handle: "@maya",
        promoCode: "MAYA10",
        campaign: "",
        promoRedemptions: 1,
        revenue: 9,
        reason: "no campaign on Campaigns runs from 2026-05-01 to 2026-05-31",
      },
    ]);
    expect(plan.skipped).toEqual([
      { line: 4, reason: `discount code "WELCOME" is no creator's promo code on Roster` },
    ]);
    const undated = importText(text, { posts, campaigns });
    expect(undated.promoLines[1]?.reason).toBe(
      "@maya has posts in several campaigns (Spring Glow, Summer); the file does not say which",
    );
    expect(undated.promoLines[0]?.reason).toBe("no post by @ava");
  });
});

describe("importing the same file twice", () => {
  it.each([
    ["Instagram", instagramCsv(MAYA)],
    ["TikTok", tiktokCsv(fixturePosts("leo", 3, (i) => `7312345678901234${i}`))],
    ["YouTube", youtubeCsv(fixturePosts("ava", 3, (i) => `dQw4w9WgXc${i}`))],
  ])("%s: the second import plans nothing", (_, text) => {
    const first = importText(text, { options: { creator: "@ava" } });
    expect(first.newPosts.length).toBeGreaterThan(0);
    const second = importText(text, { posts: applyPlan([], first), options: { creator: "@ava" } });
    expect(counts(second)).toMatchObject({ new: 0, updated: 0, unchanged: first.newPosts.length });
  });

  it("Shopify: the second import plans nothing", () => {
    const posts = [
      existingPost(2, { handle: "@maya", campaign: "Spring", postUrl: "https://instagram.com/p/A1" }),
    ];
    const text = shopifyCsv([
      { code: "MAYA10", orders: 3, gross: 100.1, net: 90.2 },
      { code: "MAYA10", orders: 1, gross: 10.1, net: 9.1 },
    ]);
    const first = importText(text, { posts });
    expect(first.skipped).toEqual([{ line: 3, reason: "the same code and day as row 2 of the file" }]);
    const second = importText(text, { posts: applyPlan(posts, first) });
    expect(counts(second)).toMatchObject({ new: 0, updated: 0, unchanged: 1 });
  });
});

describe("rows from a file in another language", () => {
  it("reads a German Meta export: German headers, dots grouping thousands", () => {
    const text = csv(
      [
        [
          "Beitrags-ID",
          "Benutzername des Kontos",
          "Veröffentlichungszeitpunkt",
          "Permanenter Link",
          "Aufrufe",
          "Mag ich",
          "Kommentare",
        ],
        ["1", "maya", "29.06.2026 15:21", "https://www.instagram.com/p/DeAbc1/", "12.345", "1.002", "7"],
      ],
      ";",
    );
    const plan = importText(text);
    expect(plan.source).toBe("instagram");
    expect(plan.newPosts[0]?.values).toMatchObject({
      date: "2026-06-29",
      impressions: 12345,
      likes: 1002,
      comments: 7,
    });
  });

  it("quotes a long text metric in at most 60 characters", () => {
    const long = "about twelve thousand, give or take, according to the creator's own screenshot";
    const plan = importText(
      csv([
        ["Post URL", "Views"],
        ["youtu.be/dQw4w9WgXcQ", long],
      ]),
    );
    const reason = plan.skipped[0]?.reason ?? "";
    expect(reason).toBe(`Views is not a number ≥ 0: "${long.slice(0, 59)}…"`);
    expect(reason.length - "Views is not a number ≥ 0: ".length - 2).toBe(60);
  });
});
