import { describe, expect, it } from "vitest";
import { ENGAGEMENT_RATE, engagementRate } from "../../../src/core/functions";

describe("engagementRate", () => {
  it("divides interactions by audience", () => {
    expect(engagementRate(523, 10_000)).toBe(0.0523);
  });
});

describe("ENGAGEMENT_RATE", () => {
  it("sums a row of interactions: 30 comments + 12 shares + 8 clicks over 1,000 followers is 5%", () => {
    expect(ENGAGEMENT_RATE([[30, 12, 8]], 1000)).toEqual([[0.05]]);
  });

  it("takes single values and returns a single value", () => {
    expect(ENGAGEMENT_RATE(50, 1000)).toBe(0.05);
  });

  it("reads numbers pasted as text", () => {
    expect(ENGAGEMENT_RATE([["1.2K", " 300 ", "0"]], "12,500")).toEqual([[0.12]]);
    expect(ENGAGEMENT_RATE("25", "1M")).toBe(0.000025);
  });

  it("gives one rate per row when interactions are N×3 and audience is N×1", () => {
    const interactions = [
      [30, 12, 8],
      [5, 0, 5],
      [100, 50, 50],
    ];
    expect(ENGAGEMENT_RATE(interactions, [[1000], [200], [4000]])).toEqual([[0.05], [0.05], [0.05]]);
  });

  it("applies a single audience value to every row", () => {
    expect(ENGAGEMENT_RATE([[10], [20]], 100)).toEqual([[0.1], [0.2]]);
  });

  it("counts blank interaction cells as 0", () => {
    expect(ENGAGEMENT_RATE([[30, "", 20]], 1000)).toEqual([[0.05]]);
    expect(ENGAGEMENT_RATE([["", "", ""]], [[1000]])).toEqual([[0]]);
    expect(ENGAGEMENT_RATE("", 1000)).toBe(0);
  });

  it("leaves a row blank when its interactions and audience are all blank", () => {
    expect(
      ENGAGEMENT_RATE(
        [
          [10, 0],
          ["", ""],
          [5, 5],
        ],
        [[100], [""], [100]],
      ),
    ).toEqual([[0.1], [""], [0.1]]);
    expect(ENGAGEMENT_RATE("", "")).toBe("");
  });

  it("leaves rows with blank interactions blank when the audience is one value for all rows", () => {
    expect(ENGAGEMENT_RATE([[10], [""]], 100)).toEqual([[0.1], [""]]);
  });

  it("throws a message naming the function and argument in a single-value call", () => {
    expect(() => ENGAGEMENT_RATE(10, 0)).toThrow(
      new Error("ENGAGEMENT_RATE: audience must be a number > 0 (followers or views), got 0"),
    );
    expect(() => ENGAGEMENT_RATE(10, "")).toThrow(
      "ENGAGEMENT_RATE: audience must be a number > 0 (followers or views), got a blank cell",
    );
    expect(() => ENGAGEMENT_RATE(10, -5)).toThrow("got -5");
    expect(() => ENGAGEMENT_RATE(10, "lots")).toThrow('got "lots"');
    expect(() => ENGAGEMENT_RATE("many", 100)).toThrow(
      'ENGAGEMENT_RATE: interactions must be numbers ≥ 0, got "many"',
    );
    expect(() => ENGAGEMENT_RATE(-1, 100)).toThrow(
      "ENGAGEMENT_RATE: interactions must be numbers ≥ 0, got -1",
    );
  });

  it("refuses a rate too large to show instead of returning Infinity", () => {
    expect(() => ENGAGEMENT_RATE(1, 5e-324)).toThrow(
      "ENGAGEMENT_RATE: 1 ÷ 5e-324 is too large a number to show",
    );
  });

  it("writes the message into the bad row of a range call and computes the others", () => {
    expect(ENGAGEMENT_RATE([[10], ["lots"], [30]], [[100], [100], [0]])).toEqual([
      [0.1],
      ['ENGAGEMENT_RATE: interactions must be numbers ≥ 0, got "lots"'],
      ["ENGAGEMENT_RATE: audience must be a number > 0 (followers or views), got 0"],
    ]);
  });

  it('counts "n/a", "-", "tbd" and "unknown" as missing, not as errors', () => {
    expect(
      ENGAGEMENT_RATE(
        [
          [10, "-"],
          ["n/a", "n/a"],
          ["tbd", "-"],
        ],
        [[100], [100], ["unknown"]],
      ),
    ).toEqual([[0.1], [0], [""]]);
    expect(ENGAGEMENT_RATE([["—"]], [["45 000"]])).toEqual([[0]]);
  });

  it("refuses ranges of different heights, naming both", () => {
    expect(() => ENGAGEMENT_RATE([[1], [2], [3]], [[10], [20]])).toThrow(
      "ENGAGEMENT_RATE: interactions has 3 rows but audience has 2; give ranges of the same height",
    );
  });

  it("refuses an audience range wider than one column", () => {
    expect(() => ENGAGEMENT_RATE([[1]], [[10, 20]])).toThrow(
      "ENGAGEMENT_RATE: audience must be one column, got a range 2 columns wide",
    );
  });
});
