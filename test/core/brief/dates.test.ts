import { describe, expect, it } from "vitest";
import { formatDate, isIsoDate } from "../../../src/core/brief/dates";

describe("formatDate", () => {
  it("writes a day as the spreadsheet's locale does, with the month named", () => {
    expect(formatDate("2025-04-10", "en_US")).toBe("Apr 10, 2025");
    expect(formatDate("2025-04-10", "en_GB")).toBe("10 Apr 2025");
    expect(formatDate("2025-04-10", "de_DE")).toBe("10. Apr. 2025");
    expect(formatDate("2025-04-10", "fr")).toBe("10 avr. 2025");
  });

  it("keeps the day whatever the time zone, and reads an unknown locale as US English", () => {
    expect(formatDate("2025-01-01", "en_US")).toBe("Jan 1, 2025");
    expect(formatDate("2025-12-31", "not a locale!")).toBe("Dec 31, 2025");
    expect(formatDate("2025-12-31", "")).toBe("Dec 31, 2025");
  });

  it("leaves text that is not a calendar day as it is", () => {
    expect(formatDate("", "en_US")).toBe("");
    expect(formatDate("2025-02-30", "en_GB")).toBe("2025-02-30");
    expect(formatDate("next week", "en_GB")).toBe("next week");
    expect(isIsoDate("2024-02-29")).toBe(true);
  });
});
