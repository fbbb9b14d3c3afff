import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeDemoReport } from "../../../scripts/demo/report";
import { memoryContext } from "../../../src/addon/memoryContext";
import { glowWorkbook, NOW, valuesOf } from "../../fixtures/reportWorkbook";

describe("the demo's weekly report", () => {
  it("builds last week's sheet and writes the same report as the e-mail's HTML", () => {
    const book = glowWorkbook();
    const outDir = mkdtempSync(join(tmpdir(), "influencer-desk-report-"));
    const result = writeDemoReport(
      memoryContext(book, () => NOW),
      outDir,
    );
    expect(result).toEqual({
      message:
        'Built sheet "Report 2026-11-16" for 2026-11-16 to 2026-11-22: 3 posts, 4 items needing attention.',
      sheet: "Report 2026-11-16",
      htmlPath: join(outDir, "weekly-report.html"),
    });
    expect(valuesOf(book, result.sheet)[0]?.[0]).toBe("Weekly report: Glow Skincare Creators");
    const html = readFileSync(result.htmlPath, "utf8");
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain("Weekly report: Glow Skincare Creators");
    expect(html).toContain("$2,528.40");
  });
});
