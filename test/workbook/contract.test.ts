import { appsScriptWorkbook } from "../../src/workbook/appsScript";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import { installFakeAppsScript } from "../fakes/appsScript";
import { describeWorkbookContract } from "./contract";

describeWorkbookContract("Apps Script adapter over the recording fakes", ({ timeZone, locale }) => {
  const fake = installFakeAppsScript({ spreadsheet: { timeZone, locale } });
  return { workbook: appsScriptWorkbook(), computes: false, dispose: () => fake.uninstall() };
});

describeWorkbookContract("in-memory workbook", (options) => ({
  workbook: new MemoryWorkbook(options),
  computes: true,
}));
