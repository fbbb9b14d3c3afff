import { describe, expect, it } from "vitest";
import { platformOf } from "../../../src/core/brief/platforms";

describe("platformOf", () => {
  it("reads the names rosters use", () => {
    expect(["IG", "Instagram Reels", "tik tok", "TT", "YouTube Shorts", "yt"].map(platformOf)).toEqual([
      "Instagram",
      "Instagram",
      "TikTok",
      "TikTok",
      "YouTube",
      "YouTube",
    ]);
  });

  it("calls anything else Other", () => {
    expect(platformOf("Twitch")).toBe("Other");
    expect(platformOf("")).toBe("Other");
  });
});
