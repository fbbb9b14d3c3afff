import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildLastWeeksReport, lastWeeksReport, reportEmail } from "../../src/addon/actions/weeklyReport";
import type { AddonContext } from "../../src/addon/context";
import { sheetName } from "../../src/core/report/sheetName";

/**
 * Builds last week's report sheet into the demo workbook, as the menu item does, and writes the
 * e-mail version to `<outDir>/weekly-report.html` with the renderer the e-mail action uses.
 */
export function writeDemoReport(
  context: AddonContext,
  outDir = "out",
): { message: string; sheet: string; htmlPath: string } {
  const message = buildLastWeeksReport(context);
  const { report } = lastWeeksReport(context);
  mkdirSync(outDir, { recursive: true });
  const htmlPath = join(outDir, "weekly-report.html");
  writeFileSync(htmlPath, reportEmail(report).html);
  return { message, sheet: sheetName(report.week.start), htmlPath };
}
