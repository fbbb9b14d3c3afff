import { describe, expect, it } from "vitest";
import { matchHeaders } from "../../src/sheets/headers";
import { AdoptError, layoutTable } from "../../src/sheets/layout";
import { ROSTER } from "../../src/sheets/layouts/roster";

describe("adopting a team's header row", () => {
  it("matches our columns by name or synonym, ignoring case, spaces and punctuation", () => {
    const match = matchHeaders(["IG handle", "Follower count", "E-mail", "my notes", "CREATOR"], ROSTER);
    expect(match.found.get("handle")).toBe(0);
    expect(match.found.get("followers")).toBe(1);
    expect(match.found.get("email")).toBe(2);
    expect(match.found.get("creator")).toBe(4);
    expect(match.found.has("notes")).toBe(false);
  });

  it("prefers an exact header over a synonym for another column", () => {
    const match = matchHeaders(["Name", "Creator"], ROSTER);
    expect(match.found.get("creator")).toBe(1);
  });

  it("keeps the team's columns where they are and appends ours after the last used column", () => {
    const snapshot = {
      values: [
        ["Username", "Followers count", "Our rating", ""],
        ["@maya", 12000, "A", "stray note"],
      ],
      formulas: [
        ["", "", "", ""],
        ["", "", "", ""],
      ],
    };
    const layout = layoutTable(ROSTER, snapshot);
    expect(layout.columns.get("handle")).toBe(1);
    expect(layout.columns.get("followers")).toBe(2);
    // Column D holds a value without a header: appended columns start after it, at E.
    expect(layout.columns.get("creator")).toBe(5);
    expect(layout.added.map((a) => a.spec.key)).not.toContain("handle");
    expect(layout.width).toBe(4 + ROSTER.columns.length - 2);
  });

  it("refuses a sheet without a header row, saying what it expected", () => {
    const snapshot = { values: [["Maya Reyes", "@maya", 12000]], formulas: [["", "", ""]] };
    expect(() => layoutTable(ROSTER, snapshot)).toThrow(AdoptError);
    expect(() => layoutTable(ROSTER, snapshot)).toThrow(
      /Sheet "Roster" has no header row.*Creator, Handle.*"Maya Reyes".*Nothing was changed/,
    );
  });
});
