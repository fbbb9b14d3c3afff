import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, extname } from "node:path";
import { summarise } from "../../src/addon/actions/setUpSheets";
import { buildLastWeeksReport, lastWeeksReport, reportEmail } from "../../src/addon/actions/weeklyReport";
import { memoryContext } from "../../src/addon/memoryContext";
import type { Mapping } from "../../src/core/rpc/mapping";
import type { AdoptedSheet } from "../../src/sheets/mapping";
import { ALL_SHEETS, refreshSheets } from "../../src/sheets/refresh";
import { exportXlsx } from "../../src/workbook/memory/xlsxExport";
import { importXlsx } from "../../src/workbook/memory/xlsxImport";
import { importExportFiles } from "./importStep";

export interface TeamFileResult {
  setUp: string;
  adopted: AdoptedSheet[];
  /** What each `--import` file did, in order. */
  imports: string[];
  report: string;
  htmlPath: string;
}

/** result.xlsx → result.html: the e-mail sits next to the output under its name. */
export function htmlPathFor(out: string): string {
  const ext = extname(out);
  return `${ext === "" ? out : out.slice(0, -ext.length)}.html`;
}

/**
 * What `npm run demo -- --in team.xlsx` does: the team's own export, read only, through the same
 * set-up and report as in Sheets, written to `out`. A sheet that cannot be adopted throws an
 * AdoptError before anything is written.
 */
export async function runOnTeamFile(
  input: string,
  out: string,
  now = new Date(),
  mapping: Mapping = {},
  imports: { files: string[]; creator?: string } = { files: [] },
): Promise<TeamFileResult> {
  const workbook = await importXlsx(input);
  const context = memoryContext(workbook, () => now);
  const result = refreshSheets(workbook, ALL_SHEETS, () => {}, { mapping });
  const imported = importExportFiles(context, imports.files, imports.creator);
  const report = buildLastWeeksReport(context);
  mkdirSync(dirname(out), { recursive: true });
  const htmlPath = htmlPathFor(out);
  writeFileSync(htmlPath, reportEmail(lastWeeksReport(context).report).html);
  await exportXlsx(workbook, out);
  return { setUp: summarise(result), adopted: result.adopted, imports: imported, report, htmlPath };
}

/** Per sheet: the tab used, team header → our field, what was added and what was left alone. */
export function describeAdoption(adopted: AdoptedSheet[]): string {
  return adopted
    .map((sheet) => {
      const tab = sheet.tab === sheet.sheet ? `"${sheet.tab}"` : `"${sheet.tab}" (as ${sheet.sheet})`;
      const lines = [
        sheet.created
          ? `${sheet.sheet}: new sheet "${sheet.tab}".`
          : `${sheet.sheet}: used tab ${tab}, header on row ${sheet.headerRow}.`,
      ];
      if (!sheet.created) {
        const mapped = sheet.columns.map(([team, ours]) => (team === ours ? ours : `"${team}" → ${ours}`));
        lines.push(`  columns: ${mapped.join(", ") || "none"}`);
        lines.push(`  added: ${sheet.added.join(", ") || "nothing"}`);
        lines.push(`  left alone: ${sheet.leftAlone.map((h) => `"${h}"`).join(", ") || "nothing"}`);
        for (const [field, values] of Object.entries(sheet.theirLists))
          lines.push(`  ${field}: your values (${values.join(", ")}) kept, no dropdown of ours over them`);
      }
      return lines.join("\n");
    })
    .join("\n");
}
