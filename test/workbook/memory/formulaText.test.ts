import { describe, expect, it } from "vitest";
import {
  closeColumnRanges,
  hasColumnRange,
  hasOpenEndedRange,
  renameSheetReferences,
  stackArrayLiterals,
} from "../../../src/workbook/memory/formulaText";

const grids: Record<string, number> = { Posts: 1000, "Report 2026": 40, Settings: 25 };
const gridRows = (sheet: string) => grids[sheet] ?? 0;

describe("closeColumnRanges", () => {
  it("ends open ranges at the referenced sheet's last row", () => {
    expect(closeColumnRanges("=TIER(E2:E)", "Posts", gridRows)).toBe("=TIER(E2:E1000)");
    expect(closeColumnRanges("=ENGAGEMENT_RATE(F2:H, $C$2:$C)", "Posts", gridRows)).toBe(
      "=ENGAGEMENT_RATE(F2:H1000, $C$2:$C1000)",
    );
    expect(closeColumnRanges("=SUMIFS(Settings!$B:$B,'Report 2026'!A2:A,\"x\")", "Posts", gridRows)).toBe(
      "=SUMIFS(Settings!$B1:$B25,'Report 2026'!A2:A40,\"x\")",
    );
    expect(closeColumnRanges('={"Tier";TIER(E2:E)}', "Posts", gridRows)).toBe('={"Tier";TIER(E2:E1000)}');
  });

  it("leaves closed ranges, text in quotes and formulas without ranges alone", () => {
    for (const formula of ["=SUM(E2:E10)", '=COUNTIF(A2:A9, "E2:E")', "=A1*2", "=Settings!B3"]) {
      expect(closeColumnRanges(formula, "Posts", gridRows)).toBe(formula);
      expect(hasColumnRange(formula)).toBe(false);
    }
    expect(hasColumnRange("=TIER(E2:E)")).toBe(true);
    expect(hasOpenEndedRange("=TIER(E2:E)")).toBe(true);
    expect(hasColumnRange("=SUMIFS($C:$C,$A:$A,1)")).toBe(true);
    expect(hasOpenEndedRange("=SUMIFS($C:$C,$A:$A,1)")).toBe(false);
  });
});

describe("renameSheetReferences", () => {
  it("points references at the new name, quoting it when it has spaces", () => {
    expect(renameSheetReferences("=Settings!A1+settings!B2", "Settings", "Program Settings")).toBe(
      "='Program Settings'!A1+'Program Settings'!B2",
    );
    expect(renameSheetReferences("='Report 2026'!A1&\"Settings!A1\"", "Report 2026", "Report")).toBe(
      '=Report!A1&"Settings!A1"',
    );
    expect(renameSheetReferences("=Other!A1", "Settings", "X")).toBe("=Other!A1");
  });
});

describe("stackArrayLiterals", () => {
  it("writes array literals as VSTACK of HSTACK rows", () => {
    expect(stackArrayLiterals('={"Tier";TIER(E2:E)}')).toBe('=VSTACK("Tier",TIER(E2:E))');
    expect(stackArrayLiterals("=ENGAGEMENT_RATE({F2:F,H2:H,K2:K},C2:C)")).toBe(
      "=ENGAGEMENT_RATE(HSTACK(F2:F,H2:H,K2:K),C2:C)",
    );
    expect(stackArrayLiterals("=SUM({1,2;3,4})")).toBe("=SUM(VSTACK(HSTACK(1,2),HSTACK(3,4)))");
    expect(stackArrayLiterals('={"Rate";ENGAGEMENT_RATE({F2:F,H2:H},C2:C)}')).toBe(
      '=VSTACK("Rate",ENGAGEMENT_RATE(HSTACK(F2:F,H2:H),C2:C))',
    );
  });

  it("leaves braces, commas and semicolons inside text alone", () => {
    expect(stackArrayLiterals('={"a;b","{c}"}')).toBe('=HSTACK("a;b","{c}")');
    expect(stackArrayLiterals('=IF(A1="{x}",1,2)')).toBe('=IF(A1="{x}",1,2)');
  });
});
