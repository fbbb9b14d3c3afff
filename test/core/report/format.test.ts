import { describe, expect, it } from "vitest";
import { formatCell } from "../../../src/core/report/format";

describe("formatCell", () => {
  it("signs changes and percentage points, and says nothing for no change", () => {
    expect(formatCell(0.125, "change", "USD")).toBe("+12.5%");
    expect(formatCell(-0.03, "change", "USD")).toBe("-3.0%");
    expect(formatCell(-0.0099, "points", "USD")).toBe("−0.99 pp");
    expect(formatCell(0, "points", "USD")).toBe("0.00 pp");
    expect(formatCell(0.0156, "percent", "USD")).toBe("1.56%");
  });

  it("shows a blank, never Infinity, for a ratio too large to show as a percentage", () => {
    expect(formatCell(1e307, "percent", "USD")).toBe("—");
    expect(formatCell(1e307, "change", "USD")).toBe("—");
    expect(formatCell(-1e307, "points", "USD")).toBe("—");
  });
});
