import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { exportXlsx } from "../src/workbook/memory/xlsxExport";
import { buildDist } from "./build";
import { bundleTable } from "./demo/bundleTable";
import { demoWorkbook } from "./demo/demoWorkbook";
import { importExportFiles } from "./demo/importStep";
import { writeDemoReport } from "./demo/report";
import { roiTable } from "./demo/roiTable";
import { teamFileCli } from "./demo/teamCli";

/**
 * `npm run demo`: the add-on's main job without a Google account. Builds the Apps Script bundle and
 * runs its custom functions the way Sheets calls them, then runs the menu actions on a local workbook
 * of sample data (or on a team's own export with --in) and writes an .xlsx to open.
 * With --in it prints how each sheet was adopted; --mapping mapping.json overrides that mapping, and
 * a sheet that cannot be adopted ends the run with its reason and exit code 1, nothing written.
 */
const { values } = parseArgs({
  options: {
    in: { type: "string" },
    out: { type: "string" },
    mapping: { type: "string" },
    // Platform exports to import after the set-up: CSV files, or .tsv as rows pasted from a sheet.
    import: { type: "string", multiple: true },
    creator: { type: "string" },
  },
});
const imports = { files: values.import ?? [], ...(values.creator ? { creator: values.creator } : {}) };

if (values.in) {
  process.exitCode = await teamFileCli({ in: values.in, out: values.out, mapping: values.mapping, imports });
} else {
  await buildDist();
  console.log("Custom functions from dist/Code.js, called as Sheets calls them:\n");
  console.log(bundleTable("dist/Code.js"));
  const out = values.out ?? "out/demo.xlsx";
  const { workbook, context, setUp } = demoWorkbook();
  console.log(`\nSet up the sample program: ${setUp}`);
  const imported = importExportFiles(context, imports.files, imports.creator);
  if (imported.length > 0) console.log(`\nImported:\n${imported.join("\n")}`);
  const report = writeDemoReport(context, dirname(out));
  console.log(`Weekly report: ${report.message}`);
  mkdirSync(dirname(out), { recursive: true });
  await exportXlsx(workbook, out);
  console.log("\nROI by campaign (live formulas on the ROI sheet, computed locally):\n");
  console.log(roiTable(workbook));
  console.log(
    `\nWrote ${out} (open it in LibreOffice or upload it to Google Sheets) and ${report.htmlPath}.`,
  );
}
