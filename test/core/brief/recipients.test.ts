import { describe, expect, it } from "vitest";
import { recipientFor } from "../../../src/core/brief/recipients";
import { renderBrief } from "../../../src/core/brief/render";
import type { Brief } from "../../../src/core/brief/schema";
import { disclosureFor } from "../../../src/core/disclosure/platforms";
import type { DeliverableLine, RosterEntry } from "../../../src/core/rpc/types";
import { sampleBrief } from "./sampleBrief";

/** The brief from issue 10: 2 × Instagram Reel and 1 × TikTok video in December, draft due 30 Nov. */
function springTrail(): Brief {
  const brief = sampleBrief();
  return {
    ...brief,
    campaign: "Spring Trail Launch",
    deliverables: [
      { platform: "Instagram", format: "Instagram Reel", quantity: 2, dueDate: "2026-12-03" },
      { platform: "TikTok", format: "TikTok video", quantity: 1, dueDate: "2026-12-04" },
    ],
    mandatory: { ...brief.mandatory, disclosure: disclosureFor(["Instagram", "TikTok"]) },
    timeline: { draftDue: "2026-11-30", approval: "2026-12-01", goLive: "2026-12-03" },
  };
}

const creator = (handle: string, platform: string, row = 2): RosterEntry => ({
  row,
  values: { Creator: `Creator ${handle}`, Handle: handle, Platform: platform },
});

const past = (handle: string): DeliverableLine[] =>
  ["2026-10-17", "2026-10-30", "2026-11-11", "2026-11-24"].map((dueDate) => ({
    campaign: "Spring Trail Launch",
    handle,
    format: "YouTube video",
    dueDate,
  }));

const section = (brief: Brief, recipient: ReturnType<typeof recipientFor>, heading: string) => {
  const found = renderBrief(brief, "en_US", recipient).sections.find(
    (candidate) => candidate.heading === heading,
  );
  return found && "items" in found ? found.items : [];
};

describe("recipientFor", () => {
  it("keeps every one of the brief's deliverables for a creator whose Roster platform is one of them", () => {
    const brief = springTrail();
    const ig = recipientFor(brief, creator("@ig", "Instagram"), []);
    expect(ig.source).toBe("brief");
    expect(section(brief, ig, "Your deliverables")).toEqual([
      "2 × Instagram Reel, due Dec 3, 2026",
      "1 × TikTok video, due Dec 4, 2026",
    ]);
  });

  it("ignores the creator's Deliverables rows due before the draft date", () => {
    const brief = springTrail();
    const yt = recipientFor(brief, creator("@yt", "YouTube"), past("@yt"));
    expect(yt.source).toBe("brief");
    expect(section(brief, yt, "Your deliverables")).toEqual([
      "2 × Instagram Reel, due Dec 3, 2026",
      "1 × TikTok video, due Dec 4, 2026",
    ]);
  });

  it("uses only this creator's rows for this campaign from the draft date on, and says so", () => {
    const brief = springTrail();
    const lines: DeliverableLine[] = [
      ...past("@yt"),
      { campaign: "Spring Trail Launch", handle: "yt", format: "YouTube video", dueDate: "2026-12-05" },
      { campaign: "Spring Trail Launch", handle: "@other", format: "YouTube video", dueDate: "2026-12-05" },
      { campaign: "Autumn Trail", handle: "@yt", format: "YouTube Short", dueDate: "2026-12-06" },
    ];
    const yt = recipientFor(brief, creator("@yt", "YouTube"), lines);
    expect(yt.source).toBe("sheet");
    expect(section(brief, yt, "Your deliverables")).toEqual(["1 × YouTube video, due Dec 5, 2026"]);
  });

  it("gives the disclosure wording for each of the creator's platforms, YouTube included", () => {
    const brief = springTrail();
    const yt = recipientFor(brief, creator("@yt", "YouTube"), []);
    const disclosure = section(brief, yt, "Must include").filter((item) => item.startsWith("Disclosure:"));
    expect(disclosure.map((item) => item.split(":")[1]?.trim())).toEqual(["Instagram", "TikTok", "YouTube"]);
    expect(disclosure[2]).toContain("Say it's sponsored in the first 30 seconds");
    const onlyYouTube = recipientFor(brief, creator("@yt", "YouTube"), [
      { campaign: "Spring Trail Launch", handle: "@yt", format: "YouTube video", dueDate: "2026-12-05" },
    ]);
    expect(onlyYouTube.disclosure?.split("\n").map((line) => line.split(":")[0])).toEqual(["YouTube"]);
  });
});
