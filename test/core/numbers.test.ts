import { expect, describe as group, it } from "vitest";
import { decimalCommaFor, describe, parseNumber } from "../../src/core/numbers";

group("parseNumber reads messy values people type", () => {
  it.each([
    ["12,500", 12_500],
    ["12.5K", 12_500],
    ["1,2K", 1200],
    ["45 000", 45_000],
    ["45\u00a0000", 45_000],
    ["45\u2009000", 45_000],
    ["45\u202f000", 45_000],
    ["45,000", 45_000],
    ["$250", 250],
    ["€200", 200],
    ["250 €", 250],
    ["-$250", -250],
    ["1.234,5", 1234.5],
    ["1.234.567", 1_234_567],
    ["12,5", 12.5],
    ["4.5%", 0.045],
  ])("%j → %d", (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each(["n/a", "N/A", "na", "-", "—", "tbd", "TBD", "unknown", "", "  "])(
    "%j is missing, not an error",
    (text) => {
      expect(parseNumber(text)).toBeNull();
    },
  );

  it.each(["lots", "1,2,3", "$", "12 apples"])("%j is not a number", (text) => {
    expect(parseNumber(text)).toBeUndefined();
  });

  it('reads a lone dot as the decimal point without a locale ("45.000" is 45), by the locale with one', () => {
    expect(parseNumber("45.000")).toBe(45);
    expect(parseNumber("45.000", { decimalComma: true })).toBe(45_000);
    expect(parseNumber("45,000", { decimalComma: true })).toBe(45);
    expect(parseNumber("12,500", { decimalComma: true })).toBe(12.5);
    expect(parseNumber("1.234,5", { decimalComma: true })).toBe(1234.5);
  });

  it("knows which locales write decimal commas", () => {
    expect(decimalCommaFor("de_DE")).toBe(true);
    expect(decimalCommaFor("fr_FR")).toBe(true);
    expect(decimalCommaFor("de_CH")).toBe(false);
    expect(decimalCommaFor("en_US")).toBe(false);
    expect(decimalCommaFor("en_GB")).toBe(false);
  });
});

group("describe quotes a bad value shortly, without escaped quotes", () => {
  it("quotes text, cut at 60 characters", () => {
    expect(describe("lots")).toBe('"lots"');
    const long = describe("x".repeat(100));
    expect(long).toHaveLength(62);
    expect(long.endsWith('…"')).toBe(true);
  });

  it("puts text holding a double quote in curly quotes, on one line", () => {
    expect(describe('about "12k"\nmaybe')).toBe('“about "12k" maybe”');
    expect(describe('about "12k"')).not.toContain("\\");
  });
});
