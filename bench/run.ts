import { buildDist } from "../scripts/build";
import { benchBundle } from "./bundle";
import { benchFunctions } from "./functions";
import { benchImport } from "./import";
import { benchImportApply } from "./importApply";
import { benchReport } from "./report";
import { benchWorkbook } from "./workbook";

/** `npm run bench`: prints a Markdown table; the README keeps the latest numbers. */
await buildDist();
const lines = [
  "| What | Measured | Target |",
  "| --- | --- | --- |",
  ...benchFunctions(),
  ...benchBundle("dist/Code.js"),
  ...benchWorkbook(),
  ...benchReport(),
  ...benchImport(),
  ...benchImportApply(),
];
console.log(lines.join("\n"));
