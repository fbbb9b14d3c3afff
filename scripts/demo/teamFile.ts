import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { setUpSheets } from "../../src/addon/actions/setUpSheets";
import { memoryContext } from "../../src/addon/memoryContext";
import { ALL_SHEETS } from "../../src/sheets/refresh";
import { exportXlsx } from "../../src/workbook/memory/xlsxExport";
import { importXlsx } from "../../src/workbook/memory/xlsxImport";
import { importExportFiles } from "./importStep";
import { writeDemoReport } from "./report";

/**
 * What `npm run demo -- --in team.xlsx` does: the team's own export, read only, through the same
 * menu actions as in Sheets, written to `out`. Returns what the actions said.
 */
export async function runOnTeamFile(
  input: string,
  out: string,
  now = new Date(),
  imports: { files: string[]; creator?: string } = { files: [] },
): Promise<{ setUp: string; imports: string[]; report: string; htmlPath: string }> {
  const workbook = await importXlsx(input);
  const context = memoryContext(workbook, () => now);
  const setUp = setUpSheets(context, ALL_SHEETS);
  const imported = importExportFiles(context, imports.files, imports.creator);
  const report = writeDemoReport(context, dirname(out));
  mkdirSync(dirname(out), { recursive: true });
  await exportXlsx(workbook, out);
  return { setUp, imports: imported, report: report.message, htmlPath: report.htmlPath };
}
