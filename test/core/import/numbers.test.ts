import { describe, expect, it } from "vitest";
import { parseExportDay } from "../../../src/core/import/exportDates";
import { parseExportNumber } from "../../../src/core/numbers";

describe("parseExportNumber reads numbers as exports write them", () => {
  it.each([
    ["12.5K", 12_500],
    ["1.2M", 1_200_000],
    ["45 000", 45_000],
    ["45\u00a0000", 45_000],
    ["1\u202f234\u202f567", 1_234_567],
    ["1,234", 1234],
    ["$250", 250],
    ["250 €", 250],
    ["$1,200.50", 1200.5],
    ["0", 0],
  ])("%s → %d", (text, value) => {
    expect(parseExportNumber(text)).toBe(value);
  });

  it.each(["undefined", "n/a", "N/A", "-", "--", "", "  "])("%j is a blank", (text) => {
    expect(parseExportNumber(text)).toBeNull();
  });

  it("reads decimal commas only in a file that uses them", () => {
    expect(parseExportNumber("1.234,5", true)).toBe(1234.5);
    expect(parseExportNumber("1.234", true)).toBe(1234);
    expect(parseExportNumber("12,5", true)).toBe(12.5);
    expect(parseExportNumber("1.234.567", true)).toBe(1_234_567);
    expect(parseExportNumber("250,00 €", true)).toBe(250);
    expect(parseExportNumber("1,234", false)).toBe(1234);
    expect(parseExportNumber("1.5", false)).toBe(1.5);
  });

  it("says when a cell is not a number", () => {
    expect(parseExportNumber("lots")).toBeUndefined();
    expect(parseExportNumber("1,2,3,4", true)).toBeUndefined();
    expect(parseExportNumber("12.5", true)).toBeUndefined();
  });
});

describe("parseExportDay", () => {
  const US = { dayFirst: false, reference: "2026-11-20" };
  it("reads the sources' dates to the day they show", () => {
    expect(parseExportDay("06/29/2026 15:21", US)).toBe("2026-06-29");
    expect(parseExportDay("Oct 3, 2026", US)).toBe("2026-10-03");
    expect(parseExportDay("2026-10-03T23:30:00Z", US)).toBe("2026-10-03");
    expect(parseExportDay("3. Okt. 2026", US)).toBe("2026-10-03");
    expect(parseExportDay("3 de octubre de 2026", US)).toBe("2026-10-03");
    expect(parseExportDay("3 juil. 2026", US)).toBe("2026-07-03");
    expect(parseExportDay("03/10/2026", { dayFirst: true })).toBe("2026-10-03");
  });

  it("infers a missing year: the latest such day not after the export's date", () => {
    expect(parseExportDay("Oct 3", US)).toBe("2026-10-03");
    expect(parseExportDay("Dec 28", US)).toBe("2025-12-28");
    expect(parseExportDay("Nov 20", US)).toBe("2026-11-20");
    expect(parseExportDay("21 nov.", US)).toBe("2025-11-21");
    expect(parseExportDay("3. März", US)).toBe("2026-03-03");
    expect(parseExportDay("10-03", US)).toBe("2026-10-03");
    expect(parseExportDay("Feb 29", { dayFirst: false, reference: "2026-11-20" })).toBeUndefined();
    expect(parseExportDay("Feb 29", { dayFirst: false, reference: "2028-11-20" })).toBe("2028-02-29");
  });

  it("gives null for blanks and undefined for text that is no date", () => {
    expect(parseExportDay("", US)).toBeNull();
    expect(parseExportDay("undefined", US)).toBeNull();
    expect(parseExportDay("soon", US)).toBeUndefined();
    expect(parseExportDay("Foo 3", US)).toBeUndefined();
  });
});
