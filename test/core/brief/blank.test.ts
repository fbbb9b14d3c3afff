import { describe, expect, it } from "vitest";
import { blankBrief } from "../../../src/core/brief/blank";
import { parseBrief } from "../../../src/core/brief/schema";
import { disclosureFor } from "../../../src/core/disclosure/platforms";

describe("blankBrief", () => {
  it("is a blank form with one key message and one deliverable on the platform", () => {
    const brief = blankBrief("TikTok");
    expect(brief.id).toBe("");
    expect(brief.campaign).toBe("");
    expect(brief.keyMessages).toEqual([""]);
    expect(brief.deliverables).toEqual([{ platform: "TikTok", format: "", quantity: 1, dueDate: "" }]);
    expect(brief.mandatory.disclosure).toBe(disclosureFor(["TikTok"]));
  });

  it("is what the schema accepts once the server gives it an id", () => {
    const result = parseBrief({
      ...blankBrief("Instagram"),
      id: "B2",
      updatedAt: "2025-03-02T10:00:00.000Z",
    });
    expect(result.ok).toBe(true);
  });
});
