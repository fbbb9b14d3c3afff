import { describe, expect, it } from "vitest";
import { CELL_TEXT_LIMIT, joinLongText, splitLongText } from "../../../src/core/brief/longText";
import { type Brief, parseBrief } from "../../../src/core/brief/schema";
import { BRIEF_COLUMNS, briefToRow, rowToBrief } from "../../../src/core/brief/store";
import { sampleBrief } from "./sampleBrief";

/** `unit` repeated to exactly `length` UTF-16 units, never ending in half an emoji. */
function fill(length: number, unit: string): string {
  const text = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  return /[\ud800-\udbff]$/.test(text) ? `${text.slice(0, -1)}.` : text;
}

/** Every field at its limit, in prose with quotes and line breaks that JSON escapes: over 60,000 characters. */
function longBrief(): Brief {
  const prose = 'Say "glow" 🌸\n';
  const brief = sampleBrief();
  brief.summary = fill(2_000, prose);
  brief.keyMessages = Array.from({ length: 20 }, (_, i) => fill(1_000, `${i} ${prose}`));
  brief.deliverables = Array.from({ length: 30 }, (_, i) => ({
    platform: "Instagram" as const,
    format: fill(100, `Reel ${i} "take" `),
    quantity: 1,
    dueDate: "2025-04-10",
  }));
  brief.mandatory = {
    disclosure: fill(2_000, prose),
    hashtags: Array.from({ length: 30 }, () => fill(100, "#glow")),
    handlesToTag: Array.from({ length: 30 }, () => fill(100, "@glowlabs")),
    linkOrPromo: fill(2_000, prose),
  };
  brief.avoid = { competitorMentions: fill(2_000, prose), claims: fill(5_000, prose) };
  brief.compensation = fill(2_000, prose);
  brief.usageRights = fill(5_000, prose);
  brief.creativeFreedom = fill(5_000, prose);
  return brief;
}

describe("briefs in the sheet", () => {
  it("keeps the fixed columns in order", () => {
    expect(BRIEF_COLUMNS).toEqual(["Brief id", "Campaign", "Updated", "JSON"]);
  });

  it("stores a short brief in one JSON cell that starts with {", () => {
    const row = briefToRow(sampleBrief());
    expect(Object.keys(row)).toEqual(["Brief id", "Campaign", "Updated", "JSON"]);
    expect(row["Brief id"]).toBe("B1");
    expect(row.Campaign).toBe("Spring Glow");
    expect(row.JSON?.startsWith("{")).toBe(true);
    expect(rowToBrief(row)).toEqual({ ok: true, brief: sampleBrief() });
  });

  it("splits a brief of 60,000+ characters across JSON, JSON 2 and rejoins it exactly", () => {
    const brief = longBrief();
    expect(parseBrief(brief).ok).toBe(true);
    expect(JSON.stringify(brief).length).toBeGreaterThan(60_000);
    const row = briefToRow(brief);
    expect(Object.keys(row)).toEqual(["Brief id", "Campaign", "Updated", "JSON", "JSON 2"]);
    for (const cell of Object.values(row)) expect(cell.length).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
    expect(row["JSON 2"]?.startsWith("…")).toBe(true);
    expect(joinLongText("JSON", row)).toBe(JSON.stringify(brief));
    expect(rowToBrief(row)).toEqual({ ok: true, brief });
  });

  it("clears continuation cells a longer version left behind", () => {
    const row = briefToRow(sampleBrief(), [
      "Brief id",
      "Campaign",
      "Updated",
      "JSON",
      "JSON 2",
      "JSON 3",
      "Notes",
    ]);
    expect(row["JSON 2"]).toBe("");
    expect(row["JSON 3"]).toBe("");
    expect("Notes" in row).toBe(false);
    expect(rowToBrief({ ...row, "JSON 3": "…stale tail" })).toEqual({ ok: true, brief: sampleBrief() });
  });

  it("reads headers in any case and spacing", () => {
    const row = briefToRow(sampleBrief());
    expect(rowToBrief({ "brief ID": "B1", json: row.JSON ?? "" })).toEqual({
      ok: true,
      brief: sampleBrief(),
    });
  });

  it("explains a row whose JSON is missing or damaged", () => {
    expect(rowToBrief({ "Brief id": "B7", JSON: "" })).toEqual({
      ok: false,
      errors: [{ field: "", message: 'Brief "B7" has nothing in its JSON column.' }],
    });
    const row = briefToRow(longBrief());
    expect(rowToBrief({ ...row, "JSON 2": "" })).toEqual({
      ok: false,
      errors: [{ field: "", message: "The brief could not be read: its JSON text is damaged." }],
    });
  });
});

describe("long text across cells", () => {
  it("never cuts an emoji in half at a cell boundary", () => {
    const text = `${"a".repeat(CELL_TEXT_LIMIT - 1)}🌸${"b".repeat(10)}`;
    const cells = splitLongText("Body", text);
    expect(cells.Body).toBe("a".repeat(CELL_TEXT_LIMIT - 1));
    expect(cells["Body 2"]).toBe(`…🌸${"b".repeat(10)}`);
    expect(joinLongText("Body", cells)).toBe(text);
  });

  it("protects continuation pieces that would read as a formula or number", () => {
    const text = `${"x".repeat(CELL_TEXT_LIMIT)}=SUM(A1)`;
    const cells = splitLongText("Body", text);
    expect(cells["Body 2"]).toBe("…=SUM(A1)");
    expect(joinLongText("Body", cells)).toBe(text);
  });

  it("stores empty text as one empty cell", () => {
    expect(splitLongText("Body", "")).toEqual({ Body: "" });
    expect(joinLongText("Body", { Body: "" })).toBe("");
  });
});
