import { describe, expect, it } from "vitest";
import { AYZENBERG_RATES, EMV, emvOf, parseRateCard, ratesFor } from "../../../src/core/functions";

const ACCEPTED = "Platform, Impressions, Views, Likes, Comments, Shares, Saves, Link clicks (or Clicks)";

describe("emvOf", () => {
  it("prices a post's counts at the Ayzenberg values: 48.2 + 0 + 105 + 126.8 + 21.4 + 0 + 45.6 = 347", () => {
    const post = {
      impressions: 10_000,
      views: 0,
      likes: 500,
      comments: 40,
      shares: 10,
      saves: 0,
      linkClicks: 20,
    };
    expect(emvOf(post, AYZENBERG_RATES)).toBe(347);
  });

  it("rounds to cents", () => {
    const counts = { impressions: 3, views: 0, likes: 0, comments: 0, shares: 0, saves: 0, linkClicks: 0 };
    expect(emvOf(counts, AYZENBERG_RATES)).toBe(0.01);
  });
});

describe("EMV without a rate card", () => {
  it("computes the spec example", () => {
    expect(EMV("Instagram", [[10_000, 0, 500, 40, 10, 0, 20]])).toEqual([[347]]);
  });

  it("counts missing trailing columns and blank cells as 0", () => {
    expect(EMV("TikTok", [[10_000, 100]])).toEqual([[57.2]]);
    expect(EMV("TikTok", [[10_000, "", 500]])).toEqual([[153.2]]);
  });

  it("reads counts pasted as text", () => {
    expect(EMV("Instagram", [["10K", " ", "500", "40", "1,000"]])).toEqual([[48.2 + 105 + 126.8 + 2140]]);
  });

  it("takes a single value as the impressions count", () => {
    expect(EMV("Instagram", 1000)).toBe(4.82);
  });

  it("applies one platform to every row and leaves rows with blank counts blank", () => {
    expect(EMV("Instagram", [[1000], [2000], [""]])).toEqual([[4.82], [9.64], [""]]);
  });

  it("leaves a row blank only when its platform and counts are both blank", () => {
    const platforms = [["Instagram"], [""], [""]];
    const counts = [[""], [1000], [""]];
    expect(EMV(platforms, counts)).toEqual([[0], [4.82], [""]]);
  });

  it("refuses more than seven count columns", () => {
    expect(() => EMV("Instagram", [[1, 2, 3, 4, 5, 6, 7, 8]])).toThrow(
      "EMV: counts has 8 columns but there are only 7 metrics: impressions, views, likes, comments, shares, saves, link clicks",
    );
  });

  it("throws for a negative or text count in a single-value call and names the metric", () => {
    expect(() => EMV("Instagram", "lots")).toThrow(
      new Error('EMV: counts (impressions) must be a number ≥ 0, got "lots"'),
    );
  });

  it("writes the message into the bad row of a range call", () => {
    expect(EMV("Instagram", [[1000], [0, 0, -2], [0, 0, 100]])).toEqual([
      [4.82],
      ["EMV: counts (likes) must be a number ≥ 0, got -2"],
      [21],
    ]);
  });

  it("refuses counts too large to add up instead of returning Infinity", () => {
    expect(EMV("Instagram", [[0, 0, 0, Number.MAX_VALUE]])).toEqual([
      ["EMV: counts are too large to add up"],
    ]);
  });

  it("refuses a platform that is not text", () => {
    expect(() => EMV(5, 1000)).toThrow('EMV: platform must be text like "Instagram", got 5');
  });

  it("refuses ranges of different heights, naming both", () => {
    const platforms = Array.from({ length: 10 }, () => ["Instagram"]);
    const counts = Array.from({ length: 12 }, () => [1000]);
    expect(() => EMV(platforms, counts)).toThrow(
      new Error("EMV: platform has 10 rows but counts has 12; give ranges of the same height"),
    );
  });
});

describe("EMV with a rate card", () => {
  const card = [
    ["PLATFORM", "Likes", "comment", "Link Clicks", "VIEWS"],
    ["Instagram", 0.5, 2, 1, ""],
    ["tiktok", "$0.10", 1, "", 0.02],
  ];
  const counts = [[0, 1000, 100, 10, 0, 0, 20]];

  it("reads headers in any order, case, singular or plural, with blank rates worth 0", () => {
    // Instagram: 100 likes × 0.5 + 10 comments × 2 + 20 clicks × 1 = 90 (views have no rate).
    expect(EMV(" instagram ", counts, card)).toEqual([[90]]);
    // TikTok: 1000 views × 0.02 + 100 likes × 0.1 + 10 comments × 1 = 40 (clicks have no rate).
    expect(EMV("TikTok", counts, card)).toEqual([[40]]);
  });

  it("prices each row at its own platform's rates", () => {
    expect(EMV([["Instagram"], ["TikTok"]], [counts[0] ?? [], counts[0] ?? []], card)).toEqual([[90], [40]]);
  });

  it("names a platform missing from a card without a Default row, listing the card's platforms", () => {
    const missing =
      'EMV: platform "Snapchat" is not in rate_card (Instagram, tiktok); add a row for it or a Default row';
    expect(() => EMV("Snapchat", 1000, card)).toThrow(new Error(missing));
    expect(
      EMV(
        [["Snapchat"], ["Instagram"]],
        [
          [0, 0, 10],
          [0, 0, 10],
        ],
        card,
      ),
    ).toEqual([[missing], [5]]);
    expect(() => EMV("", 1000, card)).toThrow("EMV: platform is blank and rate_card has no Default row");
  });

  it("uses the Default row for unlisted and blank platforms", () => {
    const withDefault = [
      ["Platform", "Clicks"],
      ["Default", 1.5],
      ["YouTube", 3],
    ];
    const clicks = [[0, 0, 0, 0, 0, 0, 10]];
    expect(EMV("Snapchat", clicks, withDefault)).toEqual([[15]]);
    expect(EMV("youtube", clicks, withDefault)).toEqual([[30]]);
    expect(EMV("", clicks, withDefault)).toEqual([[15]]);
  });

  it("treats a blank rate_card argument as no card", () => {
    expect(EMV("Instagram", 1000, "")).toBe(4.82);
  });
});

describe("parseRateCard", () => {
  it("maps Clicks, Link click and link_clicks to link clicks", () => {
    for (const header of ["Clicks", "Link click", "link_clicks", "LINK CLICKS"]) {
      const card = parseRateCard([
        ["Platform", header],
        ["Instagram", 2],
      ]);
      expect(ratesFor("Instagram", card)?.linkClicks).toBe(2);
    }
  });

  it("names an unknown header and lists the accepted names", () => {
    expect(() => parseRateCard([["Platform", "Reach"]])).toThrow(
      `EMV: rate_card column "Reach" is not a metric; use ${ACCEPTED}`,
    );
  });

  it("wants Platform as the first header", () => {
    expect(() => parseRateCard([["Network", "Likes"]])).toThrow(
      'EMV: rate_card\'s first column must be headed "Platform", got "Network"',
    );
  });

  it("names the row and metric of a bad rate", () => {
    expect(() =>
      parseRateCard([
        ["Platform", "Likes"],
        ["Instagram", 0.2],
        ["TikTok", "cheap"],
      ]),
    ).toThrow('EMV: rate_card row 3 (TikTok): likes rate must be a number ≥ 0, got "cheap"');
  });

  it("names duplicate platform rows, a blank platform name and duplicate metric columns", () => {
    expect(() =>
      parseRateCard([
        ["Platform", "Likes"],
        ["Instagram", 0.2],
        ["instagram ", 0.3],
      ]),
    ).toThrow('EMV: rate_card rows 2 and 3 are both "instagram"');
    expect(() =>
      parseRateCard([
        ["Platform", "Likes"],
        ["", 0.2],
      ]),
    ).toThrow("EMV: rate_card row 2: platform name is blank");
    expect(() => parseRateCard([["Platform", "Clicks", "Link clicks"]])).toThrow(
      "EMV: rate_card has two columns for link clicks",
    );
  });

  it("refuses a card with no platform rows or no metric columns", () => {
    expect(() => parseRateCard([["Platform", "Likes"]])).toThrow(
      "EMV: rate_card has no platform rows under its header",
    );
    expect(() => parseRateCard([["Platform"], ["Instagram"]])).toThrow(
      `EMV: rate_card has no metric columns; use ${ACCEPTED}`,
    );
    expect(() => parseRateCard([[""]])).toThrow("EMV: rate_card is empty");
  });

  it("refuses rates under a blank header", () => {
    expect(() =>
      parseRateCard([
        ["Platform", "Likes", ""],
        ["Instagram", 0.2, 5],
      ]),
    ).toThrow("EMV: rate_card column 3 has rates but no header");
  });
});
