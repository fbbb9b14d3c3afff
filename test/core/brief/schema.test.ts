import { describe, expect, it } from "vitest";
import { parseBrief } from "../../../src/core/brief/schema";
import { sampleBrief } from "./sampleBrief";

describe("parseBrief", () => {
  it("accepts a complete brief unchanged", () => {
    expect(parseBrief(sampleBrief())).toEqual({ ok: true, brief: sampleBrief() });
  });

  it("names the field of every problem, with list positions", () => {
    const brief = {
      ...sampleBrief(),
      objective: "Vibes",
      timeline: { draftDue: "2025-04-01", approval: "2025-02-30", goLive: "next week" },
      deliverables: [
        ...sampleBrief().deliverables,
        { platform: "Instagram", format: "Story", quantity: 0, dueDate: "2025-04-11" },
      ],
    };
    const result = parseBrief(brief);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      {
        field: "objective",
        message:
          "Objective must be one of: Brand awareness, Leads, Sales, SEO, User-generated content, User feedback.",
      },
      { field: "deliverables.2.quantity", message: "Quantity must be a whole number from 1 to 100." },
      { field: "timeline.approval", message: 'Approval must be a date like 2025-04-30, got "2025-02-30".' },
      { field: "timeline.goLive", message: 'Go-live must be a date like 2025-04-30, got "next week".' },
    ]);
  });

  it("says how long an over-long field is and what the limit is", () => {
    const result = parseBrief({ ...sampleBrief(), summary: "x".repeat(2_345) });
    expect(result).toEqual({
      ok: false,
      errors: [{ field: "summary", message: "Summary is 2,345 characters; keep it to 2,000 or fewer." }],
    });
  });

  it("refuses more than 20 key messages or 30 deliverables", () => {
    const deliverable = sampleBrief().deliverables[0];
    const result = parseBrief({
      ...sampleBrief(),
      keyMessages: Array.from({ length: 21 }, (_, i) => `Message ${i}`),
      deliverables: Array.from({ length: 31 }, () => deliverable),
    });
    expect(result.ok ? [] : result.errors.map((error) => error.message)).toEqual([
      "Key messages has 21 entries; keep it to 20 or fewer.",
      "Deliverables has 31 entries; keep it to 30 or fewer.",
    ]);
  });

  it("refuses a payload over 100 KB before reading its fields", () => {
    // {"padding":"é…"}: 13 bytes of JSON around 60,000 two-byte letters = 120,013 bytes, 117.2 KB.
    const result = parseBrief({ padding: "é".repeat(60_000) });
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          field: "",
          message: "The brief is 118 KB; the limit is 100 KB. Shorten the longest texts and save again.",
        },
      ],
    });
  });

  it("reads JSON text, and says so when the text is damaged", () => {
    expect(parseBrief(JSON.stringify(sampleBrief()))).toEqual({ ok: true, brief: sampleBrief() });
    expect(parseBrief('{"id": "B1", "campaign": ')).toEqual({
      ok: false,
      errors: [{ field: "", message: "The brief could not be read: its JSON text is damaged." }],
    });
  });

  it("fills missing fields with blanks so a half-written brief loads", () => {
    const result = parseBrief({ id: "B9", campaign: "Summer" });
    expect(result.ok && result.brief.mandatory).toEqual({
      disclosure: "",
      hashtags: [],
      handlesToTag: [],
      linkOrPromo: "",
    });
    expect(result.ok && result.brief.timeline).toEqual({ draftDue: "", approval: "", goLive: "" });
  });

  it("needs an id", () => {
    expect(parseBrief({ campaign: "Summer" })).toEqual({
      ok: false,
      errors: [{ field: "id", message: "Brief id must be text." }],
    });
  });

  it("drops keys it does not know, so nothing unexpected is stored", () => {
    const result = parseBrief({ ...sampleBrief(), note: "hi" });
    expect(result.ok && "note" in result.brief).toBe(false);
  });
});
