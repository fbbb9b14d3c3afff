import { describe, expect, it } from "vitest";
import { disclosureFor, disclosureForCreator } from "../../../src/core/disclosure/platforms";

describe("disclosureForCreator", () => {
  it("keeps the brief's own line for each of the creator's platforms and drops the others", () => {
    const brief = "Instagram: #ad first, please.\nTikTok: #ad and the Branded content toggle.";
    expect(disclosureForCreator(brief, ["TikTok"])).toBe("TikTok: #ad and the Branded content toggle.");
  });

  it("adds the standard wording for a platform the brief has no line for", () => {
    expect(disclosureForCreator(disclosureFor(["Instagram"]), ["Instagram", "yt"])).toBe(
      disclosureFor(["Instagram", "YouTube"]),
    );
  });

  it("keeps lines that name no platform, for every creator", () => {
    expect(disclosureForCreator("Always start with #ad.", ["TikTok"]).split("\n")).toEqual([
      "Always start with #ad.",
      disclosureFor(["TikTok"]),
    ]);
  });
});
