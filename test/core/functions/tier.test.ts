import { describe, expect, it } from "vitest";
import { DEFAULT_TIERS, parseTierTable, TIER, tierFor } from "../../../src/core/functions";

describe("tierFor with the default tiers", () => {
  it("includes each lower bound", () => {
    expect(tierFor(999, DEFAULT_TIERS)).toBe("Below Nano");
    expect(tierFor(1_000, DEFAULT_TIERS)).toBe("Nano");
    expect(tierFor(9_999, DEFAULT_TIERS)).toBe("Nano");
    expect(tierFor(10_000, DEFAULT_TIERS)).toBe("Micro");
    expect(tierFor(99_999, DEFAULT_TIERS)).toBe("Micro");
    expect(tierFor(100_000, DEFAULT_TIERS)).toBe("Macro");
    expect(tierFor(5_000_000, DEFAULT_TIERS)).toBe("Macro");
    expect(tierFor(0, DEFAULT_TIERS)).toBe("Below Nano");
  });
});

describe("TIER", () => {
  it("names the tier of one follower count", () => {
    expect(TIER(25_000)).toBe("Micro");
    expect(TIER("12.5K")).toBe("Micro");
    expect(TIER("1.2M")).toBe("Macro");
    expect(TIER(" 900 ")).toBe("Below Nano");
    expect(TIER("12,500")).toBe("Micro");
  });

  it("fills a column with one call, leaving blank rows blank", () => {
    expect(TIER([[500], [10_000], [""], ["150K"]])).toEqual([["Below Nano"], ["Micro"], [""], ["Macro"]]);
  });

  it("returns a blank for a blank single value", () => {
    expect(TIER("")).toBe("");
    expect(TIER(undefined)).toBe("");
  });

  it("throws for a bad single value and writes the message into a bad row", () => {
    expect(() => TIER("abc")).toThrow(new Error('TIER: followers must be a number ≥ 0, got "abc"'));
    expect(() => TIER(-3)).toThrow("TIER: followers must be a number ≥ 0, got -3");
    expect(() => TIER(true)).toThrow("TIER: followers must be a number ≥ 0, got true");
    expect(TIER([[2_000], ["lots"]])).toEqual([
      ["Nano"],
      ['TIER: followers must be a number ≥ 0, got "lots"'],
    ]);
  });

  it("uses a custom table given in any order with a header row", () => {
    const tiers = [
      ["Min followers", "Tier"],
      [500_000, "Mega"],
      ["5K", "Rising"],
      ["", ""],
      [50_000, "Established"],
    ];
    expect(TIER([[4_999], [5_000], [49_999], [50_000], [600_000]], tiers)).toEqual([
      ["Below Rising"],
      ["Rising"],
      ["Rising"],
      ["Established"],
      ["Mega"],
    ]);
  });

  it("uses the default tiers when the tiers argument is blank", () => {
    expect(TIER(1_000, "")).toBe("Nano");
  });

  it("refuses a single value as the tier table", () => {
    expect(() => TIER(1_000, 5)).toThrow(
      "TIER: tiers must be a two-column range (minimum followers, tier name), got 5",
    );
  });

  it("refuses a followers range wider than one column", () => {
    expect(() => TIER([[1, 2]])).toThrow("TIER: followers must be one column, got a range 2 columns wide");
  });
});

describe("parseTierTable", () => {
  it("sorts the tiers and names the level below the smallest", () => {
    const table = parseTierTable([
      [20, "B"],
      [10, "A"],
    ]);
    expect(table.below).toBe("Below A");
    expect(tierFor(9, table)).toBe("Below A");
    expect(tierFor(15, table)).toBe("A");
    expect(tierFor(20, table)).toBe("B");
  });

  it("names the row with a non-numeric minimum below the header", () => {
    expect(() =>
      parseTierTable([
        ["Min", "Tier"],
        [1000, "Nano"],
        ["ten thousand", "Micro"],
      ]),
    ).toThrow('TIER: tiers row 3: minimum must be a number ≥ 0, got "ten thousand"');
  });

  it("names the row with a blank tier name", () => {
    expect(() =>
      parseTierTable([
        [1000, "Nano"],
        [10_000, " "],
      ]),
    ).toThrow("TIER: tiers row 2: tier name is blank");
  });

  it("names both rows of a duplicate minimum", () => {
    expect(() =>
      parseTierTable([
        [1000, "Nano"],
        [5000, "Small"],
        ["1K", "Tiny"],
      ]),
    ).toThrow("TIER: tiers rows 1 and 3 both start at 1000");
  });

  it("refuses a table that is not two columns wide", () => {
    expect(() => parseTierTable([[1000, "Nano", "extra"]])).toThrow(
      "TIER: tiers must be two columns (minimum followers, tier name), got 3 columns",
    );
    expect(() => parseTierTable([[1000]])).toThrow("got 1 column");
  });

  it("refuses a table with no tier rows", () => {
    expect(() => parseTierTable([["Min", "Tier"]])).toThrow(
      "TIER: tiers has no tier rows; give rows of (minimum followers, tier name)",
    );
    expect(() => parseTierTable([["", ""]])).toThrow("TIER: tiers has no tier rows");
  });

  it("throws table errors from TIER even in a range call", () => {
    expect(() => TIER([[1], [2]], [[1000, ""]])).toThrow("TIER: tiers row 1: tier name is blank");
  });
});
