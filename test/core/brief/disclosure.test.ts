import { describe, expect, it } from "vitest";
import { checkDisclosure } from "../../../src/core/disclosure/check";
import { disclosureFor } from "../../../src/core/disclosure/platforms";

describe("disclosureFor", () => {
  it("fills in Instagram's rules", () => {
    expect(disclosureFor(["Instagram"])).toBe(
      "Instagram: #ad in the first line of the caption and Instagram's Paid partnership label; say it in the video too.",
    );
  });

  it("gives one line per platform, once each, in the order given", () => {
    expect(disclosureFor(["TikTok", "YouTube", "tiktok"]).split("\n")).toEqual([
      "TikTok: #ad at the start of the caption and TikTok's Branded content toggle; say it in the video too.",
      "YouTube: Say it's sponsored in the first 30 seconds, mention it in the description's first line, and tick YouTube's paid promotion box.",
    ]);
  });

  it("recognises the names rosters use", () => {
    expect(
      disclosureFor(["IG", "YouTube Shorts"])
        .split("\n")
        .map((line) => line.split(":")[0]),
    ).toEqual(["Instagram", "YouTube"]);
  });

  it("falls back to a general rule for other platforms or none", () => {
    const general =
      '#ad or "Sponsored" at the start of the post, where it is seen without tapping "more"; say it in any video too.';
    expect(disclosureFor([])).toBe(general);
    expect(disclosureFor(["Pinterest"])).toBe(general);
    expect(disclosureFor(["Instagram", "Blog"]).split("\n")[1]).toBe(`Other platforms: ${general}`);
  });

  it("always produces text the FTC check calls disclosed", () => {
    for (const platforms of [["Instagram"], ["TikTok"], ["YouTube"], ["Other"], ["TikTok", "YouTube"]]) {
      expect(checkDisclosure(disclosureFor(platforms))).toBe("Disclosed");
    }
  });
});
