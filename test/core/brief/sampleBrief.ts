import type { Brief } from "../../../src/core/brief/schema";

/** A complete, valid brief for a spring skincare launch; tests change one thing at a time. */
export function sampleBrief(): Brief {
  return {
    id: "B1",
    campaign: "Spring Glow",
    product: "Glow Serum",
    objective: "Sales",
    summary: "Launch our vitamin C serum for spring.\n\nShow your real morning routine.",
    keyMessages: ["Brightens skin in two weeks", "Fragrance-free and vegan"],
    deliverables: [
      { platform: "Instagram", format: "Instagram Reel", quantity: 1, dueDate: "2025-04-10" },
      { platform: "TikTok", format: "TikTok video", quantity: 2, dueDate: "2025-04-12" },
    ],
    mandatory: {
      disclosure: "#ad in the first line of the caption",
      hashtags: ["#GlowSerum", "springglow"],
      handlesToTag: ["glowlabs"],
      linkOrPromo: "GLOW15",
    },
    avoid: { competitorMentions: "No other skincare brands in frame", claims: "Do not say it cures acne" },
    timeline: { draftDue: "2025-04-01", approval: "2025-04-04", goLive: "2025-04-08" },
    compensation: "$500 per creator plus product",
    usageRights: "Paid social use for 90 days",
    creativeFreedom: "Film it your way",
    updatedAt: "2025-03-01T09:00:00.000Z",
  };
}
