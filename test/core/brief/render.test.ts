import { describe, expect, it } from "vitest";
import { renderBrief } from "../../../src/core/brief/render";
import { sampleBrief } from "./sampleBrief";

describe("renderBrief", () => {
  it("lays out the whole brief for the team", () => {
    const preview = renderBrief(sampleBrief(), "en_US");
    expect(preview.title).toBe("Spring Glow: creator brief");
    expect(preview.intro).toEqual([]);
    expect(preview.sections).toEqual([
      {
        heading: "About the campaign",
        paragraphs: [
          "Product: Glow Serum",
          "Objective: Sales",
          "Launch our vitamin C serum for spring.",
          "Show your real morning routine.",
        ],
      },
      { heading: "Key messages", items: ["Brightens skin in two weeks", "Fragrance-free and vegan"] },
      {
        heading: "Deliverables",
        items: ["1 × Instagram Reel, due Apr 10, 2025", "2 × TikTok video, due Apr 12, 2025"],
      },
      {
        heading: "Timeline",
        items: ["Draft due: Apr 1, 2025", "Approval by: Apr 4, 2025", "Go live: Apr 8, 2025"],
      },
      {
        heading: "Must include",
        items: [
          "Disclosure: #ad in the first line of the caption",
          "Hashtags: #GlowSerum #springglow",
          "Tag: @glowlabs",
          "Link or promo code: GLOW15",
        ],
      },
      {
        heading: "Please avoid",
        items: ["Competitors: No other skincare brands in frame", "Claims: Do not say it cures acne"],
      },
      { heading: "Compensation", paragraphs: ["$500 per creator plus product"] },
      { heading: "Usage rights", paragraphs: ["Paid social use for 90 days"] },
      { heading: "Creative freedom", paragraphs: ["Film it your way"] },
    ]);
  });

  it("greets one creator by name and handle and shows only their deliverables", () => {
    const preview = renderBrief(sampleBrief(), "en_US", {
      name: "Ana Silva",
      handle: "ana.glows",
      deliverables: [{ platform: "TikTok", format: "Story", quantity: 3, dueDate: "2025-04-11" }],
    });
    expect(preview.intro).toEqual([
      "Hi Ana Silva (@ana.glows),",
      "Here is your brief for Spring Glow. Everything you need is below; reply with any questions.",
    ]);
    expect(preview.sections.find((section) => section.heading === "Your deliverables")).toEqual({
      heading: "Your deliverables",
      items: ["3 × Story on TikTok, due Apr 11, 2025"],
    });
    expect(preview.sections.some((section) => section.heading === "Deliverables")).toBe(false);
  });

  it("says when the creator's deliverables come from the Deliverables sheet, not the brief", () => {
    const creator = { name: "Ana Silva", handle: "ana.glows", deliverables: [] };
    const fromSheet = renderBrief(sampleBrief(), "en_US", { ...creator, source: "sheet" });
    expect(fromSheet.intro.at(-1)).toBe("Deliverables from the Deliverables sheet for Ana Silva.");
    expect(renderBrief(sampleBrief(), "en_US", { ...creator, source: "brief" }).intro).toHaveLength(2);
  });

  it("leaves out empty sections and keeps markup as plain text", () => {
    const brief = sampleBrief();
    brief.avoid = { competitorMentions: "", claims: "" };
    brief.keyMessages = ["<b>Bold</b> claims"];
    const preview = renderBrief(brief, "en_US");
    expect(preview.sections.map((section) => section.heading)).not.toContain("Please avoid");
    expect(preview.sections[1]).toEqual({ heading: "Key messages", items: ["<b>Bold</b> claims"] });
  });
});
